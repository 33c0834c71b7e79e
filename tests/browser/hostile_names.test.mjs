// Issue 12.10: a 300-character file name with a line break must not push the "unsaved changes"
// mark off screen or cut the menu bar: the name is drawn on one line and gives way (an ellipsis).
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withApp, visibleLabel, sample } from './lib/app.mjs';
import { menu } from './lib/dashboard.mjs';

test('a very long file name with a newline keeps the unsaved mark in sight', (t) => withApp(t, { via: 'http', viewport: { width: 1280, height: 800 } }, async (app) => {
  const name = `${'quarterly-partner-review-'.repeat(12)}\nsecond line.scorecard.json`;
  const text = JSON.stringify(sample('saas-self-serve'));
  await app.dropFile({ name, text });
  await app.waitForItem('quarterly-partner-review-', { window: '##MainMenuBar' });
  await menu(app, 'File', 'Record review');
  await app.clickItem('Record', { exact: true, window: 'Record review' });
  const status = await app.waitForItem('unsaved changes', { window: '##MainMenuBar' });
  const label = visibleLabel(status.label);
  assert.ok(!label.includes('\n'), 'one line');
  assert.ok(label.includes('\u2026'), `the name gives way: ${label}`);
  assert.ok(label.endsWith('\u2022 unsaved changes'), label);
  assert.ok(status.x >= 0 && status.x + status.w <= 1280 + 1, `the status fits the bar: x ${status.x}, w ${status.w}`);
  const file = await app.findItem('File', { exact: true, window: '##MainMenuBar' });
  assert.ok(file && status.x > file.x + file.w, 'the menus are still there, left of the name');
  await app.screenshot('long-file-name');
}));

// Issue 12.1: a 60 MB file of `[[],[],…]` (under the 64 MB limit) grew the page to 2 GB and
// aborted the wasm, with the old document still drawn as if alive. Now the core refuses it
// before building anything; the app says why and keeps running.
test('a 60 MB file of nested empty lists is refused with a message; the app keeps running', (t) => withApp(t, { via: 'http' }, async (app) => {
  const title = sample('saas-self-serve').info.title;
  await app.waitForItem(title, { window: 'Main' });
  const chooser = app.page.waitForEvent('filechooser', { timeout: 10000 });
  await menu(app, 'File', 'Open…');
  const body = '[],'.repeat(20 * 1024 * 1024);
  const bomb = Buffer.from(`{"x":[${body}[]]}`);
  assert.ok(bomb.length > 60 * 1024 * 1024 && bomb.length < 64 * 1024 * 1024, `${bomb.length} bytes`);
  // Playwright hands over buffers up to 50 MB only: the file goes by path.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-bomb-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'bomb.scorecard.json');
  fs.writeFileSync(file, bomb);
  await (await chooser).setFiles(file);
  const error = await app.waitForItem('Could not open bomb.scorecard.json:', { window: 'Could not open file', timeout: 60000 });
  assert.match(visibleLabel(error.label), /lists and objects|objects and lists|too many/i, visibleLabel(error.label));
  await app.clickItem('OK', { exact: true, window: 'Could not open file' });
  const before = await app.frames();
  await app.nextFrames(5);
  assert.ok((await app.frames()) > before, 'frames keep coming');
  await app.waitForItem(title, { window: 'Main' });
  assert.deepEqual(app.consoleErrors.filter((e) => /Aborted|RuntimeError/.test(e)), []);
}));
