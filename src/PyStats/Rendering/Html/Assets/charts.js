/* pystats HTML report: the charts. Written for this project; inlined into every page after
   Chart.js. Reads the JSON chart data block (numbers picked from the report's tables by the
   chart model) and draws each chart into its figure; labels reach Chart.js as plain strings. */
(function () {
  'use strict';

  // ---- Charts (drawn by Chart.js) ------------------------------------------------------

  function cssVar(name, fallback) {
    var value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
    return value || fallback;
  }

  // Runs cycle through the page's palette (--c-input0..7); a lone change series is coloured
  // bar by bar by sign, like the change cells. Later inputs' series of the same role are
  // lighter, so stacks of several runs tell apart.
  var PALETTE_SIZE = 8;

  function seriesColour(role, shade, values) {
    if (role === 'change') {
      var down = cssVar('--c-down', '#2f6fd6'), up = cssVar('--c-up', '#d9822b');
      return values.map(function (v) { return v < 0 ? down : up; });
    }
    var run = /^input(\d+)$/.exec(role);
    if (run) {
      role = 'input' + (parseInt(run[1], 10) % PALETTE_SIZE);
    }
    var hex = cssVar('--c-' + role, '#7b61c9');
    if (shade === 0 || !/^#[0-9a-f]{6}$/i.test(hex)) {
      return hex;
    }
    var alpha = Math.max(0.3, 1 - 0.45 * shade);
    var r = parseInt(hex.slice(1, 3), 16), g = parseInt(hex.slice(3, 5), 16), b = parseInt(hex.slice(5, 7), 16);
    return 'rgba(' + r + ',' + g + ',' + b + ',' + alpha + ')';
  }

  var compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

  function chartHeight(spec) {
    if (!spec.horizontal) {
      return 300;
    }
    var stacks = {};
    spec.series.forEach(function (s) { stacks[s.stack || s.name] = true; });
    var barsPerLabel = spec.stacked ? Object.keys(stacks).length : spec.series.length;
    return Math.max(150, spec.labels.length * (barsPerLabel * 13 + 9) + 80);
  }

  function buildChart(spec, card) {
    var canvas = card.querySelector('canvas');
    var box = card.querySelector('.chart-box');
    box.style.height = chartHeight(spec) + 'px';
    var percent = spec.unit === 'percent';
    var points = spec.unit === 'points';
    var valueAxis = spec.horizontal ? 'x' : 'y';
    var categoryAxis = spec.horizontal ? 'y' : 'x';
    var grid = cssVar('--border', '#e1e5eb');
    var scales = {};
    scales[valueAxis] = {
      type: 'linear',
      stacked: spec.stacked,
      beginAtZero: true,
      suggestedMax: percent && spec.stacked ? 100 : undefined,
      max: spec.max !== undefined ? spec.max : undefined,
      grid: { color: grid },
      ticks: {
        callback: function (value) {
          if (percent) {
            return value + '%';
          }
          if (points) {
            return (value > 0 ? '+' : '') + value + ' pts';
          }
          if (this.type === 'logarithmic' && !Number.isInteger(Math.log10(value))) {
            return '';
          }
          return compact.format(value);
        }
      }
    };
    scales[categoryAxis] = {
      stacked: spec.stacked,
      grid: { display: false },
      ticks: { autoSkip: !spec.horizontal, font: { family: cssVar('--mono', 'monospace'), size: 11 } }
    };
    var chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: spec.labels,
        datasets: spec.series.map(function (s) {
          return {
            label: s.name,
            data: s.values,
            texts: s.texts,
            stack: spec.stacked ? (s.stack || 'all') : undefined,
            backgroundColor: seriesColour(s.role, s.shade, s.values),
            borderWidth: 0,
            borderRadius: 2,
            categoryPercentage: 0.8,
            barPercentage: 0.9
          };
        })
      },
      options: {
        indexAxis: spec.horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        // One tooltip per category with every run in it (and the change, in notes).
        interaction: { mode: 'index', axis: categoryAxis, intersect: false },
        scales: scales,
        plugins: {
          legend: {
            display: !(spec.diverging && spec.series.length === 1),
            position: 'top',
            align: 'start',
            labels: { boxWidth: 12, boxHeight: 12 }
          },
          tooltip: {
            callbacks: {
              // The table's exact text, not the plotted double.
              label: function (ctx) {
                var text = ctx.dataset.texts[ctx.dataIndex];
                return ctx.dataset.label + ': ' + (text === '' ? '(none)' : text);
              },
              footer: function (items) {
                var note = items.length > 0 && spec.notes ? spec.notes[items[0].dataIndex] : '';
                return note || '';
              }
            }
          }
        }
      }
    });

    var toggle = card.querySelector('.log-toggle');
    if (toggle) {
      toggle.addEventListener('click', function () {
        var log = toggle.getAttribute('aria-pressed') !== 'true';
        toggle.setAttribute('aria-pressed', String(log));
        chart.options.scales[valueAxis].type = log ? 'logarithmic' : 'linear';
        chart.update();
      });
    }
  }

  function initCharts() {
    var data = document.getElementById('pystats-charts');
    if (!data) {
      return;
    }
    var specs = JSON.parse(data.textContent);
    if (typeof Chart === 'undefined') {
      console.error('pystats: Chart.js is missing from the page');
      return;
    }
    Chart.defaults.font.family = cssVar('--font', 'sans-serif');
    Chart.defaults.color = cssVar('--muted', '#5d6778');
    specs.forEach(function (spec) {
      var card = document.getElementById(spec.id);
      if (!card) {
        return;
      }
      try {
        buildChart(spec, card);
      } catch (error) {
        console.error('pystats: chart ' + spec.id + ' failed: ' + error);
        var message = document.createElement('p');
        message.className = 'chart-error';
        message.textContent = 'This chart could not be drawn.';
        card.appendChild(message);
      }
    });
  }

  initCharts();
})();
