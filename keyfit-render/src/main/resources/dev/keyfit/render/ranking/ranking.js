(function () {
  var table = document.getElementById('ranking');
  if (!table || !table.tHead || !table.tBodies.length) { return; }
  var body = table.tBodies[0];
  var heads = table.tHead.rows[0].cells;
  function key(row, i, numeric) {
    var cell = row.cells[i];
    var v = cell ? cell.getAttribute('data-value') : null;
    if (v === null) { v = cell ? cell.textContent.trim() : ''; }
    if (v === '') { return null; }
    return numeric ? Number(v) : v.toLowerCase();
  }
  function order(row) { return Number(row.getAttribute('data-order')); }
  function sort(index, numeric, descending) {
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, index, numeric), y = key(b, index, numeric);
      if (x === null || y === null) {
        return x === y ? order(a) - order(b) : (x === null ? 1 : -1);
      }
      var c = numeric ? x - y : (x < y ? -1 : (x > y ? 1 : 0));
      if (c === 0) { return order(a) - order(b); }
      return descending ? -c : c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    for (var j = 0; j < heads.length; j++) { heads[j].removeAttribute('aria-sort'); }
    heads[index].setAttribute('aria-sort', descending ? 'descending' : 'ascending');
  }
  Array.prototype.forEach.call(heads, function (th, index) {
    var type = th.getAttribute('data-sort');
    if (!type) { return; }
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.title = 'Sort by this column';
    while (th.firstChild) { button.appendChild(th.firstChild); }
    th.appendChild(button);
    button.addEventListener('click', function () {
      var now = th.getAttribute('aria-sort');
      var descending = now ? now === 'ascending' : th.getAttribute('data-first') === 'descending';
      sort(index, type === 'number', descending);
    });
  });
  table.setAttribute('data-sortable', 'ready');
})();
