/* The overlap heat map: pointing at a cell, or moving onto it with the keyboard, says how many
   functions and tasks the two bodies both lead and which (the cell's data-tip); a click opens the pair. */
(function () {
  'use strict';
  var tip = document.getElementById('heat-tip');
  var table = document.getElementById('heatmap');
  if (!tip || !table) { return; }
  function show(event) {
    var cell = event.target.closest ? event.target.closest('a.cell') : null;
    if (cell) { tip.textContent = cell.getAttribute('data-tip'); }
  }
  table.addEventListener('mouseover', show);
  table.addEventListener('focusin', show);
}());
