// Files in the browser app: File > Open… (the page's hidden file input), drag and drop, File >
// Save / Ctrl+S (a download of the canonical text), the unsaved-changes mark and the browser's
// leave-page question, and autosave (IndexedDB) with restore at start. Every test runs in
// its own browser profile (withApp opens a fresh browser context: empty storage), so localStorage
// never carries over from one test to another; tests that reload do so inside one context.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { withApp, sample, repoRoot, menu, reloadWith } from './lib/app.mjs';

const AUTOSAVE_KEY = 'alignment-scorecard/autosave/v1';
const UNREADABLE_PREFIX = `${AUTOSAVE_KEY}/unreadable/`;
const start = sample();
const other = sample('partner-program');
const samplePath = (name) => path.join(repoRoot, `assets/samples/${name}.scorecard.json`);
const otherText = fs.readFileSync(samplePath('partner-program'), 'utf8');

// File > Open… and hand the browser's file chooser `file` ({name, text}).
async function openThroughChooser(app, file) {
  const chooser = app.page.waitForEvent('filechooser', { timeout: 10000 });
  await menu(app, 'File', 'Open…');
  const buffer = file.bytes ?? Buffer.from(file.text);
  await (await chooser).setFiles({ name: file.name, mimeType: 'application/json', buffer });
}

// Everything the page stored: autosave's IndexedDB records (once every write has reached the
// disk) and localStorage.
async function storage(app) {
  return app.page.evaluate(async () => {
    await window.scorecardApp.durable.written();
    const records = await new Promise((resolve, reject) => {
      const open = indexedDB.open('alignment-scorecard', 1);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const out = {};
        const cursor = open.result.transaction('records').objectStore('records').openCursor();
        cursor.onsuccess = () => {
          const c = cursor.result;
          if (!c) { open.result.close(); resolve(out); return; }
          out[c.key] = c.value;
          c.continue();
        };
        cursor.onerror = () => reject(cursor.error);
      };
    });
    return { ...Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])), ...records };
  });
}

// The stored autosave once `ready(record)` holds for it, checked every 100 ms for at most `ms`
// (the time the app is given to autosave); after that the last one read (or undefined), for the
// test's assertions to judge.
async function autosaveWithin(app, ms, ready) {
  const deadline = Date.now() + ms;
  const key = await slotKey(app);
  for (;;) {
    const text = (await storage(app))[key];
    const record = text === undefined ? undefined : JSON.parse(text);
    if ((record !== undefined && ready(record)) || Date.now() >= deadline) return record;
    await new Promise((r) => setTimeout(r, 100));
  }
}

// Where this tab's autosave goes: its own slot (the single AUTOSAVE_KEY is what older versions
// wrote; it is still read once, as a migration, which reloadWithAutosave uses).
async function slotKey(app) {
  return `${AUTOSAVE_KEY}/slot/${await app.page.evaluate(() => window.scorecardApp.tabs.slot)}`;
}

function autosaveRecord(fields) {
  return JSON.stringify({ format: 'alignment-scorecard-autosave', version: 1, file_name: 'mine.scorecard.json',
    saved_at_ms: Date.now() - 5 * 60 * 1000, unsaved: true, text: otherText, ...fields });
}

// Stores `value` as the autosave and reloads: the app starts with it.
async function reloadWithAutosave(app, value) {
  await app.page.evaluate(([k, v]) => {
    window.scorecardApp.durable.set(k, v);
    return window.scorecardApp.durable.written();
  }, [AUTOSAVE_KEY, value]);
  await app.page.reload({ waitUntil: 'load' });
  await app.waitForFrames(1, 20000);
}

test('File > Open… opens the chosen file through the core and names it', (t) => withApp(t, { via: 'http' }, async (app) => {
  await app.waitForItem(start.info.title, { window: 'Main' });
  await openThroughChooser(app, { name: 'team-plan.scorecard.json', text: otherText });
  await app.waitForItem(other.info.title, { window: 'Main' });
  await app.waitForItem('team-plan.scorecard.json', { window: '##MainMenuBar' });
  assert.equal(await app.findItem(start.info.title, { window: 'Main' }), null);
  assert.equal(await app.page.title(), 'team-plan.scorecard.json — Alignment Scorecard');
  assert.deepEqual(app.consoleErrors, []);
  assert.deepEqual(app.foreignRequests, []);
}));

test('a refused file shows an error naming the file and the problem; the open document stays',
  (t) => withApp(t, { via: 'http' }, async (app) => {
    await app.waitForItem(start.info.title, { window: 'Main' });
    const cases = [
      { name: 'cut-off.scorecard.json', text: otherText.slice(0, 300), says: /line \d+/ },
      { name: 'notes.json', text: '["just", "a", "list"]', says: /./ },
      { name: 'future.scorecard.json', text: JSON.stringify({ ...other, schema_version: 99 }), says: /99/ },
      // Latin-1 bytes: the browser is not allowed to patch them into U+FFFD and load the file.
      { name: 'latin1.scorecard.json', bytes: Buffer.from(otherText.replace('"title": "', '"title": "Café '), 'latin1'),
        says: /line 4, column \d+.*UTF-8/s },
    ];
    for (const file of cases) {
      await openThroughChooser(app, file);
      const error = await app.waitForItem(`Could not open ${file.name}:`, { window: 'Could not open file' });
      assert.match(error.label, file.says, `the message for ${file.name} says what is wrong: ${error.label}`);
      await app.waitForItem(start.info.title, { window: 'Main' });
      await app.clickItem('OK', { exact: true, window: 'Could not open file' });
      await app.nextFrames(3);
      assert.equal(await app.findItem(`Could not open ${file.name}`), null, 'the error modal did not close');
    }
    await app.waitForItem('saas-self-serve.scorecard.json', { window: '##MainMenuBar' });
    assert.equal(await app.page.evaluate(() => window.scorecardApp.isDirty()), false);
    assert.deepEqual(app.consoleErrors, []);
  }));

test('dropping a file on the page opens it; a dropped broken file is refused', (t) => withApp(t, { via: 'http' }, async (app) => {
  await app.waitForItem(start.info.title, { window: 'Main' });
  await app.dropFile({ name: 'dropped.scorecard.json', text: '{"schema_version": 1, "info": {' });
  await app.waitForItem('Could not open dropped.scorecard.json:', { window: 'Could not open file' });
  await app.waitForItem(start.info.title, { window: 'Main' });
  await app.clickItem('OK', { exact: true, window: 'Could not open file' });

  // A byte-order mark (as some Windows editors write) is fine.
  await app.dropFile({ name: 'partners.scorecard.json', text: '\uFEFF' + otherText });
  await app.waitForItem(other.info.title, { window: 'Main' });
  await app.waitForItem('partners.scorecard.json', { window: '##MainMenuBar' });
  assert.deepEqual(app.consoleErrors, []);
}));

for (const via of ['http', 'file']) {
  test(`File > Save downloads the canonical text of the open document (${via})`, (t) => withApp(t, { via }, async (app) => {
    await app.waitForItem(start.info.title, { window: 'Main' });
    const download = app.page.waitForEvent('download', { timeout: 10000 });
    await menu(app, 'File', 'Save');
    const file = await download;
    assert.equal(file.suggestedFilename(), 'saas-self-serve.scorecard.json');
    const bytes = fs.readFileSync(await file.path());
    assert.ok(bytes.equals(fs.readFileSync(samplePath('saas-self-serve'))), 'saved bytes differ from the canonical sample');
    assert.deepEqual(app.consoleErrors, []);
    assert.deepEqual(app.foreignRequests, []);
  }));
}

test('Ctrl+S saves the opened file under its own name', (t) => withApp(t, { via: 'http' }, async (app) => {
  await app.waitForItem(start.info.title, { window: 'Main' });
  await app.dropFile({ name: 'Team plan.json', text: otherText });
  await app.waitForItem(other.info.title, { window: 'Main' });
  const download = app.page.waitForEvent('download', { timeout: 10000 });
  await app.page.keyboard.press('Control+S');
  const file = await download;
  assert.equal(file.suggestedFilename(), 'Team plan.scorecard.json');
  assert.equal(fs.readFileSync(await file.path(), 'utf8'), otherText);
}));

test('restored unsaved work is marked, the browser asks before leaving, and Save makes it clean',
  (t) => withApp(t, { via: 'http' }, async (app) => {
    await reloadWithAutosave(app, autosaveRecord({ unsaved: true }));
    await app.waitForItem(other.info.title, { window: 'Main' });
    await app.waitForItem('Restored your unsaved work from', { window: 'Status' });
    await app.waitForItem('(5 minutes ago): mine.scorecard.json', { window: 'Status' });
    await app.waitForItem('mine.scorecard.json  • unsaved changes', { window: '##MainMenuBar' });
    assert.equal(await app.page.title(), '• mine.scorecard.json — Alignment Scorecard');

    // Chrome only asks after the user interacted with the page.
    await app.clickItem('View', { exact: true, window: '##MainMenuBar' });
    await app.clickItem('View', { exact: true, window: '##MainMenuBar' });
    const dialog = app.page.waitForEvent('dialog', { timeout: 10000 });
    await app.page.close({ runBeforeUnload: true });
    const asked = await dialog;
    assert.equal(asked.type(), 'beforeunload');
    await asked.dismiss();  // stay on the page
    await app.nextFrames(2);

    const download = app.page.waitForEvent('download', { timeout: 10000 });
    await app.page.keyboard.press('Control+S');
    assert.equal((await download).suggestedFilename(), 'mine.scorecard.json');
    await app.waitForItem('mine.scorecard.json', { exact: true, window: '##MainMenuBar' });
    assert.equal(await app.page.title(), 'mine.scorecard.json — Alignment Scorecard');
    assert.equal(await app.page.evaluate(() => window.scorecardApp.isDirty()), false);
    assert.deepEqual(app.consoleErrors, []);
  }));

test('opening another file over unsaved work asks first; Cancel keeps it', (t) => withApp(t, { via: 'http' }, async (app) => {
  await reloadWithAutosave(app, autosaveRecord({ unsaved: true }));
  await app.waitForItem(other.info.title, { window: 'Main' });
  await menu(app, 'File', 'Open sample');
  await app.clickItem('saas-self-serve.scorecard.json', { exact: true, window: '##Menu_' });
  await app.waitForItem('mine.scorecard.json has changes that are not saved', { window: 'Unsaved changes' });
  await app.clickItem('Cancel', { exact: true, window: 'Unsaved changes' });
  await app.nextFrames(3);
  await app.waitForItem(other.info.title, { window: 'Main' });
  assert.equal(await app.findItem(start.info.title, { window: 'Main' }), null);

  await app.dropFile({ name: 'theirs.scorecard.json', text: fs.readFileSync(samplePath('saas-self-serve'), 'utf8') });
  await app.waitForItem('Opening theirs.scorecard.json replaces it', { window: 'Unsaved changes' });
  const download = app.page.waitForEvent('download', { timeout: 10000 });
  await app.clickItem('Save, then open', { exact: true, window: 'Unsaved changes' });
  const saved = await download;
  assert.equal(saved.suggestedFilename(), 'mine.scorecard.json');
  assert.equal(fs.readFileSync(await saved.path(), 'utf8'), otherText);
  await app.waitForItem(start.info.title, { window: 'Main' });
  await app.waitForItem('theirs.scorecard.json', { exact: true, window: '##MainMenuBar' });
}));

test('autosave keeps the open document across a reload', (t) => withApp(t, { via: 'http' }, async (app) => {
  await app.waitForItem(start.info.title, { window: 'Main' });
  assert.deepEqual(await storage(app), {}, 'the start sample alone is not autosaved');
  await menu(app, 'File', 'Open sample');
  await app.clickItem('partner-program.scorecard.json', { exact: true, window: '##Menu_' });
  await app.waitForItem(other.info.title, { window: 'Main' });
  const stored = await autosaveWithin(app, 3000,
    (r) => r.file_name === 'partner-program.scorecard.json' && r.text === otherText);
  assert.ok(stored, 'nothing autosaved within 3 s');
  assert.equal(stored.file_name, 'partner-program.scorecard.json');
  assert.equal(stored.text, otherText);

  await app.page.reload({ waitUntil: 'load' });
  await app.waitForFrames(1, 20000);
  await app.waitForItem(other.info.title, { window: 'Main' });
  await app.waitForItem('Restored partner-program.scorecard.json from your last session', { window: 'Status' });

  // Discard goes back to the start sample and keeps a copy aside.
  await app.clickItem('Discard', { exact: true, window: 'Status' });
  await app.waitForItem(start.info.title, { window: 'Main' });
  const after = await storage(app);
  assert.equal(after[await slotKey(app)], undefined);
  assert.equal(after[AUTOSAVE_KEY], undefined);
  assert.equal(JSON.parse(after[`${AUTOSAVE_KEY}/discarded`]).text, otherText);
  await app.page.reload({ waitUntil: 'load' });
  await app.waitForFrames(1, 20000);
  await app.waitForItem(start.info.title, { window: 'Main' });
  await app.nextFrames(3);
  assert.equal(await app.findItem('Restored', { window: 'Status' }), null);
  assert.deepEqual(app.consoleErrors, []);
}));

test('an unreadable autosave is kept under a backup key and the user is told', (t) => withApp(t, { via: 'file' }, async (app) => {
  const corrupt = autosaveRecord({}).slice(0, 200);
  await reloadWithAutosave(app, corrupt);
  await app.waitForItem(start.info.title, { window: 'Main' });
  const message = await app.waitForItem('Your autosaved work could not be opened', { window: 'Status' });
  const kept = await storage(app);
  const backups = Object.keys(kept).filter((k) => k.startsWith(UNREADABLE_PREFIX));
  assert.equal(backups.length, 1, `one backup key: ${Object.keys(kept)}`);
  assert.equal(kept[backups[0]], corrupt);
  assert.ok(message.label.includes(backups[0]), `the message names the backup key: ${message.label}`);
  assert.equal(kept[AUTOSAVE_KEY], undefined);

  // The user can take it out of the browser without developer tools.
  const download = app.page.waitForEvent('download', { timeout: 10000 });
  await app.clickItem('Download it', { exact: true, window: 'Status' });
  const file = await download;
  assert.equal(file.suggestedFilename(), 'alignment-scorecard-unreadable-autosave.txt');
  assert.equal(fs.readFileSync(await file.path(), 'utf8'), corrupt);
  assert.deepEqual(app.consoleErrors, []);
}));

test('a full storage gives a warning that stays, with the document offered as a file', (t) => withApp(t, { via: 'http' }, async (app) => {
  await app.waitForItem(start.info.title, { window: 'Main' });
  await app.page.evaluate(() => {
    Storage.prototype.setItem = function () { throw new DOMException('quota', 'QuotaExceededError'); };
    IDBObjectStore.prototype.put = function () { throw new DOMException('quota', 'QuotaExceededError'); };
  });
  await menu(app, 'File', 'Open sample');
  await app.clickItem('partner-program.scorecard.json', { exact: true, window: '##Menu_' });
  await app.waitForItem(other.info.title, { window: 'Main' });
  const warning = await app.waitForItem('Autosave failed', { window: 'Status' });
  assert.match(warning.label, /QuotaExceededError/, 'the browser\'s reason is named');
  // It stays (retried with back-off, never cleared while failing) ...
  await new Promise((r) => setTimeout(r, 3000));
  await app.waitForItem('Autosave failed', { window: 'Status', timeout: 1000 });
  await app.waitForItem(other.info.title, { window: 'Main' });
  // ... and offers the document as a file.
  const download = app.page.waitForEvent('download', { timeout: 10000 });
  await app.clickItem('Download it', { exact: true, window: 'Status' });
  const file = await download;
  assert.equal(file.suggestedFilename(), 'partner-program.scorecard.json');
  assert.equal(JSON.parse(fs.readFileSync(await file.path(), 'utf8')).info.title, other.info.title);
  assert.deepEqual(app.consoleErrors, []);
}));

test('storage disabled (site data blocked) gives the same warning, and the document as a file', (t) => withApp(t, { via: 'http' }, async (app) => {
  await app.waitForItem(start.info.title, { window: 'Main' });
  // What Chromium does when the user or a policy blocks site data: both stores throw on access.
  await reloadWith(app, () => {
    const denied = () => { throw new DOMException('Access is denied for this document.', 'SecurityError'); };
    Object.defineProperty(window, 'localStorage', { get: denied, configurable: true });
    Object.defineProperty(window, 'indexedDB', { get: denied, configurable: true });
  });
  assert.equal(await app.page.evaluate(() => window.scorecardApp.durable.kind()), 'localStorage');
  await menu(app, 'File', 'Open sample');
  await app.clickItem('partner-program.scorecard.json', { exact: true, window: '##Menu_' });
  await app.waitForItem(other.info.title, { window: 'Main' });
  const warning = await app.waitForItem('Autosave failed', { window: 'Status' });
  await new Promise((r) => setTimeout(r, 3000));
  await app.waitForItem('Autosave failed', { window: 'Status', timeout: 1000 });
  const download = app.page.waitForEvent('download', { timeout: 10000 });
  await app.clickItem('Download it', { exact: true, window: 'Status' });
  const file = await download;
  assert.equal(JSON.parse(fs.readFileSync(await file.path(), 'utf8')).info.title, other.info.title);
  assert.match(warning.label, /full or blocked/);
  assert.deepEqual(app.consoleErrors, []);
}));

test('"Open without saving" replaces unsaved work only when the user says so', (t) => withApp(t, { via: 'http' }, async (app) => {
  await reloadWithAutosave(app, autosaveRecord({ unsaved: true }));
  await app.waitForItem(other.info.title, { window: 'Main' });
  await app.dropFile({ name: 'theirs.scorecard.json', text: fs.readFileSync(samplePath('saas-self-serve'), 'utf8') });
  await app.waitForItem('Opening theirs.scorecard.json replaces it', { window: 'Unsaved changes' });
  assert.equal(await app.findItem(start.info.title, { window: 'Main' }), null, 'replaced before the user answered');
  await app.clickItem('Open without saving', { exact: true, window: 'Unsaved changes' });
  await app.waitForItem(start.info.title, { window: 'Main' });
  await app.waitForItem('theirs.scorecard.json', { exact: true, window: '##MainMenuBar' });
  assert.equal(await app.page.evaluate(() => window.scorecardApp.isDirty()), false);
}));

test('a download the browser refuses is reported and nothing is marked saved', (t) => withApp(t, { via: 'http' }, async (app) => {
  await reloadWithAutosave(app, autosaveRecord({ unsaved: true }));
  await app.waitForItem(other.info.title, { window: 'Main' });
  await app.page.evaluate(() => { URL.createObjectURL = () => { throw new Error('blocked by policy'); }; });
  await menu(app, 'File', 'Save');
  await app.waitForItem('Save failed', { window: 'Status' });
  await app.waitForItem('mine.scorecard.json  • unsaved changes', { window: '##MainMenuBar' });
  assert.equal(await app.page.evaluate(() => window.scorecardApp.isDirty()), true);
}));

test('Ctrl+O shows the file chooser (not the browser\'s own open dialog)', (t) => withApp(t, { via: 'file' }, async (app) => {
  // Listen first: playwright turns on file-chooser interception asynchronously. A user's keys
  // reach a page they have clicked into; headless Chromium only shows the chooser for a
  // focused page, so click the (inert) title first.
  const chooser = app.page.waitForEvent('filechooser', { timeout: 10000 });
  await app.clickItem(start.info.title, { window: 'Main' });
  await app.page.keyboard.press('Control+O');
  await (await chooser).setFiles({ name: 'via-keyboard.scorecard.json', mimeType: 'application/json', buffer: Buffer.from(otherText) });
  await app.waitForItem(other.info.title, { window: 'Main' });
  await app.waitForItem('via-keyboard.scorecard.json', { exact: true, window: '##MainMenuBar' });
  assert.deepEqual(app.foreignRequests, []);
}));

// A real edit (Mismatches > Dismiss…) goes through History: it marks the document unsaved,
// Undo back to the opened state makes it clean, and autosave carries the edit over a reload.
test('an edit is unsaved until undone or saved, and autosave restores it after a reload', (t) => withApp(t, { via: 'http' }, async (app) => {
  const cli = path.join(repoRoot, 'dist/bin/scorecard');
  const d = new Date();
  const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const report = JSON.parse(execFileSync(cli, ['score', samplePath('saas-self-serve'), '--format', 'json', '--today', today], { encoding: 'utf8' }));
  const target = report.mismatches.find((m) => m.status === 'open');
  assert.ok(target, 'the sample needs an open mismatch');

  await app.clickItem('Mismatches', { exact: true, window: 'Navigation' });
  // Select the target's row by its rank cell (other rows share its promise name).
  await app.clickItem(String(target.rank), { exact: true, window: 'Main/list' });
  await app.waitForItem(target.explanation, { exact: true, window: 'Main' });
  await app.clickItem('Dismiss…', { exact: true, window: 'Main' });
  await app.waitForItem('OK', { exact: true, window: 'Dismiss mismatch' });
  await app.typeText('Known gap, fixed next quarter');
  await app.clickItem('OK', { exact: true, window: 'Dismiss mismatch' });
  await app.waitForItem('Dismissed (1)', { exact: true, window: 'Main' });
  await app.waitForItem('saas-self-serve.scorecard.json  • unsaved changes', { window: '##MainMenuBar' });
  const openCounts = (await app.waitForItem('Open: ', { window: 'Main' })).label;

  await menu(app, 'Edit', 'Undo', { exact: false });
  await app.waitForItem('saas-self-serve.scorecard.json', { exact: true, window: '##MainMenuBar' });
  assert.equal(await app.page.evaluate(() => window.scorecardApp.isDirty()), false, 'undo back to the opened state is clean');

  await menu(app, 'Edit', 'Redo', { exact: false });
  await app.waitForItem('saas-self-serve.scorecard.json  • unsaved changes', { window: '##MainMenuBar' });
  const stored = await autosaveWithin(app, 2500, (r) => r.unsaved === true && /Known gap, fixed next quarter/.test(r.text));
  assert.ok(stored, 'nothing autosaved within 2.5 s');
  assert.equal(stored.unsaved, true);
  assert.match(stored.text, /Known gap, fixed next quarter/);

  app.page.on('dialog', (dialog) => dialog.accept());  // "leave site?" on reload: yes
  await app.page.reload({ waitUntil: 'load' });
  await app.waitForFrames(1, 20000);
  await app.waitForItem('Restored your unsaved work from', { window: 'Status' });
  await app.waitForItem('saas-self-serve.scorecard.json  • unsaved changes', { window: '##MainMenuBar' });
  await app.clickItem('Mismatches', { exact: true, window: 'Navigation' });
  // The dismissed group is scrolled out of sight here; the open counts show the edit.
  await app.waitForItem(openCounts, { exact: true, window: 'Main' });
  assert.deepEqual(app.consoleErrors, []);
}));
