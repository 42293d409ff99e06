// The explorer's interactions as a person uses them: clicking an event opens its source
// sentence, keyboard, search filters, file drop persists, links keep the view, embed mode,
// exports, high-DPI, resizing, ?src= bundles, themes. Screenshots of each view go to docs/.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { root, dist, serveAndLaunchForFile, openPage, waitFrames, waitFor, appState, decodePng, distinctColours } = require('./support');

let server, baseUrl, browser;
serveAndLaunchForFile((s) => ({ server, baseUrl, browser } = s));

const docs = (name) => path.join(root, 'docs', name);
// The app draws in device pixels; the mouse speaks CSS pixels.
const css = (state, x, y) => ({ x: x / state.uiScale, y: y / state.uiScale });

// Runs an Export menu item and returns the downloaded file's bytes.
async function exportFile(page, kind) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.evaluate((k) => window.Dateline._dateline_export(k), kind)]);
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(await download.path()) };
}

test('clicking an event opens its panel and the source sentence, highlighted, in the reader', async () => {
  const { page, problems } = await openPage(browser, baseUrl);
  await waitFrames(page, 8);
  const state = await waitFor(page, (s) => s.drawnEvents.length > 0, 'a drawn event');
  const target = state.drawnEvents[0];
  const at = css(state, target.x, target.y);
  await page.mouse.move(at.x, at.y);
  await waitFrames(page, 3);
  await page.mouse.click(at.x, at.y);
  const opened = await waitFor(page, (s) => s.selectedEvent !== '', 'a selected event');
  assert.equal(opened.selectedEvent, target.id);
  assert.ok(opened.readerHighlight.length > 20, `the evidence sentence is highlighted: "${opened.readerHighlight}"`);
  await page.screenshot({ path: docs('event-selected.png') });
  // Esc closes the event.
  await page.keyboard.press('Escape');
  await waitFor(page, (s) => s.selectedEvent === '', 'Esc to close the event');
  assert.deepEqual(problems, []);
  await page.close();
});

test('keyboard: arrows move between events, Enter opens the source, F fits, + zooms', async () => {
  const { page, problems } = await openPage(browser, baseUrl + '?synthetic=400');
  await waitFrames(page, 8);
  const s0 = await appState(page);
  assert.equal(s0.fontAtlasFull, true, 'a synthetic start also gets the full font atlas');
  await page.mouse.move(s0.canvas[0] / s0.uiScale + 300, s0.canvas[1] / s0.uiScale + 100);
  await page.keyboard.press('ArrowRight');
  const s1 = await waitFor(page, (s) => s.selectedEvent !== '', 'an event selected by the arrow key');
  await page.keyboard.press('ArrowRight');
  const s2 = await waitFor(page, (s) => s.selectedEvent !== s1.selectedEvent, 'the next event');
  assert.notEqual(s2.selectedEvent, s1.selectedEvent);
  await page.keyboard.press('Enter');
  const s3 = await waitFor(page, (s) => s.readerHighlight.includes('synthetic sentence'), 'the reader at the source');
  assert.ok(s3.readerArticle.startsWith('a'));
  const span0 = s3.lastDay - s3.firstDay;
  await page.keyboard.press('Equal');
  const s4 = await waitFor(page, (s) => s.lastDay - s.firstDay < span0 * 0.9, '+ to zoom in');
  await page.keyboard.press('f');
  await waitFor(page, (s) => s.lastDay - s.firstDay > (s4.lastDay - s4.firstDay) * 1.2, 'F to fit');
  assert.deepEqual(problems, []);
  await page.close();
});

test('typing in the search box filters what the timeline draws and counts the hidden', async () => {
  const { page, problems } = await openPage(browser, baseUrl + '?synthetic=3000');
  await waitFrames(page, 8);
  const before = await appState(page);
  assert.equal(before.shownEvents, 3000);
  // The search box is the first widget of the side panel.
  await page.mouse.click(120, 47);
  await page.keyboard.type('Boris Kova', { delay: 20 });
  const after = await waitFor(page, (s) => s.shownEvents < 3000, 'the filter to apply');
  assert.ok(after.shownEvents > 0, 'some events match');
  assert.equal(after.shownEvents + after.hiddenEvents, 3000);
  assert.ok(after.drawnTimelineItems <= before.drawnTimelineItems, 'fewer marks are drawn');
  await page.screenshot({ path: docs('search-filter.png') });
  // The atlas holds Latin and the loaded text; a search typed in another script adds its glyphs.
  for (let i = 0; i < 10; i++) await page.keyboard.press('Backspace');
  // A Cyrillic keyboard layout sends these as keypress events with their char codes (playwright
  // would insert the text without key events, which the page's GLFW does not read).
  for (const ch of 'Лавров') {
    await page.evaluate((code) => window.dispatchEvent(new KeyboardEvent('keypress', { charCode: code, bubbles: true })), ch.codePointAt(0));
    await waitFrames(page, 1);
  }
  const cyrillic = await waitFor(page, (s) => s.searchGlyphsMissing === '' && s.frames > after.frames + 3, 'the typed Cyrillic in the atlas');
  assert.equal(cyrillic.searchGlyphsMissing, '');
  assert.ok(cyrillic.fontGlyphs >= after.fontGlyphs + 5, `the atlas grew by the typed letters (${after.fontGlyphs} -> ${cyrillic.fontGlyphs} glyphs)`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the clustered canvas: 100,000 events fold into counted clusters; clicking one zooms in', async () => {
  const { page, problems } = await openPage(browser, baseUrl);
  await waitFrames(page, 5);
  await page.evaluate(() => window.Dateline.loadSynthetic(100000));
  await waitFrames(page, 5);
  const s = await appState(page);
  assert.equal(s.events, 100000);
  assert.ok(s.drawnClusters > 10 && s.drawnTimelineItems < 3000, `${s.drawnTimelineItems} items, ${s.drawnClusters} clusters`);
  await page.screenshot({ path: docs('clusters-100k.png') });
  // Click the middle of the first lane: a cluster there zooms to its range.
  const span0 = s.lastDay - s.firstDay;
  const x = (s.canvas[0] + s.canvas[2] * 0.6) / s.uiScale, y = (s.canvas[1] + 36 * s.uiScale + 15 * s.uiScale) / s.uiScale;
  await page.mouse.move(x, y);
  await waitFrames(page, 2);
  await page.mouse.click(x, y);
  await waitFor(page, (t) => t.lastDay - t.firstDay < span0 / 5, 'a click on a cluster to zoom in');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a dropped file adds an article, bad files are listed, and the article survives a reload', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(err.message));
  await page.goto(baseUrl);
  await waitFrames(page, 8);
  assert.equal((await appState(page)).articles, 5);
  const article = 'Harbour authority opens new ferry terminal in Northport\n\nBy Staff Reporter\n\nMarch 3, 2025\n\n' +
    'NORTHPORT - The harbour authority opened a new ferry terminal on Monday, officials said. ' +
    'Mayor Ana Lund met transport minister Boris Kova at the ceremony on March 3, 2025. ' +
    'A second terminal is planned for next year, the authority said in a statement.\n';
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped-article.txt', { type: 'text/plain' }));
    dt.items.add(new File([new Uint8Array([0, 1, 2])], 'scan.pdf', { type: 'application/pdf' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, article);
  const loaded = await waitFor(page, (s) => s.articles === 6, 'the dropped article');
  assert.equal(loaded.userFiles, 2);
  assert.ok(loaded.statusMessages.some((m) => m.includes('scan.pdf')), 'the bad file is listed');
  await page.screenshot({ path: docs('file-drop.png') });
  await page.reload();
  await waitFrames(page, 8);
  await waitFor(page, (s) => s.articles === 6, 'the stored article after a reload');
  await page.evaluate(() => window.Dateline.datelineResetUserFiles());
  await waitFor(page, (s) => s.articles === 5 && s.userFiles === 0, 'reset to the bundled articles');
  await page.reload();
  await waitFrames(page, 10);
  assert.equal((await appState(page)).articles, 5);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the URL hash keeps the view; a link reopens it; back and forward step through changes', async () => {
  const { page, problems } = await openPage(browser, baseUrl + '?synthetic=500#from=12000&to=12400&lanes=participant&hideKinds=meeting&sel=v7');
  await waitFrames(page, 8);
  const s = await appState(page);
  assert.equal(s.firstDay, 12000);
  assert.equal(s.lastDay, 12400);
  assert.equal(s.laneMode, 'participant');
  assert.equal(s.selectedEvent, 'v7');
  assert.ok(s.hiddenEvents > 30, 'meetings are hidden');
  // Zoom: the hash follows (replacing the entry).
  await page.mouse.move(800, 250);
  await page.mouse.wheel(0, -200);
  await waitFor(page, (t) => t.lastDay - t.firstDay < 390, 'zoom');
  await page.waitForFunction(() => !location.hash.includes('to=12400'), null, { timeout: 5000 });
  // A selection change is a new history entry: Back returns to v7.
  await page.keyboard.press('Escape');
  await waitFor(page, (t) => t.selectedEvent === '', 'Esc');
  await page.waitForFunction(() => !location.hash.includes('sel='), null, { timeout: 5000 });
  await page.goBack();
  await waitFor(page, (t) => t.selectedEvent === 'v7', 'Back to restore the selection');
  await page.goForward();
  await waitFor(page, (t) => t.selectedEvent === '', 'Forward to clear it again');
  // The hash alone reopens the same view in a fresh page.
  const hash = await page.evaluate(() => location.hash);
  const again = await openPage(browser, baseUrl + '?synthetic=500' + hash);
  await waitFrames(again.page, 8);
  const t = await appState(again.page);
  const now = await appState(page);
  assert.ok(Math.abs(t.firstDay - now.firstDay) < 0.01 && Math.abs(t.lastDay - now.lastDay) < 0.01);
  assert.equal(t.laneMode, 'participant');
  assert.deepEqual(problems, []);
  assert.deepEqual(again.problems, []);
  await again.page.close();
  await page.close();
});

test('embed mode shows only the timeline with a small header', async () => {
  const { page, problems } = await openPage(browser, baseUrl + '?embed=1', { width: 900, height: 420 });
  await waitFrames(page, 8);
  const s = await appState(page);
  assert.equal(s.embed, true);
  assert.equal(s.drawnArticleTitles.length, 0, 'no article list');
  assert.ok(s.drawnTimelineItems > 0);
  assert.ok(s.canvas[3] > 300, 'the timeline takes the frame');
  await page.screenshot({ path: docs('embed.png') });
  assert.deepEqual(problems, []);
  await page.close();
});

test('exports: dateline JSON, TimelineJS JSON, CSV, PNG and an offline page that opens from file://', async () => {
  const { page, problems } = await openPage(browser, baseUrl);
  await waitFrames(page, 8);
  const s = await appState(page);
  const bundle = JSON.parse((await exportFile(page, 0)).bytes.toString('utf8'));
  assert.equal(bundle.schema, 'dateline/1');
  assert.equal(bundle.articles.length, 5);
  const tjs = JSON.parse((await exportFile(page, 1)).bytes.toString('utf8'));
  assert.ok(Array.isArray(tjs.events));
  for (const e of tjs.events) assert.ok(Number.isInteger(e.start_date.year) && e.text.headline);
  const csv = (await exportFile(page, 2)).bytes.toString('utf8');
  const rows = csv.trim().split('\r\n');
  assert.ok(rows[0].startsWith('id,kind,label,date'));
  assert.equal(rows.length, s.shownEvents + 1);
  const png = (await exportFile(page, 3)).bytes;
  const image = decodePng(png);
  assert.ok(image.width > 300 && image.height > 100);
  assert.ok(distinctColours(image) > 5, 'the PNG holds the drawn timeline');
  const offline = await exportFile(page, 4);
  assert.match(offline.name, /\.html$/);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-')), 'offline.html');
  fs.writeFileSync(file, offline.bytes);
  assert.ok(offline.bytes.includes('id="dateline-bundle"'));
  const opened = await openPage(browser, 'file://' + file);
  await waitFrames(opened.page, 8);
  const o = await appState(opened.page);
  assert.equal(o.articles, 5);
  assert.equal(o.events, s.events);
  assert.deepEqual(opened.problems, []);
  await opened.page.close();
  assert.deepEqual(problems, []);
  await page.close();
});

test('high-DPI screens get a sharp backing store and the canvas follows resizes', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await waitFrames(page, 8);
  const s = await appState(page);
  assert.equal(s.uiScale, 2);
  const size = await page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').clientWidth]);
  assert.equal(size[0], 2000);
  assert.equal(size[1], 1000);
  await page.screenshot({ path: docs('hidpi.png') });
  await page.setViewportSize({ width: 1400, height: 800 });
  await waitFor(page, (t) => t.canvas[2] > s.canvas[2] + 300, 'the canvas to follow the resize');
  await context.close();
});

test('?src= loads a same-site bundle, and a missing one shows a clear error beside the bundled articles', async () => {
  const bundlePath = path.join(dist, 'e2e-src-bundle.json');
  const { page: first } = await openPage(browser, baseUrl + '?synthetic=50');
  await waitFrames(first, 5);
  fs.writeFileSync(bundlePath, (await exportFile(first, 0)).bytes);
  await first.close();
  try {
    const { page, problems } = await openPage(browser, baseUrl + '?src=e2e-src-bundle.json');
    await waitFrames(page, 3);
    await waitFor(page, (s) => s.articles === 24 && s.drawnArticleTitles.includes('Synthetic report 1'), 'the bundle from ?src=');
    assert.deepEqual(problems, []);
    await page.close();
    const missing = await openPage(browser, baseUrl + '?src=no-such-bundle.json');
    await waitFrames(missing.page, 3);
    const m = await waitFor(missing.page, (s) => s.statusMessages.length > 0, 'an error for the missing bundle');
    assert.ok(m.statusMessages[0].includes('no-such-bundle.json'));
    assert.equal(m.articles, 5, 'the bundled articles are still shown');
    await missing.page.close();
    const foreign = await openPage(browser, baseUrl + '?src=https://example.com/x.json');
    await waitFrames(foreign.page, 3);
    const f = await waitFor(foreign.page, (s) => s.statusMessages.length > 0, 'a refusal of a foreign bundle');
    assert.ok(f.statusMessages[0].includes('only bundles from this site'));
    await foreign.page.close();
  } finally {
    fs.rmSync(bundlePath, { force: true });
  }
});

test('light theme from the link', async () => {
  const { page, problems } = await openPage(browser, baseUrl + '#theme=light');
  await waitFrames(page, 8);
  const s = await appState(page);
  assert.equal(s.dark, false);
  const shot = decodePng(await page.screenshot({ path: docs('light.png') }));
  // Sample the middle of the canvas background: light.
  const x = Math.round((s.canvas[0] + s.canvas[2] - 20) / s.uiScale), y = Math.round((s.canvas[1] + s.canvas[3] - 10) / s.uiScale);
  const i = (y * shot.width + x) * shot.bpp;
  assert.ok(shot.pixels[i] > 200 && shot.pixels[i + 1] > 200, `light background, got ${shot.pixels[i]}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('script-tag embed: two <div data-dateline-src> on one page become independent timelines', async () => {
  const bundlePath = path.join(dist, 'e2e-embed-bundle.json');
  const hostPath = path.join(dist, 'e2e-embed-host.html');
  const { page: first } = await openPage(browser, baseUrl + '?synthetic=80');
  await waitFrames(first, 5);
  fs.writeFileSync(bundlePath, (await exportFile(first, 0)).bytes);
  await first.close();
  fs.writeFileSync(hostPath, '<!doctype html><link rel="icon" href="data:,"><title>host</title><p>Two embeds</p>' +
    '<div data-dateline-src="e2e-embed-bundle.json" data-dateline-view="lanes=source" data-dateline-height="300px"></div>' +
    '<div data-dateline-src="e2e-embed-bundle.json" data-dateline-height="300px"></div>' +
    '<script src="embed.js"></script>');
  try {
    const { page, problems } = await openPage(browser, baseUrl + 'e2e-embed-host.html', { width: 1000, height: 800 });
    await page.waitForFunction(() => document.querySelectorAll('iframe').length === 2);
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    assert.equal(frames.length, 2);
    const states = [];
    for (const f of frames) {
      await f.waitForFunction(() => window.Dateline && window.datelineFrames > 5 &&
                                    window.Dateline.datelineState().articles === 24, null, { timeout: 30000 });
      states.push(await f.evaluate(() => window.Dateline.datelineState()));
    }
    assert.ok(states.every((s) => s.embed));
    assert.deepEqual(states.map((s) => s.laneMode).sort(), ['kind', 'source']);
    await page.screenshot({ path: docs('embed-script-tag.png') });
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    fs.rmSync(bundlePath, { force: true });
    fs.rmSync(hostPath, { force: true });
  }
});
