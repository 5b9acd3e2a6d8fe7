<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>镇长信箱_茂川县桐岚镇人民政府</title>
<meta name="keywords" content="桐岚镇,茂川县桐岚镇人民政府" />
<meta name="description" content="镇长信箱" />
<link href="/templets/tlz/style/tlz.css" rel="stylesheet" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
  <tr>
    <td height="130" background="/templets/tlz/images/banner.jpg"><div class="sitename">茂川县桐岚镇人民政府</div></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="menu">
  <tr>
    <td><a href="/">网站首页</a></td>
    <td><a href="/a/zjtl/">走进桐岚</a></td>
    <td><a href="/a/xwdt/">桐岚动态</a></td>
    <td><a href="/a/tzgg/">通知公告</a></td>
    <td><a href="/a/zwgk/">政务公开</a></td>
    <td><a href="/a/bmfw/">便民服务</a></td>
    <td><a href="/plus/guestbook.php">镇长信箱</a></td>
    <td class="sch"><form name="formsearch" action="/plus/search.php"><input type="hidden" name="kwtype" value="0" /><input name="q" type="text" class="sch-ipt" value="" size="14" /><input type="submit" value="搜索" class="sch-btn" /></form></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
  <tr>
    <td valign="top">
      <div class="place">当前位置：<a href="/">主页</a> &gt; 镇长信箱</div>
      <div class="ctit">镇长信箱</div>
      <table width="100%" border="0" cellspacing="1" cellpadding="4" class="gbook">
        <tr class="gtop"><td>留言人：下湾村　　留言时间：2026-11-03 20:14</td></tr>
        <tr><td class="gtit">主题：村里路灯坏了两个月没人修</td></tr>
        <tr><td class="greply"><font color="#cc0000">镇长信箱回复：</font>已转下湾村委会处理，损坏路灯已于11月8日更换，感谢您的反映。<br /><span class="rdate">回复时间：2026-11-10</span></td></tr>
      </table>
      <table width="100%" border="0" cellspacing="1" cellpadding="4" class="gbook">
        <tr class="gtop"><td>留言人：陈**　　留言时间：2026-09-21 09:37</td></tr>
        <tr><td class="gtit">主题：咨询新生儿落户需要带什么材料</td></tr>
        <tr><td class="greply"><font color="#cc0000">镇长信箱回复：</font>携带出生医学证明、父母双方户口簿和身份证、结婚证到镇派出所户籍窗口办理，现场即可办结。<br /><span class="rdate">回复时间：2026-09-29</span></td></tr>
      </table>
      <table width="100%" border="0" cellspacing="1" cellpadding="4" class="gbook">
        <tr class="gtop"><td>留言人：石门村村民　　留言时间：2026-07-02 16:50</td></tr>
        <tr><td class="gtit">主题：希望在集镇增设公交站台</td></tr>
        <tr><td class="greply"><font color="#cc0000">镇长信箱回复：</font>您的建议已报县交通运输局，经现场勘察，已在集镇农贸市场旁增设临时停靠点，后续将建设标准站台。<br /><span class="rdate">回复时间：2026-08-14</span></td></tr>
      </table>
      <table width="100%" border="0" cellspacing="1" cellpadding="4" class="gbook">
        <tr class="gtop"><td>留言人：匿名　　留言时间：2026-04-16 11:02</td></tr>
        <tr><td class="gtit">主题：镇卫生院周末能否开放预防接种</td></tr>
        <tr><td class="greply"><font color="#cc0000">镇长信箱回复：</font>镇卫生院预防接种门诊每周六上午开放，节假日另行通知。<br /><span class="rdate">回复时间：2026-04-20</span></td></tr>
      </table>
      <table width="100%" border="0" cellspacing="1" cellpadding="4" class="gbook">
        <tr class="gtop"><td>留言人：黄**　　留言时间：2026-01-08 08:25</td></tr>
        <tr><td class="gtit">主题：脐橙果园灌溉水渠堵塞</td></tr>
        <tr><td class="greply"><font color="#cc0000">镇长信箱回复：</font>镇农业综合服务中心已组织人员清淤，水渠已恢复通水。<br /><span class="rdate">回复时间：2026-01-19</span></td></tr>
      </table>
      <div class="dede_pages"><ul class="pagelist"><li><span class="pageinfo">共 1 页 5 条</span></li></ul></div>
      <form action="/plus/guestbook.php" method="post" name="gbook">
        <input type="hidden" name="action" value="save" />
        <table width="100%" class="gform">
          <tr><td colspan="2" class="ftit">我要留言（留言经审核后公开，咨询类留言一般在10个工作日内回复）</td></tr>
          <tr><td width="90">姓名：</td><td><input name="uname" type="text" size="20" /></td></tr>
          <tr><td>联系电话：</td><td><input name="tel" type="text" size="20" /></td></tr>
          <tr><td>主题：</td><td><input name="title" type="text" size="50" /></td></tr>
          <tr><td>内容：</td><td><textarea name="msg" cols="70" rows="6"></textarea></td></tr>
          <tr><td>验证码：</td><td><input name="validate" type="text" size="6" /> <img src="/include/vdimgck.php" alt="看不清？点击更换" align="absmiddle" /></td></tr>
          <tr><td></td><td><input type="submit" value="提交留言" /></td></tr>
        </table>
      </form>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr>
    <td align="center" height="90">
      <a href="/a/zjtl/lxwm.html">联系我们</a> | <a href="/a/zjtl/">走进桐岚</a> | <a href="http://www.maochuan.gov.cn/" target="_blank">茂川县人民政府网</a> | <a href="http://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteInfo.action?sitecode=3607990017" target="_blank">我为政府网站找错</a><br />
      主办：茂川县桐岚镇人民政府　地址：茂川县桐岚镇府前路8号　电话：0797-4521006<br />
      <a href="http://beian.miit.gov.cn" target="_blank">赣ICP备15008837号</a>　技术支持：茂川县信息中心　建议使用1024×768分辨率浏览
    </td>
  </tr>
</table>
</body>
</html>
