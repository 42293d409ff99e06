// Page benchmarks (prints figures; asserts nothing): first frame with the bundled articles,
// frame work time with 100,000 synthetic events while zooming and panning, gzipped transfer
// size of the hosted build excluding fonts, and memory with many articles.
// Run after ./build-wasm.sh:  NODE_PATH=tests/e2e/node_modules node bench/page_bench.js [articles]
// [--first-frame] (only the first figure); DATELINE_DIST=folder measures another build's dist/.
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

// CPU time (thread time, which other processes' load changes far less than wall time) of one
// more page load, from a Chrome trace: the page's main thread from navigation start to the end
// of the first frame, the part of it V8 spent compiling WebAssembly functions on their first
// call (Liftoff), and V8's optimising recompilation of hot functions (TurboFan tier-up) on the
// page's background threads, which competes with the main thread for the same cores.
async function printStartCpu(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing', 'toplevel', 'v8.wasm',
                                                  'disabled-by-default-v8.wasm.detailed'] });
  await page.goto(url);
  await page.waitForFunction(() => window.datelineReadyMs > 0 && window.datelineFrames >= 1, null, { timeout: 30000 });
  const t = await page.evaluate(() => ({ first: Math.max(window.datelineFirstFrameMs, window.datelineReadyMs), main: window.datelineMainMs }));
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await page.close();
  const nav = events.filter((e) => e.name === 'navigationStart' && /^http/.test((e.args.data || {}).documentLoaderURL || '')).pop();
  if (!nav) { console.log('  (no navigation in the trace: CPU figures skipped)'); return; }
  const start = nav.ts, main = start + t.main * 1000, end = start + t.first * 1000;
  const ours = (e) => e.pid === nav.pid && e.ph === 'X' && e.ts >= start && e.ts < end;
  const onMain = events.filter((e) => ours(e) && e.tid === nav.tid).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let cpu = 0, cpuBeforeMain = 0, covered = -1;
  for (const e of onMain) { // top-level events only: nested ones are inside their parent's time
    if (e.ts < covered) continue;
    covered = e.ts + e.dur;
    cpu += e.tdur || 0;
    if (e.ts < main && covered <= main) cpuBeforeMain += e.tdur || 0;
  }
  const sum = (list) => list.reduce((n, e) => n + (e.tdur || 0), 0) / 1000;
  const lazy = onMain.filter((e) => e.name === 'wasm.CompileLazy');
  const liftoffBytes = onMain.filter((e) => e.name === 'wasm.CompileBaseline').reduce((n, e) => n + (e.args.bodySize || 0), 0);
  const tierUp = events.filter((e) => ours(e) && e.tid !== nav.tid && e.name === 'wasm.TopTierCompilation');
  console.log(`  CPU of one traced load up to its first frame (${t.first.toFixed(0)} ms): main thread ${(cpu / 1000).toFixed(0)} ms ` +
              `(${(cpuBeforeMain / 1000).toFixed(0)} ms in tasks that ended before main()); compiling ${lazy.length} wasm functions ` +
              `on first call ${sum(lazy).toFixed(0)} ms (${(liftoffBytes / 1024).toFixed(0)} KB of code); TurboFan tier-up on ` +
              `background threads ${sum(tierUp).toFixed(0)} ms`);
}

(async () => {
  const args = process.argv.slice(2);
  const firstFrameOnly = args.includes('--first-frame');
  const articleCount = Number(args.find((a) => /^\d+$/.test(a)) || 2000);
  const { server, url } = await serveDist({}, process.env.DATELINE_DIST ? path.resolve(process.env.DATELINE_DIST) : dist);
  const browser = await launch();

  // 1. First frame with the bundled articles (navigation start -> the end of the first frame
  // that draws them; they are small, so they are analysed before the first frame): median and
  // best of 9 fresh pages, after one page that is not counted (a new browser does its own
  // start-up work, such as preloading its WebUI, while the first page loads).
  // The wasm's arrival, main()'s start and the load event are printed too: what comes before
  // main() is network and compilation, not Dateline's code.
  const shown = [], wasms = [], mains = [], loads = [];
  for (let i = -1; i < 9; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForFunction(() => window.datelineReadyMs > 0 && window.datelineFrames >= 1, null, { timeout: 30000 });
    const t = await page.evaluate(() => ({
      first: window.datelineFirstFrameMs, ready: window.datelineReadyMs, main: window.datelineMainMs || 0,
      wasm: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).map((e) => e.responseEnd)[0] || 0,
      load: performance.getEntriesByType('navigation')[0].loadEventStart }));
    await page.close();
    if (i < 0) continue;
    // The first frame that shows the articles: the first frame when they were read before it.
    shown.push(Math.max(t.first, t.ready));
    wasms.push(t.wasm);
    mains.push(t.main);
    loads.push(t.load);
  }
  const runs = (v) => v.map((x) => x.toFixed(0)).join(', ');
  console.log(`first frame with the bundled articles: median ${percentile(shown, 0.5).toFixed(0)} ms, best ${Math.min(...shown).toFixed(0)} ms after navigation start (runs: ${runs(shown)})`);
  console.log(`  wasm received at ${runs(wasms)} ms; main() entered at ${runs(mains)} ms; load event at ${runs(loads)} ms`);
  await printStartCpu(browser, url);
  if (firstFrameOnly) {
    await browser.close();
    server.close();
    return;
  }

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
