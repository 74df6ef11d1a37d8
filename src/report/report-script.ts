/**
 * The report's only script, inlined and allowed by its hash in the CSP.
 * It never parses document strings as HTML: the rows are rendered (escaped)
 * by renderReport, and everything it writes goes through textContent or value.
 * With `review` in the data it posts decisions to the review server's API.
 */
export const REPORT_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var entries = data.entries;
  var rows = Array.prototype.slice.call(document.querySelectorAll('li.entry'));
  var reviewing = data.review === true;
  var decisions = {};
  var history = [];
  var selected = -1;
  var editing = null;

  function keyOf(d) { return JSON.stringify([d.document, d.page, d.line, d.column, d.original]); }
  function byId(id) { return document.getElementById(id); }
  function setDecisions(list) {
    decisions = {};
    (list || []).forEach(function (d) { decisions[keyOf(d)] = d; });
    rows.forEach(function (_, i) { showDecision(i); });
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-fill]'), function (el) {
    el.style.width = Math.round(Math.max(0, Math.min(1, parseFloat(el.getAttribute('data-fill')))) * 100) + '%';
  });

  var live = byId('live');
  var liveTimer = 0;
  function say(text, isError) {
    live.textContent = text;
    live.className = 'show' + (isError ? ' error' : '');
    clearTimeout(liveTimer);
    liveTimer = setTimeout(function () { live.className = ''; }, isError ? 6000 : 1400);
  }

  var filters = {
    doc: byId('f-doc'), kind: byId('f-kind'), status: byId('f-status'),
    min: byId('f-min'), max: byId('f-max'), search: byId('f-search')
  };
  function norm(s) { return String(s).toLocaleLowerCase('sv'); }
  var haystacks = rows.map(function (row) { return norm(row.textContent); });
  function statusOf(i) { var d = decisions[entries[i].id]; return d ? d.action : 'undecided'; }
  function matches(i) {
    var e = entries[i];
    if (filters.doc.value && e.document !== filters.doc.value) return false;
    if (filters.kind.value && (e.applied ? 'applied' : 'flagged') !== filters.kind.value) return false;
    if (filters.status && filters.status.value) {
      var s = statusOf(i);
      if (filters.status.value === 'decided' ? s === 'undecided' : s !== filters.status.value) return false;
    }
    var pct = Math.round(e.confidence * 100);
    if (pct < Number(filters.min.value) || pct > Number(filters.max.value)) return false;
    var q = norm(filters.search.value.trim());
    return !q || haystacks[i].indexOf(q) >= 0;
  }
  function applyFilters() {
    if (Number(filters.min.value) > Number(filters.max.value)) filters.max.value = filters.min.value;
    byId('f-min-out').textContent = filters.min.value + ' %';
    byId('f-max-out').textContent = filters.max.value + ' %';
    var shown = 0;
    rows.forEach(function (row, i) { row.hidden = !matches(i); if (!row.hidden) shown += 1; });
    byId('count').textContent = shown + ' of ' + rows.length + ' shown';
    byId('no-match').hidden = shown > 0 || rows.length === 0;
  }
  Object.keys(filters).forEach(function (k) {
    if (filters[k]) filters[k].addEventListener('input', applyFilters);
  });

  function select(i) {
    if (i < 0 || i >= rows.length) return;
    if (selected >= 0) { rows[selected].classList.remove('selected'); rows[selected].setAttribute('aria-selected', 'false'); }
    selected = i;
    rows[i].classList.add('selected');
    rows[i].setAttribute('aria-selected', 'true');
    rows[i].focus({ preventScroll: true });
    rows[i].scrollIntoView({ block: 'nearest' });
  }
  function move(step) {
    var i = selected < 0 ? (step > 0 ? -1 : rows.length) : selected;
    for (i += step; i >= 0 && i < rows.length; i += step) {
      if (!rows[i].hidden) { select(i); return true; }
    }
    return false;
  }
  rows.forEach(function (row, i) {
    row.addEventListener('click', function (ev) { if (!editing && ev.target.tagName !== 'INPUT') select(i); });
  });

  function showDecision(i) {
    var row = rows[i];
    var e = entries[i];
    var d = decisions[e.id];
    var action = d ? d.action : '';
    if (action) row.setAttribute('data-status', action); else row.removeAttribute('data-status');
    var corr = row.querySelector('.corr');
    corr.textContent = action === 'edit' ? d.value : e.corrected;
    row.querySelector('.status').textContent =
      action === 'accept' ? 'Accepted' : action === 'reject' ? 'Rejected' : action === 'edit' ? 'Edited' : '';
    Array.prototype.forEach.call(row.querySelectorAll('button[data-action]'), function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-action') === action));
    });
  }

  function post(updates) {
    return fetch('api/decisions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ updates: updates })
    }).then(function (res) {
      return res.json().then(function (body) {
        if (!res.ok) throw new Error(body && body.error ? body.error : 'HTTP ' + res.status);
        return body;
      });
    }).then(function (body) {
      setDecisions(body.decisions);
      applyFilters();
      return body;
    });
  }

  function decide(indices, action, value) {
    if (!reviewing || indices.length === 0) return Promise.resolve();
    var before = indices.map(function (i) { return { i: i, was: decisions[entries[i].id] || null }; });
    var updates = indices.map(function (i) {
      var e = entries[i];
      var u = { document: e.document, page: e.page, line: e.line, column: e.column, original: e.original, action: action };
      if (action === 'edit') u.value = value;
      return u;
    });
    return post(updates).then(function () {
      history.push(before);
      say(indices.length > 1 ? indices.length + ' decisions saved' : 'Saved');
    }, function (err) { say('Not saved: ' + err.message, true); });
  }

  function undo() {
    var last = history.pop();
    if (!last) { say('Nothing to undo'); return; }
    var updates = last.map(function (b) {
      var e = entries[b.i];
      var u = { document: e.document, page: e.page, line: e.line, column: e.column, original: e.original,
        action: b.was ? b.was.action : 'clear' };
      if (b.was && b.was.action === 'edit') u.value = b.was.value;
      return u;
    });
    post(updates).then(function () {
      select(last[0].i);
      say('Undone');
    }, function (err) { history.push(last); say('Undo failed: ' + err.message, true); });
  }

  function decideSelected(action) {
    if (selected < 0 || rows[selected].hidden) return;
    var i = selected;
    decide([i], action).then(function () { afterDecision(i); });
  }
  function afterDecision(i) {
    if (rows[i].hidden) {
      selected = i;
      if (!move(1)) move(-1);
    } else {
      select(i);
      move(1);
    }
  }

  function startEdit(i) {
    if (!reviewing || i < 0 || editing) return;
    select(i);
    var row = rows[i];
    var corr = row.querySelector('.corr');
    var input = document.createElement('input');
    input.type = 'text';
    input.setAttribute('aria-label', 'Corrected form');
    input.value = corr.textContent;
    corr.hidden = true;
    corr.parentNode.insertBefore(input, corr.nextSibling);
    editing = { i: i, input: input, corr: corr };
    input.focus();
    input.select();
    input.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter') {
        ev.preventDefault();
        var value = input.value.trim();
        stopEdit();
        if (value) decide([i], 'edit', value).then(function () { afterDecision(i); });
        else select(i);
      } else if (ev.key === 'Escape') {
        ev.preventDefault();
        stopEdit();
        select(i);
      }
      ev.stopPropagation();
    });
  }
  function stopEdit() {
    if (!editing) return;
    editing.input.remove();
    editing.corr.hidden = false;
    editing = null;
  }

  rows.forEach(function (row, i) {
    Array.prototype.forEach.call(row.querySelectorAll('button[data-action]'), function (b) {
      b.addEventListener('click', function (ev) {
        ev.stopPropagation();
        var action = b.getAttribute('data-action');
        if (action === 'edit') startEdit(i);
        else { select(i); decideSelected(action); }
      });
    });
  });

  Array.prototype.forEach.call(document.querySelectorAll('button.series-accept'), function (b) {
    b.addEventListener('click', function () {
      var series = data.series[Number(b.getAttribute('data-series'))];
      decide(series.indices, 'accept');
    });
  });
  function seriesOf(i) {
    for (var s = 0; s < data.series.length; s += 1) {
      if (data.series[s].indices.indexOf(i) >= 0) return data.series[s];
    }
    return null;
  }

  var undoButton = byId('undo');
  if (undoButton) undoButton.addEventListener('click', undo);

  document.addEventListener('keydown', function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || editing) return;
    var tag = ev.target && ev.target.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
      if (ev.key === 'Escape') { ev.target.blur(); if (selected >= 0) select(selected); }
      return;
    }
    var handled = true;
    switch (ev.key) {
      case 'j': move(1); break;
      case 'k': move(-1); break;
      case 'a': if (reviewing) decideSelected('accept'); break;
      case 'A': if (reviewing && selected >= 0) { var s = seriesOf(selected); decide(s ? s.indices : [selected], 'accept'); } break;
      case 'r': if (reviewing) decideSelected('reject'); break;
      case 'e': if (reviewing) startEdit(selected); break;
      case 'u': if (reviewing) undo(); break;
      case '/': filters.search.focus(); break;
      default: handled = false;
    }
    if (handled) ev.preventDefault();
  });

  setDecisions(data.decisions);
  applyFilters();
  document.documentElement.setAttribute('data-ready', 'true');
})();
`;
