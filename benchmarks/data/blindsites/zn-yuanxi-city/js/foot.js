document.write('<div class="footer"><div class="w">');
document.write('<p><a href="/zjyx/lxwm.html">联系我们</a> | <a href="/wzdt.html">网站地图</a> | <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3699000001&url=http%3A%2F%2Fwww.yuanxi.gov.cn%2F" target="_blank">我为政府网站找错</a></p>');
document.write('<p>沅溪市人民政府主办　沅溪市人民政府办公室承办　沅溪市大数据中心技术支持</p>');
document.write('<p>地址：沅溪市章江区府前大道1号　邮编：341999　电话：0797-5210000</p>');
document.write('<p>网站标识码：3699000001　<a href="https://beian.miit.gov.cn" target="_blank">赣ICP备05011872号</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=36990002000011" target="_blank">赣公网安备36990002000011号</a></p>');
document.write('</div></div>');
