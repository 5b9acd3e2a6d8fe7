<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<TITLE>在线留言－龙洲区荷塘街道办事处</TITLE>
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
<TR><TD class=lmtitle height=32><B>在线留言</B>&nbsp;&nbsp;&nbsp;<A HREF="/GuestBook/Add.asp">【我要留言】</A></TD></TR>
<TR><TD>
<TABLE width="100%" cellSpacing=0 cellPadding=0 border=0>
<TR><TH>编号</TH><TH>留言主题</TH><TH>留言时间</TH><TH>状态</TH></TR>
<TR><TD class=line height=26>1</TD><TD class=line><A HREF="/GuestBook/Show.asp?id=402" target=_blank>莲花小区门口路灯不亮</A></TD><TD class=line align=center>2016-03-18</TD><TD class=line align=center>已回复</TD></TR>
<TR><TD class=line height=26>2</TD><TD class=line><A HREF="/GuestBook/Show.asp?id=397" target=_blank>咨询居住证办理需要哪些材料</A></TD><TD class=line align=center>2016-02-25</TD><TD class=line align=center>已回复</TD></TR>
<TR><TD class=line height=26>3</TD><TD class=line><A HREF="/GuestBook/Show.asp?id=392" target=_blank>荷塘路夜市噪音扰民</A></TD><TD class=line align=center>2015-12-07</TD><TD class=line align=center>已回复</TD></TR>
<TR><TD class=line height=26>4</TD><TD class=line><A HREF="/GuestBook/Show.asp?id=387" target=_blank>新塘社区垃圾清运不及时</A></TD><TD class=line align=center>2015-10-14</TD><TD class=line align=center>已回复</TD></TR>
<TR><TD class=line height=26>5</TD><TD class=line><A HREF="/GuestBook/Show.asp?id=382" target=_blank>咨询独生子女父母奖励办理</A></TD><TD class=line align=center>2015-08-03</TD><TD class=line align=center>已回复</TD></TR>
</TABLE>
<TABLE width="100%"><TR><TD align=center>共 <B>5</B> 条留言&nbsp;&nbsp;页次：<B>1</B>/1页</TD></TR></TABLE>
</TD></TR></TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0 class=foot>
<TR><TD height=10></TD></TR>
<TR><TD align=center><SCRIPT language=javascript src="/Js/foot.js" type=text/javascript></SCRIPT></TD></TR>
</TABLE>
</BODY>
</HTML>
