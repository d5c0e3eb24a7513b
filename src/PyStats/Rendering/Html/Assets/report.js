/* pystats HTML report: sorting, filtering, tooltips and navigation (charts.js draws the charts).
   Written for this project; inlined into every page. It only reads what the page holds (the
   tables and the JSON chart data) and never writes markup from data: text goes in through
   textContent, so nothing from a counter file can become HTML. */
(function () {
  'use strict';

  // ---- Sorting -------------------------------------------------------------------------

  // The number or text a cell sorts by; null sorts last in either direction.
  function sortKey(cell, numeric) {
    if (!cell) {
      return null;
    }
    if (numeric) {
      if (cell.dataset.v !== undefined) {
        return parseFloat(cell.dataset.v); // ratios, changes ("Infinity" for N / 0), buckets
      }
      var digits = cell.textContent.replace(/,/g, '').trim(); // counts: "1,234,567"
      if (digits === '') {
        return null;
      }
      var n = parseFloat(digits);
      return isNaN(n) ? null : n;
    }
    var text = cell.textContent.trim();
    return text === '' ? null : text;
  }

  function compareKeys(a, b, numeric) {
    if (numeric) {
      return a < b ? -1 : a > b ? 1 : 0;
    }
    return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
  }

  // Clicks cycle: numbers go largest first, then smallest first, then back to the report's order;
  // text goes A to Z, Z to A, then back. Equal keys keep the report's order (stable).
  function initSorting(table) {
    var tbody = table.tBodies[0];
    var original = Array.prototype.slice.call(tbody.rows);
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headers.forEach(function (th, column) {
      var button = th.querySelector('button.sort');
      if (!button) {
        return;
      }
      button.addEventListener('click', function () {
        var numeric = th.dataset.type === 'num';
        var first = numeric ? 'descending' : 'ascending';
        var second = numeric ? 'ascending' : 'descending';
        var current = th.getAttribute('aria-sort');
        var next = current === first ? second : current === second ? 'none' : first;
        headers.forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', next);

        var rows = original;
        if (next !== 'none') {
          var direction = next === 'ascending' ? 1 : -1;
          var keyed = original.map(function (row, index) {
            return { row: row, index: index, key: sortKey(row.cells[column], numeric) };
          });
          keyed.sort(function (a, b) {
            if (a.key === null || b.key === null) {
              return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
            }
            return compareKeys(a.key, b.key, numeric) * direction || a.index - b.index;
          });
          rows = keyed.map(function (k) { return k.row; });
        }
        var fragment = document.createDocumentFragment();
        rows.forEach(function (row) { fragment.appendChild(row); });
        tbody.appendChild(fragment);
      });
    });
  }

  // ---- Filtering -----------------------------------------------------------------------

  // Shows the rows whose label (first cell) contains every word typed, ignoring case.
  function initFilter(block) {
    var input = block.querySelector('input.filter');
    var table = block.querySelector('table.report-table');
    if (!input || !table) {
      return;
    }
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var counter = block.querySelector('.row-count');
    function update() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row) {
        var label = row.cells.length > 0 ? row.cells[0].textContent.toLowerCase() : '';
        var visible = words.every(function (w) { return label.indexOf(w) >= 0; });
        row.hidden = !visible;
        if (visible) {
          shown++;
        }
      });
      if (counter) {
        counter.textContent = words.length === 0 ? rows.length + ' rows' : shown + ' of ' + rows.length + ' rows';
      }
    }
    input.addEventListener('input', update);
    update();
  }

  // ---- Sections and navigation ---------------------------------------------------------

  function openAncestors(element) {
    for (var d = element.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) {
      d.open = true;
    }
  }

  // Opens the section a link points to (and the sections around it) before the browser scrolls.
  function reveal(hash) {
    if (!hash || hash.charAt(0) !== '#') {
      return;
    }
    var target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) {
      return;
    }
    openAncestors(target);
    var own = target.querySelector(':scope > details');
    if (own) {
      own.open = true;
    }
  }

  function initNavigation() {
    document.querySelectorAll('a[href^="#"]').forEach(function (link) {
      link.addEventListener('click', function () { reveal(link.getAttribute('href')); });
    });
    window.addEventListener('hashchange', function () { reveal(location.hash); });
    reveal(location.hash);

    document.querySelectorAll('[data-action]').forEach(function (button) {
      button.addEventListener('click', function () {
        var open = button.dataset.action === 'expand-all';
        document.querySelectorAll('main details').forEach(function (d) { d.open = open; });
      });
    });

    // Highlight the top-level section being read.
    var links = {};
    document.querySelectorAll('.toc > ol > li > a').forEach(function (a) {
      links[a.getAttribute('href').slice(1)] = a;
    });
    if (!('IntersectionObserver' in window)) {
      return;
    }
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        var link = links[entry.target.id];
        if (link && entry.isIntersecting) {
          Object.keys(links).forEach(function (id) { links[id].classList.remove('active'); });
          link.classList.add('active');
        }
      });
    }, { rootMargin: '0px 0px -75% 0px' });
    document.querySelectorAll('main > .report-section').forEach(function (s) { observer.observe(s); });
  }

  // ---- Tooltips for the ⓘ docs ---------------------------------------------------------

  function initTooltips() {
    var tip = document.getElementById('tooltip');
    if (!tip) {
      return;
    }
    var current = null;
    function show(element) {
      current = element;
      tip.textContent = element.dataset.doc;
      tip.hidden = false;
      place(element);
    }
    // Fixed position, so it follows its label when the page scrolls under it.
    function place(element) {
      var box = element.getBoundingClientRect();
      var left = Math.max(8, Math.min(box.left, window.innerWidth - tip.offsetWidth - 8));
      var top = box.bottom + 6;
      if (top + tip.offsetHeight > window.innerHeight - 8) {
        top = Math.max(8, box.top - tip.offsetHeight - 6);
      }
      tip.style.left = left + 'px';
      tip.style.top = top + 'px';
    }
    function hide() {
      current = null;
      tip.hidden = true;
    }
    function docOf(event) {
      return event.target.closest ? event.target.closest('[data-doc]') : null;
    }
    document.addEventListener('mouseover', function (e) { var d = docOf(e); if (d) { show(d); } });
    document.addEventListener('mouseout', function (e) { if (docOf(e)) { hide(); } });
    document.addEventListener('focusin', function (e) { var d = docOf(e); if (d) { show(d); } });
    document.addEventListener('focusout', function (e) { if (docOf(e)) { hide(); } });
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { hide(); } });
    document.addEventListener('scroll', function () { if (current) { place(current); } }, { capture: true, passive: true });
  }

  // ---- Start ---------------------------------------------------------------------------

  document.querySelectorAll('table.report-table').forEach(initSorting);
  document.querySelectorAll('.table-block').forEach(initFilter);
  initNavigation();
  initTooltips();
  document.documentElement.setAttribute('data-ready', 'true');
})();
