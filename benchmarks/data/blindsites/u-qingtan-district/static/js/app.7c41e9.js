/*! qt-portal v2.3.1 | build 20251118 */
(function () {
  'use strict';
  var root = document.getElementById('root');
  function get(u) { return fetch(u, { credentials: 'same-origin' }).then(function (r) { return r.json(); }); }
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function a(it, cls) { return '<a href="' + esc(it.url) + '"' + (cls ? ' class="' + cls + '"' : '') + '>' + esc(it.name || it.title) + '</a>'; }
  function rows(list) {
    return '<ul class="qt-list">' + list.map(function (it) {
      return '<li><a href="' + esc(it.url) + '" target="_blank">' + esc(it.title) + '</a><span class="qt-date">' + esc(it.date) + '</span></li>';
    }).join('') + '</ul>';
  }
  var site;
  function shell() {
    var f = site.footer;
    root.innerHTML =
      '<div class="qt-top"><div class="qt-w">' + site.topLinks.map(function (l) { return a(l); }).join(' | ') + '</div></div>' +
      '<header class="qt-hd"><div class="qt-w"><a href="#/"><img src="' + site.logo + '" alt="' + esc(site.siteName) + '"></a>' +
      '<form class="qt-search" action="' + site.search + '" method="get"><input name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></header>' +
      '<nav class="qt-nav"><div class="qt-w">' + site.menu.map(function (m) { return a(m); }).join('') + '</div></nav>' +
      '<main class="qt-w" id="view"></main>' +
      '<footer class="qt-ft"><div class="qt-w"><p class="qt-ft-links">' + f.links.map(function (l) { return a(l); }).join(' | ') + '</p>' +
      '<a class="qt-conac" href="' + f.conac.href + '" target="_blank"><img src="' + f.conac.img + '" alt="' + f.conac.alt + '"></a>' +
      f.lines.map(function (l) { return '<p>' + l + '</p>'; }).join('') + '</div></footer>';
  }
  var views = {
    home: function (v) {
      return get('/api/home.json').then(function (res) {
        var d = res.data;
        v.innerHTML = '<section class="qt-slide">' + d.slides.map(function (s) { return '<a href="' + s.url + '"><img src="' + s.img + '" alt=""><p>' + esc(s.title) + '</p></a>'; }).join('') + '</section>' +
          d.blocks.map(function (b) { return '<section class="qt-block"><h3>' + esc(b.name) + '<a class="more" href="#/list/' + b.code + '">更多</a></h3>' + rows(b.list) + '</section>'; }).join('') +
          '<section class="qt-entries">' + d.entries.map(function (e) { return a(e, 'qt-entry qt-i-' + e.icon); }).join('') + '</section>';
      });
    },
    list: function (v, code) {
      return get('/api/list/' + code + '.json').then(function (res) {
        var d = res.data;
        v.innerHTML = '<div class="qt-crumb"><a href="#/">首页</a> &gt; ' + esc(d.name) + '</div><h2>' + esc(d.name) + '</h2>' +
          (d.list.length ? rows(d.list) : '<p class="qt-empty">暂无数据</p>') + '<div class="qt-pager">共 ' + d.total + ' 条</div>';
      });
    },
    care: function (v) { v.innerHTML = '<p class="qt-care">已切换至关怀版：页面字号放大至150%，点击 <a href="#/">返回</a> 恢复标准版。</p>'; document.body.classList.add('care'); },
    wza: function (v) { v.innerHTML = '<h2>无障碍浏览</h2><p>本站支持读屏、放大、高对比度等辅助功能，快捷键 Alt+Shift+A 开启辅助工具条。</p>'; },
    lxwm: function (v) { v.innerHTML = '<h2>联系我们</h2><p>清潭区人民政府办公室　地址：清潭区滨湖大道1号　电话：0766-3328100　邮箱：qtqzfb@qingtan.gov.cn</p>'; },
    wzdt: function (v) { v.innerHTML = '<h2>网站地图</h2>' + site.menu.map(function (m) { return '<p>' + a(m) + '</p>'; }).join(''); }
  };
  function route() {
    var h = location.hash.replace(/^#\/?/, '').split('/'), v = document.getElementById('view');
    document.body.classList.remove('care');
    if (h[0] === 'list' && h[1]) return views.list(v, h[1]);
    if (views[h[0]]) return views[h[0]](v);
    return views.home(v);
  }
  get('/api/site.json').then(function (s) { site = s; document.title = s.siteName; shell(); route(); window.addEventListener('hashchange', route); });
})();
