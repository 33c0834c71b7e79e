// Tests of lib/app.mjs itself, against a small fixture page that implements the
// window.scorecardApp interface by hand. If these fail, the smoke tests' verdicts mean nothing:
// clicks must land inside the item's rect (also at DPR 2), typed text must arrive, and console
// errors and foreign requests must be caught.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withApp, openApp, visibleLabel, projectVersion } from './lib/app.mjs';
import { startServer } from '../../scripts/serve.mjs';

// A page with one "button" item at a fixed CSS rect; clicking it adds an item "Pressed at X,Y",
// keys add an item "Typed: ...". Its buttons misbehave on request (?bad=console|fetch).
const FIXTURE = `<!doctype html><meta charset="utf-8"><title>fixture</title>
<body style="margin:0"><canvas id="canvas" style="width:100vw;height:100vh;display:block"></canvas>
<script>
const items = [{ window: 'Main###main', label: 'Press##btn', id: 1, x: 300, y: 200, w: 120, h: 30 }];
let typed = '';
const app = { version: '0.0.0-fixture', frames: 0, dpr: devicePixelRatio, items: () => {
  const out = items.slice(); if (typed) out.push({ window: 'Main', label: 'Typed: ' + typed, id: 2, x: 0, y: 0, w: 10, h: 10 });
  return out; } };
window.scorecardApp = app;
(function tick() { app.frames++; requestAnimationFrame(tick); })();
const b = items[0];
addEventListener('mousedown', (e) => {
  if (e.clientX >= b.x && e.clientX < b.x + b.w && e.clientY >= b.y && e.clientY < b.y + b.h)
    items.push({ window: 'Main', label: 'Pressed at ' + e.clientX + ',' + e.clientY, id: 3, x: 0, y: 40, w: 10, h: 10 });
});
addEventListener('keypress', (e) => { typed += e.key; });
const bad = new URLSearchParams(location.search).get('bad');
if (bad === 'console') console.error('fixture error');
if (bad === 'fetch') fetch('https://fonts.example.com/inter.woff2').catch(() => {});
</script>`;

function fixtureDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-fixture-'));
  fs.writeFileSync(path.join(dir, 'index.html'), FIXTURE);
  return dir;
}

test('visibleLabel strips ImGui id suffixes', () => {
  assert.equal(visibleLabel('Save##toolbar'), 'Save');
  assert.equal(visibleLabel('Channels###view'), 'Channels');
  assert.equal(visibleLabel('Plain'), 'Plain');
});

test('projectVersion reads CMakeLists.txt', () => {
  assert.match(projectVersion(), /^\d+\.\d+\.\d+$/);
});

for (const dpr of [1, 2]) {
  test(`harness clicks inside the item rect at dpr ${dpr} and types`, (t) => withApp(t, { dir: fixtureDir(), dpr }, async (app) => {
    assert.equal(await app.version(), '0.0.0-fixture');
    const btn = await app.findItem('Press', { window: 'Main' });
    assert.equal(btn.id, 1);
    assert.equal(await app.findItem('Press', { window: 'Other' }), null);
    await app.clickItem('Press');
    const pressed = await app.waitForItem('Pressed at');
    const [x, y] = visibleLabel(pressed.label).replace('Pressed at ', '').split(',').map(Number);
    assert.ok(Math.abs(x - 360) <= 1 && Math.abs(y - 215) <= 1, `click landed at ${x},${y}, not the centre 360,215`);
    await app.typeText('Hi 5');
    await app.waitForItem('Typed: Hi 5', { exact: true });
    assert.deepEqual(app.consoleErrors, []);
    assert.deepEqual(app.foreignRequests, []);
  }));
}

test('harness records console errors', (t) => withApp(t, { dir: fixtureDir() }, async (app) => {
  await app.page.goto(`${app.origin}/?bad=console`);
  await app.waitForFrames(1);
  await app.nextFrames(3);
  assert.deepEqual(app.consoleErrors, ['fixture error']);
}));

test('harness blocks and records requests to other origins', (t) => withApp(t, { dir: fixtureDir() }, async (app) => {
  await app.page.goto(`${app.origin}/?bad=fetch`);
  await app.waitForFrames(1);
  for (let i = 0; i < 50 && app.foreignRequests.length === 0; i++) await app.nextFrames(1);
  assert.deepEqual(app.foreignRequests, ['https://fonts.example.com/inter.woff2']);
}));

test('waitForItem names what was drawn when the item is missing', (t) => withApp(t, { dir: fixtureDir() }, async (app) => {
  await assert.rejects(app.waitForItem('Nonexistent', { timeout: 300 }), /"Nonexistent" was not drawn[\s\S]*Main###main \/ Press/);
}));

// Tests share one browser per file; each must still start from an empty profile. Two apps one
// after the other on the same origin (one server): what the first stores, the second must not see.
test('each app starts with empty storage even on the same origin', async () => {
  const server = await startServer(fixtureDir());
  const url = `${server.origin}/`;
  try {
    const first = await openApp({ url, shared: true });
    try {
      await first.page.evaluate(() => new Promise((resolve, reject) => {
        localStorage.setItem('leak', 'yes');
        sessionStorage.setItem('leak', 'yes');
        const open = indexedDB.open('leak-db', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('s');
        open.onsuccess = () => { open.result.close(); resolve(); };
        open.onerror = () => reject(open.error);
      }));
      await first.context.grantPermissions(['clipboard-read']);
    } finally {
      await first.close();
    }
    const second = await openApp({ url, shared: true });
    try {
      const seen = await second.page.evaluate(async () => ({
        local: localStorage.length, session: sessionStorage.length,
        databases: (await indexedDB.databases()).map((d) => d.name),
        clipboard: (await navigator.permissions.query({ name: 'clipboard-read' })).state,
      }));
      assert.deepEqual(seen, { local: 0, session: 0, databases: [], clipboard: 'prompt' });
    } finally {
      await second.close();
    }
  } finally {
    await server.close();
  }
});
