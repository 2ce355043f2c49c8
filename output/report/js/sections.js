// Which KPI goes in which section of the report. The catalog decides what exists; this only
// sorts it. Sections are tried in order and each (KPI, subject) lands in the first that
// claims it, so a KPI the model adds later still appears ("Other figures" takes the rest),
// and a new family such as norm_* gets its section as soon as the first KPI exists.
var KS = window.KS || (window.KS = {});

KS.sections = (function () {
  function kindOf(data, subject) {
    var r = data.resources.filter(function (x) { return x.name === subject; })[0];
    return r ? r.kind : null;
  }
  var resourceUse = /^(in_use|utilisation|caseload|cases_|capacity_)/;

  var catalog = [
    {
      id: 'norms',
      title: KS.label('Inspectienormen'),
      intro: KS.label(
          'The inspection norms: a vaste jeugdbeschermer within 5 working days, a gedragen ' +
          'koers within 6 weeks, passende jeugdhulp within 3 months (beyond that: schadelijk wachten).'),
      claims: function(kpi) { return /^norm_/.test(kpi); }
    },
    {
      id: 'chain',
      title: KS.label('De keten: aanmeldingen, uitstroom and doorlooptijd'),
      intro: KS.label(
          'Families entering and leaving the chain per year, how many are in it, and how long they stay.'),
      claims: function(
          kpi) { return /^(arrivals|exits|in_system|lead_time|stages_per_family)/.test(kpi); }
    },
    {
      id: 'stocks',
      title: KS.label('Stand en stromen: stocks and flows per year'),
      intro: KS.label(
          'Children in each stage on 31-12 (stand), entering it (instroom) and leaving it (uitstroom) per year.'),
      claims: function(
          kpi) { return /^(stage_|measure_)|_(stock_end|stock_mean|inflow|outflow)$/.test(kpi); }
    },
    {
      id: 'waiting',
      title: KS.label('Wachten: waiting lists and waiting times'),
      intro: KS.label(
          'Families waiting for a jeugdbeschermer or a place: the wachtlijst on 31-12 and how long the wait was.'),
      claims: function(kpi) { return /^(wait|queue)/.test(kpi); }
    },
    {
      id: 'staff',
      title: KS.label('Caseloads and staff (jeugdbeschermers)'),
      intro: KS.label(
          'Caseload resources: the cases each working fte holds, and how much of the staff capacity ' +
          '(working fte \u00d7 caseload norm) is in use.'),
      claims: function(
          kpi, subject,
          data) { return resourceUse.test(kpi) && kindOf(data, subject) === 'caseload'; }
    },
    {
      id: 'places',
      title: KS.label('Plaatsen: places used per care type'),
      intro: KS.label('Places in use per care type and their bezetting (occupancy).'),
      claims: function(
          kpi, subject,
          data) { return resourceUse.test(kpi) && kindOf(data, subject) === 'places'; }
    },
    {
      id: 'other',
      title: KS.label('Other figures'),
      intro: KS.label('Every other KPI the model measured.'),
      claims: function() { return true; }
    }
  ];

  // [{section, kpis: [{kpi, subjects: [..]}]}] for the sections that hold anything, with
  // KPIs and subjects in catalog order.
  function group(data) {
    var order = [], subjectsOf = {};
    data.kpis.forEach(function (row) {
      if (!subjectsOf[row.kpi]) { subjectsOf[row.kpi] = []; order.push(row.kpi); }
      if (subjectsOf[row.kpi].indexOf(row.subject) < 0) subjectsOf[row.kpi].push(row.subject);
    });
    var claimed = {};
    return catalog.map(function (section) {
      var kpis = [];
      order.forEach(function (kpi) {
        var subjects = subjectsOf[kpi].filter(function (s) {
          var key = kpi + '\u0000' + s;
          if (claimed[key] || !section.claims(kpi, s, data)) return false;
          claimed[key] = true;
          return true;
        });
        if (subjects.length) kpis.push({ kpi: kpi, subjects: subjects });
      });
      return { section: section, kpis: kpis };
    }).filter(function (g) { return g.kpis.length > 0; });
  }

  return { group: group };
})();
