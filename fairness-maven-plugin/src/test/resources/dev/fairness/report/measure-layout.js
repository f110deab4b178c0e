(function () {
  var out = {legends: 0, legendOverflow: [], wideTables: 0, overallCells: 0, hiddenOverall: [], limitTags: []};
  document.querySelectorAll('svg.fr-chart').forEach(function (svg) {
    var width = svg.viewBox.baseVal.width;
    svg.querySelectorAll('text.fr-legend').forEach(function (t) {
      out.legends++;
      var b = t.getBBox();
      if (b.x + b.width > width + 0.5) { out.legendOverflow.push(t.textContent); }
    });
    svg.querySelectorAll('text.fr-limit-tag').forEach(function (t) { out.limitTags.push(t.textContent); });
  });
  document.querySelectorAll('table.fr-groups').forEach(function (table) {
    var box = table.closest('.fr-scroll');
    if (box.scrollWidth > box.clientWidth + 1) { out.wideTables++; }
    var c = box.getBoundingClientRect();
    table.querySelectorAll('.fr-overall').forEach(function (cell) {
      out.overallCells++;
      var r = cell.getBoundingClientRect();
      if (r.right > Math.min(c.right, window.innerWidth) + 1 || r.left < c.left - 1) { out.hiddenOverall.push(cell.textContent); }
    });
  });
  var pre = document.createElement('pre');
  pre.id = 'measure';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
