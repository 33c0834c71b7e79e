// Issue 12 (limits): the page copies a chosen or dropped file into the wasm heap before the core
// reads it. When the heap cannot grow any more (its 2 GB cap, or a browser that refuses more
// memory), emscripten's _malloc answers 0. The page must then refuse the file by name with a
// message — before the fix it wrote the file's bytes at address 0, over the program's own data.
// Filling 2 GB under software rendering would take minutes, so the test makes the module's
// _malloc answer 0 for anything over 64 KB, which is what the page sees when memory is full.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp, sample } from './lib/app.mjs';

const start = sample();
const other = sample('partner-program');  // 136 KB of JSON: more than the 64 KB let through

test('a file that does not fit in the page\'s memory is refused by name; the open document and the heap stay intact',
  (t) => withApp(t, { via: 'http' }, async (app) => {
    await app.waitForItem(start.info.title, { window: 'Main' });
    await app.page.evaluate(() => {
      const m = window.scorecardApp.module;
      window.__realMalloc = m._malloc;
      m._malloc = (size) => (size > 65536 ? 0 : window.__realMalloc(size));
    });
    const text = JSON.stringify(other, null, 2);
    assert.ok(text.length > 65536);
    await app.dropFile({ name: 'quarterly.scorecard.json', text });
    const error = await app.waitForItem('Could not open quarterly.scorecard.json:', { window: 'Could not open file' });
    const mb = (Buffer.byteLength(text) / 1048576).toFixed(1);
    assert.ok(error.label.includes(`there is not enough memory left in this page to read it (${mb} MB; nothing was loaded)`),
      error.label);
    await app.waitForItem(start.info.title, { window: 'Main' });  // the open document stays
    await app.clickItem('OK', { exact: true, window: 'Could not open file' });

    // Memory back: the same file opens, so nothing in the heap was overwritten on the way.
    await app.page.evaluate(() => { window.scorecardApp.module._malloc = window.__realMalloc; });
    await app.dropFile({ name: 'quarterly.scorecard.json', text });
    await app.waitForItem(other.info.title, { window: 'Main' });
    await app.waitForItem('quarterly.scorecard.json', { window: '##MainMenuBar' });
    assert.deepEqual(app.consoleErrors, []);
    assert.deepEqual(app.foreignRequests, []);
  }));
