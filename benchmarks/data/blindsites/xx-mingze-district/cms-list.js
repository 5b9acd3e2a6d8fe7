/*! cms-list.js v1.4 茗泽区门户 列表渲染 */
;(function(w,doc){
function esc(s){return String(s).replace(/</g,"&lt;");}
function pager(el,total,size,no){
  if(!el)return; var pages=Math.ceil(total/size);
  if(!total){el.innerHTML='<span class="lp-count">共 0 条</span>';return;}
  var h='<span class="lp-count">共 '+total+' 条</span><a class="lp-prev lp-disabled">上一页</a>';
  for(var i=1;i<=Math.min(pages,5);i++){h+=(i==no?'<span class="lp-curr">'+i+'</span>':'<a href="?pageNo='+i+'">'+i+'</a>');}
  if(pages>5){h+='<span class="lp-spr">…</span><a href="?pageNo='+pages+'">'+pages+'</a>';}
  h+=(pages>1?'<a class="lp-next" href="?pageNo=2">下一页</a>':'<a class="lp-next lp-disabled">下一页</a>');
  el.innerHTML=h;}
function rows(ul,list,max){
  var h='';for(var i=0;i<list.length&&i<max;i++){var r=list[i];
    h+='<li><a href="'+r.url+'" target="_blank" title="'+esc(r.title)+'">'+esc(r.title)+'</a><span class="date">'+String(r.publishTime).substring(0,10)+'</span></li>';}
  ul.innerHTML=h||'<li class="empty">暂无数据</li>';}
w.CmsList={
  render:rows,pager:pager,
  load:function(ul){
    var c=ul.getAttribute('data-channel'),size=+ul.getAttribute('data-size')||15,max=+ul.getAttribute('data-max')||size;
    fetch('/api/cms/article/page?channelId='+c+'&pageNo=1&pageSize='+size).then(function(r){return r.json();}).then(function(j){
      rows(ul,j.data.records,max);
      var p=doc.getElementById(ul.getAttribute('data-pager'));pager(p,j.data.total,size,1);});
  }};
var uls=doc.querySelectorAll('ul[data-channel]');for(var i=0;i<uls.length;i++)w.CmsList.load(uls[i]);
if(w.__LIST__){var u=doc.getElementById(w.__LIST__.el);rows(u,w.__LIST__.records,15);pager(doc.getElementById(w.__LIST__.pager),w.__LIST__.total,15,1);}
})(window,document);
