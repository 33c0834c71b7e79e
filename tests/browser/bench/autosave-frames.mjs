// Browser benchmark (not a test): how long one autosave of a large document blocks a frame
// (issue 10). Opens a document through File > Open… in the built app (served dist/web, headless
// Chromium), makes an edit (Segments > Add segment) `--edits` times, waiting for each autosave,
// and records every frame's work time (window.scorecardApp.lastFrameWorkMs: the frame including
// the autosave write: sc::saveDocument, the record's JSON, handing the string to JavaScript and
// the IndexedDB put call) and the time durable.set() itself took (the put and the memory copy).
// usage: node tests/browser/bench/autosave-frames.mjs --open-file PATH [--edits 3] [--json]
//   make a large document with: scorecard_bench --write-document=100000:/tmp/deals-100k.scorecard.json
import fs from 'node:fs';
import path from 'node:path';
import { openApp } from '../lib/app.mjs';

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}
const file = option('open-file', null);
const edits = Number(option('edits', 3));
if (!file) {
  console.error('usage: node tests/browser/bench/autosave-frames.mjs --open-file PATH [--edits 3] [--json]');
  process.exit(2);
}
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

const app = await openApp({ via: 'http' });
try {
  const chooser = app.page.waitForEvent('filechooser', { timeout: 10000 });
  await app.clickItem('File', { exact: true, window: '##MainMenuBar' });
  await app.clickItem('Open…', { exact: true, window: '##Menu_' });
  await (await chooser).setFiles(file);
  await app.waitForItem(path.basename(file), { exact: true, window: '##MainMenuBar', timeout: 120000 });
  await app.clickItem('Segments', { exact: true, window: 'Navigation' });
  await app.page.evaluate(() => {
    const a = window.scorecardApp;
    const frames = [];
    const sets = [];
    let work = a.lastFrameWorkMs;
    Object.defineProperty(a, 'lastFrameWorkMs', { get: () => work, set: (v) => { work = v; frames.push([a.frames, v]); } });
    const set = a.durable.set;
    a.durable.set = function (key, value) {
      const t0 = performance.now();
      const ok = set.call(this, key, value);
      sets.push({ frame: a.frames + 1, ms: performance.now() - t0, chars: value.length });
      return ok;
    };
    a.bench = { frames, sets };
  });
  for (let i = 0; i < edits; ++i) {
    const before = await app.page.evaluate(() => window.scorecardApp.bench.sets.length);
    await app.clickItem('Add segment', { exact: true, window: 'Main' });
    await app.page.waitForFunction((n) => window.scorecardApp.bench.sets.length > n, before, { timeout: 60000 });
    await app.page.evaluate(() => window.scorecardApp.durable.written());
    await new Promise((r) => setTimeout(r, 1500));
  }
  const { frames, sets } = await app.page.evaluate(() => window.scorecardApp.bench);
  const autosaveFrames = new Set(sets.map((s) => s.frame));
  const writeFrames = frames.filter(([n]) => autosaveFrames.has(n)).map(([, ms]) => ms);
  const otherFrames = frames.filter(([n]) => !autosaveFrames.has(n)).map(([, ms]) => ms);
  const result = {
    file: path.basename(file), bytes: fs.statSync(file).size, edits,
    autosaveFrameMs: writeFrames.map((v) => Math.round(v)),
    durableSetMs: sets.map((s) => Math.round(s.ms)),
    recordChars: sets.map((s) => s.chars),
    otherFramesMedianMs: Math.round(median(otherFrames) * 10) / 10,
    otherFramesMaxMs: Math.round(Math.max(...otherFrames)),
  };
  console.log(process.argv.includes('--json') ? JSON.stringify(result) : result);
} finally {
  await app.close();
}
