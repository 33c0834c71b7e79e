// Offline revisits and the page's security policy (issue 10): the hosted app registers a
// service worker that keeps this build's files, so a revisit works with the server gone; a new
// build gets a new cache name; both pages carry a Content-Security-Policy that lets nothing
// connect to, or load from, another origin.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withApp, distWeb, singleFile, repoRoot } from './lib/app.mjs';

const cacheName = () => fs.readFileSync(path.join(distWeb, 'sw.js'), 'utf8').match(/'(scorecard-[0-9a-f]{16})'/)[1];

test('a revisit works with the server gone: the service worker serves this build from its cache', (t) => withApp(t, { via: 'http' }, async (app) => {
  await app.page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30000 });
  assert.deepEqual(await app.page.evaluate(() => caches.keys()), [cacheName()]);
  await app.server.close();
  app.server = null;
  const served = await app.page.evaluate(() => fetch('scorecard.wasm').then((r) => r.ok, () => false));
  assert.ok(served, 'the wasm comes from the cache with the server gone');
  await app.page.reload({ waitUntil: 'load' });
  await app.page.waitForFunction(() => window.scorecardApp && window.scorecardApp.frames > 2, null, { timeout: 30000 });
  await app.waitForItem('File', { exact: true, window: '##MainMenuBar' });
  assert.deepEqual(app.consoleErrors, []);
  await app.screenshot('offline-revisit');
}));

test('the cache is named after the build: a changed file gives a new name', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-sw-'));
  const write = (wasm) => {
    fs.writeFileSync(path.join(dir, 'index.html'), '<html></html>');
    fs.writeFileSync(path.join(dir, 'scorecard.js'), 'var x;');
    fs.writeFileSync(path.join(dir, 'scorecard.wasm'), wasm);
    execFileSync('cmake', [`-DSW=${path.join(repoRoot, 'shell/sw.js')}`, `-DWEB=${dir}`, '-P',
      path.join(repoRoot, 'cmake/write_service_worker.cmake')]);
    return fs.readFileSync(path.join(dir, 'sw.js'), 'utf8').match(/'(scorecard-[0-9a-f]{16})'/)[1];
  };
  const first = write('one build');
  assert.equal(write('one build'), first, 'the same files, the same name');
  assert.notEqual(write('another build'), first, 'another wasm, another name');
  fs.rmSync(dir, { recursive: true, force: true });
});

// The policy each page declares, and what the browser does with it.
for (const via of ['http', 'file']) {
  test(`the ${via === 'http' ? 'hosted page' : 'single file'} forbids other origins`, (t) => withApp(t, { via }, async (app) => {
    const html = fs.readFileSync(via === 'http' ? path.join(distWeb, 'index.html') : singleFile, 'utf8');
    const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)[1];
    const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    assert.deepEqual(directives['default-src'], ["'none'"], policy);
    for (const d of ['connect-src', 'img-src', 'script-src', 'style-src', 'worker-src'])
      for (const source of directives[d] ?? [])
        assert.ok(!/^(https?:|\*|http|ws)/.test(source) || source === "'self'", `${d} allows ${source}`);
    assert.equal(directives['font-src'], undefined, 'fonts fall back to none');
    assert.equal(directives['frame-src'], undefined, 'frames fall back to none');
    // The browser enforces it: a fetch to another origin is refused before any request is made.
    const outcome = await app.page.evaluate(() => new Promise((resolve) => {
      document.addEventListener('securitypolicyviolation', (e) => resolve(`blocked ${e.effectiveDirective}`), { once: true });
      fetch('http://192.0.2.1/x').then(() => resolve('fetched'), () => setTimeout(() => resolve('failed'), 500));
    }));
    assert.equal(outcome, 'blocked connect-src');
    assert.deepEqual(app.foreignRequests, [], 'no request reached the network');
  }));
}
