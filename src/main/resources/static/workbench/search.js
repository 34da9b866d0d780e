/* Search results by keyboard: the down and up arrows move from the search box through the results
   (and back to the box above the first); Enter opens the result that has the focus (it is a link). */
(function () {
  'use strict';
  var box = document.getElementById('q');
  var list = document.getElementById('hits');
  if (!box || !list) { return; }
  function links() { return Array.prototype.slice.call(list.querySelectorAll('li > a')); }
  function move(event) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') { return; }
    var all = links();
    if (!all.length) { return; }
    var at = all.indexOf(document.activeElement);
    var next = event.key === 'ArrowDown' ? Math.min(at + 1, all.length - 1) : at - 1;
    event.preventDefault();
    all.forEach(function (a) { a.parentNode.classList.remove('active'); a.removeAttribute('aria-current'); });
    if (next < 0) { box.focus(); return; }
    all[next].parentNode.classList.add('active');
    all[next].setAttribute('aria-current', 'true');
    all[next].focus();
  }
  box.addEventListener('keydown', move);
  list.addEventListener('keydown', move);
}());
