// 页脚（全站公用）
document.write('<div class="footer"><div class="w1200">');
document.write('<div class="ft-links"><a href="https://www.luhuaqu.gov.cn/lxwm/">联系我们</a><a href="https://www.luhuaqu.gov.cn/wzdt/">网站地图</a><a href="https://www.luhuaqu.gov.cn/wzsm/">网站声明</a></div>');
document.write('<div class="ft-badge"><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&id=1A8C5D03E6F24B17E053022819AC7E52" target="_blank"><img src="https://www.luhuaqu.gov.cn/images/2023/red.png" alt="党政机关"></a></span></div>');
document.write('<div class="ft-txt"><p>主办：桦川市渌桦区人民政府办公室　运维：渌桦区融媒体中心</p>');
document.write('<p>网站标识码：2312900002　<a href="https://beian.miit.gov.cn/" target="_blank">黑ICP备2021006641号-1</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=23129002000134" target="_blank">黑公网安备23129002000134号</a></p>');
document.write('<p>联系电话：0458-3316022　地址：桦川市渌桦区新华大街9号</p></div>');
document.write('<div class="ft-jc"><a href="https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteInfo.action?sitecode=2312900002" target="_blank"><img src="https://www.luhuaqu.gov.cn/images/2023/jiucuo.png" alt="我为政府网站找错"></a></div>');
document.write('</div></div>');
