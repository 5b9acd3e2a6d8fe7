<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>网上办事--榴溪县人民政府</title>
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
<table width="1000" border="0" align="center" cellpadding="10" cellspacing="0">
<tr><td class="position">您现在的位置：<a href="/Default.aspx">首页</a> &gt;&gt; 网上办事</td></tr>
<tr><td>
<p class="bs-tip">榴溪县政务服务事项已全部进驻省政务服务网，请点击下方入口在线申报、查询办件进度。</p>
<p><a href="http://www.jxzwfww.gov.cn/" target="_blank"><img src="/images/jxzwfw.jpg" alt="" border="0" />江西政务服务网（榴溪县站点）</a></p>
<table width="96%" class="bslist"><tr><th>部门</th><th>办事指南</th></tr>
<tr><td>县人社局</td><td><a href="/NewsShow.aspx?id=6012">城乡居民养老保险参保登记办事指南</a></td></tr>
<tr><td>县民政局</td><td><a href="/NewsShow.aspx?id=6020">最低生活保障申请办事指南</a></td></tr>
<tr><td>县自然资源局</td><td><a href="/NewsShow.aspx?id=6033">农村宅基地用地审批办事指南</a></td></tr>
</table></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="8" cellspacing="0" class="bottom">
<tr><td width="90" align="center"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3Ca href='http://bszs.conac.cn/sitename?method=show&id=6B2C19E0D3F74A81B5C2E93A0F4D7E61' target='_blank'%3E%3Cimg id='imgConac' src='http://dcs.conac.cn/image/red.png' border='0'/%3E%3C/a%3E%3C/span%3E"));</script></td>
<td>主办：榴溪县人民政府办公室　承办：榴溪县信息中心<br />
地址：榴溪县府前路1号　电话：0797-6621234　E-mail：lxxzfb@163.com<br />
网站标识码：3607990001　<a href="http://www.miitbeian.gov.cn" target="_blank">赣ICP备05004412号</a>　赣公网安备36079902000018号　<a href="http://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteInfo.action?sitecode=3607990001" target="_blank">我为政府网站找错</a></td></tr>
</table>
</form>
</body>
</html>
