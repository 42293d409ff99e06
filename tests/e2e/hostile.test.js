// Hostile input and data safety in the page: bad files are named and the rest loads (odd dates
// and 10,000 dates in one sentence included), the
// per-file limit is the core's, ?src= from another origin only when the page's author allows
// it, and a full storage quota keeps what fits and says what it could not keep.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { dist, serveDist, serveAndLaunchForFile, openPage, waitFrames, waitFor, appState, decodePng, distinctColours } = require('./support');

let server, baseUrl, browser;
serveAndLaunchForFile((s) => ({ server, baseUrl, browser } = s));

const goodArticle = 'Harbour authority opens new ferry terminal in Northport\n\nBy Staff Reporter\n\nMarch 3, 2025\n\n' +
  'NORTHPORT - The harbour authority opened a new ferry terminal on Monday, officials said. ' +
  'Mayor Ana Lund met transport minister Boris Kova at the ceremony on March 3, 2025.\n';

// Drops files built in the page (big ones are made there, not sent from node).
async function dropHostileFiles(page, small) {
  await page.evaluate((small) => {
    const dt = new DataTransfer();
    const add = (bytes, name, type) => dt.items.add(new File([bytes], name, { type }));
    for (const f of small) add(new Uint8Array(f.bytes), f.name, 'application/octet-stream');
    // A single 10 MB line, HTML nested 100,000 deep, and a file over the per-file limit.
    add('Council notes\n\n' + 'The council met on Monday and agreed on the budget. '.repeat(200000), 'long-line.txt', 'text/plain');
    add('<html><body>' + '<div>'.repeat(100000) + '<p>The council met on Monday, officials said.</p></body></html>', 'deep.html', 'text/html');
    add(new Uint8Array(20 * 1024 * 1024).fill(65), 'huge.txt', 'text/plain');
    // Odd dates and 10,000 time expressions in one sentence.
    add('Odd dates\n\nRecord 2882015 was filed on 19-Nov-12, in year 0 and in 500 BC, on February 30, 2023.\n', 'odd-dates.txt', 'text/plain');
    add('Many dates\n\nThe council met on ' + Array.from({ length: 10000 }, (_, i) => `${1 + (i % 28)} May ${1990 + (i % 30)}`).join(', ') + '.\n', 'many-dates.txt', 'text/plain');
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, small);
}

const bytesOf = (s) => [...Buffer.from(s, 'utf8')];

test('hostile files are each named with their problem; everything else loads and the page stays drawn', async () => {
  const { page, problems } = await openPage(browser, baseUrl);
  await waitFrames(page, 8);
  assert.equal((await appState(page)).articles, 5);
  const invalidUtf8 = Buffer.concat([Buffer.from('Ferry fares rise\n\nThe ferry company raised fares on Monday, '),
    Buffer.from([0xff, 0xfe, 0xc0, 0xaf, 0xed, 0xa0, 0x80]), Buffer.from(' the mayor said on March 3, 2025.\n')]);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Port strike ends\n\nDock workers ended their strike on Tuesday, the union said on March 4, 2025.\n', 'utf16le')]);
  await dropHostileFiles(page, [
    { name: 'good.txt', bytes: bytesOf(goodArticle) },
    { name: 'empty.txt', bytes: [] },
    { name: 'binary.txt', bytes: [...Array(4096).keys()].map((i) => (i * 7) % 256) },
    { name: 'invalid-utf8.txt', bytes: [...invalidUtf8] },
    { name: 'utf16.txt', bytes: [...utf16] },
    { name: 'not-json.json', bytes: bytesOf('{"schema": "dateline/1", "articles": [') },
    { name: 'wrong-types.json', bytes: bytesOf('{"schema":"dateline/1","articles":[{"id":5,"text":["x"]}],"events":"none"}') },
    { name: 'duplicate-ids.json', bytes: bytesOf('{"schema":"dateline/1","articles":[{"id":"a0","title":"One","text":"The council met on Monday."},{"id":"a0","title":"Two","text":"The mayor spoke on Tuesday."}]}') },
    { name: 'huge-numbers.json', bytes: bytesOf('{"schema":"dateline/1","articles":[{"id":"a0","title":"Big","text":"The council met.","sentences":[{"start":1e308,"end":99999999999999999999}]}]}') },
  ]);
  const s = await waitFor(page, (st) => st.statusMessages.some((m) => m.startsWith('huge.txt')) && st.articles > 5, 'the hostile files', 120000);
  const said = (file, words) => s.statusMessages.some((m) => m.startsWith(file) && m.toLowerCase().includes(words));
  assert.ok(said('empty.txt', 'empty file'), s.statusMessages.join('\n'));
  assert.ok(said('binary.txt', 'binary'), s.statusMessages.join('\n'));
  assert.ok(said('huge.txt', 'file too large: 20 mb, the limit is 16 mb'), s.statusMessages.join('\n'));
  assert.ok(said('long-line.txt', 'only the first'), s.statusMessages.join('\n'));
  assert.ok(said('invalid-utf8.txt', 'utf-8'), s.statusMessages.join('\n'));
  for (const bad of ['not-json.json', 'wrong-types.json']) assert.ok(said(bad, ''), `${bad} is named: ${s.statusMessages.join('\n')}`);
  assert.ok(said('duplicate-ids.json', 'duplicate'), s.statusMessages.join('\n'));
  // The five bundled articles, the good one and every readable file are there.
  const titles = s.drawnArticleTitles;
  assert.ok(titles.includes('Harbour authority opens new ferry terminal in Northport'), titles.join(' | '));
  for (const t of ['Ferry fares rise', 'Port strike ends']) assert.ok(titles.includes(t), `${t}: ${titles.join(' | ')}`);
  // Files whose text has no headline are listed by name.
  for (const [t, file] of [['Odd dates', 'odd-dates.txt'], ['Many dates', 'many-dates.txt']])
    assert.ok(titles.includes(t) || titles.includes(file), `${file}: ${titles.join(' | ')}`);
  assert.ok(titles.includes('Council notes') || titles.includes('long-line.txt'), titles.join(' | ')); // cut to the work budget
  assert.ok(s.articles >= 5 + 7, `articles: ${s.articles}`);
  assert.ok(distinctColours(decodePng(await page.screenshot())) > 20, 'the page is still drawn');
  assert.deepEqual(problems, []);
  await page.close();
});

test('?src= from another origin loads only when the page author lists that origin', async () => {
  // A second origin (another port) serves a bundle with CORS; a copy of the page lists it.
  const bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-origin-'));
  const pageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-page-'));
  const bundle = { schema: 'dateline/1', articles: [{ id: 'a0', file: 'x.txt', title: 'Bundle from elsewhere', text: goodArticle }] };
  fs.writeFileSync(path.join(bundleDir, 'b.json'), JSON.stringify(bundle));
  const other = await serveDist({ 'Access-Control-Allow-Origin': '*' }, bundleDir);
  const otherOrigin = new URL(other.url).origin; // another port: another origin
  for (const f of fs.readdirSync(dist)) fs.copyFileSync(path.join(dist, f), path.join(pageDir, f));
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8')
    .replace('<head>', `<head>\n<meta name="dateline-allowed-origins" content="${otherOrigin}">`);
  fs.writeFileSync(path.join(pageDir, 'index.html'), html);
  const allowing = await serveDist({}, pageDir);
  try {
    const src = encodeURIComponent(otherOrigin + '/b.json');
    // The plain page refuses it and says so; the bundled articles stay.
    const refused = await openPage(browser, baseUrl + '?src=' + src);
    await waitFrames(refused.page, 3);
    const r = await waitFor(refused.page, (s) => s.statusMessages.length > 0, 'a refusal');
    assert.ok(r.statusMessages[0].includes('only bundles from this site') && r.statusMessages[0].includes(otherOrigin), r.statusMessages[0]);
    assert.equal(r.articles, 5);
    await refused.page.close();
    // The page whose author lists the origin loads it.
    const allowed = await openPage(browser, allowing.url + '?src=' + src);
    await waitFrames(allowed.page, 3);
    const a = await waitFor(allowed.page, (s) => s.drawnArticleTitles.includes('Bundle from elsewhere'), 'the allowed bundle', 30000);
    assert.equal(a.statusMessages.length, 0, a.statusMessages.join('\n'));
    assert.deepEqual(allowed.problems, []);
    await allowed.page.close();
  } finally {
    other.server.close();
    allowing.server.close();
    fs.rmSync(bundleDir, { recursive: true, force: true });
    fs.rmSync(pageDir, { recursive: true, force: true });
  }
});

test('a full storage quota: the files that fit are kept, the others are named and still shown', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Storage refuses anything over 2 KB, as a full quota would.
  await context.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value, key) {
      if (value && value.bytes && value.bytes.length > 2048) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.call(this, value, key);
    };
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(err.message));
  await page.goto(baseUrl);
  await waitFrames(page, 8);
  const big = 'Port expansion approved\n\n' + 'The port board approved the expansion on Monday, officials said. '.repeat(60) + '\n';
  await page.evaluate(({ small, big }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([small], 'small.txt', { type: 'text/plain' }));
    dt.items.add(new File([big], 'big.txt', { type: 'text/plain' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, { small: goodArticle, big });
  const s = await waitFor(page, (st) => st.articles === 7 && st.statusMessages.length > 0, 'both files shown', 60000);
  const note = s.statusMessages.find((m) => m.includes('could not be kept'));
  assert.ok(note && note.includes('big.txt') && !note.includes('small.txt') && note.includes('storage for this page is full'), s.statusMessages.join('\n'));
  await page.reload();
  await waitFrames(page, 8);
  // Titles are what the last frame drew: wait for a frame after the restore, not only the data.
  const small = 'Harbour authority opens new ferry terminal in Northport';
  const after = await waitFor(page, (st) => st.articles === 6 && st.drawnArticleTitles.includes(small),
                              'the small file after a reload', 60000);
  assert.equal(after.userFiles, 1);
  assert.deepEqual(problems, []);
  await context.close();
});
