// Browser benchmark (not a test: node --test does not pick it up, and it asserts nothing).
// Opens the built app N times in a fresh headless Chromium each time, served over http
// (dist/web, the way tests/browser/lib/app.mjs serves it) and from file:// (the single-file
// dist/alignment-scorecard.html), and reports:
//   - first frame: window.scorecardApp.firstFrameMs (performance.now() when frame 1 was drawn,
//     i.e. since navigation start), median and p90 over the runs;
//   - frame rate: frames drawn over 3 s of an idle app (SwiftShader WebGL, so this is the
//     software-rendering rate of this machine, not a GPU's);
//   - opening a sample through the app: File > Open sample > partner-program.scorecard.json,
//     from the release of the last click to the frame that shows the sample's title;
//   - with --open-file PATH, opening that file through File > Open… (the page's file input):
//     from handing the file to the chooser to the frame that shows its title. Make a large one
//     with build/bench/bench/scorecard_bench --write-document=100000:/tmp/deals-100k.scorecard.json
//     (the app opens files up to 64 MB).
// usage: node tests/browser/bench/first-frame.mjs [--runs 10] [--fps-seconds 3] [--open-file PATH] [--json]
// Results go to BENCHMARKS.md with the machine they ran on.
import fs from 'node:fs';
import path from 'node:path';
import { openApp, sample } from '../lib/app.mjs';

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? Number(process.argv[i + 1]) : fallback;
}
const runs = option('runs', 10);
const fpsSeconds = option('fps-seconds', 3);
const asJson = process.argv.includes('--json');
const openFileArg = process.argv.indexOf('--open-file');
const openFilePath = openFileArg >= 0 ? process.argv[openFileArg + 1] : null;

// Nearest-rank percentile of a list of numbers.
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

async function framesPerSecond(app, seconds) {
  const f0 = await app.frames();
  const t0 = await app.page.evaluate(() => performance.now());
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const f1 = await app.frames();
  const t1 = await app.page.evaluate(() => performance.now());
  return ((f1 - f0) * 1000) / (t1 - t0);
}

// Clicks through File > Open sample > the partner-programme sample like a user; the time runs
// from the last mouse release until a frame draws the sample's title (polled every frame).
async function openSampleMs(app) {
  const title = sample('partner-program').info.title;
  await app.clickItem('File', { exact: true, window: '##MainMenuBar' });
  await app.clickItem('Open sample', { exact: true, window: '##Menu_' });
  const item = await app.waitForItem('partner-program.scorecard.json', { exact: true, window: '##Menu_' });
  const at = await app.page.evaluate(() => {
    const r = document.querySelector('#canvas').getBoundingClientRect();
    return { left: r.left, top: r.top };
  });
  await app.page.mouse.move(at.left + item.x + item.w / 2, at.top + item.y + item.h / 2);
  await app.nextFrames(2);
  await app.page.mouse.down();
  await app.nextFrames(2);
  await app.page.evaluate(() => { window.__openStart = performance.now(); });
  await app.page.mouse.up();
  const handle = await app.page.waitForFunction((t) => {
    const shown = window.scorecardApp.items().some((i) => String(i.label).startsWith(t));
    return shown ? performance.now() - window.__openStart : false;
  }, title, { polling: 'raf', timeout: 30000 });
  return handle.jsonValue();
}

// File > Open… with a file from disk; the time runs from giving the chooser the file until a
// frame draws the file's title (the page reads it, the core loads and validates it).
async function openFileMs(app, file) {
  const title = JSON.parse(fs.readFileSync(file, 'utf8')).info.title;
  const buffer = fs.readFileSync(file);
  const chooser = app.page.waitForEvent('filechooser', { timeout: 10000 });
  await app.clickItem('File', { exact: true, window: '##MainMenuBar' });
  await app.clickItem('Open…', { exact: true, window: '##Menu_' });
  const picked = await chooser;
  await app.page.evaluate(() => { window.__openStart = performance.now(); });
  await picked.setFiles({ name: path.basename(file), mimeType: 'application/json', buffer });
  const handle = await app.page.waitForFunction((t) => {
    const shown = window.scorecardApp.items().some((i) => String(i.label).startsWith(t));
    return shown ? performance.now() - window.__openStart : false;
  }, title, { polling: 'raf', timeout: 300000 });
  return handle.jsonValue();
}

async function measure(via) {
  const firstFrame = [], fps = [], open = [], openFile = [];
  for (let i = 0; i < runs; i++) {
    const app = await openApp({ via });
    try {
      firstFrame.push(await app.page.evaluate(() => window.scorecardApp.firstFrameMs));
      // Only the first run measures the frame rate and the open (they do not depend on the start).
      if (i === 0) {
        fps.push(await framesPerSecond(app, fpsSeconds));
        open.push(await openSampleMs(app));
      }
      if (app.consoleErrors.length) throw new Error(`console errors: ${app.consoleErrors.join('; ')}`);
    } finally {
      await app.close();
    }
  }
  // A fresh app of its own: the sample opened above may share the file's title, and a wait
  // for a title already shown would end at once.
  if (openFilePath) {
    const app = await openApp({ via });
    try {
      openFile.push(await openFileMs(app, openFilePath));
      if (app.consoleErrors.length) throw new Error(`console errors: ${app.consoleErrors.join('; ')}`);
    } finally {
      await app.close();
    }
  }
  return {
    via, runs,
    firstFrameMs: { median: percentile(firstFrame, 50), p90: percentile(firstFrame, 90), all: firstFrame },
    fps: fps[0],
    openSampleMs: open[0],
    openFileMs: openFile[0],
  };
}

const results = [];
for (const via of ['http', 'file']) results.push(await measure(via));
if (asJson) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const round = (x) => (x === undefined || x === null ? '-' : x.toFixed(1));
  console.log(`runs per mode: ${runs}; frame rate over ${fpsSeconds} s (headless Chromium, SwiftShader)`);
  const fileColumn = openFilePath ? ` open ${path.basename(openFilePath)} (ms) |` : '';
  console.log(`| mode | first frame median (ms) | first frame p90 (ms) | idle fps | open partner-program sample (ms) |${fileColumn}`);
  console.log(`|---|---|---|---|---|${openFilePath ? '---|' : ''}`);
  for (const r of results) {
    const mode = r.via === 'http' ? 'served dist/web (http)' : 'dist/alignment-scorecard.html (file://)';
    const file = openFilePath ? ` ${round(r.openFileMs)} |` : '';
    console.log(`| ${mode} | ${round(r.firstFrameMs.median)} | ${round(r.firstFrameMs.p90)} | ${round(r.fps)} | ${round(r.openSampleMs)} |${file}`);
  }
}
