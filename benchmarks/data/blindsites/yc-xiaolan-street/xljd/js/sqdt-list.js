/* 社区动态列表 */
var sqdtList = {
  load: function (url, listId, pageId) {
    var xhr = new XMLHttpRequest();
    xhr.open("GET", url, true);
    xhr.onreadystatechange = function () {
      if (xhr.readyState !== 4) { return; }
      var ul = document.getElementById(listId);
      if (xhr.status !== 200) { ul.innerHTML = "<li>\u52a0\u8f7d\u5931\u8d25</li>"; return; }
      var data = JSON.parse(xhr.responseText), html = "";
      for (var i = 0; i < data.list.length; i++) {
        var r = data.list[i];
        html += '<li><span class="dt">' + r.pubTime.substring(0, 10) + '</span><a href="' + r.url +
                '" target="_blank" title="' + r.title + '">' + r.title + '</a></li>';
      }
      ul.innerHTML = html;
      document.getElementById(pageId).innerHTML = "\u5171" + data.total + "\u6761";
    };
    xhr.send(null);
  }
};
