(function () {
  var me = document.getElementById('_jiucuo_'), code = me.getAttribute('sitecode');
  var url = encodeURIComponent(location.href);
  document.write('<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=' + code + '&url=' + url + '" target="_blank"><img src="/material/jiucuo.png" alt="Õþ¸®ÍøÕ¾ÕÒ´í" style="border:0"></a>');
})();
