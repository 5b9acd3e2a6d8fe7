// 怀阳市人民政府网站 页脚
document.write('<div class="footer">');
document.write('<div class="w1200">');
document.write('<div class="fl"><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&id=1D7E3B5C0A9F4E2B8C6D0F13A4B72E90" target="_blank"><img src="/images/red.png" width="50" height="62" border="0" alt="党政机关"></a></span></div>');
document.write('<div class="fr"><p>主办：怀阳市人民政府办公室&nbsp;&nbsp;承办：怀阳市大数据发展中心</p>');
document.write('<p><a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备 09004172号-2</a>&nbsp;&nbsp;&nbsp;'
  +'<img src="/images/gaba.png" width="16" height="16"><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=36130202000088" target="_blank">赣公网安备 36130202000088号</a>&nbsp;&nbsp;&nbsp;网站标识码：3613000011</p>');
document.write('<p>联系电话：0797-8216020</p></div>');
document.write('<div class="jc"><a href="https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteInfo.action?sitecode=3613000011" target="_blank"><img src="/images/jiucuo.png" alt="我为政府网站找错"></a></div>');
document.write('</div>');
document.write('</div>');
