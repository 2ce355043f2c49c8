// The page of `ketensim serve` (tools/ketensim/serve/server.h): choose a baseline and an overlay, move
// levers, and watch the paired comparison stream in batch by batch.
"use strict";
(function () {
  const nl = {
    "Language": "Taal", "Baseline": "Basisscenario", "Policy overlay": "Beleidsvariant",
    "Run": "Doorrekenen", "Download overlay YAML": "Download variant als YAML",
    "Download report": "Download rapport", "Download Excel": "Download Excel-bestand",
    "In words": "In woorden", "Whole run, paired difference": "Hele looptijd, gepaard verschil",
    "Figure": "Cijfer", "Base": "Basis", "Alternative": "Variant",
    "Difference (95% CI)": "Verschil (95%-BI)", "Per year": "Per jaar", "none": "geen",
    "replications": "replicaties", "running": "bezig", "done: precision reached": "klaar: precisie bereikt",
    "done: replication limit": "klaar: maximum aantal replicaties", "cancelled": "afgebroken",
    "base": "basis", "alternative": "variant", "difference": "verschil",
    "Flow of the alternative, coloured by its mean wait": "Stroom van de variant, gekleurd naar de gemiddelde wachttijd",
    "up to 5 days": "tot 5 dagen", "up to 3 months": "tot 3 maanden", "longer": "langer"
  };
  const $ = (id) => document.getElementById(id);
  const client = "page-" + Math.random().toString(36).slice(2, 12);
  let catalog = [], controller = null, lastRequest = null, lastUpdate = null;
  let chart = null;

  const lang = () => $("language").value;
  const t = (text) => (lang() === "nl" && nl[text]) || text;
  const number = (x) => x === null || x === undefined ? "–" : x.toLocaleString(lang() === "nl" ? "nl-NL" : "en-GB",
                                          { maximumSignificantDigits: 4 });

  function translatePage() {
    document.documentElement.lang = lang();
    for (const el of document.querySelectorAll("[data-t]")) el.textContent = t(el.dataset.t);
  }

  function chosenBase() { return catalog.find((s) => s.id === $("scenario").value); }
  function chosenOverlay() {
    const base = chosenBase();
    return base && base.overlays.find((o) => o.id === $("overlay").value);
  }

  function fillOverlays() {
    const base = chosenBase();
    $("overlay").innerHTML = "";
    $("overlay").add(new Option(t("none"), ""));
    for (const o of base.overlays) $("overlay").add(new Option(o.id, o.id));
    fillLevers();
  }

  function fillLevers() {
    const levers = (chosenOverlay() || chosenBase()).levers;
    $("levers").innerHTML = "";
    for (const l of levers) {
      const row = document.createElement("div");
      row.className = "lever";
      row.dataset.lever = l.name;
      row.innerHTML = `<label for="lever-${l.name}"></label>
        <input type="range" id="lever-${l.name}" min="${l.min}" max="${l.max}" step="${l.step}">
        <output></output>`;
      row.querySelector("label").textContent = l.label[lang()];
      const input = row.querySelector("input");
      input.value = l.value;
      input.dataset.start = l.value;
      row.querySelector("output").textContent = number(l.value);
      input.addEventListener("input", () => { row.querySelector("output").textContent = number(+input.value); });
      input.addEventListener("change", run);
      $("levers").appendChild(row);
    }
  }

  function request() {
    const levers = {};
    for (const input of $("levers").querySelectorAll("input")) {
      if (input.value !== input.dataset.start) levers[input.id.slice(6)] = +input.value;
    }
    return { client, scenario: $("scenario").value, overlay: $("overlay").value || null,
             levers, language: lang() };
  }

  function showError(message, lever) {
    $("error").hidden = false;
    $("error").textContent = message;
    for (const row of document.querySelectorAll(".lever")) row.classList.toggle("bad", row.dataset.lever === lever);
  }

  async function run() {
    if (controller) controller.abort();
    controller = new AbortController();
    lastRequest = request();
    $("error").hidden = true;
    $("download").disabled = true;
    $("report").disabled = true;
    $("xlsx").disabled = true;
    $("status").textContent = t("running") + "…";
    let response;
    try {
      response = await fetch("/api/run", { method: "POST", body: JSON.stringify(lastRequest),
                                           signal: controller.signal });
    } catch (e) { return; }
    if (!response.ok) {
      const problem = await response.json();
      showError(problem.error, problem.lever);
      $("status").textContent = "";
      return;
    }
    await readEvents(response.body.getReader(), controller);
  }

  // Server-sent events: "event: NAME\ndata: JSON\n\n".
  async function readEvents(reader, mine) {
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      let chunk;
      try { chunk = await reader.read(); } catch (e) { return; }
      if (chunk.done || mine !== controller) return;
      buffer += decoder.decode(chunk.value, { stream: true });
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const lines = buffer.slice(0, end).split("\n");
        buffer = buffer.slice(end + 2);
        const name = lines[0].slice("event: ".length);
        const data = JSON.parse(lines[1].slice("data: ".length));
        if (name === "error") showError(data.error);
        else show(data);
      }
    }
  }

  function interval(d) { return `${number(d.mean)} (${number(d.low)} .. ${number(d.high)})`; }

  function show(update) {
    lastUpdate = update;
    $("results").hidden = false;
    const state = !update.final ? t("running")
      : update.stopped === "precision" ? t("done: precision reached")
      : update.stopped === "limit" ? t("done: replication limit") : t("cancelled");
    $("status").textContent = `${update.replications} ${t("replications")}, ${number(update.seconds)} s: ${state}`;
    $("status").dataset.final = update.final;
    $("download").disabled = !update.final;
    $("report").disabled = !update.final;
    $("xlsx").disabled = !update.final;
    const body = $("kpis").querySelector("tbody");
    body.innerHTML = "";
    $("sentences").innerHTML = "";
    for (const k of update.kpis) {
      if (!k.all) continue;
      const tr = body.insertRow();
      tr.dataset.kpi = k.id;
      tr.insertCell().textContent = `${k.name} ${k.subject === "all" ? "" : k.subject}`;
      tr.insertCell().textContent = interval(k.all.base);
      tr.insertCell().textContent = interval(k.all.alternative);
      const diff = tr.insertCell();
      diff.className = "difference" + (k.all.significant ? " significant" : "");
      diff.dataset.mean = k.all.difference.mean;
      diff.textContent = interval(k.all.difference);
      if (k.all.significant) {
        const li = document.createElement("li");
        li.textContent = k.all.sentence;
        $("sentences").appendChild(li);
      }
    }
    fillChartChoice(update);
    drawChart();
    // The last update brings the alternative's flow as an <svg> that ketensim drew with
    // Graphviz from the scenario (none where Graphviz is not installed).
    $("flow-part").hidden = !update.flow;
    $("flow").innerHTML = update.flow || "";
  }

  function fillChartChoice(update) {
    const select = $("chart-kpi"), chosen = select.value;
    select.innerHTML = "";
    for (const k of update.kpis) {
      if (k.years.length > 0) select.add(new Option(`${k.name} ${k.subject === "all" ? "" : k.subject}`, k.id));
    }
    if (chosen) select.value = chosen;
    if (!select.value && select.options.length) select.selectedIndex = 0;
  }

  function drawChart() {
    const k = lastUpdate && lastUpdate.kpis.find((x) => x.id === $("chart-kpi").value);
    if (!k) return;
    chart = chart || echarts.init($("chart"));
    const years = k.years.map((y) => y.period);
    const line = (name, pick) => ({ name, type: "line", data: k.years.map((y) => pick(y).mean) });
    // The 95% interval as two thin dashed lines (ECharts' common build has no band series).
    const bound = (name, values) => ({ name, type: "line", symbol: "none",
      lineStyle: { type: "dashed", width: 1 }, data: values });
    const band = (name, pick) => [bound(name, k.years.map((y) => pick(y).low)),
                                  bound(name, k.years.map((y) => pick(y).high))];
    chart.setOption({
      animation: false, tooltip: { trigger: "axis" }, legend: {},
      xAxis: { type: "category", data: years }, yAxis: { type: "value", scale: true },
      series: [line(t("base"), (y) => y.base), ...band(t("base") + " 95%", (y) => y.base),
               line(t("alternative"), (y) => y.alternative),
               ...band(t("alternative") + " 95%", (y) => y.alternative)] }, true);
  }

  // The overlay (YAML), the report page (HTML) or the workbook (Excel) of the comparison shown,
  // for the same request and replications, so each holds the numbers on the page. Read as
  // bytes: the workbook is a zip file, which text would corrupt.
  async function download(path, type) {
    const body = Object.assign({}, lastRequest, { replications: lastUpdate.replications });
    const response = await fetch(path, { method: "POST", body: JSON.stringify(body) });
    const bytes = await response.arrayBuffer();
    if (!response.ok) { showError(JSON.parse(new TextDecoder().decode(bytes)).error); return; }
    const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition"))[1];
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([bytes], { type }));
    a.download = name;
    a.click();
  }

  async function start() {
    catalog = (await (await fetch("/api/scenarios")).json()).scenarios;
    for (const s of catalog) $("scenario").add(new Option(s.id, s.id));
    $("scenario").addEventListener("change", fillOverlays);
    $("overlay").addEventListener("change", fillLevers);
    $("language").addEventListener("change", () => {
      translatePage();
      const levers = (chosenOverlay() || chosenBase()).levers;
      for (const l of levers) document.querySelector(`label[for="lever-${l.name}"]`).textContent = l.label[lang()];
      if (lastUpdate) run();
    });
    $("run").addEventListener("click", run);
    $("download").addEventListener("click", () => download("/api/overlay", "application/yaml"));
    $("report").addEventListener("click", () => download("/api/report", "text/html"));
    $("xlsx").addEventListener("click", () => download("/api/xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    $("chart-kpi").addEventListener("change", drawChart);
    translatePage();
    fillOverlays();
  }
  start();
})();
