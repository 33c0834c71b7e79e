// Browser benchmark for issue 11's table (not a test: it asserts nothing). Two measurements,
// each in a fresh headless Chromium per run (tests/browser/lib/app.mjs openApp()):
//
//   open FILE: File > Open… of FILE in the served app (dist/web, http): Chromium reads the file
//     itself (setFiles with a path, as a real chooser). Reports the time from handing over the
//     file to the animation frame after which the tab title names the file (the app sets it
//     once the document is loaded), the longest gap between two animation frames in that
//     span (a requestAnimationFrame probe in the page, as in tests/browser/open_large.test.mjs),
//     the frames drawn, and the distinct "Opening: ..." progress lines seen (read every 5th
//     frame from window.scorecardApp.items()).
//   first-frame HELLO_HTML: alternates our single file (dist/alignment-scorecard.html) and the
//     bare ImGui page (bench/issue11/hello), both from file://, and reads the time of each one's
//     first drawn frame since navigation start: window.scorecardApp.firstFrameMs for ours, and
//     window.helloApp.firstFrameMs for the hello page, set the same way (performance.now() in
//     the frame callback of frame 1, after the wasm was unpacked and main() ran).
//
// usage: node tests/browser/bench/issue11-browser.mjs open FILE [--runs 3]
//        node tests/browser/bench/issue11-browser.mjs first-frame HELLO_HTML [--runs 5]
// Prints one JSON object (all runs and medians). Used by bench/issue11-table.sh.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openApp, singleFile } from '../lib/app.mjs';

const [mode, target] = process.argv.slice(2);
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : mode === 'open' ? 3 : 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

async function openOnce(file) {
  const app = await openApp({ via: 'http' });
  try {
    const name = path.basename(file);
    await app.nextFrames(5);
    const chooser = app.page.waitForEvent('filechooser', { timeout: 10000 });
    await app.clickItem('File', { exact: true, window: '##MainMenuBar' });
    await app.clickItem('Open…', { exact: true, window: '##Menu_' });
    const picked = await chooser;
    // From here every animation frame: the gap since the previous one; the end is the first
    // frame whose tab title names the file.
    await app.page.evaluate((name) => {
      const probe = { start: performance.now(), maxGap: 0, frames: 0, progress: new Set(), doneMs: null };
      window.openProbe = probe;
      let last = probe.start;
      const tick = (now) => {
        probe.maxGap = Math.max(probe.maxGap, now - last);
        last = now;
        probe.frames++;
        if (probe.frames % 5 === 0) {
          for (const i of window.scorecardApp.items()) {
            const label = String(i.label).split('##')[0];
            if (String(i.window).startsWith('Opening file') && label.startsWith('Opening: ')) probe.progress.add(label);
          }
        }
        if (document.title.includes(name)) probe.doneMs = now - probe.start;
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }, name);
    await picked.setFiles(file);
    const done = await app.page.waitForFunction(() => window.openProbe.doneMs !== null &&
      { openMs: window.openProbe.doneMs, maxGapMs: window.openProbe.maxGap, frames: window.openProbe.frames,
        progress: [...window.openProbe.progress] }, null, { timeout: 600000, polling: 200 });
    const result = await done.jsonValue();
    result.consoleErrors = app.consoleErrors;
    return result;
  } finally {
    await app.close();
  }
}

async function firstFrameOnce(which) {
  const url = which === 'hello' ? pathToFileURL(path.resolve(target)).href : pathToFileURL(singleFile).href;
  const app = await openApp({ url, waitForFrame: false, timeout: 60000 });
  try {
    const global = which === 'hello' ? 'helloApp' : 'scorecardApp';
    const ms = await app.page.waitForFunction((g) => window[g] && window[g].firstFrameMs,
      global, { timeout: 60000, polling: 'raf' });
    return ms.jsonValue();
  } finally {
    await app.close();
  }
}

const out = { mode, target, runs };
if (mode === 'open') {
  out.runsDetail = [];
  for (let i = 0; i < runs; i++) out.runsDetail.push(await openOnce(path.resolve(target)));
  out.openMsMedian = median(out.runsDetail.map((r) => r.openMs));
  out.maxGapMsMedian = median(out.runsDetail.map((r) => r.maxGapMs));
  out.maxGapMsMax = Math.max(...out.runsDetail.map((r) => r.maxGapMs));
  out.progressLinesMin = Math.min(...out.runsDetail.map((r) => r.progress.length));
} else if (mode === 'first-frame') {
  out.ours = [];
  out.hello = [];
  for (let i = 0; i < runs; i++) {
    out.ours.push(await firstFrameOnce('ours'));
    out.hello.push(await firstFrameOnce('hello'));
  }
  out.oursMedian = median(out.ours);
  out.helloMedian = median(out.hello);
} else {
  console.error('usage: issue11-browser.mjs open FILE [--runs N] | first-frame HELLO_HTML [--runs N]');
  process.exit(2);
}
console.log(JSON.stringify(out));
