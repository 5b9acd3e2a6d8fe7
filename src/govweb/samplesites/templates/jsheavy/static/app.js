/* Lists are filled from JSON: /data/<column>_p<N>.json and /data/home.json. */
function getJSON(url, done) {
  var x = new XMLHttpRequest();
  x.open("GET", url, true);
  x.onreadystatechange = function () { if (x.readyState === 4 && x.status === 200) { done(JSON.parse(x.responseText)); } };
  x.send();
}
function esc(s) { return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;"); }
function renderItems(ul, list) {
  if (!list.length) { ul.innerHTML = '<li class="empty">暂无数据</li>'; return; }
  var html = "";
  for (var i = 0; i < list.length; i++) {
    html += '<li><a href="' + esc(list[i].url) + '" target="_blank" title="' + esc(list[i].title) + '">' + esc(list[i].title) + '</a>' +
      (list[i].date ? '<span class="d">' + esc(list[i].date) + '</span>' : '') + '</li>';
  }
  ul.innerHTML = html;
}
function loadList(key) {
  var m = /[?&]page=(\d+)/.exec(location.search), page = m ? parseInt(m[1], 10) : 1;
  getJSON("/data/" + key + "_p" + page + ".json", function (data) {
    renderItems(document.getElementById("list"), data.list);
    var pager = document.getElementById("pager"), html = "";
    if (data.pages > 1) {
      for (var p = 1; p <= data.pages; p++) {
        html += p === page ? '<span class="cur">' + p + '</span>' : '<a href="list.html?page=' + p + '">' + p + '</a>';
      }
    }
    pager.innerHTML = html;
  });
}
function loadHome() {
  getJSON("/data/home.json", function (data) {
    for (var key in data) { var ul = document.getElementById("home-" + key); if (ul) { renderItems(ul, data[key]); } }
  });
}
