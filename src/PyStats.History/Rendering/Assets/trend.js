// The history trend chart: one line per series, x = commit date, hover = commit and date.
(function () {
  'use strict';
  var source = document.getElementById('history-chart');
  var canvas = document.getElementById('trend-chart');
  if (!source || !canvas || typeof Chart === 'undefined') {
    document.body.setAttribute('data-ready', 'true');
    return;
  }
  var data = JSON.parse(source.textContent);
  var palette = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#7f7f7f', '#bcbd22'];
  function day(ms) { return new Date(ms).toISOString().slice(0, 10); }
  var datasets = data.series.map(function (series, i) {
    var colour = palette[i % palette.length];
    return { label: series.name, data: series.points, borderColor: colour, backgroundColor: colour, tension: 0, pointRadius: 3 };
  });
  new Chart(canvas, {
    type: 'line',
    data: { datasets: datasets },
    options: {
      animation: false,
      responsive: true,
      interaction: { mode: 'nearest', intersect: false },
      scales: {
        x: { type: 'linear', title: { display: true, text: 'commit date' }, ticks: { callback: function (v) { return day(v); } } },
        y: { title: { display: true, text: data.valueLabel } }
      },
      plugins: {
        title: { display: true, text: data.title },
        tooltip: {
          callbacks: {
            title: function (items) { return items.length ? day(items[0].raw.x) : ''; },
            label: function (item) { return item.dataset.label + ': ' + item.raw.y + ' (commit ' + item.raw.commit + ', run ' + item.raw.run + ')'; }
          }
        }
      }
    }
  });
  document.body.setAttribute('data-ready', 'true');
})();
