// Takes the README screenshots: drives Neo4j Browser 3.1 (served by the local Neo4j) in headless Chromium
// with playwright-core, logs in over Bolt, runs three queries and saves one PNG per query.
// Run it through scripts/screenshots.sh, which starts Neo4j and builds the sample first.
//
//   node screenshots.mjs            (settings from the environment, see below)
//
// NEO4J_URI (http://127.0.0.1:7474), NEO4J_PASSWORD (finetunegraph), CHROMIUM (/usr/bin/chromium),
// FTG_SCREENSHOTS_OUT (<checkout>/docs/screenshots), FTG_HOME (<checkout>).
// How the Browser is driven (selectors, the play button, GraSS): ../../../shared/design/neo4j-local.md, section 6.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.env.FTG_HOME || path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const uri = (process.env.NEO4J_URI || 'http://127.0.0.1:7474').replace(/\/+$/, '');
const password = process.env.NEO4J_PASSWORD || 'finetunegraph';
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const outDir = process.env.FTG_SCREENSHOTS_OUT || path.join(root, 'docs/screenshots');
const width = 1400, height = 900;

// One stylesheet for every graph: complete (base rules first, each with font-size), because `:style`
// replaces the whole sheet and appends the defaults after a sheet without base rules.
const grass = `
node { diameter: 58px; color: #A5ABB6; border-color: #9AA1AC; border-width: 2px; text-color-internal: #FFFFFF; font-size: 11px; caption: '{name}'; }
relationship { color: #A5ABB6; shaft-width: 1.5px; font-size: 9px; padding: 3px; text-color-external: #333333; text-color-internal: #FFFFFF; caption: '<type>'; }
node.Paper { diameter: 96px; color: #4C8EDA; border-color: #2870C2; text-color-internal: #FFFFFF; font-size: 11px; caption: '{title}'; }
node.Method { diameter: 70px; color: #F79767; border-color: #F36924; text-color-internal: #FFFFFF; font-size: 12px; caption: '{name}'; }
node.Dataset { diameter: 66px; color: #57C785; border-color: #36A866; text-color-internal: #FFFFFF; font-size: 12px; caption: '{name}'; }
node.Model { diameter: 62px; color: #C990C0; border-color: #B261A5; text-color-internal: #FFFFFF; font-size: 11px; caption: '{name}'; }
node.Task { diameter: 62px; color: #F16667; border-color: #EB2728; text-color-internal: #FFFFFF; font-size: 11px; caption: '{name}'; }
node.Metric { diameter: 58px; color: #FFC454; border-color: #D7A013; text-color-internal: #333333; font-size: 11px; caption: '{name}'; }
node.Finding { diameter: 50px; color: #D9C8AE; border-color: #C0A378; text-color-internal: #333333; font-size: 10px; caption: 'finding #{sentence}'; }
relationship.PROPOSES { color: #F36924; shaft-width: 3px; }
relationship.EVALUATED_ON { color: #36A866; shaft-width: 3px; }
relationship.OUTPERFORMS { color: #EB2728; shaft-width: 2px; }
`.trim();

// The methods-evaluated-on-dataset recipe, as the repository has it: its `// @param name = value` lines
// become `:param name: value` (Browser 3.1 has :param), the other comment lines are dropped.
function recipe(file) {
  const text = fs.readFileSync(path.join(root, 'cypher/recipes', file), 'utf8');
  const params = [];
  const body = [];
  for (const line of text.split('\n')) {
    const m = line.match(/^\s*\/\/\s*@param\s+(\w+)\s*=\s*(.+?)\s*$/);
    if (m) params.push(`:param ${m[1]}: ${m[2]}`);
    else if (!/^\s*\/\//.test(line) && line.trim()) body.push(line);
  }
  return { params, query: body.join('\n').replace(/;\s*$/, '') };
}

const methodsOnDataset = recipe('methods-evaluated-on-dataset.cypher');

const shots = [
  {
    file: 'paper-neighbourhood.png',
    kind: 'graph',
    query: "MATCH (p:Paper)-[r]->(n) WHERE p.title STARTS WITH 'PortLLM' RETURN p, r, n LIMIT 40",
    zoom: 2,
  },
  {
    file: 'methods-evaluated-on-gsm8k.png',
    kind: 'table',
    params: methodsOnDataset.params,
    query: methodsOnDataset.query,
  },
  {
    file: 'evaluated-on-graph.png',
    kind: 'graph',
    query: [
      "MATCH (:Dataset {name: 'GSM8K'})<-[:EVALUATED_ON]-(g:Method)",
      'MATCH (g)-[:EVALUATED_ON]->(d:Dataset)',
      'MATCH (m:Method)-[r:EVALUATED_ON]->(d)',
      'RETURN m, r, d',
    ].join('\n'),
    zoom: 2,
  },
];

const log = (...a) => console.log('screenshots:', ...a);
fs.mkdirSync(outDir, { recursive: true });

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ftg-chromium-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  viewport: { width, height },
  deviceScaleFactor: 1,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync',
    // The Browser calls auth0, firebase and intercom on every load; fail those lookups locally.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
});
let failed = false;
try {
  const page = ctx.pages()[0] || await ctx.newPage();
  page.setDefaultTimeout(30000);
  if (process.env.FTG_SCREENSHOTS_DEBUG) page.on('console', m => { if (m.type() === 'error') console.error('console:', m.text().slice(0, 300)); });

  const frames = () => page.locator('.frame');
  const newest = () => frames().first();
  // Types a command into the editor and presses play; resolves once the Browser shows a new frame for it
  // (`:style` opens none).
  const run = async (cmd, { frame = true } = {}) => {
    const before = await frames().count();
    await page.click('.CodeMirror');
    await page.evaluate(t => document.querySelector('.CodeMirror').CodeMirror.setValue(t), cmd);
    await page.click('ul.controls a.circled.play');
    if (frame) await page.waitForFunction(n => document.querySelectorAll('.frame').length > n, before);
  };
  // A failed query in 3.1 marks the frame's result `error` and shows the message in pre.frame-error.
  const frameError = frame => frame.evaluate(f => {
    const shown = e => e && !e.closest('.ng-hide');
    const bad = [...f.querySelectorAll('.view-result.error, .status-bar.error:not(.client-warning)')].some(shown);
    if (!bad) return null;
    const pre = f.querySelector('pre.frame-error');
    return (pre && pre.textContent.trim()) || 'error (no message)';
  });
  // Waits until the force layout stops moving nodes (or 15 s).
  const settle = async frame => {
    let last = '';
    for (let i = 0; i < 30; i++) {
      await page.waitForTimeout(500);
      const now = await frame.locator('svg g.node').evaluateAll(ns => ns.map(n => n.getAttribute('transform')).join('|'));
      if (now === last) return;
      last = now;
    }
  };

  // The Browser asks GET / for the Bolt address, which answers with the page's host: bolt://127.0.0.1:7687.
  const browserUrl = uri + '/browser/';
  log('opening', browserUrl);
  await page.goto(browserUrl, { waitUntil: 'networkidle' });
  await page.waitForSelector('.CodeMirror');
  await page.waitForTimeout(1000);
  if (await page.locator('#connect_password').count()) {
    await page.fill('input[ng-model="username"]', 'neo4j');
    await page.fill('#connect_password', password);
    await page.click('#connect_button');
  }
  await page.getByText('Connected to Neo4j').first().waitFor({ timeout: 20000 })
    .catch(() => { throw new Error('login to Neo4j Browser did not complete (wrong NEO4J_PASSWORD, or Bolt down?)'); });
  await page.waitForTimeout(1500);

  // Browser 3.1's fullscreen graph sizes its svg from its own height, which grows without end in today's
  // Chromium (19600 px after 2 s); a fixed height (window minus the legend rows and the status bar) stops that.
  await page.addStyleTag({ content: '.fullscreen-container svg.graph { height: calc(100vh - 145px) !important; }' });
  await run(`:style\n${grass}`, { frame: false });
  await page.waitForTimeout(500);

  for (const shot of shots) {
    for (const p of shot.params || []) {
      await run(p);
      await page.waitForTimeout(500);
    }
    await run(shot.query);
    // Mark the frame: in fullscreen it is no longer the first .frame.
    await newest().evaluate((f, name) => f.setAttribute('data-ftg-shot', name), shot.file);
    const frame = page.locator(`.frame[data-ftg-shot="${shot.file}"]`);
    if (shot.kind === 'graph') {
      await frame.locator('svg g.node').first().waitFor({ state: 'attached', timeout: 30000 }).catch(() => {});
    } else {
      await frame.locator('table tbody tr').first().waitFor({ state: 'attached', timeout: 30000 }).catch(() => {});
    }
    const err = await frameError(frame);
    if (err) throw new Error(`${shot.file}: the Browser reported an error: ${err}`);
    // Fullscreen: the Browser moves the frame's content into body > .fullscreen-container, which fills the window.
    await frame.locator('a.sl-scale-spread').click();
    const view = page.locator('.fullscreen-container');
    await view.waitFor();
    await page.waitForTimeout(800);
    let summary;
    if (shot.kind === 'graph') {
      // Fullscreen draws the graph again in a new svg.
      await view.locator('svg g.node').first().waitFor({ state: 'attached', timeout: 15000 }).catch(() => {});
      await settle(view);
      for (let i = 0; i < (shot.zoom || 0); i++) {
        await view.locator('button.zoom_in').click();
        await page.waitForTimeout(400);
      }
      const nodes = await view.locator('svg g.node').count();
      const rels = await view.locator('svg g.relationship').count();
      if (!nodes) throw new Error(`${shot.file}: no graph was drawn`);
      summary = `${nodes} nodes, ${rels} relationships`;
    } else {
      const rows = await view.locator('table').first().locator('tbody tr').count();
      if (!rows) throw new Error(`${shot.file}: the table has no rows`);
      summary = `${rows} rows`;
    }
    await page.mouse.move(width - 5, height - 5);            // no hover tooltips in the picture
    await page.waitForTimeout(300);
    const file = path.join(outDir, shot.file);
    await page.screenshot({ path: file });
    const shown = file.startsWith(root + path.sep) ? path.relative(root, file) : file;
    log(`wrote ${shown} (${summary})`);
    await view.locator('a.close-fullscreen').first().click().catch(() => {});
    await page.waitForTimeout(300);
  }
} catch (e) {
  failed = true;
  console.error('screenshots: error:', e.message);
  const dbg = path.join(os.tmpdir(), 'ftg-screenshots-failure.png');
  try { await ctx.pages()[0].screenshot({ path: dbg }); console.error('screenshots: the page at the failure:', dbg); } catch {}
} finally {
  await ctx.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
