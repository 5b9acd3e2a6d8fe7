document.write('<div class="foot-c">');
document.write('<p><a href="/col/col1229410099/index.html">网站地图</a> | <a href="/art/2021/3/2/art_1229410014_58401127.html">信息公开指南</a></p>');
document.write('<p>主办：宇衡市发展和改革委员会　地址：宇衡市政通路5号市行政中心3号楼　联系电话：0589-87062201</p>');
document.write('<p>网站标识码：5701000013　<a href="https://beian.miit.gov.cn" target="_blank">浙ICP备12043518号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=57010202000529" target="_blank">浙公网安备 57010202000529号</a></p>');
document.write('<div class="foot-logo"><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&id=8F2A91C4D07B3E6AE053022819AC51D0" target="_blank"><img src="/picture/0/red.png" alt="党政机关" /></a></span>');
document.write('<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=5701000013" target="_blank"><img src="/picture/0/jiucuo.png" alt="政府网站找错" /></a></div>');
document.write('</div>');
