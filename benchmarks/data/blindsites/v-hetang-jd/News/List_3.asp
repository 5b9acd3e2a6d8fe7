<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<TITLE>通知公告－龙洲区荷塘街道办事处</TITLE>
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
<DIV id=floatBar style="POSITION: fixed; RIGHT: 2px; TOP: 180px; WIDTH: 86px; Z-INDEX: 99">
<TABLE cellSpacing=0 cellPadding=0 width=86 border=0>
<TR><TD align=center><A HREF="/Bsfw/Index.asp" target=_blank><IMG src="/Images/float_bs.gif" width=60 height=60 border=0><BR>办事服务</A></TD></TR>
<TR><TD align=center height=8></TD></TR>
<TR><TD align=center><A HREF="#" onclick="window.open('/GuestBook/List.asp','ly','width=860,height=640,scrollbars=yes');return false;"><IMG src="/Images/float_ly.gif" width=60 height=60 border=0><BR>在线留言</A></TD></TR>
<TR><TD align=center><A HREF="javascript:void(0)" onclick="document.getElementById('floatBar').style.display='none'">关闭</A></TD></TR>
</TABLE></DIV>
<TABLE width=980 align=center><TR><TD class=crumb>您现在的位置：<A HREF="/">首页</A> &gt;&gt; <A HREF="/News/List.asp?ClassID=3">通知公告</A></TD></TR></TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0>
<TR><TD class=lmtitle height=32><B>通知公告</B></TD></TR>
<TR><TD>
<TABLE width="100%" cellSpacing=0 cellPadding=0 border=0>
<TR><TD height=26 class=line>·<A HREF="/News/Show.asp?id=1190" target=_blank>荷塘街道2019年城乡居民基本医疗保险参保缴费公告</A></TD><TD width=110 align=center class=line>2019/06/03</TD></TR>
<TR><TD height=26 class=line>·<A HREF="/News/Show.asp?id=1152" target=_blank>关于开展辖区出租屋安全隐患排查的通知</A></TD><TD width=110 align=center class=line>2019/04/16</TD></TR>
<TR><TD height=26 class=line>·<A HREF="/News/Show.asp?id=1137" target=_blank>荷塘街道2019年度低保复核结果公示</A></TD><TD width=110 align=center class=line>2019/03/25</TD></TR>
<TR><TD height=26 class=line>·<A HREF="/News/Show.asp?id=1112" target=_blank>关于春节期间禁止燃放烟花爆竹的通告</A></TD><TD width=110 align=center class=line>2019/01/28</TD></TR>
<TR><TD height=26 class=line>·<A HREF="/News/Show.asp?id=1088" target=_blank>荷塘街道招聘社区专职网格员公告</A></TD><TD width=110 align=center class=line>2018/12/10</TD></TR>
<TR><TD height=26 class=line>·<A HREF="/News/Show.asp?id=1031" target=_blank>关于做好2018年度征兵工作的通知</A></TD><TD width=110 align=center class=line>2018/08/06</TD></TR>
</TABLE>
</TD></TR></TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0 class=foot>
<TR><TD height=10></TD></TR>
<TR><TD align=center><SCRIPT language=javascript src="/Js/foot.js" type=text/javascript></SCRIPT></TD></TR>
</TABLE>
</BODY>
</HTML>
