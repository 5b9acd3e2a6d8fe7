document.write('<div id="footer"><div class="wrap">');
document.write('<div class="dzjg"><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&id=8C2F5A1D07E64B39E053012819AC6E12" target="_blank"><img src="/images/red.png" border="0" /></a></span></div>');
document.write('<div class="bq"><p><a href="http://www.lanxiqu.gov.cn/channels/61.html">联系我们</a> | <a href="http://www.lanxiqu.gov.cn/channels/62.html">网站地图</a></p>');
document.write('<p>版权所有：澜溪区人民政府&nbsp;&nbsp;澜溪区人民政府办公室主办&nbsp;&nbsp;电话：0773-5321100</p>');
document.write('<p><a href="http://www.beian.miit.gov.cn" target="_blank">桂ICP备09008812号</a>&nbsp;&nbsp;桂公网安备45039902000017号&nbsp;&nbsp;网站标识码4503990002</p></div>');
document.write('<div class="jc"><a href="http://121.43.68.40/exposure/jiucuo.html?site_code=4503990002&url=http%3A%2F%2Fwww.lanxiqu.gov.cn%2F" target="_blank"><img src="/images/jiucuo.png" border="0" alt="我为政府网站找错" /></a></div>');
document.write('</div></div>');
