// The report's chart kinds, drawn with Apache ECharts (SVG renderer, no animation, so what
// a browser shows, prints and screenshots is the final picture):
//   yearChart      one line per subject over the years, with its 95% interval as a band
//   intervalChart  one point per category with its 95% interval as a whisker, and an
//                  optional reference line (0 for differences, capacity for places)
// Every chart made is remembered so that a window resize redraws them all.
var KS = window.KS || (window.KS = {});

KS.charts = (function () {
  var made = [];
  var palette = ['#1f5f99', '#d9822b', '#2e8b57', '#b3261e', '#7b52ab', '#8c6d31',
                 '#c2185b', '#00838f', '#5d6d7e', '#9e9d24'];

  function color(i) { return palette[i % palette.length]; }

  function make(parent, option, cssClass) {
    var div = document.createElement('div');
    div.className = 'chart' + (cssClass ? ' ' + cssClass : '');
    parent.appendChild(div);
    var chart = echarts.init(div, null, { renderer: 'svg' });
    option.animation = false;
    option.color = option.color || palette;
    chart.setOption(option);
    made.push(chart);
    return chart;
  }

  // Axis ticks: shares as percentages, other values as ECharts chose them (less float noise).
  function axisFormatter(unit) {
    return function(v) {
      return KS.format.decimal(
          unit === 'share' ? +(100 * v).toPrecision(4) + '%' : String(+v.toPrecision(6)));
    };
  }

  // Three series per subject: the band's lower edge (invisible), the band's width stacked on
  // it, and the mean line. stackStrategy 'all' stacks across zero too (differences).
  function bandSeries(name, i, points) {
    var stack = 'band' + i;
    var lower = points.map(function (p) { return p.lo; });
    var width = points.map(function (p) { return p.lo === null || p.hi === null ? null : p.hi - p.lo; });
    var edge = { type: 'line', stack: stack, stackStrategy: 'all', symbol: 'none', silent: true,
                 lineStyle: { opacity: 0 }, tooltip: { show: false }, legendHoverLink: false };
    return [
      Object.assign({ name: name, data: lower }, edge),
      Object.assign({ name: name, data: width, areaStyle: { color: color(i), opacity: 0.15 } }, edge),
      { name: name, type: 'line', data: points.map(function (p) { return p.mean; }),
        itemStyle: { color: color(i) }, lineStyle: { color: color(i), width: 2 }, symbolSize: 6,
        z: 3 }
    ];
  }

  function tooltip(unit, lookup) {
    return {
      trigger: 'axis',
      formatter: function (items) {
        var lines = items.filter(function (it) { return it.seriesIndex % 3 === 2; })   // the mean lines
          .filter(function (it) { return lookup(it.seriesName, it.dataIndex); })
          .map(function (it) {
            return it.marker + KS.format.name(it.seriesName) + ': ' +
                   KS.format.withInterval(lookup(it.seriesName, it.dataIndex), unit);
          });
        return items.length ? items[0].axisValue + '<br>' + lines.join('<br>') : '';
      }
    };
  }

  // spec: {title, unit, years: [..], subjects: [{name, rows: [row per year or null]}], capacity}
  function yearChart(parent, spec) {
    var series = [];
    spec.subjects.forEach(function (s, i) {
      var points = s.rows.map(function (r) {
        return r ? { mean: r.mean, lo: r.ci_low, hi: r.ci_high } : { mean: null, lo: null, hi: null };
      });
      series = series.concat(bandSeries(s.name, i, points));
    });
    var rowsBySubject = {};
    spec.subjects.forEach(function (s) { rowsBySubject[s.name] = s.rows; });
    var many = spec.subjects.length > 1;
    return make(parent, {
      title: { text: spec.title, left: 0, textStyle: { fontSize: 14 } },
      legend: many ? { top: 26, left: 0, type: 'scroll', formatter: KS.format.name,
                       data: spec.subjects.map(function (s) { return s.name; }) } : undefined,
      grid: { left: 56, right: 24, top: many ? 70 : 44, bottom: 28 },
      tooltip: tooltip(spec.unit, function (name, i) { return (rowsBySubject[name] || [])[i]; }),
      xAxis: { type: 'category', data: spec.years, boundaryGap: false },
      yAxis: { type: 'value', axisLabel: { formatter: axisFormatter(spec.unit) } },
      series: series
    }, spec.cssClass);
  }

  // The x range that shows every whisker and the reference line, with a little room.
  function span(rows, reference) {
    var xs = [];
    rows.forEach(function (r) { [r.ci_low, r.ci_high, r.mean].forEach(function (x) { if (x !== null) xs.push(x); }); });
    if (reference !== null && reference !== undefined) xs.push(reference);
    var lo = Math.min.apply(null, xs), hi = Math.max.apply(null, xs), pad = (hi - lo) * 0.08 || 1;
    return { min: lo - pad, max: hi + pad };
  }

  // spec: {title, unit, categories: [..], rows: [row with mean, ci_low, ci_high], reference}
  // Each interval is a short line series from ci_low to ci_high on its category's row; the
  // reference is a dashed vertical line.
  function intervalChart(parent, spec) {
    var series = spec.rows.map(function (r, i) {
      var at = spec.categories[i];
      return { type: 'line', silent: true, symbol: 'none', tooltip: { show: false },
               lineStyle: { color: color(0), width: 3 },
               data: r.ci_low === null || r.ci_high === null ? [] : [[r.ci_low, at], [r.ci_high, at]] };
    });
    var points = { type: 'scatter', symbolSize: 11, itemStyle: { color: color(0) }, z: 3,
                   data: spec.rows.map(function (r, i) { return [r.mean, spec.categories[i]]; }) };
    if (spec.reference !== null && spec.reference !== undefined) {
      points.markLine = { silent: true, symbol: ['none', 'none'], label: { show: false },
                          lineStyle: { color: '#888', type: 'dashed' }, data: [{ xAxis: spec.reference }] };
    }
    series.push(points);
    var range = span(spec.rows, spec.reference);
    var height = Math.max(120, 64 + 30 * spec.categories.length);
    var chart = make(parent, {
      title: { text: spec.title, left: 0, textStyle: { fontSize: 14 } },
      grid: { left: 150, right: 30, top: 36, bottom: 28 },
      tooltip: { trigger: 'item', formatter: function (it) {
        var r = spec.rows[it.dataIndex];
        return r ? KS.format.name(spec.categories[it.dataIndex]) + ': ' + KS.format.withInterval(r, spec.unit) : '';
      } },
      xAxis: { type: 'value', min: range.min, max: range.max,
               axisLabel: { formatter: axisFormatter(spec.unit), hideOverlap: true,
                            showMinLabel: false, showMaxLabel: false } },
      yAxis: { type: 'category', data: spec.categories, inverse: true, axisLine: { onZero: false },
               axisLabel: { formatter: KS.format.name } },
      series: series
    });
    chart.getDom().style.height = height + 'px';
    chart.resize();
    return chart;
  }

  window.addEventListener('resize', function () { made.forEach(function (c) { c.resize(); }); });

  return { yearChart: yearChart, intervalChart: intervalChart, count: function () { return made.length; } };
})();
