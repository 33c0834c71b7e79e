// File > Open recent (issue 10): where the browser has File System Access, the files opened
// through the picker are remembered (their handles in IndexedDB), listed newest first, and open
// again like a picked file (Save writes back to it). A file that is gone or refused says so and
// leaves the list. Without the API the submenu says it is not available.
// Playwright cannot answer the browser's pickers, so the page gets in-memory handles (as in
// save_in_place.test.mjs). They cannot be cloned into IndexedDB, so the list lives in memory
// for those tests; the last test uses real handles of the origin-private file system, which
// can be stored, and checks the list survives a reload.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { withApp, repoRoot, until, reloadWith } from './lib/app.mjs';
import { menu } from './lib/dashboard.mjs';

const partnerText = fs.readFileSync(path.join(repoRoot, 'assets/samples/partner-program.scorecard.json'), 'utf8');
const saasText = fs.readFileSync(path.join(repoRoot, 'assets/samples/saas-self-serve.scorecard.json'), 'utf8');
const FIRST = 'first-plan.scorecard.json';
const SECOND = 'second-plan.scorecard.json';

// In-memory files behind fake pickers. `__gone[name]`: getFile() rejects (moved or deleted);
// `__refused[name]`: requestPermission() answers 'denied'.
function fakeFileSystem() {
  let clock = 1.7e12;
  window.__files = {};
  window.__writes = [];
  window.__gone = {};
  window.__refused = {};
  window.__put = (name, text) => { window.__files[name] = { text, lastModified: (clock += 1000) }; };
  class Handle {
    constructor(name) {
      this.name = name;
      this.kind = 'file';
      this.toString = () => `[handle ${name}]`;  // a function: structured clone refuses it, like a real page object
    }
    async getFile() {
      if (window.__gone[this.name]) throw new DOMException('A requested file could not be found', 'NotFoundError');
      const f = window.__files[this.name];
      return new File([f.text], this.name, { lastModified: f.lastModified });
    }
    async requestPermission() { return window.__refused[this.name] ? 'denied' : 'granted'; }
    async queryPermission() { return 'granted'; }
    async createWritable() {
      let text = '';
      return {
        write: async (t) => { text += t; },
        close: async () => { window.__put(this.name, text); window.__writes.push(this.name); },
      };
    }
  }
  window.showOpenFilePicker = async () => [new Handle(window.__nextOpen)];
  window.showSaveFilePicker = async (o) => new Handle(window.__nextSaveAs || o.suggestedName);
}

const dirty = async (app) => (await app.page.title()).startsWith('\u2022');
const disk = (app, name) => app.page.evaluate((n) => window.__files[n] && window.__files[n].text, name);

async function openFromDisk(app, name, text) {
  await app.page.evaluate(([n, t]) => { window.__put(n, t); window.__nextOpen = n; }, [name, text]);
  await menu(app, 'File', 'Open…');
  await app.waitForItem(name, { exact: true, window: '##MainMenuBar' });
}

// Opens File > Open recent and returns the items of the submenu (the window drawn after File's).
async function recentMenu(app) {
  await app.clickItem('File', { exact: true, window: '##MainMenuBar' });
  const file = await app.waitForItem('Open recent', { exact: true, window: '##Menu_' });
  await app.clickItem('Open recent', { exact: true, window: '##Menu_' });
  await app.nextFrames(3);
  return (await app.items()).filter((i) => String(i.window).includes('##Menu_') && i.window !== file.window);
}
const labels = (items) => items.map((i) => String(i.label).split('##')[0]);

// Clicking File again closes it and its submenu.
async function closeMenus(app) {
  await app.clickItem('File', { exact: true, window: '##MainMenuBar' });
  await until('the menus closed', async () => !(await app.items()).some((i) => String(i.window).includes('##Menu_')));
}

test('opened files are listed newest first; the older one opens and Save writes back to it', (t) => withApp(t, { via: 'http', fileAccess: true }, async (app) => {
  await reloadWith(app, fakeFileSystem);
  await openFromDisk(app, FIRST, partnerText);
  await openFromDisk(app, SECOND, saasText);
  assert.equal(await app.page.evaluate(() => window.scorecardApp.recent.storedIn()), 'memory',
    'in-memory handles cannot be stored in IndexedDB: the list is kept for the session');

  let items = await recentMenu(app);
  const files = labels(items).filter((l) => l === FIRST || l === SECOND);
  assert.deepEqual(files, [SECOND, FIRST], `newest first; drawn: ${labels(items).join(' | ')}`);
  const first = items.find((i) => labels([i])[0] === FIRST), second = items.find((i) => labels([i])[0] === SECOND);
  assert.ok(second.y < first.y, 'the newest is drawn on top');
  assert.ok(labels(items).includes('opened just now'), 'each says when it was opened');
  assert.ok(labels(items).includes('Clear recent files'));
  await app.screenshot('recent-files-menu');

  await app.clickItem(FIRST, { exact: true, window: first.window });
  await app.waitForItem(FIRST, { exact: true, window: '##MainMenuBar' });
  assert.match(await app.page.title(), new RegExp(FIRST.replace(/\./g, '\\.')));
  await app.waitForItem('Partners', { exact: true, window: 'Navigation' });

  // An edit, then Save: written to the recent file itself, not downloaded, not the other file.
  await menu(app, 'File', 'Record review');
  await app.clickItem('Record', { exact: true, window: 'Record review' });
  await until('the review recorded', async () => dirty(app));
  await menu(app, 'File', 'Save');
  await app.waitForItem(`Saved to ${FIRST}.`, { window: 'Status' });
  assert.deepEqual(await app.page.evaluate(() => window.__writes), [FIRST]);
  assert.equal(JSON.parse(await disk(app, FIRST)).reviews.length, 1);
  assert.equal(await disk(app, SECOND), saasText, 'the other file is untouched');

  // Opened again, it is now the newest.
  items = await recentMenu(app);
  assert.deepEqual(labels(items).filter((l) => l === FIRST || l === SECOND), [FIRST, SECOND]);
  await closeMenus(app);
  assert.deepEqual(app.consoleErrors, []);
}));

test('choosing a recent file with unsaved changes asks first', (t) => withApp(t, { via: 'http', fileAccess: true }, async (app) => {
  await reloadWith(app, fakeFileSystem);
  await openFromDisk(app, FIRST, partnerText);
  await openFromDisk(app, SECOND, saasText);
  await menu(app, 'File', 'Record review');
  await app.clickItem('Record', { exact: true, window: 'Record review' });
  await until('the review recorded', async () => dirty(app));
  const items = await recentMenu(app);
  await app.clickItem(FIRST, { exact: true, window: items.find((i) => labels([i])[0] === FIRST).window });
  await app.waitForItem('Cancel', { exact: true, window: 'Unsaved changes' });
  await app.clickItem('Cancel', { exact: true, window: 'Unsaved changes' });
  await app.nextFrames(3);
  await app.waitForItem(SECOND, { window: '##MainMenuBar' });
  assert.equal(await dirty(app), true, 'the unsaved work stays open');
}));

test('a recent file that is gone or refused: the message, and it leaves the list', (t) => withApp(t, { via: 'http', fileAccess: true }, async (app) => {
  await reloadWith(app, fakeFileSystem);
  await openFromDisk(app, FIRST, partnerText);
  await openFromDisk(app, SECOND, saasText);
  await app.page.evaluate((n) => { window.__gone[n] = true; }, FIRST);
  let items = await recentMenu(app);
  await app.clickItem(FIRST, { exact: true, window: items.find((i) => labels([i])[0] === FIRST).window });
  await app.waitForItem(`'${FIRST}' could not be opened: it was moved or deleted, or the browser did not allow reading it`,
    { window: 'Could not open file' });
  await app.screenshot('recent-file-gone');
  await app.clickItem('OK', { exact: true, window: 'Could not open file' });
  await app.waitForItem(SECOND, { exact: true, window: '##MainMenuBar' });
  items = await recentMenu(app);
  assert.deepEqual(labels(items).filter((l) => l === FIRST || l === SECOND), [SECOND], 'the gone file left the list');
  await closeMenus(app);

  // Permission refused: the same message, and the list is empty.
  await app.page.evaluate((n) => { window.__refused[n] = true; }, SECOND);
  items = await recentMenu(app);
  await app.clickItem(SECOND, { exact: true, window: items.find((i) => labels([i])[0] === SECOND).window });
  await app.waitForItem(`'${SECOND}' could not be opened`, { window: 'Could not open file' });
  await app.clickItem('OK', { exact: true, window: 'Could not open file' });
  items = await recentMenu(app);
  assert.ok(labels(items).includes('No recent files'), `drawn: ${labels(items).join(' | ')}`);
  await closeMenus(app);
}));

test('the same file is listed once, Save As… targets join the list, and Clear empties it', (t) => withApp(t, { via: 'http', fileAccess: true }, async (app) => {
  await reloadWith(app, fakeFileSystem);
  await openFromDisk(app, FIRST, partnerText);
  await openFromDisk(app, SECOND, saasText);
  await openFromDisk(app, FIRST, partnerText);
  await app.page.evaluate(() => { window.__nextSaveAs = 'copy.scorecard.json'; });
  await menu(app, 'File', 'Save As…');
  await app.waitForItem('Saved to copy.scorecard.json.', { window: 'Status' });
  let items = await recentMenu(app);
  assert.deepEqual(labels(items).filter((l) => l.endsWith('.scorecard.json')), ['copy.scorecard.json', FIRST, SECOND]);
  await app.clickItem('Clear recent files', { exact: true, window: items[0].window });
  items = await recentMenu(app);
  assert.deepEqual(labels(items).filter((l) => l.endsWith('.scorecard.json')), []);
  assert.ok(labels(items).includes('No recent files'));
  await closeMenus(app);
}));

// Firefox and Safari (the harness removes the pickers by default).
test('without File System Access the submenu says it is not available', (t) => withApp(t, { via: 'http' }, async (app) => {
  const items = await recentMenu(app);
  assert.deepEqual(labels(items), ['Not available in this browser']);
  await closeMenus(app);
  // The File menu's other items are all still there.
  await app.clickItem('File', { exact: true, window: '##MainMenuBar' });
  for (const item of ['Open…', 'Save', 'Compare with…', 'Merge…', 'Import CSV…', 'Open sample'])
    await app.waitForItem(item, { exact: true, window: '##Menu_' });
}));

// Real handles (the origin-private file system) are stored in IndexedDB: a reload keeps the list.
function opfsPicker() {
  window.showOpenFilePicker = async () => {
    const dir = await navigator.storage.getDirectory();
    return [await dir.getFileHandle(window.__nextOpen)];
  };
  window.showSaveFilePicker = async (o) => (await navigator.storage.getDirectory()).getFileHandle(o.suggestedName, { create: true });
}

test('stored handles survive a reload and open again', (t) => withApp(t, { via: 'http', fileAccess: true }, async (app) => {
  await reloadWith(app, opfsPicker);
  await app.page.evaluate(async ([n, text]) => {
    const dir = await navigator.storage.getDirectory();
    const w = await (await dir.getFileHandle(n, { create: true })).createWritable();
    await w.write(text);
    await w.close();
    window.__nextOpen = n;
  }, [FIRST, partnerText]);
  await menu(app, 'File', 'Open…');
  await app.waitForItem(FIRST, { exact: true, window: '##MainMenuBar' });
  await until('the list stored', async () => app.page.evaluate(() => window.scorecardApp.recent.storedIn() === 'indexeddb'));
  await app.nextFrames(10);  // the IndexedDB write completes

  await app.page.reload({ waitUntil: 'load' });
  await app.waitForFrames(1, 20000);
  await until('the stored list read', async () => app.page.evaluate(() => window.scorecardApp.recent.json() !== '[]'));
  // Autosave may have restored the same document: a blank one first, so the open is visible.
  await menu(app, 'File', 'New blank scorecard');
  await app.waitForItem('Untitled', { window: '##MainMenuBar' });
  const items = await recentMenu(app);
  assert.deepEqual(labels(items).filter((l) => l.endsWith('.scorecard.json')), [FIRST]);
  await app.clickItem(FIRST, { exact: true, window: items[0].window });
  await app.waitForItem(FIRST, { exact: true, window: '##MainMenuBar' });
  await app.clickItem('File', { exact: true, window: '##MainMenuBar' });
  await app.waitForItem(`Save writes back to ${FIRST}`, { exact: true, window: '##Menu_' });
}));
