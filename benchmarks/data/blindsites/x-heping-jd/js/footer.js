var footerHtml = '';
footerHtml += '<div class="foot-in">';
footerHtml += '<p><a href="/site/tpl/6790045">联系我们</a> | <a href="/site/tpl/6790046">网站地图</a></p>';
footerHtml += '<p>主办：枫溪区和平街道办事处　地址：枫溪区和平路118号　联系电话：0563-3325106</p>';
footerHtml += '<p>网站标识码：3418990037　技术支持：安徽龙讯信息科技有限公司</p>';
footerHtml += '</div>';
document.getElementById('footer').innerHTML = footerHtml;
