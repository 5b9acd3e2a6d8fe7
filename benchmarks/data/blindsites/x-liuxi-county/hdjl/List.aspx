<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>在线咨询--榴溪县人民政府</title>
<link href="/css/main.css" rel="stylesheet" type="text/css" />
</head>
<body>
<form name="form1" method="post" action="" id="form1">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkmXKpTn3VdCqJ0VwBg1oZ3J5Q8Xs=" /></div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/top.jpg" width="1000" height="160" alt="榴溪县人民政府" /></td></tr>
<tr><td class="menu">
<a href="/Default.aspx">首 页</a><a href="/NewsList.aspx?cid=11">榴溪要闻</a><a href="/NewsList.aspx?cid=12">部门动态</a><a href="/NewsList.aspx?cid=13">乡镇动态</a><a href="/NewsList.aspx?cid=21">通知公告</a><a href="/NewsList.aspx?cid=22">公示公告</a><a href="/NewsList.aspx?cid=31">政策文件</a><a href="/NewsList.aspx?cid=32">政府文件</a><a href="/NewsList.aspx?cid=41">规划计划</a><a href="/NewsList.aspx?cid=42">人事信息</a><a href="/wsbs/Default.aspx">网上办事</a><a href="/hdjl/List.aspx">在线咨询</a>
</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="position">您现在的位置：<a href="/Default.aspx">首页</a> &gt;&gt; 在线咨询</td></tr>
<tr><td><a href="/hdjl/Write.aspx"><img src="/images/woyaozixun.gif" alt="我要咨询" border="0" /></a></td></tr>
<tr><td><table width="96%" align="center" class="hdlist"><tr><th>咨询标题</th><th>咨询时间</th><th>答复时间</th><th>状态</th></tr>
<tr><td><a href="/hdjl/Show.aspx?id=515" target="_blank">咨询城区学校学区划分</a></td><td align="center">2019-10-28</td><td align="center">2019-10-31</td><td align="center">已答复</td></tr>
<tr><td><a href="/hdjl/Show.aspx?id=514" target="_blank">县城公交线路能否延伸到工业园</a></td><td align="center">2019-10-15</td><td align="center">2019-10-18</td><td align="center">已答复</td></tr>
<tr><td><a href="/hdjl/Show.aspx?id=513" target="_blank">咨询新农合异地就医报销</a></td><td align="center">2019-09-26</td><td align="center">2019-09-30</td><td align="center">已答复</td></tr>
<tr><td><a href="/hdjl/Show.aspx?id=512" target="_blank">反映府前路路灯不亮</a></td><td align="center">2019-09-03</td><td align="center">2019-09-06</td><td align="center">已答复</td></tr>
</table></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="8" cellspacing="0" class="bottom">
<tr><td width="90" align="center"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3Ca href='http://bszs.conac.cn/sitename?method=show&id=6B2C19E0D3F74A81B5C2E93A0F4D7E61' target='_blank'%3E%3Cimg id='imgConac' src='http://dcs.conac.cn/image/red.png' border='0'/%3E%3C/a%3E%3C/span%3E"));</script></td>
<td>主办：榴溪县人民政府办公室　承办：榴溪县信息中心<br />
地址：榴溪县府前路1号　电话：0797-6621234　E-mail：lxxzfb@163.com<br />
网站标识码：3607990001　<a href="http://www.miitbeian.gov.cn" target="_blank">赣ICP备05004412号</a>　赣公网安备36079902000018号　<a href="http://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteInfo.action?sitecode=3607990001" target="_blank">我为政府网站找错</a></td></tr>
</table>
</form>
</body>
</html>
