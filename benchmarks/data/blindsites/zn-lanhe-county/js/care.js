(function () {
  var btn = document.getElementById('careBtn');
  if (!btn) return;
  function apply(on) {
    document.documentElement.className = on ? 'care' : '';
    btn.innerHTML = on ? '退出关怀版' : '关怀版';
  }
  var on = false;
  try { on = window.localStorage.getItem('lhCare') === '1'; } catch (e) {}
  apply(on);
  btn.onclick = function () {
    on = !on;
    try { window.localStorage.setItem('lhCare', on ? '1' : '0'); } catch (e) {}
    apply(on);
    return false;
  };
})();
