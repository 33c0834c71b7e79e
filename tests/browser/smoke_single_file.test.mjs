// Smoke tests of the offline single file (dist/alignment-scorecard.html) opened from file://,
// the way a mailed copy opens on a locked-down laptop with no server and no network.
// The file is written by scripts/single-file.mjs from the hosted build's own scorecard.js and
// scorecard.wasm (the wasm gzipped, base64, in #scorecard-wasm); the page unpacks it itself.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { withApp, sample, singleFile, distWeb } from './lib/app.mjs';

const doc = sample();
const packedWasm = /(<script type="application\/octet-stream" id="scorecard-wasm">)([A-Za-z0-9+/=]*)(<\/script>)/;

// A copy of the single file, changed by `edit(html)`, in a fresh temporary folder.
function changedCopy(t, edit) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-single-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'alignment-scorecard.html');
  const html = fs.readFileSync(singleFile, 'utf8');
  const changed = edit(html);
  assert.ok(changed !== html, 'the edit changed the page');
  fs.writeFileSync(file, changed);
  return file;
}

test('single file renders the start sample from file://', (t) => withApp(t, { via: 'file' }, async (app) => {
  assert.equal(app.origin, 'file:');
  assert.ok(await app.frames() > 0, 'no frame rendered');
  await app.waitForItem(doc.info.title, { exact: true, window: 'Main' });  // the Dashboard's heading
}));

test('single file logs no console error and requests nothing outside file:',
  (t) => withApp(t, { via: 'file' }, async (app) => {
    await app.nextFrames(30);
    assert.deepEqual(app.consoleErrors, []);
    assert.deepEqual(app.foreignRequests, []);
  }));

test('the wasm inside the single file is the hosted build\'s scorecard.wasm, gzipped', () => {
  const html = fs.readFileSync(singleFile, 'utf8');
  const m = html.match(packedWasm);
  assert.ok(m, 'the single file has a #scorecard-wasm element of base64');
  const wasm = zlib.gunzipSync(Buffer.from(m[2], 'base64'));
  const hosted = fs.readFileSync(path.join(distWeb, 'scorecard.wasm'));
  assert.equal(wasm.length, hosted.length, 'same size as dist/web/scorecard.wasm');
  assert.ok(wasm.equals(hosted), 'byte-identical to dist/web/scorecard.wasm');
  // One copy only: no second wasm as a base64 data: URL (emscripten's SINGLE_FILE).
  assert.doesNotMatch(html, /data:application\/octet-stream;base64,[A-Za-z0-9+/]{64}/);
  assert.doesNotMatch(html, /<script[^>]*\ssrc=/, 'no script loaded from a file');
});

test('from file:// the single file requests nothing but itself and keeps drawing frames',
  (t) => withApp(t, { via: 'file' }, async (app) => {
    const before = await app.frames();
    await app.nextFrames(10);
    assert.ok(await app.frames() >= before + 10, 'frames go on');
    // Every request the page made (the router sees file: ones too): only the page itself.
    const own = pathToFileURL(singleFile).href;
    assert.deepEqual(app.requests.filter((u) => !u.startsWith('data:')), [own], app.requests.join('\n'));
    const loaded = await app.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    assert.deepEqual(loaded.filter((u) => !u.startsWith('data:')), [], 'no resource fetched by the page');
    assert.deepEqual(app.consoleErrors, []);
  }));

// A broken embedded wasm must not leave a blank canvas: the abort screen says the app could not
// start. Two ways: the gzip stream is cut short, and the bytes are not WebAssembly at all.
const broken = {
  'a cut-short gzip stream': (b64) => b64.slice(0, 4 * Math.floor(b64.length / 8)),
  'gzipped bytes that are not wasm': () => zlib.gzipSync(Buffer.from('not WebAssembly')).toString('base64'),
};
for (const [what, breakIt] of Object.entries(broken)) {
  test(`a single file with ${what} shows why it cannot start`, (t) => {
    const file = changedCopy(t, (html) => html.replace(packedWasm, (all, open, b64, close) => open + breakIt(b64) + close));
    return withApp(t, { via: 'file', file, waitForFrame: false }, async (app) => {
      await app.page.waitForSelector('#abort-screen', { state: 'visible', timeout: 20000 });
      assert.match(await app.page.locator('#abort-screen').innerText(), /The app stopped and cannot go on/);
      assert.match(await app.page.locator('#abort-screen code').textContent(), /Could not unpack the app \(.+\)/);
      assert.equal(await app.frames(), 0, 'no frame was drawn');
    });
  });
}

test('without DecompressionStream the single file names what is missing', (t) => {
  // The browser's DecompressionStream removed before any of the page's scripts runs.
  const file = changedCopy(t, (html) => html.replace('<body>', '<body>\n<script>delete window.DecompressionStream;</script>'));
  return withApp(t, { via: 'file', file, waitForFrame: false }, async (app) => {
    const box = app.page.locator('#no-webgl');
    await box.waitFor({ state: 'visible', timeout: 10000 });
    const text = await box.innerText();
    assert.match(text, /needs a newer browser/);
    assert.match(text, /DecompressionStream/);
    assert.ok(await app.page.locator('#canvas').isHidden(), 'the canvas is hidden');
    // On screen, not below a full-height canvas: the middle of the message is the message.
    assert.ok(await box.evaluate((e) => {
      const r = e.getBoundingClientRect();
      return r.bottom <= innerHeight && e.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
    }), 'the message is in view');
    assert.equal(await app.frames(), 0, 'the app did not start');
  });
});
