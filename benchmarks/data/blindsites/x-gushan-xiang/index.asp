<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">
<TITLE>固山乡人民政府</TITLE>
<LINK HREF="/css/style.css" REL="stylesheet" TYPE="text/css">
</HEAD>
<BODY LEFTMARGIN="0" TOPMARGIN="0">
<TABLE WIDTH="980" BORDER="0" ALIGN="center" CELLPADDING="0" CELLSPACING="0">
<TR><TD><IMG SRC="/images/top_banner2015.jpg" WIDTH="980" HEIGHT="150" ALT="固山乡人民政府"></TD></TR>
<TR><TD CLASS="nav" HEIGHT="32" BGCOLOR="#1B5E9E">
<A HREF="/index.asp">网站首页</A> | <A HREF="/Show.asp?ID=12">乡情概况</A> | <A HREF="/News_List.asp?ClassID=1">乡镇动态</A> | <A HREF="/News_List.asp?ClassID=2">通知公告</A> | <A HREF="/News_List.asp?ClassID=3">政策文件</A> | <A HREF="/News_List.asp?ClassID=4">人事信息</A> | <A HREF="/News_List.asp?ClassID=5">财政公开</A> | <A HREF="/News_List.asp?ClassID=6">规划计划</A> | <A HREF="/News_List.asp?ClassID=7">精准扶贫</A> | <A HREF="/News_List.asp?ClassID=8">村务公开</A> | <A HREF="/wsbs/index.asp">网上办事</A> | <A HREF="/xzxx/index.asp">乡长信箱</A>
</TD></TR>
</TABLE>
<TABLE WIDTH="980" BORDER="0" ALIGN="center" CELLPADDING="0" CELLSPACING="0">
<TR>
<TD WIDTH="320" VALIGN="top"><IMG SRC="/UploadFiles/2017112915320.jpg" WIDTH="310" HEIGHT="230" ALT=""><BR><A HREF="/Show.asp?ID=1183">乡党委中心组集中学习党的十九大精神</A></TD>
<TD WIDTH="660" VALIGN="top">
<TABLE WIDTH="100%" BORDER="0" CELLPADDING="0" CELLSPACING="0"><TR><TD CLASS="title"><B>乡镇动态</B></TD><TD ALIGN="right"><A HREF="/News_List.asp?ClassID=1">更多&gt;&gt;</A></TD></TR></TABLE>
<TABLE WIDTH="100%" BORDER="0" CELLPADDING="0" CELLSPACING="0">
<TR><TD HEIGHT="24">·<A HREF="/Show.asp?ID=1186" TARGET="_blank">固山乡召开2017年冬季农田水利建设动员会</A></TD><TD WIDTH="90" ALIGN="right">(2017-12-08)</TD></TR>
<TR><TD HEIGHT="24">·<A HREF="/Show.asp?ID=1183" TARGET="_blank">乡党委中心组集中学习党的十九大精神</A></TD><TD WIDTH="90" ALIGN="right">(2017-11-29)</TD></TR>
<TR><TD HEIGHT="24">·<A HREF="/Show.asp?ID=1179" TARGET="_blank">固山乡开展秋冬季森林防火专项检查</A></TD><TD WIDTH="90" ALIGN="right">(2017-11-16)</TD></TR>
<TR><TD HEIGHT="24">·<A HREF="/Show.asp?ID=1175" TARGET="_blank">县农业局专家来我乡开展柑橘冬季管护培训</A></TD><TD WIDTH="90" ALIGN="right">(2017-11-02)</TD></TR>
<TR><TD HEIGHT="24">·<A HREF="/Show.asp?ID=1166" TARGET="_blank">乡领导走访慰问重阳节高龄老人</A></TD><TD WIDTH="90" ALIGN="right">(2017-10-28)</TD></TR>
<TR><TD HEIGHT="24">·<A HREF="/Show.asp?ID=1170" TARGET="_blank">固山乡完成2017年度城乡居民医保征缴工作</A></TD><TD WIDTH="90" ALIGN="right">(2017-10-20)</TD></TR>
<TR><TD HEIGHT="24">·<A HREF="/Show.asp?ID=1161" TARGET="_blank">固山乡召开安全生产工作会议</A></TD><TD WIDTH="90" ALIGN="right">(2017-09-26)</TD></TR>
</TABLE>
</TD></TR>
<TR>
<TD VALIGN="top">
<TABLE WIDTH="100%" BORDER="0" CELLPADDING="4"><TR><TD CLASS="title"><B>乡长信箱</B></TD></TR>
<TR><TD><A HREF="/xzxx/index.asp"><IMG SRC="/images/xzxx.gif" BORDER="0" ALT="乡长信箱"></A></TD></TR>
<TR><TD><A HREF="/wsbs/index.asp"><IMG SRC="/images/wsbs.gif" BORDER="0" ALT="网上办事"></A></TD></TR></TABLE>
</TD>
<TD VALIGN="top">
<TABLE WIDTH="100%" BORDER="0" CELLPADDING="0" CELLSPACING="0"><TR><TD CLASS="title"><B>通知公告</B></TD><TD ALIGN="right"><A HREF="/News_List.asp?ClassID=2">更多&gt;&gt;</A></TD></TR></TABLE>
<TABLE WIDTH="100%" BORDER="0" CELLPADDING="0" CELLSPACING="0">
<TR><TD HEIGHT="24">·<A HREF="/Show.asp?ID=1172" TARGET="_blank">关于做好2018年城乡居民医疗保险缴费工作的通知</A></TD><TD WIDTH="110" ALIGN="right">2017年9月15日</TD></TR>
<TR><TD HEIGHT="24">·<A HREF="/Show.asp?ID=1151" TARGET="_blank">固山乡2017年秋季征兵公告</A></TD><TD WIDTH="110" ALIGN="right">2017年7月3日</TD></TR>
<TR><TD HEIGHT="24">·<A HREF="/Show.asp?ID=1139" TARGET="_blank">关于开展农村危房改造对象摸底调查的通知</A></TD><TD WIDTH="110" ALIGN="right">2017年5月22日</TD></TR>
<TR><TD HEIGHT="24">·<A HREF="/Show.asp?ID=1120" TARGET="_blank">固山乡关于禁止野外用火的通告</A></TD><TD WIDTH="110" ALIGN="right">2017年3月1日</TD></TR>
</TABLE>
</TD></TR>
<TR><TD COLSPAN="2" ALIGN="center">友情链接：<SELECT NAME="link" ONCHANGE="window.open(this.value)"><OPTION VALUE="">--政府网站--</OPTION><OPTION VALUE="http://www.gov.cn">中国政府网</OPTION><OPTION VALUE="http://www.shiling.gov.cn">石岭县人民政府</OPTION></SELECT></TD></TR>
</TABLE>
<TABLE WIDTH="980" BORDER="0" ALIGN="center" CELLPADDING="6" CELLSPACING="0" BGCOLOR="#EEEEEE">
<TR><TD ALIGN="center" CLASS="foot">
主办单位：固山乡人民政府　地址：石岭县固山乡政府街18号　邮编：418312<BR>
联系电话：0738-5521006　传真：0738-5521008　<A HREF="http://www.miibeian.gov.cn" TARGET="_blank">湘ICP备09003817号</A><BR>
建议使用IE6.0以上浏览器，1024*768分辨率浏览
</TD></TR>
</TABLE>
</BODY>
</HTML>
