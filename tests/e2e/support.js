// Shared browser-test plumbing: a static server for dist/, headless Debian Chromium via
// playwright-core, waiting for rendered frames, and a tiny PNG reader for pixel checks.
'use strict';
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { chromium } = require('playwright-core');

const root = path.resolve(__dirname, '..', '..');
const dist = path.join(root, 'dist');

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
                '.json': 'application/json', '.css': 'text/css', '.png': 'image/png', '.txt': 'text/plain' };

// Serves dist/ (or another folder) on 127.0.0.1 (random port). extraHeaders are added to
// every response.
function serveDist(extraHeaders = {}, dir = dist) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) { res.writeHead(403); res.end(); return; }
    if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
    fs.readFile(file, (err, data) => {
      if (err) { res.writeHead(404); res.end('not found'); return; }
      res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', ...extraHeaders });
      res.end(data);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    resolve({ server, url: `http://127.0.0.1:${server.address().port}/` });
  }));
}

async function launch() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
           '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
           '--disable-sync'], // playwright gives each launch a fresh profile folder
  });
  return browser;
}

// Opens a page that records console errors and uncaught exceptions.
async function openPage(browser, url, viewport = { width: 1280, height: 800 }) {
  const page = await browser.newPage({ viewport });
  const problems = [];
  page.on('console', (msg) => {
    // ImGui 1.90.1's wheel handler logs this harmless notice in Chromium (TOOLCHAIN.md).
    if (msg.type() === 'error' && !/preventDefault inside passive event listener/.test(msg.text()))
      problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  await page.goto(url);
  return { page, problems };
}

// Waits until the app has rendered at least `count` more frames than now.
async function waitFrames(page, count = 5, timeout = 30000) {
  const start = await page.evaluate(() => window.datelineFrames || 0);
  await page.waitForFunction((n) => (window.datelineFrames || 0) >= n, start + count, { timeout, polling: 50 });
}

async function appState(page) {
  return page.evaluate(() => window.Dateline.datelineState());
}

// Decodes an 8-bit RGB/RGBA non-interlaced PNG (what Chromium's screenshots are).
function decodePng(buf) {
  let pos = 8, width = 0, height = 0, colourType = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('ascii', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') { width = data.readUInt32BE(0); height = data.readUInt32BE(4); colourType = data[9]; }
    if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const bpp = colourType === 6 ? 4 : 3;
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const cur = raw[y * (stride + 1) + 1 + x];
      const a = x >= bpp ? out[y * stride + x - bpp] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp] : 0;
      let v = cur;
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) { const p = a + b - c; const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c; }
      out[y * stride + x] = v & 255;
    }
  }
  return { width, height, bpp, pixels: out };
}

// Number of distinct colours in a screenshot: a blank canvas has one or two.
function distinctColours(png) {
  const seen = new Set();
  for (let i = 0; i < png.pixels.length; i += png.bpp * 7)
    seen.add((png.pixels[i] << 16) | (png.pixels[i + 1] << 8) | png.pixels[i + 2]);
  return seen.size;
}

// Polls the app's drawn state until `predicate` holds (fails with the last state after `timeout`).
async function waitFor(page, predicate, what, timeout = 20000) {
  const start = Date.now();
  for (;;) {
    const state = await appState(page);
    if (predicate(state)) return state;
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(state).slice(0, 400)}`);
    await waitFrames(page, 2);
  }
}

// One test file's server and browser: dist/ served and Chromium launched before its tests,
// both closed after them. set receives { server, baseUrl, browser } once they are up.
function serveAndLaunchForFile(set) {
  const { before, after } = require('node:test');
  let state = {};
  before(async () => {
    if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error('dist/ is missing: run ./build-wasm.sh first');
    const { server, url } = await serveDist();
    state = { server, baseUrl: url, browser: await launch() };
    set(state);
  });
  after(async () => {
    await state.browser?.close();
    state.server?.close();
  });
}

module.exports = { root, dist, serveDist, launch, serveAndLaunchForFile, openPage, waitFrames, waitFor, appState, decodePng,
                   distinctColours };
