document.write('<div class="foot-in">');
document.write('<div class="foot-logo"><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&id=0D2F6B1E93A44C0AE063122819ACE7B1" target="_blank"><img src="/r/cms/www/red/img/red.png" alt="党政机关"></a></span></div>');
document.write('<div class="foot-txt">');
document.write('<p>主办：溱潭市生态环境局　地址：溱潭市新华北路36号　邮编：472399</p>');
document.write('<p>联系电话：0398-2836512　网站标识码：4115990021</p>');
document.write('<p><a href="https://beian.miit.gov.cn/" target="_blank">豫ICP备19008841号-1</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=41159902000117" target="_blank">豫公网安备 41159902000117号</a></p>');
document.write('</div>');
document.write('<div class="foot-jc"><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4115990021&url=http%3A%2F%2Fsthjj.zhentan.gov.cn%2F" target="_blank"><img src="/r/cms/www/red/img/jiucuo.png" alt="政府网站找错"></a></div>');
document.write('</div>');
