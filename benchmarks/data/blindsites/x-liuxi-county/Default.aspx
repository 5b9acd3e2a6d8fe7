<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>榴溪县人民政府</title>
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
<tr><td class="welcome">今天是2019年11月5日　星期二</td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="500" valign="top"><div class="tit"><span>榴溪要闻</span><a href="/NewsList.aspx?cid=11">更多&gt;&gt;</a></div>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="li"><a href="/NewsShow.aspx?id=8812" target="_blank">县委常委会传达学习党的十九届四中全会精神</a></td><td class="dt">[11-04]</td></tr>
<tr><td class="li"><a href="/NewsShow.aspx?id=8805" target="_blank">榴溪县召开脐橙产业发展推进会</a></td><td class="dt">[11-01]</td></tr>
<tr><td class="li"><a href="/NewsShow.aspx?id=8797" target="_blank">县政府与省农业职业学院签订校地合作协议</a></td><td class="dt">[10-30]</td></tr>
<tr><td class="li"><a href="/NewsShow.aspx?id=8786" target="_blank">全县秋冬季森林防火工作会议召开</a></td><td class="dt">[10-25]</td></tr>
<tr><td class="li"><a href="/NewsShow.aspx?id=8774" target="_blank">榴溪县迎接国家卫生县城复审</a></td><td class="dt">[10-21]</td></tr>
<tr><td class="li"><a href="/NewsShow.aspx?id=8761" target="_blank">县领导带队开展“不忘初心、牢记使命”主题教育调研</a></td><td class="dt">[10-16]</td></tr>
<tr><td class="li"><a href="/NewsShow.aspx?id=8748" target="_blank">榴溪县第十届运动会开幕</a></td><td class="dt">[10-11]</td></tr>
</table></td>
<td width="500" valign="top"><div class="tit"><span>部门动态</span><a href="/NewsList.aspx?cid=12">更多&gt;&gt;</a></div>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="li"><a href="/NewsShow.aspx?id=8803" target="_blank">县人社局开展冬季农民工工资支付专项检查</a></td><td class="dt">[11-01]</td></tr>
<tr><td class="li"><a href="/NewsShow.aspx?id=8793" target="_blank">县卫健委组织家庭医生签约服务进村入户</a></td><td class="dt">[10-29]</td></tr>
<tr><td class="li"><a href="/NewsShow.aspx?id=8782" target="_blank">县教体局召开中小学安全工作会议</a></td><td class="dt">[10-24]</td></tr>
<tr><td class="li"><a href="/NewsShow.aspx?id=8768" target="_blank">县市场监管局开展校园周边食品安全整治</a></td><td class="dt">[10-18]</td></tr>
<tr><td class="li"><a href="/NewsShow.aspx?id=8751" target="_blank">县林业局部署松材线虫病秋季普查</a></td><td class="dt">[10-12]</td></tr>
</table></td>
</tr></table>
</td></tr>
<tr><td class="rk"><a href="/wsbs/Default.aspx"><img src="/images/rk_wsbs.gif" alt="网上办事" border="0" /></a> <a href="/hdjl/List.aspx"><img src="/images/rk_zxzx.gif" alt="在线咨询" border="0" /></a> <a href="/NewsList.aspx?cid=31"><img src="/images/rk_zcwj.gif" alt="政策文件" border="0" /></a></td></tr>
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
