<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<TITLE>龙洲区荷塘街道办事处</TITLE>
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
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0>
<TR valign=top>
<TD width=560>
<TABLE width="100%" class=box><TR><TD class=boxtitle><B>街道动态</B></TD><TD align=right><A HREF="/News/List.asp?ClassID=2">更多&gt;&gt;</A></TD></TR>
<TR><TD height=24>·<A HREF="/News/Show.asp?id=1286" target=_blank>荷塘街道召开冬季消防安全工作部署会</A></TD><TD align=right><FONT color=#999999>2019-11-18</FONT></TD></TR>
<TR><TD height=24>·<A HREF="/News/Show.asp?id=1283" target=_blank>荷塘街道开展“扫黑除恶”专项斗争入户宣传</A></TD><TD align=right><FONT color=#999999>2019-11-14</FONT></TD></TR>
<TR><TD height=24>·<A HREF="/News/Show.asp?id=1279" target=_blank>莲花社区举办重阳敬老文艺汇演</A></TD><TD align=right><FONT color=#999999>2019-11-07</FONT></TD></TR>
<TR><TD height=24>·<A HREF="/News/Show.asp?id=1275" target=_blank>街道党工委召开“不忘初心、牢记使命”主题教育专题会</A></TD><TD align=right><FONT color=#999999>2019-10-30</FONT></TD></TR>
<TR><TD height=24>·<A HREF="/News/Show.asp?id=1270" target=_blank>荷塘街道完成第四次全国经济普查清查工作</A></TD><TD align=right><FONT color=#999999>2019-10-22</FONT></TD></TR>
<TR><TD height=24>·<A HREF="/News/Show.asp?id=1266" target=_blank>荷塘街道组织辖区企业开展安全生产大检查</A></TD><TD align=right><FONT color=#999999>2019-10-15</FONT></TD></TR>
<TR><TD height=24>·<A HREF="/News/Show.asp?id=1261" target=_blank>新塘社区开展垃圾分类宣传进小区活动</A></TD><TD align=right><FONT color=#999999>2019-10-09</FONT></TD></TR>
</TABLE>
</TD>
<TD width=20></TD>
<TD width=400>
<TABLE width="100%" class=box><TR><TD class=boxtitle><B>通知公告</B></TD><TD align=right><A HREF="/News/List.asp?ClassID=3">更多&gt;&gt;</A></TD></TR>
<TR><TD height=24>·<A HREF="/News/Show.asp?id=1190" target=_blank>荷塘街道2019年城乡居民基本医疗保险参保缴费公告</A></TD><TD align=right><FONT color=#999999>[2019-06-03]</FONT></TD></TR>
<TR><TD height=24>·<A HREF="/News/Show.asp?id=1152" target=_blank>关于开展辖区出租屋安全隐患排查的通知</A></TD><TD align=right><FONT color=#999999>[2019-04-16]</FONT></TD></TR>
<TR><TD height=24>·<A HREF="/News/Show.asp?id=1137" target=_blank>荷塘街道2019年度低保复核结果公示</A></TD><TD align=right><FONT color=#999999>[2019-03-25]</FONT></TD></TR>
<TR><TD height=24>·<A HREF="/News/Show.asp?id=1112" target=_blank>关于春节期间禁止燃放烟花爆竹的通告</A></TD><TD align=right><FONT color=#999999>[2019-01-28]</FONT></TD></TR>
<TR><TD height=24>·<A HREF="/News/Show.asp?id=1088" target=_blank>荷塘街道招聘社区专职网格员公告</A></TD><TD align=right><FONT color=#999999>[2018-12-10]</FONT></TD></TR>
</TABLE>
</TD></TR>
<TR><TD colspan=3 align=center><IMG src="/Images/banner_dj.jpg" width=980 height=90 alt="不忘初心 牢记使命"></TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0 class=foot>
<TR><TD height=10></TD></TR>
<TR><TD align=center><SCRIPT language=javascript src="/Js/foot.js" type=text/javascript></SCRIPT></TD></TR>
</TABLE>
</BODY>
</HTML>
