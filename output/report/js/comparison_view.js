// The comparison section: for each KPI the paired difference (alternative - base) per
// subject with its 95% interval, and the plain-language lines ketensim wrote for them
// (clear differences first, in the lines and the charts; lines whose interval holds zero
// folded away), after the answer first: the largest effects by year, better or worse.
var KS = window.KS || (window.KS = {});

KS.comparisonView = (function () {
  var el = function () { return KS.scenarioView.el.apply(null, arguments); };

  function isClear(row) {
    var d = row.difference;
    return d.ci_low !== null && d.ci_high !== null && (d.ci_low > 0 || d.ci_high < 0);
  }

  // A clear difference is better or worse by its KPI's direction (lower waits are better);
  // a KPI without one (a flow, a stock) is neither, and its marker stays neutral.
  function judged(row, definitions) {
    var better = (definitions[row.kpi] || {}).better;
    if (better !== 'lower' && better !== 'higher') return 'clear';
    return (row.difference.mean < 0) === (better === 'lower') ? 'better' : 'worse';
  }

  function sentences(parent, rows, definitions) {
    var clear = rows.filter(isClear), unclear = rows.filter(function (r) { return !isClear(r); });
    var ul = el('ul', { 'class': 'sentences' });
    clear.forEach(function (r) {
      ul.appendChild(el('li', { 'class': judged(r, definitions) }, r.sentence));
    });
    if (!clear.length)
      ul.appendChild(el('li', {}, KS.t('No KPI differs clearly over the whole run.')));
    parent.appendChild(ul);
    if (!unclear.length) return;
    var d = el('details');
    d.appendChild(el('summary', {}, KS.t('{} KPIs without a clear difference', unclear.length)));
    var u = el('ul', { 'class': 'sentences' });
    unclear.forEach(function (r) { u.appendChild(el('li', {}, r.sentence)); });
    d.appendChild(u);
    parent.appendChild(d);
  }

  function byKpi(rows) {
    var order = [], map = {};
    rows.forEach(function (r) {
      if (!map[r.kpi]) { map[r.kpi] = []; order.push(r.kpi); }
      map[r.kpi].push(r);
    });
    return order.map(function (k) { return { kpi: k, rows: map[k] }; });
  }

  // The answer first, as `ketensim compare` says it: the largest effects by year, each better
  // or worse, and what an improvement costs. It is what the one-page print keeps.
  function answer(c) {
    var a = c.answer, box = el('div', { 'class': 'answer', id: 'answer' });
    if (!a || !a.intro) return box;  // a page made without one (an older caller)
    box.appendChild(el('h3', {}, KS.t('The answer first')));
    box.appendChild(el('p', {}, a.intro));
    var ul = el('ul', { 'class': 'sentences' });
    a.effects.forEach(function (e) { ul.appendChild(el('li', { 'class': e.better ? 'better' : 'worse' }, e.text)); });
    if (!a.effects.length) ul.appendChild(el('li', {}, a.none));
    a.costs.forEach(function (line) { ul.appendChild(el('li', { 'class': 'cost' }, line)); });
    box.appendChild(ul);
    return box;
  }

  function section(data) {
    var c = data.comparison;
    var s = el('section', { id: 'section-comparison', 'class': 'section' });
    s.appendChild(el('h2', {}, KS.t('Vergelijking: {} against {}', c.alternative, c.base)));
    s.appendChild(answer(c));
    s.appendChild(el(
        'p', {'class': 'intro'},
        KS.t(
            'Each difference is {} minus {}' +
                ', replication by replication: both scenarios draw the same random numbers for the same family, so the ' +
                'interval shows what the change itself does. An interval that holds 0 means no clear difference.',
            c.alternative, c.base)));
    var whole = c.kpis.filter(function (r) { return r.period === 'all'; });
    s.appendChild(el('h3', {}, KS.t('Every KPI over the whole run')));
    sentences(s, whole, data.definitions);
    var grid = el('div', { 'class': 'grid2' });
    var groups = byKpi(whole), clearFirst = groups.filter(function (g) { return g.rows.some(isClear); })
      .concat(groups.filter(function (g) { return !g.rows.some(isClear); }));
    clearFirst.forEach(function (g) {
      var def = data.definitions[g.kpi] || { title: g.kpi, unit: g.rows[0].unit };
      var box = el('div', { 'class': 'kpi', 'data-kpi': g.kpi });
      KS.charts.intervalChart(box, {
        title: KS.t('Difference: {}', def.title),
        unit: g.rows[0].unit,
        categories: g.rows.map(function(r) { return r.subject; }),
        rows: g.rows.map(function(r) { return r.difference; }),
        reference: 0
      });
      grid.appendChild(box);
    });
    s.appendChild(grid);
    return s;
  }

  return { section: section };
})();
