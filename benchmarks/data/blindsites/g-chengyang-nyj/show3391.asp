<HTML>
<HEAD>
<TITLE>全市秋冬种工作现场推进会在黄湾镇召开-澄阳市农业农村局</TITLE>
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
<TR><TD class=weizhi height=30>您现在的位置：<A HREF="/index.asp">首页</A> &gt;&gt; <A HREF="/list.asp?classid=11">工作动态</A></TD></TR>
<TR><TD align=center height=50 class=arttitle><B>全市秋冬种工作现场推进会在黄湾镇召开</B></TD></TR>
<TR><TD align=center class=gray>发布时间：2019-10-30 9:41:17&nbsp;&nbsp;文章来源：市农业农村局种植业科&nbsp;&nbsp;点击数：186</TD></TR>
<TR><TD class=content style="LINE-HEIGHT: 200%">
<P>　　10月29日，全市秋冬种工作现场推进会在黄湾镇召开。各县（区）农业农村局分管负责人及种植业技术人员参加会议。</P>
<P>　　与会人员实地观摩了黄湾镇油菜机械直播示范片。会议要求各地抢抓晴好天气，加快油菜、小麦播种进度，确保完成秋冬种面积任务。</P>
<P>　　会后，由澄阳市农学会主办的油菜绿色高效栽培技术讲座同期举行。</P>
<P>　　主办单位：澄阳市农学会　联系电话：0797-6628341</P>
</TD></TR></TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=980 align=center border=0>
<TR><TD class=bottom align=center height=90>
<SCRIPT language=javascript src="/inc/bottom.js"></SCRIPT>
</TD></TR></TABLE>
</BODY>
</HTML>
