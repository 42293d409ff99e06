// The page as a person sees it: loads cleanly, draws the bundled articles and a timeline,
// answers zoom and pan, and the single offline file works from file://.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { root, dist, serveDist, serveAndLaunchForFile, openPage, waitFrames, appState, decodePng, distinctColours } = require('./support');

let server, baseUrl, browser;
serveAndLaunchForFile((s) => ({ server, baseUrl, browser } = s));

// Titles the native CLI reads from the same articles: the page must show the same ones.
function nativeTitles() {
  const cli = process.env.DATELINE_CLI || path.join(root, 'build', 'dateline');
  if (!fs.existsSync(cli)) return null;
  const json = execFileSync(cli, ['build', path.join(root, 'assets', 'articles')], { stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(json).articles.map((a) => a.title);
}

test('hosted page loads without errors and shows the five bundled articles', async () => {
  const { page, problems } = await openPage(browser, baseUrl);
  await waitFrames(page, 10);
  const state = await appState(page);
  assert.equal(state.articles, 5);
  assert.equal(state.drawnArticleTitles.length, 5);
  for (const t of state.drawnArticleTitles) assert.ok(t.length > 10, `title too short: ${t}`);
  assert.ok(state.drawnArticleTitles.includes('Putin meets North Korean foreign minister'));
  const native = nativeTitles();
  if (native) assert.deepEqual(state.drawnArticleTitles, native);
  const shot = await page.screenshot({ path: path.join(root, 'docs', 'screenshot.png') });
  assert.ok(state.drawnTimelineItems > 0, 'the timeline draws at least one event');
  assert.ok(distinctColours(decodePng(shot)) > 20, 'the canvas is not blank');
  assert.equal(await page.locator('#status').isHidden(), true, 'the loading notice is gone');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the first frame shows the bundled articles; a large start shows the explorer first; links keep their view', async () => {
  // The bundled articles are small: they are analysed before the first frame, which draws them.
  const small = await openPage(browser, baseUrl + '#theme=light');
  await small.page.waitForFunction(() => window.datelineReadyMs > 0 && window.datelineFrames >= 1, null, { timeout: 30000 });
  const t = await small.page.evaluate(() => ({ first: window.datelineFirstFrameMs, ready: window.datelineReadyMs }));
  assert.ok(t.ready > 0 && t.ready <= t.first, `the articles (${t.ready} ms) are read before the first frame (${t.first} ms)`);
  await waitFrames(small.page, 3);
  const state = await appState(small.page);
  assert.equal(state.articles, 5);
  assert.equal(state.dark, false, 'the theme from the link is applied');
  assert.equal(state.fontAtlasFull, true);
  assert.match(await small.page.evaluate(() => location.hash), /theme=light/);
  assert.deepEqual(small.problems, []);
  await small.page.close();

  // A large start (here a synthetic set from the link) draws the explorer first, with a
  // progress label, and fills it on a later frame; the link's view survives that start.
  const large = await openPage(browser, baseUrl + '?synthetic=400#theme=light');
  await large.page.waitForFunction(() => window.datelineReadyMs > 0, null, { timeout: 30000 });
  const u = await large.page.evaluate(() => ({ first: window.datelineFirstFrameMs, ready: window.datelineReadyMs }));
  assert.ok(u.first > 0 && u.first < u.ready, `first frame ${u.first} ms should come before the large set (${u.ready} ms)`);
  await waitFrames(large.page, 3);
  const big = await appState(large.page);
  assert.equal(big.events, 400);
  assert.equal(big.dark, false);
  assert.equal(big.fontAtlasFull, true, 'the full font atlas replaced the first frame\'s Latin-only one');
  assert.match(await large.page.evaluate(() => location.hash), /theme=light/);
  assert.deepEqual(large.problems, []);
  await large.page.close();
});

test('wheel zooms around the cursor and dragging pans the timeline', async () => {
  const { page, problems } = await openPage(browser, baseUrl);
  await waitFrames(page, 5);
  const before = await appState(page);
  // The timeline occupies the upper middle of the window.
  await page.mouse.move(760, 250);
  await page.mouse.wheel(0, -300);
  await waitFrames(page, 5);
  const zoomed = await appState(page);
  assert.ok(zoomed.lastDay - zoomed.firstDay < before.lastDay - before.firstDay, 'wheel up zooms in');
  await page.mouse.move(700, 250);
  await page.mouse.down();
  await page.mouse.move(900, 250, { steps: 8 });
  await page.mouse.up();
  await waitFrames(page, 3);
  const panned = await appState(page);
  assert.ok(panned.firstDay < zoomed.firstDay, 'dragging right moves the view to earlier dates');
  assert.ok(Math.abs((panned.lastDay - panned.firstDay) - (zoomed.lastDay - zoomed.firstDay)) < 1e-6, 'panning keeps the zoom');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the single-file build works from file://', async () => {
  const file = path.join(dist, 'dateline.html');
  assert.ok(fs.existsSync(file));
  // The hosted shell starts the module's download early; the single file has no module to fetch.
  assert.match(fs.readFileSync(path.join(dist, 'index.html'), 'utf8'), /<link rel="preload" href="index\.wasm"/);
  assert.doesNotMatch(fs.readFileSync(file, 'utf8'), /<link rel="preload"/);
  const { page, problems } = await openPage(browser, 'file://' + file);
  await waitFrames(page, 10);
  const state = await appState(page);
  assert.equal(state.articles, 5);
  assert.equal(state.drawnArticleTitles.length, 5);
  const shot = await page.screenshot();
  assert.ok(distinctColours(decodePng(shot)) > 20, 'the canvas is not blank');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the hosted page runs under a strict Content-Security-Policy', async () => {
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; object-src 'none'; base-uri 'none'";
  const strict = await serveDist({ 'Content-Security-Policy': csp });
  const { page, problems } = await openPage(browser, strict.url);
  await waitFrames(page, 5);
  assert.equal((await appState(page)).articles, 5);
  assert.deepEqual(problems, []);
  await page.close();
  strict.server.close();
});
