/* jpage: show the records of a Hanweb datastore page by page (?uid=UNIT&pageNum=N). */
function jpage(unit, perPage) {
  var box = document.getElementById(unit);
  if (!box) { return; }
  var xml = box.getElementsByTagName("script")[0].text || box.getElementsByTagName("script")[0].textContent;
  var re = /<record><!\[CDATA\[([\s\S]*?)\]\]><\/record>/g, m, records = [];
  while ((m = re.exec(xml)) !== null) { records.push(m[1]); }
  var page = 1, q = /[?&]pageNum=(\d+)/.exec(location.search);
  if (q) { page = parseInt(q[1], 10); }
  var pages = Math.max(1, Math.ceil(records.length / perPage));
  var html = "<ul class=\"list\">" + (records.slice((page - 1) * perPage, page * perPage).join("") || "<li>暂无信息</li>") + "</ul>";
  if (pages > 1) {
    html += "<div class=\"pagination\">共" + records.length + "条 " + pages + "页 ";
    for (var i = 1; i <= pages; i++) {
      html += i === page ? "<span class=\"cur\">" + i + "</span>" : "<a href=\"?uid=" + unit + "&pageNum=" + i + "\">" + i + "</a>";
    }
    html += "</div>";
  }
  var div = document.createElement("div");
  div.innerHTML = html;
  box.parentNode.insertBefore(div, box.nextSibling);
}
