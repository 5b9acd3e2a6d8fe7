(function () {
  var f = document.getElementById('footer');
  if (!f) return;
  f.innerHTML =
    '<div class="footer"><div class="w">' +
    '<div class="conac"><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&id=2A61C09B55E34F7DE053012819AC3B81" target="_blank"><img src="/images/red.png" alt="党政机关"></a></span></div>' +
    '<p><a href="/zjlh/lxwm.html">联系我们</a> | <a href="/wzdt/index.html">网站地图</a> | <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4511290003&url=http%3A%2F%2Fwww.lanhe.gov.cn%2F" target="_blank">我为政府网站找错</a></p>' +
    '<p>主办单位：澜禾县人民政府办公室　　地址：澜禾县禾城镇新城大道68号　　联系电话：0774-7281234</p>' +
    '<p>网站标识码：4511290003　　<a href="https://beian.miit.gov.cn/" target="_blank">桂ICP备19004417号-1</a>　　' +
    '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=45112902000057" target="_blank"><img src="/images/ga.png" alt="">桂公网安备 45112902000057号</a></p>' +
    '</div></div>';
})();
