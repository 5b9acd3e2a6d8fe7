document.write('<div class="foot_link"><a href="/wzdt/index.htm">网站地图</a> | <a href="/hdjl/index.htm">互动交流</a></div>');
document.write('<div class="foot_txt">');
document.write('<p>主办单位：芷峰市人民政府办公室　承办单位：芷峰市大数据发展中心　联系电话：0579-85126300</p>');
document.write('<p>网站标识码：3399840001　<a href="http://www.beian.miit.gov.cn" target="_blank">浙ICP备13021457号-1</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33998402000123" target="_blank"><img src="/images/ga.png" border="0" />浙公网安备 33998402000123号</a></p>');
document.write('</div>');
document.write('<div class="foot_bs"><span id="_ideConac"></span>');
document.write(unescape("%3Cscript src='http://dcs.conac.cn/js/12/000/0000/60512345/CA120000000605123450001.js' type='text/javascript'%3E%3C/script%3E"));
document.write('<a href="http://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteInfo.action?idCode=3399840001" target="_blank"><img src="/images/jiucuo.png" border="0" alt="我为政府网站找错" /></a></div>');
