<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<TITLE>我要留言－龙洲区荷塘街道办事处</TITLE>
<LINK href="/Css/style.css" type=text/css rel=stylesheet>
</HEAD>
<BODY leftMargin=0 topMargin=0>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0>
<TR><TD><IMG src="/Images/top_banner.jpg" width=980 height=120 alt="龙洲区荷塘街道办事处"></TD></TR>
<TR><TD class=nav height=36 align=center>
<A HREF="/">首 页</A> | <A HREF="/Info/Index.asp?ClassID=1">街道概况</A> | <A HREF="/News/List.asp?ClassID=2">街道动态</A> |
<A HREF="/News/List.asp?ClassID=3">通知公告</A> | <A HREF="/News/List.asp?ClassID=4">政策法规</A> |
<A HREF="/News/List.asp?ClassID=5">社区建设</A> | <A HREF="/News/List.asp?ClassID=6">党建园地</A>
</TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0>
<TR><TD height=240 align=center><FONT size=4>留言系统升级维护中，暂停受理网上留言。</FONT><BR><BR>给您带来的不便敬请谅解！如有诉求请拨打街道办电话。<BR><BR><A HREF="/GuestBook/List.asp">返回留言列表</A></TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0 class=foot>
<TR><TD height=10></TD></TR>
<TR><TD align=center><SCRIPT language=javascript src="/Js/foot.js" type=text/javascript></SCRIPT></TD></TR>
</TABLE>
</BODY>
</HTML>
