<HTML>
<HEAD>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<TITLE>沅曲区石渡街道办事处</TITLE>
<LINK HREF="images/style.css" REL=stylesheet TYPE=text/css>
</HEAD>
<BODY LEFTMARGIN=0 TOPMARGIN=0>
<TABLE WIDTH=980 BORDER=0 ALIGN=center CELLPADDING=0 CELLSPACING=0>
<TR><TD><IMG SRC="images/top.jpg" WIDTH=980 HEIGHT=150 ALT="沅曲区石渡街道办事处"></TD></TR>
<TR><TD ALIGN=right CLASS=topbar><A HREF="http://www.yuanqu.gov.cn/">沅曲区人民政府</A> | <A HREF="http://www.yuanqu.gov.cn/sdjd/Index.asp">街道首页</A></TD></TR>
</TABLE>
<TABLE WIDTH=980 BORDER=0 ALIGN=center CELLPADDING=0 CELLSPACING=0 CLASS=nav>
<TR>
<TD ALIGN=center><A HREF="http://www.yuanqu.gov.cn/sdjd/Index.asp" CLASS=navlink>首　页</A></TD>
<TD ALIGN=center><A HREF="http://www.yuanqu.gov.cn/sdjd/Show.asp?ID=4870" CLASS=navlink>街道简介</A></TD>
<TD ALIGN=center><A HREF="http://www.yuanqu.gov.cn/sdjd/List.asp?ClassID=11" CLASS=navlink>街道动态</A></TD>
<TD ALIGN=center><A HREF="http://www.yuanqu.gov.cn/sdjd/List.asp?ClassID=12" CLASS=navlink>通知公告</A></TD>
<TD ALIGN=center><A HREF="http://www.yuanqu.gov.cn/sdjd/List.asp?ClassID=13" CLASS=navlink>社区动态</A></TD>
<TD ALIGN=center><A HREF="http://xxgk.yuanqu.gov.cn/xzjd/sdjd/" CLASS=navlink TARGET=_blank>政务公开</A></TD>
<TD ALIGN=center><A HREF="http://www.yuanqu.gov.cn/sdjd/List.asp?ClassID=15" CLASS=navlink>办事指南</A></TD>
<TD ALIGN=center><A HREF="http://www.yuanqu.gov.cn/sdjd/Mail.asp" CLASS=navlink>主任信箱</A></TD>
</TR>
</TABLE>
<TABLE WIDTH=980 BORDER=0 ALIGN=center CELLPADDING=0 CELLSPACING=0>
<TR><TD WIDTH=320 VALIGN=top><A HREF="http://www.yuanqu.gov.cn/sdjd/Show.asp?ID=5521"><IMG SRC="UploadFiles/202011/20201105093012.jpg" WIDTH=310 HEIGHT=220 BORDER=0></A><BR><A HREF="http://www.yuanqu.gov.cn/sdjd/Show.asp?ID=5521">石渡街道召开消防安全专项整治推进会</A></TD>
<TD WIDTH=340 VALIGN=top>
<TABLE WIDTH=100% BORDER=0 CELLPADDING=0 CELLSPACING=0><TR><TD CLASS=boxtitle>街道动态</TD><TD ALIGN=right><A HREF="http://www.yuanqu.gov.cn/sdjd/List.asp?ClassID=11">更多&gt;&gt;</A></TD></TR></TABLE>
<TABLE WIDTH=100% BORDER=0 CELLPADDING=0 CELLSPACING=0>
<TR><TD HEIGHT=24>·<A HREF="http://www.yuanqu.gov.cn/sdjd/Show.asp?ID=5521" TARGET=_blank TITLE="石渡街道召开消防安全专项整治推进会">石渡街道召开消防安全专项整治推进会</A></TD><TD WIDTH=55 ALIGN=right CLASS=date>[11-05]</TD></TR>
<TR><TD HEIGHT=24>·<A HREF="http://www.yuanqu.gov.cn/sdjd/Show.asp?ID=5514" TARGET=_blank TITLE="石渡街道开展“三合一”场所消防检查">石渡街道开展“三合一”场所消防检查</A></TD><TD WIDTH=55 ALIGN=right CLASS=date>[11-02]</TD></TR>
<TR><TD HEIGHT=24>·<A HREF="http://www.yuanqu.gov.cn/sdjd/Show.asp?ID=5503" TARGET=_blank TITLE="石渡街道党工委召开理论学习中心组学习会">石渡街道党工委召开理论学习中心组学习会</A></TD><TD WIDTH=55 ALIGN=right CLASS=date>[10-28]</TD></TR>
<TR><TD HEIGHT=24>·<A HREF="http://www.yuanqu.gov.cn/sdjd/Show.asp?ID=5497" TARGET=_blank TITLE="石渡街道完成第七次全国人口普查摸底工作">石渡街道完成第七次全国人口普查摸底工作</A></TD><TD WIDTH=55 ALIGN=right CLASS=date>[10-26]</TD></TR>
<TR><TD HEIGHT=24>·<A HREF="http://www.yuanqu.gov.cn/sdjd/Show.asp?ID=5488" TARGET=_blank TITLE="石渡街道举办老年人防诈骗知识讲座">石渡街道举办老年人防诈骗知识讲座</A></TD><TD WIDTH=55 ALIGN=right CLASS=date>[10-21]</TD></TR>
<TR><TD HEIGHT=24>·<A HREF="http://www.yuanqu.gov.cn/sdjd/Show.asp?ID=5476" TARGET=_blank TITLE="石渡街道组织辖区企业开展安全生产培训">石渡街道组织辖区企业开展安全生产培训</A></TD><TD WIDTH=55 ALIGN=right CLASS=date>[10-16]</TD></TR>
<TR><TD HEIGHT=24>·<A HREF="http://www.yuanqu.gov.cn/sdjd/Show.asp?ID=5459" TARGET=_blank TITLE="石渡街道开展国庆节前食品安全检查">石渡街道开展国庆节前食品安全检查</A></TD><TD WIDTH=55 ALIGN=right CLASS=date>[09-29]</TD></TR>
</TABLE></TD>
<TD WIDTH=320 VALIGN=top>
<TABLE WIDTH=100% BORDER=0 CELLPADDING=0 CELLSPACING=0><TR><TD CLASS=boxtitle>通知公告</TD><TD ALIGN=right><A HREF="http://www.yuanqu.gov.cn/sdjd/List.asp?ClassID=12">更多&gt;&gt;</A></TD></TR></TABLE>
<TABLE WIDTH=100% BORDER=0 CELLPADDING=0 CELLSPACING=0>
<TR><TD HEIGHT=24>·<A HREF="http://www.yuanqu.gov.cn/sdjd/Show.asp?ID=5480" TARGET=_blank TITLE="关于开展冬季“三无”人员临时救助摸底的通知">关于开展冬季“三无”人员临时救助摸底的通知</A></TD><TD WIDTH=55 ALIGN=right CLASS=date>[10-19]</TD></TR>
<TR><TD HEIGHT=24>·<A HREF="http://www.yuanqu.gov.cn/sdjd/Show.asp?ID=5441" TARGET=_blank TITLE="石渡街道2020年公益性岗位拟聘人员公示">石渡街道2020年公益性岗位拟聘人员公示</A></TD><TD WIDTH=55 ALIGN=right CLASS=date>[09-22]</TD></TR>
<TR><TD HEIGHT=24>·<A HREF="http://www.yuanqu.gov.cn/sdjd/Show.asp?ID=5405" TARGET=_blank TITLE="关于辖区内临街门店油烟净化设施安装的通告">关于辖区内临街门店油烟净化设施安装的通告</A></TD><TD WIDTH=55 ALIGN=right CLASS=date>[09-01]</TD></TR>
<TR><TD HEIGHT=24>·<A HREF="http://www.yuanqu.gov.cn/sdjd/Show.asp?ID=5366" TARGET=_blank TITLE="石渡街道2020年第二批城市低保审批结果公示">石渡街道2020年第二批城市低保审批结果公示</A></TD><TD WIDTH=55 ALIGN=right CLASS=date>[08-14]</TD></TR>
<TR><TD HEIGHT=24>·<A HREF="http://www.yuanqu.gov.cn/sdjd/Show.asp?ID=5290" TARGET=_blank TITLE="关于做好城乡居民基本养老保险缴费工作的通知">关于做好城乡居民基本养老保险缴费工作的通知</A></TD><TD WIDTH=55 ALIGN=right CLASS=date>[07-03]</TD></TR>
</TABLE></TD></TR>
<TR><TD COLSPAN=2 VALIGN=top>
<TABLE WIDTH=100% BORDER=0 CELLPADDING=0 CELLSPACING=0><TR><TD CLASS=boxtitle>社区动态</TD><TD ALIGN=right><A HREF="http://www.yuanqu.gov.cn/sdjd/List.asp?ClassID=13">更多&gt;&gt;</A></TD></TR></TABLE>
<TABLE WIDTH=100% BORDER=0 CELLPADDING=0 CELLSPACING=0>
<TR><TD HEIGHT=24>·<A HREF="http://www.yuanqu.gov.cn/sdjd/Show.asp?ID=5506" TARGET=_blank TITLE="青山社区举办邻里文化节">青山社区举办邻里文化节</A></TD><TD WIDTH=55 ALIGN=right CLASS=date>[10-30]</TD></TR>
<TR><TD HEIGHT=24>·<A HREF="http://www.yuanqu.gov.cn/sdjd/Show.asp?ID=5490" TARGET=_blank TITLE="石渡社区开展垃圾分类入户宣传">石渡社区开展垃圾分类入户宣传</A></TD><TD WIDTH=55 ALIGN=right CLASS=date>[10-22]</TD></TR>
<TR><TD HEIGHT=24>·<A HREF="http://www.yuanqu.gov.cn/sdjd/Show.asp?ID=5469" TARGET=_blank TITLE="河西社区组织党员志愿者清理楼道杂物">河西社区组织党员志愿者清理楼道杂物</A></TD><TD WIDTH=55 ALIGN=right CLASS=date>[10-12]</TD></TR>
<TR><TD HEIGHT=24>·<A HREF="http://www.yuanqu.gov.cn/sdjd/Show.asp?ID=5463" TARGET=_blank TITLE="青山社区开展重阳节慰问高龄老人活动">青山社区开展重阳节慰问高龄老人活动</A></TD><TD WIDTH=55 ALIGN=right CLASS=date>[10-09]</TD></TR>
<TR><TD HEIGHT=24>·<A HREF="http://www.yuanqu.gov.cn/sdjd/Show.asp?ID=5450" TARGET=_blank TITLE="石渡社区召开居民议事会协商停车难题">石渡社区召开居民议事会协商停车难题</A></TD><TD WIDTH=55 ALIGN=right CLASS=date>[09-25]</TD></TR>
</TABLE></TD>
<TD VALIGN=top>
<TABLE WIDTH=100% BORDER=0 CELLPADDING=4 CELLSPACING=0>
<TR><TD><A HREF="http://www.yuanqu.gov.cn/sdjd/Mail.asp"><IMG SRC="images/zrxx.gif" BORDER=0 ALT="主任信箱"></A></TD></TR>
<TR><TD><A HREF="http://www.yuanqu.gov.cn/sdjd/List.asp?ClassID=15"><IMG SRC="images/bszn.gif" BORDER=0 ALT="办事指南"></A></TD></TR>
<TR><TD><A HREF="http://www.yuanqu.gov.cn/sdjd/List.asp?ClassID=14"><IMG SRC="images/zcfg.gif" BORDER=0 ALT="政策法规"></A></TD></TR>
<TR><TD><A HREF="http://www.yuanqu.gov.cn/sdjd/List.asp?ClassID=17"><IMG SRC="images/djyd.gif" BORDER=0 ALT="党建园地"></A></TD></TR>
<TR><TD><A HREF="http://xxgk.yuanqu.gov.cn/xzjd/sdjd/" TARGET=_blank><IMG SRC="images/xxgk.gif" BORDER=0 ALT="政府信息公开"></A></TD></TR>
</TABLE></TD></TR>
</TABLE>
<TABLE WIDTH=980 BORDER=0 ALIGN=center><TR><TD>
<FORM NAME=search ACTION="Search.asp" METHOD=get>站内搜索：<INPUT NAME=keyword SIZE=20> <INPUT TYPE=submit VALUE="搜索"></FORM>
</TD></TR></TABLE>
<TABLE WIDTH=980 BORDER=0 ALIGN=center CELLPADDING=0 CELLSPACING=0 CLASS=foot>
<TR><TD HEIGHT=8></TD><TD ROWSPAN=2 WIDTH=120 ALIGN=center><A HREF="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3601990023&amp;url=http%3A%2F%2Fwww.yuanqu.gov.cn%2Fsdjd%2F" TARGET=_blank><IMG SRC="images/jiucuo.png" BORDER=0 ALT="政府网站找错"></A></TD></TR>
<TR><TD ALIGN=center CLASS=foottext>
版权所有：沅曲区石渡街道办事处　　联系电话：0791-8836120　　地址：沅曲区石渡路76号<BR>
网站标识码：3601990023　　<A HREF="https://beian.miit.gov.cn/" TARGET=_blank>赣ICP备09003318号</A><BR>
技术支持：沅曲区信息中心　　建议使用IE8.0以上浏览器、1024*768分辨率浏览
</TD></TR>
</TABLE>
</BODY>
</HTML>
