// Issue 12.1, second half: when the wasm aborts anyway (out of memory, a trap), the page must
// not sit there as if alive. The app is made to die through the test-only export
// _sc_test_abort (web/test_hooks/abort_hook.cpp: 0 = abort(), 1 = a trap), called from a timer
// as a frame or an event would; the page then shows an overlay (shell/index.html, last script
// block) saying what happened and when the last autosave was taken, and its button downloads
// that autosave's text.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { withApp, menu } from './lib/app.mjs';

// Kills the wasm from a timer (an uncaught error, like a failing frame) and waits for the overlay.
async function killWasm(app, kind) {
  await app.page.evaluate((k) => { setTimeout(() => window.scorecardApp.module._sc_test_abort(k), 0); }, kind);
  await app.page.waitForSelector('#abort-screen', { state: 'visible', timeout: 10000 });
}

// Frames drawn over `ms`: none once the wasm is dead.
async function framesDuring(app, ms) {
  const before = await app.frames();
  await new Promise((r) => setTimeout(r, ms));
  return (await app.frames()) - before;
}

for (const via of ['http', 'file']) {
  test(`an abort shows the abort screen, which downloads the last autosave (${via})`, (t) => withApp(t, { via }, async (app) => {
    await menu(app, 'File', 'New blank scorecard');
    await app.waitForItem('Untitled', { exact: true, window: '##MainMenuBar' });
    await app.clickItem('Segments', { exact: true, window: 'Navigation' });
    await app.clickItem('Add segment', { exact: true, window: 'Main' });
    await app.waitForItem('New segment', { exact: true, window: 'Main' });
    // Autosave writes the edit within about a second.
    await app.page.waitForFunction(() => {
      const r = window.scorecardApp.lastAutosave();
      return !!r && r.text.includes('New segment');
    }, null, { timeout: 10000, polling: 100 });
    const record = await app.page.evaluate(() => window.scorecardApp.lastAutosave());
    assert.ok(await framesDuring(app, 300) > 0, 'the app draws frames before the abort');

    await killWasm(app, 0);
    assert.ok(await framesDuring(app, 500) === 0, 'no frame is drawn after the abort');
    const text = await app.page.locator('#abort-screen').innerText();
    assert.match(text, /The app stopped and cannot go on/);
    assert.match(text, /internal error|ran out of memory/);
    assert.match(text, /Your work is safe up to the last autosave, taken at .* \(\d+ seconds? before the app stopped\)/);
    assert.match(text, /with changes not saved to a file/);
    assert.match(await app.page.locator('#abort-screen code').textContent(), /Aborted\(\)/);
    assert.ok(await app.page.evaluate(() => !!document.elementFromPoint(640, 400).closest('#abort-screen')),
      'the overlay covers the canvas');
    await app.screenshot(`abort-screen-${via}`);

    const download = app.page.waitForEvent('download', { timeout: 10000 });
    await app.page.click('#abort-download');
    const file = await download;
    assert.match(file.suggestedFilename(), /\.scorecard\.json$/);
    const saved = fs.readFileSync(await file.path(), 'utf8');
    assert.equal(saved, record.text, 'the download is the autosave record\'s text');
    const doc = JSON.parse(saved);
    assert.ok(doc.segments.some((s) => s.name === 'New segment'), 'the download holds the edit');
    assert.deepEqual(app.foreignRequests, [], 'nothing left the page');
  }));
}

test('a trap (RuntimeError) shows the abort screen too, also with no autosave taken', (t) => withApp(t, { via: 'http' }, async (app) => {
  await app.waitForFrames(3);
  await killWasm(app, 1);
  assert.ok(await framesDuring(app, 500) === 0, 'no frame is drawn after the trap');
  const text = await app.page.locator('#abort-screen').innerText();
  assert.match(text, /The app stopped and cannot go on/);
  assert.match(await app.page.locator('#abort-screen code').textContent(), /RuntimeError|unreachable/);
  // The start sample was not edited: nothing to download, only a reload.
  assert.match(text, /No autosave was taken in this tab|Your work is safe up to the last autosave/);
  assert.ok(await app.page.locator('#abort-screen button', { hasText: 'Reload the page' }).isVisible());
  // Only one overlay, however many errors follow.
  await app.page.evaluate(() => { setTimeout(() => window.scorecardApp.module._sc_test_abort(1), 0); });
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(await app.page.locator('#abort-screen').count(), 1);
}));
