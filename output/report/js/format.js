// How numbers, intervals and names are written in the report. Shares (unit "share") are
// shown as percentages; other figures with as many decimals as their size needs, with a
// decimal comma in Dutch (KS.lang).
var KS = window.KS || (window.KS = {});

KS.format = (function () {
  function decimals(magnitude) {
    if (magnitude >= 100) return 0;
    if (magnitude >= 10) return 1;
    return 2;
  }

  // A number's text with the decimal point of the report's language.
  function decimal(text) {
    return KS.lang === 'nl' ? String(text).replace('.', ',') : String(text);
  }

  function plain(x, digits) {
    var s = x.toFixed(digits);
    var parts = s.split('.');
    parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, '\u2009');   // thin space per thousand
    s = parts.join('.');
    if (/^-0(\.0+)?$/.test(s)) s = s.slice(1);
    return decimal(s);
  }

  // One figure in its unit: 0.231 share -> "23.1%", 1234.5 children -> "1 234".
  function number(x, unit, magnitude) {
    if (x === null || x === undefined || !isFinite(x)) return '\u2013';
    if (unit === 'share') return plain(100 * x, decimals(100 * (magnitude || Math.abs(x)))) + '%';
    return plain(x, decimals(magnitude || Math.abs(x)));
  }

  // "12.3 (95% CI 11.8 to 12.9)" with one precision for the three numbers.
  function withInterval(row, unit) {
    var m = Math.max(Math.abs(row.ci_low || 0), Math.abs(row.ci_high || 0), Math.abs(row.mean || 0));
    return KS.t(
        '{} (95% CI {} to {})', number(row.mean, unit, m), number(row.ci_low, unit, m),
        number(row.ci_high, unit, m));
  }

  // A name as written in the scenario, for reading: "jbw_jeugdbeschermers" -> "jbw jeugdbeschermers".
  function name(subject) {
    return subject === 'all' ? KS.t('whole chain') : String(subject).replace(/_/g, ' ');
  }

  function period(p) { return p === 'all' ? KS.t('whole run') : p; }

  // The KPIs' units (sim/model/kpi_table.cpp), shares as %.
  var units = [
    KS.label('families'), KS.label('children'), KS.label('days'), KS.label('stages'),
    KS.label('cases'), KS.label('cases per fte'), KS.label('places or fte')
  ];
  function unitLabel(unit) {
    return unit === 'share' ? '%' : units.indexOf(unit) >= 0 ? KS.t(unit) : unit;
  }

  return {
    number: number,
    withInterval: withInterval,
    name: name,
    period: period,
    unitLabel: unitLabel,
    decimal: decimal
  };
})();
