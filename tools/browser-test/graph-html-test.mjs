// Opens the graph.html of `ftg build --export` from file:// in headless Chromium with playwright-core and reports
// what was drawn as one line of JSON on stdout: heat-map cells (method, dataset, papers), graph nodes with their
// fills, console errors and requests (none may leave the page: the file is self-contained).
// Run by tests/FineTuneGraph.IntegrationTests/Browser/GraphHtmlTests.cs; every wait waits for something and is bounded.
//
//   FTG_GRAPH_HTML=/tmp/export/graph.html node graph-html-test.mjs
//
// FTG_GRAPH_HTML    the page to open
// FTG_SCREENSHOTS   folder for graph-html.png (none when unset)
// CHROMIUM          the browser (default /usr/bin/chromium)
import { launchHeadlessChromium } from './headless-chromium.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const page_ = process.env.FTG_GRAPH_HTML || (() => { throw new Error('FTG_GRAPH_HTML is not set'); })();
const shots = process.env.FTG_SCREENSHOTS || '';
const timeout = 30000;

const browser = await launchHeadlessChromium('ftg-graph-html-test', { width: 1500, height: 1300 });
const ctx = browser.context;
const errors = [];
const requests = [];
const failed = [];
let result;
try {
  const page = ctx.pages()[0] || await ctx.newPage();
  page.setDefaultTimeout(timeout);
  page.on('pageerror', e => errors.push('pageerror: ' + String(e.message).slice(0, 300)));
  page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.type() + ': ' + m.text().slice(0, 300)); });
  page.on('request', r => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
  page.on('requestfailed', r => failed.push(r.url() + ' ' + (r.failure()?.errorText || '')));

  const url = pathToFileURL(path.resolve(page_)).href;
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('#heatmap td.cell');
  await page.waitForSelector('#graph g.node circle');

  const drawn = await page.evaluate(() => ({
    cells: [...document.querySelectorAll('#heatmap td.cell')].map(td => ({
      method: td.dataset.method, dataset: td.dataset.dataset, papers: Number(td.dataset.papers), title: td.title, background: getComputedStyle(td).backgroundColor,
    })),
    rows: document.querySelectorAll('#heatmap tbody tr').length,
    columns: document.querySelectorAll('#heatmap thead th').length - 1,
    nodes: [...document.querySelectorAll('#graph g.node')].map(g => ({
      label: g.dataset.label, fill: g.querySelector('circle').getAttribute('fill'), name: g.querySelector('title').textContent,
      r: Number(g.querySelector('circle').getAttribute('r')),
    })),
    edges: document.querySelectorAll('#graph line').length,
  }));

  // Click the largest cell: the details panel shows its papers and evidence.
  const biggestAt = drawn.cells.reduce((best, c, i) => (c.papers > drawn.cells[best].papers ? i : best), 0);
  const biggest = drawn.cells[biggestAt];
  await page.locator('#heatmap td.cell').nth(biggestAt).click();
  await page.waitForFunction(() => document.querySelectorAll('#details blockquote').length > 0);
  const evidence = await page.locator('#details blockquote').count();
  await page.locator('#graph g.node').first().click();
  await page.waitForFunction(() => document.querySelector('#details h2').textContent.includes(':'));
  const nodeDetails = await page.locator('#details').innerText();

  if (shots) {
    fs.mkdirSync(shots, { recursive: true });
    // Back to the cell, so the picture shows the heat map, the graph and an evidence panel.
    await page.locator('#heatmap td.cell').nth(biggestAt).click();
    await page.screenshot({ path: path.join(shots, 'graph-html.png'), fullPage: true });
  }

  result = { ok: true, ...drawn, clicked: biggest, evidence, nodeDetails: nodeDetails.slice(0, 300) };
} catch (e) {
  result = { ok: false, error: String(e && e.stack || e).slice(0, 2000) };
} finally {
  await browser.close();
}
console.log(JSON.stringify({ ...result, errors, requests, failed }));
