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
        return parseFloat(cell.dataset.v); // ratios, points, "Infinity" for N / 0, buckets
      }
      if (cell.title && cell.classList.contains('chg')) {
        return changeOf(cell.title);
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

  // A change cell carries its two counts ("1,067,842 → 212", its tooltip) and no separate key:
  // it sorts by (head - base) / base, the quotient the report computed (exact below 2^53).
  function changeOf(title) {
    var sides = title.split('\u2192');
    if (sides.length !== 2) {
      return null;
    }
    var base = parseFloat(sides[0].replace(/,/g, ''));
    var head = parseFloat(sides[1].replace(/,/g, ''));
    if (isNaN(base) || isNaN(head) || base === 0) {
      return null;
    }
    return (head - base) / base;
  }

  // Changes from or to nothing ("new"/"gone") are not on the scale of the others: they sort
  // first whichever way a column is sorted, as in the report's own order.
  function isNewOrGone(cell) {
    if (!cell || !cell.classList.contains('chg')) {
      return false;
    }
    return cell.classList.contains('new') || cell.classList.contains('gone');
  }

  function compareKeys(a, b, numeric) {
    if (numeric) {
      return a < b ? -1 : a > b ? 1 : 0;
    }
    return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
  }

  // The header's text becomes a button (named by that text; the arrow is decoration and the
  // header's aria-sort tells the order), so the page's markup stays small.
  function sortButton(th) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    var label = th.textContent;
    button.textContent = label;
    if (label.trim() === '') {
      button.setAttribute('aria-label', 'Sort by label');
    }
    var icon = document.createElement('span');
    icon.className = 'sort-icon';
    icon.setAttribute('aria-hidden', 'true');
    button.appendChild(icon);
    th.textContent = '';
    th.appendChild(button);
    return button;
  }

  // Clicks cycle: numbers go largest first, then smallest first, then back to the report's order;
  // text goes A to Z, Z to A, then back. Equal keys keep the report's order (stable).
  function initSorting(table) {
    var tbody = table.tBodies[0];
    var original = Array.prototype.slice.call(tbody.rows);
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headers.forEach(function (th, column) {
      var button = sortButton(th);
      button.addEventListener('click', function () {
        // The table's classes name the exceptions: a numeric first column (n1), text later ones (tN).
        var numeric = column === 0 ? table.classList.contains('n1') : !table.classList.contains('t' + (column + 1));
        var first = numeric ? 'descending' : 'ascending';
        var second = numeric ? 'ascending' : 'descending';
        var current = th.getAttribute('aria-sort');
        var next = current === first ? second : current === second ? 'none' : first;
        headers.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', next);

        var rows = original;
        if (next !== 'none') {
          var direction = next === 'ascending' ? 1 : -1;
          var keyed = original.map(function (row, index) {
            var cell = row.cells[column];
            return { row: row, index: index, pinned: isNewOrGone(cell), key: sortKey(cell, numeric) };
          });
          keyed.sort(function (a, b) {
            if (a.pinned || b.pinned) {
              return a.pinned === b.pinned ? a.index - b.index : a.pinned ? -1 : 1;
            }
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

  // Shows the rows that contain every word typed in some cell (any column), ignoring case.
  function initFilter(block) {
    var input = block.querySelector('input.filter');
    var table = block.querySelector('table.report-table');
    if (!input || !table) {
      return;
    }
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    // Cells joined by a line break, so a word never matches across two cells (read on first use).
    var texts = null;
    var counter = block.querySelector('.row-count');
    function update() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      if (words.length > 0 && texts === null) {
        texts = rows.map(function (row) {
          return Array.prototype.map.call(row.cells, function (c) { return c.textContent; }).join('\n').toLowerCase();
        });
      }
      var shown = 0;
      rows.forEach(function (row, i) {
        var visible = words.every(function (w) { return texts[i].indexOf(w) >= 0; });
        row.hidden = !visible;
        if (visible) {
          shown++;
        }
      });
      if (counter) {
        counter.textContent = words.length === 0 ? rows.length + ' rows' : shown + ' of ' + rows.length + ' rows';
      }
      resetCellFocus(table);
    }
    input.addEventListener('input', update);
    update();
  }

  // ---- Keyboard path through change cells ----------------------------------------------

  // A change cell's counts (its title) are shown on keyboard focus too. Each table is one tab
  // stop: Tab reaches its first such cell, the arrow keys, Home and End move between them.
  function tipCells(table) {
    return Array.prototype.filter.call(table.tBodies[0].querySelectorAll('td[title]'), function (c) {
      return !c.parentElement.hidden;
    });
  }

  function resetCellFocus(table) {
    var current = table.querySelector('td[title][tabindex="0"]');
    if (current && !current.parentElement.hidden && document.activeElement === current) {
      return;
    }
    if (current) {
      current.removeAttribute('tabindex');
    }
    var cells = tipCells(table);
    if (cells.length > 0) {
      cells[0].tabIndex = 0;
    }
  }

  function moveCellFocus(table, from, key) {
    var cells = tipCells(table);
    var at = cells.indexOf(from);
    var target = null;
    if (key === 'Home' || key === 'End') {
      target = cells[key === 'Home' ? 0 : cells.length - 1];
    } else if (key === 'ArrowRight' || key === 'ArrowLeft') {
      target = cells[at + (key === 'ArrowRight' ? 1 : -1)];
    } else {
      // Up and down stay in the column.
      var step = key === 'ArrowDown' ? 1 : -1;
      for (var i = at + step; i >= 0 && i < cells.length; i += step) {
        if (cells[i].cellIndex === from.cellIndex) {
          target = cells[i];
          break;
        }
      }
    }
    if (target) {
      from.removeAttribute('tabindex');
      target.tabIndex = 0;
      target.focus();
    }
    return !!target;
  }

  function initCellFocus(table) {
    if (!table.tBodies[0].querySelector('td[title]')) {
      return;
    }
    resetCellFocus(table);
    table.addEventListener('keydown', function (e) {
      var cell = e.target.closest ? e.target.closest('td[title]') : null;
      if (cell && /^(Arrow(Up|Down|Left|Right)|Home|End)$/.test(e.key) && moveCellFocus(table, cell, e.key)) {
        e.preventDefault();
      }
    });
    table.tHead.addEventListener('click', function () { resetCellFocus(table); });
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
      tip.textContent = element.dataset.doc !== undefined ? element.dataset.doc : element.title;
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
    // Change cells keep their native title on hover; on keyboard focus they show it here.
    function focusTipOf(event) {
      return event.target.closest ? event.target.closest('[data-doc], td[title]') : null;
    }
    document.addEventListener('focusin', function (e) { var d = focusTipOf(e); if (d) { show(d); } });
    document.addEventListener('focusout', function (e) { if (focusTipOf(e)) { hide(); } });
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { hide(); } });
    document.addEventListener('scroll', function () { if (current) { place(current); } }, { capture: true, passive: true });
  }

  // ---- Print -------------------------------------------------------------------------

  // Every section is printed open (the print style does the same where the browser allows),
  // then each goes back to how the reader left it.
  function initPrint() {
    var closed = [];
    window.addEventListener('beforeprint', function () {
      closed = Array.prototype.filter.call(document.querySelectorAll('main details'), function (d) { return !d.open; });
      closed.forEach(function (d) { d.open = true; });
    });
    window.addEventListener('afterprint', function () {
      closed.forEach(function (d) { d.open = false; });
      closed = [];
    });
  }

  // ---- Start ---------------------------------------------------------------------------

  document.querySelectorAll('table.report-table').forEach(function (table) {
    initSorting(table);
    initCellFocus(table);
  });
  document.querySelectorAll('.table-block').forEach(initFilter);
  initPrint();
  initNavigation();
  initTooltips();
  document.documentElement.setAttribute('data-ready', 'true');
})();
