<HTML>
<HEAD>
<TITLE>工作动态-澄阳市农业农村局</TITLE>
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
<TR><TD class=weizhi height=30>您现在的位置：<A HREF="/index.asp">首页</A> &gt;&gt; 工作动态</TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width="100%" border=0>
<TR><TD height=26 class=list><IMG src="/images/dot.gif" border=0> <A HREF="/show.asp?id=3391" target=_blank>全市秋冬种工作现场推进会在黄湾镇召开</A></TD><TD width=90 align=right class=date>(2019/10/30)</TD></TR>
<TR><TD height=26 class=list><IMG src="/images/dot.gif" border=0> <A HREF="/show.asp?id=3385" target=_blank>市农业农村局开展农产品质量安全专项检查</A></TD><TD width=90 align=right class=date>(2019/10/24)</TD></TR>
<TR><TD height=26 class=list><IMG src="/images/dot.gif" border=0> <A HREF="/show.asp?id=3379" target=_blank>我市举办2019年高素质农民培训班</A></TD><TD width=90 align=right class=date>(2019/10/17)</TD></TR>
<TR><TD height=26 class=list><IMG src="/images/dot.gif" border=0> <A HREF="/show.asp?id=3372" target=_blank>市农业农村局召开“不忘初心、牢记使命”主题教育专题党课</A></TD><TD width=90 align=right class=date>(2019/10/11)</TD></TR>
<TR><TD height=26 class=list><IMG src="/images/dot.gif" border=0> <A HREF="/show.asp?id=3366" target=_blank>2019年中国农民丰收节澄阳分会场活动举行</A></TD><TD width=90 align=right class=date>(2019/09/23)</TD></TR>
<TR><TD height=26 class=list><IMG src="/images/dot.gif" border=0> <A HREF="/show.asp?id=3358" target=_blank>全市非洲猪瘟防控工作会议召开</A></TD><TD width=90 align=right class=date>(2019/09/12)</TD></TR>
<TR><TD height=26 class=list><IMG src="/images/dot.gif" border=0> <A HREF="/show.asp?id=3351" target=_blank>市农业农村局赴桐坪县调研高标准农田建设</A></TD><TD width=90 align=right class=date>(2019/09/05)</TD></TR>
</TABLE>
<TABLE width="100%"><TR><TD align=center height=40>共<B>214</B>条 &nbsp;页次：1/31 &nbsp;每页7条 &nbsp;首页 上一页 <A HREF="/list.asp?classid=11&amp;page=2">下一页</A> <A HREF="/list.asp?classid=11&amp;page=16">尾页</A></TD></TR></TABLE>
</TD></TR></TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0>
<TR><TD class=bottom align=center height=90>
<SCRIPT language=javascript src="/inc/bottom.js"></SCRIPT>
</TD></TR></TABLE>
</BODY>
</HTML>
