document.write('<div class="header"><div class="w">');
document.write('<a href="/" class="logo"><img src="/images/logo.png" alt="沅溪市人民政府"></a>');
document.write('<form class="search" name="searchform" action="/search/index.html" method="get" target="_blank"><input type="text" name="searchword" value="" placeholder="请输入关键字"><input type="submit" value="搜 索"></form>');
document.write('</div></div>');
var znNav = [['首页','/'],['走进沅溪','/zjyx/index.html'],['新闻中心','/xwzx/yxyw/index.html'],['政府信息公开','/zwgk/index.html'],['网上办事','/bsfw/index.html'],['政民互动','/hdjl/index.html']];
document.write('<div class="nav"><ul class="w">');
for (var i = 0; i < znNav.length; i++) {
  document.write('<li><a href="' + znNav[i][1] + '">' + znNav[i][0] + '</a></li>');
}
document.write('</ul></div>');
