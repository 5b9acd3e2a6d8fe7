/* jpage: draws the records of a unit's datastore */
function jpage(opt) {
  var box = document.getElementById(opt.unitid);
  if (!box) return;
  var xml = box.getElementsByTagName('script')[0];
  var text = xml ? xml.text || xml.innerHTML : '';
  var recs = [], re = /<record><!\[CDATA\[([\s\S]*?)\]\]><\/record>/g, m;
  while ((m = re.exec(text)) !== null) { recs.push(m[1]); }
  var html = (opt.dataBefore || '') + recs.slice(0, opt.perPage || 15).join('') + (opt.dataAfter || '');
  if (recs.length) {
    var pages = Math.ceil((opt.totalRecord || recs.length) / (opt.perPage || 15));
    html += '<div class="default_pgContainer">共' + opt.totalRecord + '条 1/' + pages + '页</div>';
  }
  var div = document.createElement('div');
  div.innerHTML = html;
  box.appendChild(div);
}
