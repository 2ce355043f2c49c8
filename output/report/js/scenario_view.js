// The top of the report: what was simulated (name, description, dates, seed, replications,
// version) and the resolved scenario, folded away, written out like the YAML it came from.
var KS = window.KS || (window.KS = {});

KS.scenarioView = (function () {
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function fact(list, label, value) {
    var d = el('div');
    d.appendChild(el('dt', {}, label));
    d.appendChild(el('dd', {}, String(value)));
    list.appendChild(d);
  }

  function header(data) {
    var run = data.run, h = document.getElementById('header');
    var c = data.comparison;
    h.appendChild(
        el('h1', {}, c ? KS.t('{} compared with {}', c.alternative, c.base) : run.scenario));
    if (run.description) h.appendChild(el('p', { 'class': 'description' }, run.description));
    if (run.partial) {
      var text = run.partial.resume ?
        KS.t('Partial result: {} of {} replications ({}). Continue it with: {}', run.replications,
             run.partial.planned, run.partial.reason, run.partial.resume) :
        KS.t('Partial result: {} of {} replications ({}). It was run with --kpis none, so it ' +
             'cannot be continued, only run afresh.', run.replications, run.partial.planned,
             run.partial.reason);
      h.appendChild(el('p', { 'class': 'partial', id: 'partial' }, text));
    }
    var facts = el('dl', { 'class': 'facts' });
    fact(facts, KS.t('Scenario'), run.scenario);
    fact(
        facts, KS.t('Simulated'),
        KS.t('from {}, {} years', run.start, KS.format.decimal(run.years)));
    fact(facts, KS.t('Replications'), run.replications);
    fact(facts, KS.t('Seed'), run.seed);
    fact(facts, 'ketensim', run.version);
    fact(facts, KS.t('Report made'), run.date);
    h.appendChild(facts);
  }

  // A scalar as YAML would show it: quoted only when it could be misread.
  function scalar(v) {
    if (v === null) return '~';
    var s = String(v);
    return /^[\w.\-+\/ ]*$/.test(s) && s.trim() === s && s !== '' ? s : JSON.stringify(s);
  }

  function yaml(v, indent) {
    var pad = new Array(indent + 1).join('  ');
    if (Array.isArray(v)) {
      return v.map(function (item) {
        return typeof item === 'object' && item !== null
          ? pad + '-\n' + yaml(item, indent + 1) : pad + '- ' + scalar(item) + '\n';
      }).join('');
    }
    if (v !== null && typeof v === 'object') {
      return Object.keys(v).map(function (k) {
        var x = v[k];
        return typeof x === 'object' && x !== null
          ? pad + k + ':\n' + yaml(x, indent + 1) : pad + k + ': ' + scalar(x) + '\n';
      }).join('');
    }
    return pad + scalar(v) + '\n';
  }

  // The "What was simulated" section: the scenario file and its resolved content.
  function section(data) {
    var s = el('section', { id: 'section-scenario', 'class': 'section' });
    s.appendChild(el('h2', {}, KS.t('What was simulated')));
    s.appendChild(el(
        'p', {'class': 'intro'},
        KS.t(
            'Scenario file: {}. Every figure below is ' +
                'the mean over {} replications with its 95% confidence interval (the band ' +
                'around a line, the whisker around a point): the range in which the true mean lies with 95% certainty.',
            data.run.scenario_file, data.run.replications)));
    var d = el('details');
    d.appendChild(
        el('summary', {}, KS.t('The scenario as simulated (every file it extends merged in)')));
    d.appendChild(
        el('pre', {id: 'scenario-text'},
           data.scenario === null ?
               KS.t('The scenario file could not be read again when this report was made.') :
               yaml(data.scenario, 0)));
    s.appendChild(d);
    if (data.run.demand) s.appendChild(demand(data.run.demand));
    return s;
  }

  // What each arrival stream's demand is taken to be in every year of the run: the years
  // listed, a trend, or flat after the last year known (no forward year is silent).
  function demand(streams) {
    var d = el('details', { id: 'demand' });
    d.appendChild(el('summary', {}, KS.t('Demand assumed, per arrival stream')));
    var list = el('dl', { 'class': 'facts' });
    streams.forEach(function (x) { fact(list, x.stream, x.demand); });
    d.appendChild(list);
    return d;
  }

  // What this answer depends on: the scenario's ranges on its assumptions (uncertain inputs)
  // and its other assumptions, with the commands that show how far the answer moves.
  function dependsOn(data) {
    var dep = data.depends_on, s = el('section', { 'class': 'section', id: 'section-depends' });
    s.appendChild(el('h2', {}, KS.t('What this answer depends on')));
    s.appendChild(el('p', {}, KS.t('Every figure here is the mean over the replications at the values the scenario writes, ' +
        'and its interval covers the chance in the simulation only. The values rest on {} ' +
        'assumptions no source gives; {} numbers carry a range. ketensim run --uncertainty 20 ' +
        '(or compare --uncertainty 20) shows how far the answer moves over those ranges, and ' +
        'ketensim sensitivity ranks them.', dep.assumptions.length, dep.uncertain.length)));
    if (dep.uncertain.length) {
      var t = el('table', { id: 'uncertain-inputs' }), head = el('tr');
      [KS.t('Number'), KS.t('Range'), KS.t('Source')].forEach(function (h) { head.appendChild(el('th', { 'class': 'text' }, h)); });
      t.appendChild(head);
      dep.uncertain.forEach(function (u) {
        var tr = el('tr');
        [u.name, u.distribution, u.source].forEach(function (v) { tr.appendChild(el('td', { 'class': 'text' }, v)); });
        t.appendChild(tr);
      });
      s.appendChild(t);
    }
    if (dep.demand && dep.demand.length) {
      var dd = el('details', { id: 'demand' });
      dd.appendChild(el('summary', {}, KS.t('Demand per stream, year by year ({})', dep.demand.length)));
      dd.appendChild(el('p', {}, KS.t('How many families each stream brings in each year of the run: the years the scenario lists, ' +
          'then flat or changing by its trend. After the years with published figures this is an ' +
          'assumption; scenarios/demand/ holds alternatives to compare it with.')));
      var streams = el('dl', { 'class': 'facts' });
      dep.demand.forEach(function (x) { fact(streams, x.stream, x.text); });
      dd.appendChild(streams);
      s.appendChild(dd);
    }
    if (dep.assumptions.length) {
      var d = el('details', { id: 'assumptions' });
      d.appendChild(el('summary', {}, KS.t('The assumptions ({})', dep.assumptions.length)));
      var list = el('dl', { 'class': 'facts' });
      dep.assumptions.forEach(function (a) { fact(list, a.param, a.note); });
      d.appendChild(list);
      s.appendChild(d);
    }
    return s;
  }

  return { header: header, section: section, dependsOn: dependsOn, el: el };
})();
