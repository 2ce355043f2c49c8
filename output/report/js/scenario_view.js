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
    h.appendChild(el('h1', {}, c ? c.alternative + ' compared with ' + c.base : run.scenario));
    if (run.description) h.appendChild(el('p', { 'class': 'description' }, run.description));
    if (run.partial) {
      h.appendChild(el('p', { 'class': 'partial', id: 'partial' }, 'Partial result: ' + run.replications +
        ' of ' + run.partial.planned + ' replications (' + run.partial.reason + '). Continue it with: ' +
        run.partial.resume));
    }
    var facts = el('dl', { 'class': 'facts' });
    fact(facts, 'Scenario', run.scenario);
    fact(facts, 'Simulated', 'from ' + run.start + ', ' + run.years + ' years');
    fact(facts, 'Replications', run.replications);
    fact(facts, 'Seed', run.seed);
    fact(facts, 'ketensim', run.version);
    fact(facts, 'Report made', run.date);
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
    s.appendChild(el('h2', {}, 'What was simulated'));
    s.appendChild(el('p', { 'class': 'intro' }, 'Scenario file: ' + data.run.scenario_file + '. Every figure below is ' +
      'the mean over ' + data.run.replications + ' replications with its 95% confidence interval (the band ' +
      'around a line, the whisker around a point): the range in which the true mean lies with 95% certainty.'));
    var d = el('details');
    d.appendChild(el('summary', {}, 'The scenario as simulated (every file it extends merged in)'));
    d.appendChild(el('pre', { id: 'scenario-text' },
      data.scenario === null ? 'The scenario file could not be read again when this report was made.'
                             : yaml(data.scenario, 0)));
    s.appendChild(d);
    return s;
  }

  return { header: header, section: section, el: el };
})();
