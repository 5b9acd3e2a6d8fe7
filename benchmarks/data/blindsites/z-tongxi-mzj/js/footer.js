document.write('<div class="foot-in">');
document.write('<div class="f-logo"><a href="https://bszs.conac.cn/sitename?method=show&id=2C7A119B04E84F0CE053012819AC5B43" target="_blank"><img src="/images/red.png" border="0" /></a></div>');
document.write('<div class="f-txt">');
document.write('<p>主办单位：峒溪县民政局　地址：峒溪县溪城镇民生路26号　联系电话：0771-6503219</p>');
document.write('<p>网站标识码：4590310007　<a href="https://beian.miit.gov.cn" target="_blank">桂ICP备2021008734号-1</a>　');
document.write('<a href="https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=45903102000146" target="_blank">桂公网安备 45903102000146号</a></p>');
document.write('</div>');
document.write('<div class="f-qr"><img src="/images/znkf_qr.png" /><br />扫码咨询智能客服</div>');
document.write('</div>');
