// Code pickers of the scenario forms: typing a name (diacritics ignored) offers the codes the
// workbench's search finds, as a datalist under the field. Without JavaScript the fields
// still take codes typed in full.
(function () {
  var day = document.querySelector('#scope-day');
  document.querySelectorAll('input[data-picker]').forEach(function (input) {
    var timer = null;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        if (input.value.trim().length < 2) { return; }
        var url = input.form.getAttribute('data-codes') + '?type=' + encodeURIComponent(input.dataset.picker)
          + '&q=' + encodeURIComponent(input.value) + (day ? '&day=' + encodeURIComponent(day.value) : '');
        fetch(url, { credentials: 'same-origin' }).then(function (r) { return r.ok ? r.text() : ''; })
          .then(function (options) { document.getElementById(input.getAttribute('list')).innerHTML = options; });
      }, 200);
    });
  });
})();
