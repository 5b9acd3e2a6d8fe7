<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">
<TITLE>乡长信箱-固山乡人民政府</TITLE>
<LINK HREF="/css/style.css" REL="stylesheet" TYPE="text/css">
</HEAD>
<BODY LEFTMARGIN="0" TOPMARGIN="0">
<TABLE WIDTH="980" BORDER="0" ALIGN="center" CELLPADDING="0" CELLSPACING="0">
<TR><TD><IMG SRC="/images/top_banner2015.jpg" WIDTH="980" HEIGHT="150" ALT="固山乡人民政府"></TD></TR>
<TR><TD CLASS="nav" HEIGHT="32" BGCOLOR="#1B5E9E">
<A HREF="/index.asp">网站首页</A> | <A HREF="/Show.asp?ID=12">乡情概况</A> | <A HREF="/News_List.asp?ClassID=1">乡镇动态</A> | <A HREF="/News_List.asp?ClassID=2">通知公告</A> | <A HREF="/News_List.asp?ClassID=3">政策文件</A> | <A HREF="/News_List.asp?ClassID=4">人事信息</A> | <A HREF="/News_List.asp?ClassID=5">财政公开</A> | <A HREF="/News_List.asp?ClassID=6">规划计划</A> | <A HREF="/News_List.asp?ClassID=7">精准扶贫</A> | <A HREF="/News_List.asp?ClassID=8">村务公开</A> | <A HREF="/wsbs/index.asp">网上办事</A> | <A HREF="/xzxx/index.asp">乡长信箱</A>
</TD></TR>
</TABLE>
<TABLE WIDTH="980" ALIGN="center" CELLPADDING="30"><TR><TD ALIGN="center">
<IMG SRC="/images/weihu.gif" ALT=""><BR>
系统升级维护中，乡长信箱暂停使用，请稍后访问。
</TD></TR></TABLE>
<TABLE WIDTH="980" BORDER="0" ALIGN="center" CELLPADDING="6" CELLSPACING="0" BGCOLOR="#EEEEEE">
<TR><TD ALIGN="center" CLASS="foot">
主办单位：固山乡人民政府　地址：石岭县固山乡政府街18号　邮编：418312<BR>
联系电话：0738-5521006　传真：0738-5521008　<A HREF="http://www.miibeian.gov.cn" TARGET="_blank">湘ICP备09003817号</A><BR>
建议使用IE6.0以上浏览器，1024*768分辨率浏览
</TD></TR>
</TABLE>
</BODY>
</HTML>
