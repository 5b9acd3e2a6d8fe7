document.write("<table width='980' border='0' align='center' cellpadding='4' cellspacing='0' bgcolor='#E6EEF7'>");
document.write("<tr><td align='center' style='line-height:22px;font-size:12px;color:#333'>");
document.write("<a href='/Article/ShowClass.asp?ClassID=1'>关于我们</a> | <a href='/GuestBook/Index.asp'>局长信箱</a> | <a href='/SiteMap.asp'>网站地图</a><br>");
document.write("主办：禾川市气象局&nbsp;&nbsp;承办：禾川市气象服务中心<br>");
document.write("地址：禾川市北山路66号&nbsp;&nbsp;邮编：154700&nbsp;&nbsp;电话：0458-6223121&nbsp;&nbsp;气象服务热线：12121<br>");
document.write("<a href='https://beian.miit.gov.cn' target='_blank'>黑ICP备09011827号</a>&nbsp;&nbsp;网站标识码：bm54230011");
document.write("</td></tr></table>");
