/* jpage.js  箬川县人民政府 栏目列表分页 (datastore / dataproxy) */
(function(w){
function parse(xml){var recs=[],re=/<record><!\[CDATA\[([\s\S]*?)\]\]><\/record>/g,m;while((m=re.exec(xml))){recs.push(m[1]);}
 var t=/<totalrecord>(\d+)<\/totalrecord>/.exec(xml);return {recs:recs,total:t?parseInt(t[1],10):recs.length};}
function draw(box,cfg,d){
 var per=cfg.perpage||15,pages=Math.max(1,Math.ceil(d.total/per)),h='';
 if(d.recs.length){h+='<ul class="list">'+d.recs.slice(0,per).join('')+'</ul>';}
 else{h+='<div class="nodata">暂无信息</div>';}
 if(cfg.nopage){box.innerHTML=h;return;}
 h+='<div class="default_pgContainer">共'+d.total+'条 &nbsp;1/'+pages+'页 &nbsp;<span>首页</span> <span>上页</span> ';
 h+=(pages>1?'<a href="javascript:;" class="pgnext">下页</a> <a href="javascript:;">尾页</a>':'<span>下页</span> <span>尾页</span>')+'</div>';
 box.innerHTML=h;}
w.jpage=function(cfg){
 var box=document.getElementById(cfg.unitid);if(!box)return;
 if(cfg.url){var x=new XMLHttpRequest();x.open('GET',cfg.url,true);
  x.onreadystatechange=function(){if(x.readyState==4&&x.status==200){draw(box,cfg,parse(x.responseText));}};x.send(null);}
 else{var s=box.getElementsByTagName('script')[0];draw(box,cfg,parse(s?(s.text||s.innerHTML):''));}
};
})(window);
