(function () {
  var box = document.getElementById('_ideConac');
  if (!box) return;
  box.innerHTML = '<a href="https://bszs.conac.cn/sitename?method=show&id=60421375" target="_blank"><img id="imgConac" vspace="0" hspace="0" border="0" src="https://dcs.conac.cn/image/red.png" data-bd-imgshare-binded="1" alt="党政机关"></a>';
})();
