function znCare() {
  var b = document.body;
  if (b.className.indexOf('care') < 0) { b.className += ' care'; b.style.fontSize = '20px'; document.getElementById('careLink').innerHTML = '返回标准版'; }
  else { b.className = b.className.replace(' care', ''); b.style.fontSize = ''; document.getElementById('careLink').innerHTML = '关怀版'; }
}
function znWza() {
  var bar = document.getElementById('wzaBar');
  if (bar) { bar.parentNode.removeChild(bar); return; }
  bar = document.createElement('div');
  bar.id = 'wzaBar';
  bar.style.cssText = 'position:fixed;top:0;left:0;right:0;background:#333;color:#fff;padding:6px;z-index:99;text-align:center';
  bar.innerHTML = '无障碍工具条：<a href="javascript:void(0);" style="color:#ff0" onclick="document.body.style.fontSize=\'22px\'">放大</a> <a href="javascript:void(0);" style="color:#ff0" onclick="document.body.style.fontSize=\'\'">还原</a> <a href="javascript:void(0);" style="color:#ff0" onclick="document.body.style.background=\'#000\';document.body.style.color=\'#ff0\'">高对比度</a> <a href="javascript:void(0);" style="color:#ff0" onclick="znWza()">关闭</a>';
  document.body.insertBefore(bar, document.body.firstChild);
}
