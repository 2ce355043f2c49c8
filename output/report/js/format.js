// How numbers, intervals and names are written in the report. Shares (unit "share") are
// shown as percentages; other figures with as many decimals as their size needs.
var KS = window.KS || (window.KS = {});

KS.format = (function () {
  function decimals(magnitude) {
    if (magnitude >= 100) return 0;
    if (magnitude >= 10) return 1;
    return 2;
  }

  function plain(x, digits) {
    var s = x.toFixed(digits);
    var parts = s.split('.');
    parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, '\u2009');   // thin space per thousand
    s = parts.join('.');
    return /^-0(\.0+)?$/.test(s) ? s.slice(1) : s;
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
    return number(row.mean, unit, m) + ' (95% CI ' + number(row.ci_low, unit, m) + ' to ' +
           number(row.ci_high, unit, m) + ')';
  }

  // A name as written in the scenario, for reading: "jbw_jeugdbeschermers" -> "jbw jeugdbeschermers".
  function name(subject) {
    return subject === 'all' ? 'whole chain' : String(subject).replace(/_/g, ' ');
  }

  function period(p) { return p === 'all' ? 'whole run' : p; }

  function unitLabel(unit) { return unit === 'share' ? '%' : unit; }

  return { number: number, withInterval: withInterval, name: name, period: period, unitLabel: unitLabel };
})();
