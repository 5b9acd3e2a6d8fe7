{% autoescape false %}
/* Site chrome written by script (generated per site). */
var SITE_MENU = {{ menu_json }};
function writeTop() {
  document.write('欢迎访问{{ site.name }} '{% if show("无障碍浏览") %} + '<a href="{{ pages.wza }}">无障碍浏览</a> '{% endif %} + '<a href="{{ weibo_url }}" target="_blank">政务微博</a>');
}
function writeNav() {
  var html = '<ul class="w1200 clearfix">';
  for (var i = 0; i < SITE_MENU.length; i++) {
    var m = SITE_MENU[i];
    html += '<li><a href="' + m.href + '">' + m.name + '</a><div class="sub">';
    for (var j = 0; j < m.children.length; j++) { html += '<a href="' + m.children[j][1] + '">' + m.children[j][0] + '</a>'; }
    html += '</div></li>';
  }
  document.write(html + '</ul>');
}
{% endautoescape %}
