<HTML>
<HEAD>
<TITLE>政策法规-澄阳市农业农村局</TITLE>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<LINK href="/css/style.css" type=text/css rel=stylesheet>
</HEAD>
<BODY leftMargin=0 topMargin=0 marginheight="0" marginwidth="0">
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0>
<TR><TD><IMG height=120 src="/images/top_banner.jpg" width=980 border=0></TD></TR>
<TR><TD class=nav height=36 align=center>
<A HREF="/index.asp">首 页</A>&nbsp;|&nbsp;<A HREF="/list.asp?classid=3">机构概况</A>&nbsp;|&nbsp;<A HREF="/list.asp?classid=11">工作动态</A>&nbsp;|&nbsp;<A HREF="/list.asp?classid=12">通知公告</A>&nbsp;|&nbsp;<A HREF="/list.asp?classid=15">政策法规</A>&nbsp;|&nbsp;<A HREF="http://www.chengyang.gov.cn/xxgk/nyj/" target=_blank>信息公开</A>&nbsp;|&nbsp;<A HREF="http://zwfw.jiangxi.gov.cn/cy/" target=_blank>网上办事</A>&nbsp;|&nbsp;<A HREF="/mail/index.asp">局长信箱</A>
</TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0>
<TR><TD vAlign=top width=200 class=left>
<TABLE cellSpacing=0 cellPadding=0 width="100%" border=0>
<TR><TD height=30 class=lm><A HREF="/list.asp?classid=11">工作动态</A></TD></TR>
<TR><TD height=30 class=lm><A HREF="/list.asp?classid=12">通知公告</A></TD></TR>
<TR><TD height=30 class=lm><A HREF="/list.asp?classid=15">政策法规</A></TD></TR>
<TR><TD height=30 class=lm><A HREF="/list.asp?classid=16">规划计划</A></TD></TR>
<TR><TD height=30 class=lm><A HREF="/list.asp?classid=17">人事任免</A></TD></TR>
</TABLE></TD>
<TD width=20></TD>
<TD vAlign=top width=760>
<TABLE cellSpacing=0 cellPadding=0 width="100%" border=0>
<TR><TD class=weizhi height=30>您现在的位置：<A HREF="/index.asp">首页</A> &gt;&gt; 政策法规</TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width="100%" border=0>
<TR><TD height=60 align=center class=gray>没有相关信息</TD></TR>
</TABLE>
</TD></TR></TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0>
<TR><TD class=bottom align=center height=90>
<SCRIPT language=javascript src="/inc/bottom.js"></SCRIPT>
</TD></TR></TABLE>
</BODY>
</HTML>
