<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>用户登录 - 澜城市政民互动平台</title>
<style>body{font-family:"微软雅黑";background:#f2f4f7}.err{width:640px;margin:80px auto;background:#fff;border:1px solid #dcdcdc;padding:30px}h2{color:#c00}pre{font-size:12px;color:#666;white-space:pre-wrap}</style>
</head>
<body>
<div class="err">
<h2>系统错误</h2>
<p>很抱歉，统一身份认证服务暂时无法连接，登录失败。错误代码：500</p>
<p>请稍后重试，或拨打12345热线反映问题。</p>
<pre>org.springframework.web.client.ResourceAccessException: I/O error on POST request for "http://10.43.9.21:8080/uc/api/ticket": Connection refused
	at com.trs.hdpt.sso.LoginController.login(LoginController.java:87)</pre>
<p><a href="javascript:history.back()">返回上一页</a></p>
</div>
</body>
</html>
