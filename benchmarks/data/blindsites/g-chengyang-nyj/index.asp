<HTML>
<HEAD>
<TITLE>澄阳市农业农村局</TITLE>
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
<TR><TD vAlign=top width=480>
<TABLE cellSpacing=0 cellPadding=0 width="100%" border=0>
<TR><TD class=title height=30>&nbsp;工作动态</TD><TD align=right><A HREF="/list.asp?classid=11">更多&gt;&gt;</A></TD></TR>
<TR><TD height=26 class=list><IMG src="/images/dot.gif" border=0> <A HREF="/show.asp?id=3391" target=_blank>全市秋冬种工作现场推进会在黄湾镇召开</A></TD><TD width=90 align=right class=date>2019-10-30</TD></TR>
<TR><TD height=26 class=list><IMG src="/images/dot.gif" border=0> <A HREF="/show.asp?id=3385" target=_blank>市农业农村局开展农产品质量安全专项检查</A></TD><TD width=90 align=right class=date>2019-10-24</TD></TR>
<TR><TD height=26 class=list><IMG src="/images/dot.gif" border=0> <A HREF="/show.asp?id=3379" target=_blank>我市举办2019年高素质农民培训班</A></TD><TD width=90 align=right class=date>2019-10-17</TD></TR>
<TR><TD height=26 class=list><IMG src="/images/dot.gif" border=0> <A HREF="/show.asp?id=3372" target=_blank>市农业农村局召开“不忘初心、牢记使命”主题教育专题党课</A></TD><TD width=90 align=right class=date>2019-10-11</TD></TR>
<TR><TD height=26 class=list><IMG src="/images/dot.gif" border=0> <A HREF="/show.asp?id=3366" target=_blank>2019年中国农民丰收节澄阳分会场活动举行</A></TD><TD width=90 align=right class=date>2019-09-23</TD></TR>
<TR><TD height=26 class=list><IMG src="/images/dot.gif" border=0> <A HREF="/show.asp?id=3358" target=_blank>全市非洲猪瘟防控工作会议召开</A></TD><TD width=90 align=right class=date>2019-09-12</TD></TR>
</TABLE></TD>
<TD width=20></TD>
<TD vAlign=top width=480>
<TABLE cellSpacing=0 cellPadding=0 width="100%" border=0>
<TR><TD class=title height=30>&nbsp;通知公告</TD><TD align=right><A HREF="/list.asp?classid=12">更多&gt;&gt;</A></TD></TR>
<TR><TD height=26 class=list><IMG src="/images/dot.gif" border=0> <A HREF="/show.asp?id=3206" target=_blank>关于公布2019年市级农业产业化龙头企业名单的通知</A></TD><TD width=90 align=right class=date>2019-04-16</TD></TR>
<TR><TD height=26 class=list><IMG src="/images/dot.gif" border=0> <A HREF="/show.asp?id=3188" target=_blank>关于做好2019年春耕备耕工作的通知</A></TD><TD width=90 align=right class=date>2019-03-07</TD></TR>
<TR><TD height=26 class=list><IMG src="/images/dot.gif" border=0> <A HREF="/show.asp?id=3170" target=_blank>澄阳市农业农村局2019年部门预算公开说明</A></TD><TD width=90 align=right class=date>2019-02-15</TD></TR>
<TR><TD height=26 class=list><IMG src="/images/dot.gif" border=0> <A HREF="/show.asp?id=3149" target=_blank>关于开展2018年度农机购置补贴资金兑付情况公示的公告</A></TD><TD width=90 align=right class=date>2019-01-10</TD></TR>
</TABLE></TD></TR>
<TR><TD colSpan=3 height=80 align=center>
<A HREF="http://zwfw.jiangxi.gov.cn/cy/" target=_blank><IMG src="/images/wsbs.jpg" border=0 alt="网上办事"></A>&nbsp;
<A HREF="/mail/index.asp"><IMG src="/images/jzxx.jpg" border=0 alt="局长信箱"></A>&nbsp;
<A HREF="http://www.chengyang.gov.cn/xxgk/nyj/" target=_blank><IMG src="/images/xxgk.jpg" border=0 alt="政府信息公开"></A>
</TD></TR>
<TR><TD colSpan=3>
<TABLE cellSpacing=0 cellPadding=0 width="100%" border=0>
<TR><TD class=title height=30>&nbsp;政策法规</TD><TD align=right><A HREF="/list.asp?classid=15">更多&gt;&gt;</A></TD></TR>
<TR><TD colSpan=2 height=40 align=center class=gray>没有相关信息</TD></TR>
</TABLE></TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0>
<TR><TD class=bottom align=center height=90>
<SCRIPT language=javascript src="/inc/bottom.js"></SCRIPT>
</TD></TR></TABLE>
</BODY>
</HTML>
