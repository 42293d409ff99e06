// Page benchmarks (prints figures; asserts nothing): first frame with the bundled articles,
// frame work time with 100,000 synthetic events while zooming and panning, gzipped transfer
// size of the hosted build excluding fonts, and memory with many articles.
// Run after ./build-wasm.sh:  NODE_PATH=tests/e2e/node_modules node bench/page_bench.js [articles]
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { root, dist, serveDist, launch, waitFrames, appState } = require('../tests/e2e/support');

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
}
const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

(async () => {
  const articleCount = Number(process.argv[2] || 2000);
  const { server, url } = await serveDist();
  const browser = await launch();

  // 1. First frame with the bundled articles (navigation start -> the end of the first frame
  // that draws them; they are small, so they are analysed before the first frame), best of 5.
  // The wasm's arrival, main()'s start and the load event are printed too: what comes before
  // main() is network and compilation, not Dateline's code.
  const shown = [], wasms = [], mains = [], loads = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForFunction(() => window.datelineReadyMs > 0 && window.datelineFrames >= 1, null, { timeout: 30000 });
    const t = await page.evaluate(() => ({
      first: window.datelineFirstFrameMs, ready: window.datelineReadyMs, main: window.datelineMainMs || 0,
      wasm: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).map((e) => e.responseEnd)[0] || 0,
      load: performance.getEntriesByType('navigation')[0].loadEventStart }));
    // The first frame that shows the articles: the first frame when they were read before it.
    shown.push(Math.max(t.first, t.ready));
    wasms.push(t.wasm);
    mains.push(t.main);
    loads.push(t.load);
    await page.close();
  }
  const runs = (v) => v.map((x) => x.toFixed(0)).join(', ');
  console.log(`first frame with the bundled articles: ${Math.min(...shown).toFixed(0)} ms after navigation start (runs: ${runs(shown)})`);
  console.log(`  wasm received at ${runs(wasms)} ms; main() entered at ${runs(mains)} ms; load event at ${runs(loads)} ms`);

  // 2. 100,000 synthetic events: wheel zoom and drag pan for a few hundred frames.
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await waitFrames(page, 5);
  const t0 = Date.now();
  await page.evaluate(() => window.Dateline.loadSynthetic(100000));
  await waitFrames(page, 2);
  console.log(`loading 100,000 synthetic events (filter + lane index): ${Date.now() - t0} ms`);
  await page.evaluate(() => { window.datelineFrameWorkMs = []; });
  const startFrames = await page.evaluate(() => window.datelineFrames);
  const wallStart = Date.now();
  await page.mouse.move(800, 250);
  for (let round = 0; round < 6; round++) {
    for (let i = 0; i < 10; i++) { await page.mouse.wheel(0, -120); await waitFrames(page, 1); }
    await page.mouse.down();
    for (let i = 0; i < 20; i++) { await page.mouse.move(800 + (round % 2 ? -1 : 1) * i * 15, 250); await waitFrames(page, 1); }
    await page.mouse.up();
    for (let i = 0; i < 10; i++) { await page.mouse.wheel(0, 120); await waitFrames(page, 1); }
  }
  const frames = (await page.evaluate(() => window.datelineFrames)) - startFrames;
  const work = await page.evaluate(() => window.datelineFrameWorkMs.slice());
  const s = await appState(page);
  console.log(`100,000 events, zoom + pan: ${work.length} frames; app work per frame (ImGui + draw list + GL submit) median ${percentile(work, 0.5).toFixed(2)} ms, p99 ${percentile(work, 0.99).toFixed(2)} ms, max ${Math.max(...work).toFixed(2)} ms`);
  console.log(`  wall clock ${((Date.now() - wallStart) / frames).toFixed(1)} ms per frame incl. headless SwiftShader compositing; last frame drew ${s.drawnTimelineItems} items (${s.drawnClusters} clusters)`);
  await page.close();

  // 3. Transfer size of the hosted build, gzipped, without the embedded fonts.
  const files = ['index.html', 'index.js', 'index.wasm', 'boot.js'].map((f) => path.join(dist, f));
  const total = files.reduce((n, f) => n + gz(f), 0);
  const fontDir = path.join(root, 'build-wasm', 'fonts');
  const fonts = fs.existsSync(fontDir) ? fs.readdirSync(fontDir).reduce((n, f) => n + gz(path.join(fontDir, f)), 0) : 0;
  console.log(`hosted build gzipped: ${(total / 1024).toFixed(0)} KB total, fonts ${(fonts / 1024).toFixed(0)} KB, without fonts ${((total - fonts) / 1024).toFixed(0)} KB`);

  // 4. Memory with many articles loaded through the real pipeline (files staged like a drop).
  const mem = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await mem.goto(url);
  await waitFrames(mem, 5);
  const bundled = fs.readdirSync(path.join(root, 'assets', 'articles')).sort().map((f) => fs.readFileSync(path.join(root, 'assets', 'articles', f), 'utf8'));
  const tLoad = Date.now();
  await mem.evaluate(async ({ texts, n }) => {
    const files = [];
    for (let i = 0; i < n; i++) {
      const bytes = new TextEncoder().encode(texts[i % texts.length].replace(/^/, `Copy ${i}\n`));
      files.push({ name: `article-${i}.txt`, data: bytes.buffer, size: bytes.length });
    }
    await window.Dateline.datelineLoadFiles(files, { persist: false, fit: true });
  }, { texts: bundled, n: articleCount });
  await waitFrames(mem, 3, 600000);
  const m = await appState(mem);
  const heap = await mem.evaluate(() => ({ wasm: window.Dateline.HEAPU8.length, js: performance.memory ? performance.memory.usedJSHeapSize : 0 }));
  console.log(`${m.articles} articles (${m.events} events) loaded in ${((Date.now() - tLoad) / 1000).toFixed(1)} s: wasm memory ${(heap.wasm / 1048576).toFixed(1)} MB (its high-water mark; ${(m.heapInUse / 1048576).toFixed(1)} MB in use after the load), JS heap ${(heap.js / 1048576).toFixed(0)} MB`);
  await mem.close();
  await browser.close();
  server.close();
})().catch((err) => { console.error(err); process.exit(1); });
