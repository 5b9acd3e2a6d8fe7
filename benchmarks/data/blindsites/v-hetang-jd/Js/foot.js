document.write('<TABLE width="100%" cellSpacing=0 cellPadding=0 border=0>');
document.write('<TR><TD align=center height=22>主办单位：龙洲区人民政府荷塘街道办事处　　技术支持：龙洲区信息中心</TD></TR>');
document.write('<TR><TD align=center height=22>地址：龙洲区荷塘路66号　　电话：0771-4836120　　邮箱：htjdb@lzq.gov.cn</TD></TR>');
document.write('<TR><TD align=center height=22>网站标识码：4501990031　　<A HREF="http://www.miitbeian.gov.cn/" target=_blank>桂ICP备05006628号</A>　　<A HREF="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=45019902000064" target=_blank>桂公网安备 45019902000064号</A></TD></TR>');
document.write('<TR><TD align=center height=40><A HREF="http://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteInfo.action?strUrl=ht.lzq.gov.cn&webSiteCode=4501990031" target=_blank><IMG src="/Images/jiucuo.png" width=110 height=55 border=0 alt="政府网站找错"></A></TD></TR>');
document.write('</TABLE>');
