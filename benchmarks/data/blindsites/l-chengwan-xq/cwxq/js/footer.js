document.write('<div class="container">');
document.write('<div class="footer-links"><a href="/cwxq/wzdt.shtml">网站地图</a><a href="/cwxq/c100040/lxwm.shtml">联系我们</a><a href="/cwxq/c100040/wzsm.shtml">网站声明</a></div>');
document.write('<div class="footer-info">');
document.write('<div class="badges"><a href="https://bszs.conac.cn/sitename?method=show&id=1C3F9A0E7B2D4C65E053012819AC7F21" target="_blank"><img src="/cwxq/images/red.png" alt=""></a></div>');
document.write('<p>由澄湾新区管理委员会主办　澄湾新区大数据中心承办</p>');
document.write('<p>联系电话：0532-86902100　地址：澄湾新区滨海大道2188号</p>');
document.write('<p>网站标识码：3799000071　<a href="https://beian.miit.gov.cn/" target="_blank">鲁ICP备2023018842号-2</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=37999902000451" target="_blank">鲁公网安备 37999902000451号</a></p>');
document.write('<div class="jiucuo"><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3799000071&url=http%3A%2F%2Fwww.chengwan.gov.cn%2F" target="_blank"><img src="/cwxq/images/jiucuo.png" alt="政府网站找错"></a></div>');
document.write('</div></div>');
