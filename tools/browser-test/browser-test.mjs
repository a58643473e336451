// Drives Neo4j Browser 3.1 (served by a local Neo4j) in headless Chromium with playwright-core, the way a user
// meets FineTuneGraph there: log in, `:style URL` and `:play URL` from `ftg browser`, click the guide's
// neighbourhood snippet, run it, and report what was drawn as one line of JSON on stdout.
// Run by tests/FineTuneGraph.IntegrationTests/Browser/BrowserGuideTests.cs; every wait waits for something and is bounded.
//
//   node browser-test.mjs
//
// FTG_BROWSER_URL   the Browser, e.g. http://localhost:27474/browser/ (the host must be localhost: the Browser
//                   derives its Bolt address from it, and guides are only played from whitelisted hosts)
// FTG_ASSETS_URL    where `ftg browser` serves style.grass and guide.html, e.g. http://localhost:7480/
// NEO4J_PASSWORD    the password of user neo4j
// FTG_SNIPPET       the guide snippet to run (data-snippet name; default neighbourhood)
// FTG_SCREENSHOTS   folder for browser-guide.png and browser-graph.png (none when unset)
// CHROMIUM          the browser (default /usr/bin/chromium)
// How the 3.1 Browser is driven (selectors, the play button, GraSS): ../shared/design/neo4j-local.md, sections 6-7.
import { launchHeadlessChromium } from './headless-chromium.mjs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const need = name => process.env[name] || (() => { throw new Error(`${name} is not set`); })();
const browserUrl = need('FTG_BROWSER_URL');
const assets = need('FTG_ASSETS_URL').replace(/\/?$/, '/');
const password = need('NEO4J_PASSWORD');
const snippet = process.env.FTG_SNIPPET || 'neighbourhood';
const shots = process.env.FTG_SCREENSHOTS || '';
const timeout = 30000;
const started = Date.now();
const steps = {};
const step = name => { steps[name] = Date.now() - started; };

const browser = await launchHeadlessChromium('ftg-browser-test', { width: 1400, height: 900 });
const ctx = browser.context;
const errors = [];
let result;
try {
  const page = ctx.pages()[0] || await ctx.newPage();
  page.setDefaultTimeout(timeout);
  page.on('pageerror', e => errors.push(String(e.message).slice(0, 300)));

  const frames = () => page.locator('.frame');
  // Puts a command into the editor and presses play; resolves once the Browser has opened a new frame for it.
  const run = async (command, { frame = true } = {}) => {
    const before = await frames().count();
    await page.click('.CodeMirror');
    await page.evaluate(t => document.querySelector('.CodeMirror').CodeMirror.setValue(t), command);
    await page.click('ul.controls a.circled.play');
    if (frame) await page.waitForFunction(n => document.querySelectorAll('.frame').length > n, before, { timeout });
  };

  await page.goto(browserUrl, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.CodeMirror');
  await page.waitForSelector('#connect_password');
  await page.fill('input[ng-model="username"]', 'neo4j');
  await page.fill('#connect_password', password);
  await page.click('#connect_button');
  await page.getByText('Connected to Neo4j').first().waitFor({ timeout })
    .catch(() => { throw new Error('login did not complete (wrong password, or Bolt down?)'); });
  step('connected');

  // The style: the Browser fetches it and keeps it in localStorage; wait until the sheet it keeps is ours.
  const sheet = await (await fetch(assets + 'style.grass')).text();
  const methodColour = /node\.Method\s*\{[^}]*color:\s*(#[0-9A-Fa-f]{6})/.exec(sheet)[1];
  await run(`:style ${assets}style.grass`, { frame: false });
  await page.waitForFunction(c => Object.keys(localStorage).some(k => /grass/.test(k) && (localStorage.getItem(k) || '').includes(c)), methodColour, { timeout });
  step('styled');

  // The guide: a frame with the carousel and its runnable blocks.
  await run(`:play ${assets}guide.html`);
  // The Browser sanitises the guide (data-* attributes are dropped): find the block by the text guide.html gives it.
  const html = await (await fetch(assets + 'guide.html')).text();
  const named = new RegExp(`<pre[^>]*data-snippet="${snippet}"[^>]*>([\\s\\S]*?)</pre>`).exec(html);
  if (!named) throw new Error(`guide.html has no snippet named ${snippet}`);
  const text = named[1].replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&').trim();
  // Frames come in the order the Browser finishes them (its own `:play start` after login may land above ours):
  // the guide's frame is the one holding the block.
  const runnable = page.locator('pre.runnable').filter({ hasText: text.split('\n')[0] });
  const guide = page.locator('.frame').filter({ has: runnable }).first();
  const block = guide.locator('pre.runnable').filter({ hasText: text.split('\n')[0] }).first();
  await block.waitFor({ state: 'visible' });
  const guideSnippets = await guide.locator('pre.runnable').count();
  if (shots) {
    fs.mkdirSync(shots, { recursive: true });
    // A new frame slides in (AngularJS animation): picture it once the animation class is gone.
    await page.waitForFunction(f => !f.classList.contains('ng-animate'), await guide.elementHandle(), { timeout });
    await page.mouse.move(1395, 895);
    await guide.screenshot({ path: path.join(shots, 'browser-guide.png') });
  }
  step('guide');

  // Clicking a runnable block copies it into the editor; the play button runs it.
  const expected = (await block.textContent()).trim();
  await block.click();
  await page.waitForFunction(t => document.querySelector('.CodeMirror').CodeMirror.getValue().trim() === t, expected, { timeout });
  const before = await frames().count();
  await page.click('ul.controls a.circled.play');
  await page.waitForFunction(n => document.querySelectorAll('.frame').length > n, before, { timeout });
  // The one frame that draws a graph is the snippet's.
  await page.locator('.frame svg g.node').first().waitFor({ state: 'attached' });
  await page.locator('.frame').filter({ has: page.locator('svg g.node') }).first().evaluate(f => f.setAttribute('data-ftg-graph', '1'));
  const frame = page.locator('.frame[data-ftg-graph]');
  // The force layout moves nodes for a while: wait until two looks 300 ms apart see the same positions.
  await page.waitForFunction(() => {
    const f = document.querySelector('.frame[data-ftg-graph]');
    const now = [...f.querySelectorAll('svg g.node')].map(n => n.getAttribute('transform')).join('|');
    const stable = now === window.__ftgLayout;
    window.__ftgLayout = now;
    return stable;
  }, null, { polling: 300, timeout });
  step('drawn');

  const drawn = await frame.evaluate(f => {
    const nodes = [...f.querySelectorAll('svg g.node')];
    const fills = nodes.map(n => (n.querySelector('circle.outline') || {}).getAttribute?.('fill') || null);
    return {
      nodes: nodes.length,
      relationships: f.querySelectorAll('svg g.relationship').length,
      fills,
      radii: nodes.map(n => Number((n.querySelector('circle.outline') || {}).getAttribute?.('r') || 0)),
      captions: nodes.map(n => [...n.querySelectorAll('text')].map(t => t.textContent).join(' ').trim()),
      relationshipCaptions: [...new Set([...f.querySelectorAll('svg g.relationship text')].map(t => t.textContent.trim()))],
    };
  });
  if (shots) {
    await page.mouse.move(1395, 895);
    await frame.screenshot({ path: path.join(shots, 'browser-graph.png') });
  }
  result = { ok: true, snippet, query: expected, guideSnippets, ...drawn, steps, errors };
} catch (e) {
  const failure = path.join(os.tmpdir(), 'ftg-browser-test-failure.png');
  try { await ctx.pages()[0].screenshot({ path: failure }); } catch { /* the page is gone */ }
  result = { ok: false, error: e.message, failureScreenshot: failure, steps, errors };
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
process.exit(result.ok ? 0 : 1);
