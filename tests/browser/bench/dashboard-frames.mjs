// Browser benchmark (not a test: node --test does not pick it up, and it asserts nothing).
// Issue 8: drawing the Dashboard must not recompute per frame. Opens a document through
// File > Open… in the built app (served dist/web, headless Chromium, SwiftShader), then for the
// Overview (the baseline: a view that draws little) and the Dashboard records, over a few
// seconds each: every frame's draw time (window.scorecardApp.lastFrameDrawMs: events, the views
// and ImGui's draw lists — what must stay under 16 ms, with nothing recomputed per frame), its
// work time (plus the GL calls, which SwiftShader's software WebGL makes slow, and autosave),
// the interval between frames and long tasks (> 50 ms).
// The ratio Dashboard / Overview in the same run is what to read: the machine is shared.
// usage: node tests/browser/bench/dashboard-frames.mjs --open-file PATH [--seconds 5] [--json]
//   make a large document with: build/native-test/bench/scorecard_bench
//     --write-document=100000:/tmp/deals-100k.scorecard.json
import fs from 'node:fs';
import path from 'node:path';
import { openApp } from '../lib/app.mjs';

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}
const file = option('open-file', null);
const seconds = Number(option('seconds', 5));
const asJson = process.argv.includes('--json');
if (!file) {
  console.error('usage: node tests/browser/bench/dashboard-frames.mjs --open-file PATH [--seconds 5] [--json]');
  process.exit(2);
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

async function openFile(app) {
  const title = JSON.parse(fs.readFileSync(file, 'utf8')).info.title;
  const chooser = app.page.waitForEvent('filechooser', { timeout: 10000 });
  await app.clickItem('File', { exact: true, window: '##MainMenuBar' });
  await app.clickItem('Open…', { exact: true, window: '##Menu_' });
  const picked = await chooser;
  await picked.setFiles({ name: path.basename(file), mimeType: 'application/json', buffer: fs.readFileSync(file) });
  await app.page.waitForFunction((t) => window.scorecardApp.items().some((i) => String(i.label).startsWith(t)),
    title, { polling: 500, timeout: 600000 });
  await app.nextFrames(30, 600000);  // let autosave and caches settle
}

// Frame intervals (ms) between the app's own frames over `seconds`, and long tasks.
async function sample(app) {
  return app.page.evaluate((ms) => new Promise((resolve) => {
    const intervals = [];
    const work = [];
    const draw = [];
    const longTasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push(e.duration);
    });
    try { observer.observe({ entryTypes: ['longtask'] }); } catch (e) { /* not supported */ }
    let lastFrames = window.scorecardApp.frames;
    let lastTime = performance.now();
    const end = lastTime + ms;
    const tick = (now) => {
      const f = window.scorecardApp.frames;
      if (f !== lastFrames) {
        intervals.push((now - lastTime) / (f - lastFrames));
        work.push(window.scorecardApp.lastFrameWorkMs);
        draw.push(window.scorecardApp.lastFrameDrawMs);
        lastFrames = f;
        lastTime = now;
      }
      if (now < end) requestAnimationFrame(tick);
      else {
        observer.disconnect();
        resolve({ intervals, work, draw, longTasks });
      }
    };
    requestAnimationFrame(tick);
  }), seconds * 1000);
}

function summary(view, { intervals, work, draw, longTasks }) {
  return {
    view,
    frames: intervals.length,
    drawP50: percentile(draw, 50),
    drawP95: percentile(draw, 95),
    drawMax: Math.max(...draw),
    workP50: percentile(work, 50),
    workP95: percentile(work, 95),
    workMax: Math.max(...work),
    p50: percentile(intervals, 50),
    p95: percentile(intervals, 95),
    max: Math.max(...intervals),
    longTasks: longTasks.length,
  };
}

const app = await openApp({ via: 'http', viewport: { width: 1920, height: 1080 } });
const results = [];
try {
  await openFile(app);
  for (const view of ['Overview', 'Dashboard', 'Overview', 'Dashboard']) {
    await app.clickItem(view, { exact: true, window: 'Navigation' });
    await app.nextFrames(10, 60000);
    results.push(summary(view, await sample(app)));
  }
  if (app.consoleErrors.length) throw new Error(`console errors: ${app.consoleErrors.join('; ')}`);
} finally {
  await app.close();
}
if (asJson) {
  console.log(JSON.stringify(results, null, 2));
} else {
  console.log(`${path.basename(file)}: frame interval over ${seconds} s per view (ms), headless Chromium, SwiftShader, 1920×1080`);
  console.log('| view | frames | draw p50 | draw p95 | draw max | work p50 | work p95 | work max | interval p50 | interval p95 | long tasks |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  const f = (x) => x.toFixed(1);
  for (const r of results)
    console.log(`| ${r.view} | ${r.frames} | ${f(r.drawP50)} | ${f(r.drawP95)} | ${f(r.drawMax)} | ${f(r.workP50)} | ${f(r.workP95)} | ${f(r.workMax)} | ${f(r.p50)} | ${f(r.p95)} | ${r.longTasks} |`);
}
