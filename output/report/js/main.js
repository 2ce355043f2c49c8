// Builds the report from the data island: header, the comparison (if any), key figures, one
// section per KPI family with a chart per KPI and its numbers in a folded table, then the
// flow and the resolved scenario. A chart that fails is replaced by a note, never the whole page.
// When done, <body> carries data-ready, data-charts and data-errors for the browser test.
(function () {
  var el = KS.scenarioView.el;
  var data = JSON.parse(document.getElementById('report-data').textContent);
  KS.useLanguage(data.lang, data.text);
  var years = data.periods.filter(function (p) { return p !== 'all'; });
  var rows = {};
  data.kpis.forEach(function (r) { rows[r.kpi + '\u0000' + r.subject + '\u0000' + r.period] = r; });
  function row(kpi, subject, period) { return rows[kpi + '\u0000' + subject + '\u0000' + period] || null; }
  function def(kpi) { return data.definitions[kpi] || { title: kpi, unit: '', meaning: '' }; }

  function guarded(parent, draw) {
    try { draw(); } catch (e) {
      window.ketensimErrors.push(String(e && e.message || e));
      parent.appendChild(el('p', {'class': 'note'}, KS.t('This chart could not be drawn: {}', e)));
    }
  }

  function cell(r, unit) {
    var td = el('td');
    if (!r || r.mean === null) { td.textContent = '\u2013'; return td; }
    var m = Math.max(Math.abs(r.ci_low || 0), Math.abs(r.ci_high || 0), Math.abs(r.mean));
    td.appendChild(document.createTextNode(KS.format.number(r.mean, unit, m)));
    if (r.n > 1) {
      td.appendChild(el('br'));
      td.appendChild(el('span', { 'class': 'ci' },
        KS.format.number(r.ci_low, unit, m) + ' \u2013 ' + KS.format.number(r.ci_high, unit, m)));
    }
    return td;
  }

  // Subjects x periods, mean over 95% interval, folded under the chart.
  function numbersTable(kpi, subjects, unit) {
    var d = el('details');
    d.appendChild(el('summary', {}, KS.t('Numbers (mean, 95% CI)')));
    var t = el('table'), head = el('tr');
    head.appendChild(el('th', {}, ''));
    data.periods.forEach(function (p) { head.appendChild(el('th', {}, KS.format.period(p))); });
    t.appendChild(head);
    subjects.forEach(function (s) {
      var tr = el('tr');
      tr.appendChild(el('td', {}, KS.format.name(s)));
      data.periods.forEach(function (p) { tr.appendChild(cell(row(kpi, s, p), unit)); });
      t.appendChild(tr);
    });
    d.appendChild(t);
    return d;
  }

  function kpiBlock(kpi, subjects) {
    var d = def(kpi);
    var box = el('div', { 'class': 'kpi', 'data-kpi': kpi });
    guarded(box, function () {
      KS.charts.yearChart(box, { title: d.title, unit: d.unit, years: years, subjects: subjects.map(function (s) {
        return { name: s, rows: years.map(function (y) { return row(kpi, s, y); }) };
      }) });
    });
    box.appendChild(el('p', { 'class': 'meaning' }, (d.meaning || '') + (d.unit ? ' (' + KS.format.unitLabel(d.unit) + ')' : '')));
    box.appendChild(numbersTable(kpi, subjects, d.unit));
    return box;
  }

  function resourceTable(kind) {
    var list = data.resources.filter(function (r) { return r.kind === kind; });
    var t = el('table'), head = el('tr');
    var cols = kind === 'caseload' ?
        [
          '', 'fte', KS.t('caseload norm'), KS.t('capacity (cases)'),
          KS.t('cases per fte, whole run'), KS.t('bezetting, whole run')
        ] :
        ['', KS.t('places'), KS.t('in use, whole run'), KS.t('bezetting, whole run')];
    cols.forEach(function (c) { head.appendChild(el('th', {}, c)); });
    t.appendChild(head);
    list.forEach(function (r) {
      var tr = el('tr');
      tr.appendChild(el('td', {}, KS.format.name(r.name)));
      if (kind === 'caseload') {
        [r.fte, r.caseload_norm, r.capacity].forEach(function (v) { tr.appendChild(el('td', {}, KS.format.number(v, ''))); });
        tr.appendChild(cell(row('caseload_per_fte', r.name, 'all'), ''));
      } else {
        tr.appendChild(el('td', {}, KS.format.number(r.capacity, '')));
        tr.appendChild(cell(row('in_use_mean', r.name, 'all'), ''));
      }
      tr.appendChild(cell(row('utilisation', r.name, 'all'), 'share'));
      t.appendChild(tr);
    });
    return t;
  }

  function kpiSection(g) {
    var s = el('section', { id: 'section-' + g.section.id, 'class': 'section' });
    s.appendChild(el('h2', {}, KS.t(g.section.title)));
    s.appendChild(el('p', {'class': 'intro'}, KS.t(g.section.intro)));
    if (g.section.id === 'staff' || g.section.id === 'places') {
      s.appendChild(resourceTable(g.section.id === 'staff' ? 'caseload' : 'places'));
    }
    var grid = el('div', { 'class': 'grid2' });
    g.kpis.forEach(function (k) { grid.appendChild(kpiBlock(k.kpi, k.subjects)); });
    s.appendChild(grid);
    return s;
  }

  // Kerncijfers: the whole run's chain-wide figures, the norms and each resource's wait and use.
  function keyFigures() {
    var picked = data.kpis.filter(function (r) {
      if (r.period !== 'all' || r.mean === null) return false;
      if (r.subject === 'all' || /^norm_/.test(r.kpi)) return true;
      return /^(wait_mean|queue_end|waiting_over_90d_end|caseload_per_fte|utilisation)$/.test(r.kpi);
    });
    var s = el('section', { id: 'section-key', 'class': 'section' });
    s.appendChild(el('h2', {}, KS.t('Kerncijfers: the whole run')));
    var t = el('table'), head = el('tr');
    ['', '', KS.t('mean'), KS.t('95% CI'), KS.t('unit')].forEach(function(
        c, i) { head.appendChild(el('th', {'class': i < 2 ? 'text' : ''}, c)); });
    t.appendChild(head);
    picked.forEach(function (r) {
      var d = def(r.kpi), tr = el('tr');
      var m = Math.max(Math.abs(r.ci_low || 0), Math.abs(r.ci_high || 0), Math.abs(r.mean || 0));
      tr.appendChild(el('td', { 'class': 'text' }, d.title));
      tr.appendChild(el('td', { 'class': 'text' }, KS.format.name(r.subject)));
      tr.appendChild(el('td', {}, KS.format.number(r.mean, d.unit, m)));
      tr.appendChild(el('td', {}, KS.format.number(r.ci_low, d.unit, m) + ' \u2013 ' + KS.format.number(r.ci_high, d.unit, m)));
      tr.appendChild(el('td', {}, KS.format.unitLabel(d.unit)));
      t.appendChild(tr);
    });
    s.appendChild(t);
    return s;
  }

  function toc(main) {
    var nav = document.getElementById('toc');
    Array.prototype.forEach.call(main.querySelectorAll('section.section'), function (s) {
      var a = el('a', { href: '#' + s.id }, s.querySelector('h2').textContent.split(':')[0]);
      nav.appendChild(a);
    });
    nav.appendChild(printButton());
  }

  // One page for a council: the print keeps the answer, the warnings and the key figures
  // (report.css, body.print-summary); the browser's own print gives the whole report.
  function printButton() {
    var b = el('button', { type: 'button', 'class': 'print-button', id: 'print-summary-button' },
               KS.t('Print a one-page summary'));
    b.addEventListener('click', function () {
      document.body.classList.add('print-summary');
      window.print();
    });
    window.addEventListener('afterprint', function () {
      if (location.hash !== '#print-summary') document.body.classList.remove('print-summary');
    });
    // report.html#print-summary opens the page ready to print the summary.
    if (location.hash === '#print-summary') document.body.classList.add('print-summary');
    return b;
  }

  function showErrors(main) {
    if (!window.ketensimErrors.length) return;
    var box = el('div', { 'class': 'section errors', id: 'report-errors' });
    box.appendChild(
        el('p', {},
           KS.t('Parts of this report could not be drawn: {}', window.ketensimErrors.join('; '))));
    main.insertBefore(box, main.firstChild);
  }

  // Before any result: waiting lists that keep rising, whose waits grow with the run's length.
  function growingQueues() {
    var box = el('div', { 'class': 'section warnings', id: 'growing-queues' });
    data.growing_queues.forEach(function (q) {
      box.appendChild(el('p', {}, KS.t(
          'The waiting list for {} grows in every year from {} to {} ({} -> {} families on 31-12, about +{} a ' +
              'year): more families ask for it than it serves, so its waits rise with the length of the run. ' +
              'Check its places or staff and the arrivals into it.',
          q.resource, q.first_year, q.last_year, KS.format.number(q.first, 'families'),
          KS.format.number(q.last, 'families'), KS.format.number(q.per_year, 'families'))));
    });
    return box;
  }

  function build() {
    var main = document.getElementById('report'), flow = document.getElementById('section-flow');
    // Results first, then how they came about: the flow and the scenario itself.
    KS.scenarioView.header(data);
    if (data.growing_queues && data.growing_queues.length) main.appendChild(growingQueues());
    if (data.comparison) guarded(main, function () { main.appendChild(KS.comparisonView.section(data)); });
    main.appendChild(keyFigures());
    if (data.depends_on) guarded(main, function () { main.appendChild(KS.scenarioView.dependsOn(data)); });
    KS.sections.group(data).forEach(function (g) { main.appendChild(kpiSection(g)); });
    main.appendChild(flow);
    main.appendChild(KS.scenarioView.section(data));
    toc(main);
    document.getElementById('footer').textContent = KS.t(
        'Made by ketensim {} on {}. Charts: Apache ECharts ' +
            '(Apache License 2.0), inlined so this file opens without a network.',
        data.run.version, data.run.date);
  }

  var main = document.getElementById('report');
  guarded(main, build);
  showErrors(main);
  document.body.setAttribute('data-charts', String(KS.charts.count()));
  document.body.setAttribute('data-errors', String(window.ketensimErrors.length));
  document.body.setAttribute('data-ready', '1');
})();
