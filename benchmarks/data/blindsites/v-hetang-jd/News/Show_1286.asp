<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<TITLE>荷塘街道召开冬季消防安全工作部署会－龙洲区荷塘街道办事处</TITLE>
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
<TABLE width=980 align=center><TR><TD class=crumb>您现在的位置：<A HREF="/">首页</A> &gt;&gt; <A HREF="/News/List.asp?ClassID=2">街道动态</A></TD></TR></TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0>
<TR><TD align=center height=50><FONT size=5><B>荷塘街道召开冬季消防安全工作部署会</B></FONT></TD></TR>
<TR><TD align=center class=info>发布时间：2019-11-18&nbsp;&nbsp;&nbsp;来源：荷塘街道党政办&nbsp;&nbsp;&nbsp;点击数：<FONT color=red>218</FONT></TD></TR>
<TR><TD class=content>
<P>　　11月18日，荷塘街道召开冬季消防安全工作部署会，街道班子成员、各社区书记及辖区重点单位负责人参加会议。</P>
<P>　　会议分析了当前辖区消防安全形势，要求各社区对出租屋、“三小”场所、老旧小区开展拉网式排查，对发现的隐患建立台账、限期整改。</P>
<P>　　会上还通报了由龙洲区消防救援大队主办的“119消防宣传月”系列活动安排，活动咨询电话：0771-4830119。</P>
</TD></TR></TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0 class=foot>
<TR><TD height=10></TD></TR>
<TR><TD align=center><SCRIPT language=javascript src="/Js/foot.js" type=text/javascript></SCRIPT></TD></TR>
</TABLE>
</BODY>
</HTML>
