// The page of `ketensim serve` in a real browser: starts `ketensim serve` on a free port,
// opens the page in Debian's chromium (driven by puppeteer-core), moves the fte slider,
// waits for the last batch, and checks that the difference the page shows is the one the
// API gives for the same request. Exit 0: passed; 1: failed; 77: chromium is not installed
// (CTest's SKIP_RETURN_CODE).
//
//   node drive.mjs KETENSIM CHROMIUM SCENARIO SCREENSHOT
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import puppeteer from "puppeteer-core";

const [ketensim, chromium, scenario, screenshot] = process.argv.slice(2);
if (!existsSync(chromium)) {
  console.log(`SKIPPED: ${chromium} not found (install Debian's chromium to run the browser test)`);
  process.exit(77);
}

function fail(message) {
  console.error("FAILED: " + message);
  process.exitCode = 1;
}

// SOURCE_DATE_EPOCH: the workbook's one time stamp fixed, so two downloads compare byte for byte.
const server = spawn(ketensim, ["serve", scenario, "--port", "0", "--max-replications", "40"],
                     { env: { ...process.env, SOURCE_DATE_EPOCH: "1700000000" } });
const url = await new Promise((resolve, reject) => {
  let out = "";
  server.stdout.on("data", (d) => {
    out += d;
    const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
    if (m) resolve(m[0]);
  });
  server.on("exit", (code) => reject(new Error("ketensim serve ended with " + code)));
  setTimeout(() => reject(new Error("no address printed: " + out)), 30000);
});

const browser = await puppeteer.launch({
  executablePath: chromium, headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] });
const problems = [];
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 1100 });
  page.on("console", (m) => { if (m.type() === "error") problems.push("console: " + m.text()); });
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("requestfailed", (r) => problems.push("request failed: " + r.url()));
  await page.goto(url);
  await page.waitForSelector("#lever-fte");
  // Move the slider as a person does: the value changes, then it is released.
  await page.$eval("#lever-fte", (input) => {
    input.value = "3";
    input.dispatchEvent(new Event("input"));
    input.dispatchEvent(new Event("change"));
  });
  await page.waitForSelector('#status[data-final="true"]', { timeout: 120000 });
  const shown = await page.$eval('tr[data-kpi="wait_mean gi"] td.difference', (td) => +td.dataset.mean);
  const status = await page.$eval("#status", (p) => p.textContent);
  const sentences = await page.$$eval("#sentences li", (li) => li.map((x) => x.textContent));
  const reportReady = await page.$eval("#report", (b) => !b.disabled);
  const xlsxReady = await page.$eval("#xlsx", (b) => !b.disabled);
  const flowShown = await page.$eval("#flow-part", (d) => !d.hidden && d.querySelector("#flow svg") !== null);
  // The page's own Excel download: its file caught before the browser saves it, so the test
  // sees the bytes the page made (a zip, starting "PK", not text decoded and encoded again).
  await page.evaluate(() => {
    window.caught = null;
    URL.createObjectURL = (blob) => { window.caught = blob; return "blob:caught"; };
    HTMLAnchorElement.prototype.click = function () { window.caughtName = this.download; };
  });
  await page.click("#xlsx");
  await page.waitForFunction(() => window.caughtName, { timeout: 120000 });
  const workbook = await page.evaluate(async () => {
    const bytes = new Uint8Array(await window.caught.arrayBuffer());
    return { name: window.caughtName, type: window.caught.type, bytes: Array.from(bytes) };
  });
  await page.screenshot({ path: screenshot });

  const response = await fetch(url + "api/run", { method: "POST", body: JSON.stringify(
    { client: "check", scenario: "tiny", levers: { fte: 3 } }) });
  const events = (await response.text()).split("\n").filter((l) => l.startsWith("data: "));
  const last = JSON.parse(events.at(-1).slice(6));
  const api = last.kpis.find((k) => k.id === "wait_mean gi").all.difference.mean;
  console.log(`page: ${status}; wait_mean gi difference ${shown}; API ${api}`);
  if (shown !== api) fail(`the page shows ${shown}, the API gives ${api}`);
  if (!(shown < 0)) fail("3 fte instead of 2 should shorten the wait");
  if (sentences.length === 0) fail("no summary sentence shown");
  if (!reportReady) fail("the report download stays disabled after the run");
  if (!xlsxReady) fail("the Excel download stays disabled after the run");
  if (!flowShown) fail("the flow coloured by wait is not shown after the run");
  const report = await fetch(url + "api/report", { method: "POST", body: JSON.stringify(
    { client: "check", scenario: "tiny", levers: { fte: 3 }, replications: last.replications }) });
  const page_html = await report.text();
  if (report.status !== 200 || !page_html.includes("<html")) fail(`the report download gave ${report.status}`);
  const xlsx = await fetch(url + "api/xlsx", { method: "POST", body: JSON.stringify(
    { client: "check", scenario: "tiny", levers: { fte: 3 }, replications: last.replications }) });
  const direct = Array.from(new Uint8Array(await xlsx.arrayBuffer()));
  console.log(`Excel download: ${workbook.name}, ${workbook.bytes.length} bytes, ${workbook.type}`);
  if (xlsx.status !== 200) fail(`the Excel download gave ${xlsx.status}`);
  if (!workbook.name.endsWith(".xlsx") || workbook.bytes.length < 100 || workbook.bytes[0] !== 0x50 ||
      workbook.bytes[1] !== 0x4b)  // "PK": a zip file, as every .xlsx
    fail(`the page's Excel download is no workbook: ${workbook.name}, ${workbook.bytes.length} bytes`);
  if (workbook.bytes.join() !== direct.join())
    fail("the page's Excel download differs from the API's workbook for the same request");
  if (problems.length > 0) fail("the page had problems: " + problems.join("; "));
} catch (e) {
  fail(e.stack || String(e));
  const pages = await browser.pages();
  const shown = await pages.at(-1).evaluate(() =>
    `status: ${document.querySelector("#status").textContent}; error: ${document.querySelector("#error").textContent}`);
  console.error(shown);
  console.error("page problems: " + problems.join("; "));
} finally {
  await browser.close();
  server.kill("SIGINT");
}
const code = await new Promise((resolve) => server.on("exit", resolve));
if (code !== 0) fail("ketensim serve ended with " + code + " after Ctrl-C");
