// Save in place (issue 10): where the browser can write files (File System Access, Chromium),
// Save writes back to the file the document came from — after checking nobody changed it on
// disk since; if somebody did, nothing is written and the user chooses: merge theirs into mine,
// save mine as a copy, reload theirs or cancel. Never a silent overwrite. Where the browser
// cannot (the API removed here, as in Firefox or Safari), Save downloads and the menu says so.
// The browser's file pickers cannot be driven headless, so the page gets in-memory handles
// with the same interface (getFile, createWritable, requestPermission).
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withApp, repoRoot, until, reloadWith } from './lib/app.mjs';
import { menu } from './lib/dashboard.mjs';

const sampleText = fs.readFileSync(path.join(repoRoot, 'assets/samples/partner-program.scorecard.json'), 'utf8');
const NAME = 'team-plan.scorecard.json';
const cli = process.env.SCORECARD_CLI || path.join(repoRoot, 'dist/bin/scorecard');

// `scorecard format` of `text`: the canonical bytes the CLI writes for that document.
function cliFormat(text) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-format-'));
  try {
    fs.writeFileSync(path.join(dir, 'in.scorecard.json'), text);
    execFileSync(cli, ['format', path.join(dir, 'in.scorecard.json'), '-o', path.join(dir, 'out.scorecard.json')]);
    return fs.readFileSync(path.join(dir, 'out.scorecard.json'), 'utf8');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// In-memory files behind fake pickers; each write advances the file's time.
function fakeFileSystem() {
  let clock = 1.7e12;
  window.__files = {};
  window.__writes = [];
  window.__put = (name, text) => { window.__files[name] = { text, lastModified: (clock += 1000) }; };
  class Handle {
    constructor(name) { this.name = name; this.kind = 'file'; }
    async getFile() { const f = window.__files[this.name]; return new File([f.text], this.name, { lastModified: f.lastModified }); }
    async requestPermission() { return 'granted'; }
    async queryPermission() { return 'granted'; }
    async createWritable() {
      let text = '';
      return {
        write: async (t) => { text += t; },
        close: async () => {
          // A slow network drive: the write waits until the test lets it finish.
          if (window.__holdWrites) await new Promise((r) => { window.__releaseWrite = r; });
          window.__put(this.name, text);
          window.__writes.push(this.name);
        },
      };
    }
  }
  window.showOpenFilePicker = async () => [new Handle(window.__nextOpen)];
  window.showSaveFilePicker = async (o) => {
    const name = window.__nextSaveAs || o.suggestedName;
    if (!window.__files[name]) window.__put(name, '');
    return new Handle(name);
  };
}

const disk = (app, name = NAME) => app.page.evaluate((n) => window.__files[n] && window.__files[n].text, name);
const writes = (app) => app.page.evaluate(() => window.__writes.length);
const dirty = async (app) => (await app.page.title()).startsWith('\u2022');

async function openFromDisk(app) {
  await app.page.evaluate(([n, t]) => { window.__put(n, t); window.__nextOpen = n; }, [NAME, sampleText]);
  await menu(app, 'File', 'Open…');
  await app.waitForItem(NAME, { exact: true, window: '##MainMenuBar' });
}

async function recordReview(app) {
  await menu(app, 'File', 'Record review');
  await app.clickItem('Record', { exact: true, window: 'Record review' });
  await until('the review recorded', async () => dirty(app));
}

// Somebody else saves the file: the first partner renamed.
async function theyRename(app, newName) {
  const doc = JSON.parse(await disk(app));
  doc.partners[0].name = newName;
  await app.page.evaluate(([n, t]) => window.__put(n, t), [NAME, JSON.stringify(doc, null, 2) + '\n']);
}

async function save(app) {
  await menu(app, 'File', 'Save');
}

test('Save writes back to the opened file; a change on disk is merged, never overwritten', (t) => withApp(t, { via: 'http', fileAccess: true }, async (app) => {
  await reloadWith(app, fakeFileSystem);
  await openFromDisk(app);
  await app.clickItem('File', { exact: true, window: '##MainMenuBar' });
  await app.waitForItem(`Save writes back to ${NAME}`, { exact: true, window: '##Menu_' });
  await app.clickItem('Record review', { window: '##Menu_' });
  await app.clickItem('Record', { exact: true, window: 'Record review' });
  await until('the review recorded', async () => dirty(app));
  await save(app);
  await app.waitForItem(`Saved to ${NAME}.`, { window: 'Status' });
  assert.equal(await writes(app), 1);
  const written = await disk(app);
  assert.equal(JSON.parse(written).reviews.length, 1, 'the review is in the file');
  assert.equal(written, cliFormat(written), 'the file holds the canonical bytes (scorecard format)');
  assert.notEqual(written, sampleText, 'the edit changed the file');
  assert.equal(await dirty(app), false);

  // Someone else renames a partner and saves; here the review is undone; Save must not overwrite.
  await theyRename(app, 'Prairie Ag (renamed by a colleague)');
  await menu(app, 'Edit', 'Undo');
  await until('the undo made it dirty', async () => dirty(app));
  await save(app);
  await app.waitForItem(`${NAME} changed on disk since this page opened or saved it`, { window: 'File changed on disk' });
  assert.equal(await writes(app), 1, 'nothing was written');
  await app.screenshot('save-conflict');
  await app.clickItem('Merge theirs into mine', { exact: true, window: 'File changed on disk' });
  await app.waitForItem(`Merged the changes saved to ${NAME} into yours (no conflicts)`, { window: 'Status' });

  await save(app);
  await app.waitForItem(`Saved to ${NAME}.`, { window: 'Status' });
  assert.equal(await writes(app), 2);
  const merged = JSON.parse(await disk(app));
  assert.equal(merged.partners[0].name, 'Prairie Ag (renamed by a colleague)', 'their change is kept');
  assert.equal((merged.reviews ?? []).length, 0, 'my change (the undone review) is kept');
  assert.deepEqual(app.consoleErrors, []);
}));

test('on a change on disk, Cancel writes nothing and Reload theirs opens their version (undoable)', (t) => withApp(t, { via: 'http', fileAccess: true }, async (app) => {
  await reloadWith(app, fakeFileSystem);
  await openFromDisk(app);
  await recordReview(app);
  await theyRename(app, 'Prairie (theirs)');
  const theirs = await disk(app);
  await save(app);
  await app.clickItem('Cancel', { exact: true, window: 'File changed on disk' });
  await app.waitForItem(`Nothing was written: ${NAME} changed on disk`, { window: 'Status' });
  assert.equal(await disk(app), theirs, 'their file is untouched');
  assert.equal(await dirty(app), true);

  await save(app);
  await app.clickItem('Reload theirs', { exact: true, window: 'File changed on disk' });
  await app.waitForItem(`Reloaded ${NAME} as saved on disk.`, { window: 'Status' });
  assert.equal(await dirty(app), false, 'the reloaded file is what is on disk');
  await app.clickItem('Partners', { exact: true, window: 'Navigation' });
  await app.waitForItem('Prairie (theirs)', { window: 'Main' });
  await app.clickItem('Edit', { exact: true, window: '##MainMenuBar' });
  await app.waitForItem(`Undo Reload ${NAME} from disk`, { window: '##Menu_' });
  assert.equal(await disk(app), theirs);
}));

test('a document without a file asks where to save (Save As…)', (t) => withApp(t, { via: 'http', fileAccess: true }, async (app) => {
  await reloadWith(app, fakeFileSystem);
  await app.page.evaluate(() => { window.__nextSaveAs = 'new-plan.scorecard.json'; });
  await recordReview(app);
  await app.clickItem('File', { exact: true, window: '##MainMenuBar' });
  await app.waitForItem('Save asks where to write (Save As…)', { exact: true, window: '##Menu_' });
  await app.clickItem('Save', { exact: true, window: '##Menu_' });
  await app.waitForItem('Saved to new-plan.scorecard.json.', { window: 'Status' });
  assert.equal(JSON.parse(await disk(app, 'new-plan.scorecard.json')).reviews.length, 1);
  assert.equal(await dirty(app), false);
  await app.waitForItem('new-plan.scorecard.json', { exact: true, window: '##MainMenuBar' });
}));

// A browser without File System Access (Firefox, Safari; the harness removes it by default).
test('without the API Save downloads, and the menu says so', (t) => withApp(t, { via: 'http' }, async (app) => {
  await recordReview(app);
  await app.clickItem('File', { exact: true, window: '##MainMenuBar' });
  await app.waitForItem('Save downloads a copy (this browser cannot write files in place)', { exact: true, window: '##Menu_' });
  assert.equal(await app.findItem('Save As…', { exact: true, window: '##Menu_' }), null);
  const download = app.page.waitForEvent('download', { timeout: 10000 });
  await app.clickItem('Save', { exact: true, window: '##Menu_' });
  assert.match((await download).suggestedFilename(), /\.scorecard\.json$/);
  await until('clean after the download', async () => !(await dirty(app)));
}));

test('a change with the same size and time is caught, and so is a second one while the dialog is open', (t) => withApp(t, { via: 'http', fileAccess: true }, async (app) => {
  await reloadWith(app, fakeFileSystem);
  await openFromDisk(app);
  await recordReview(app);
  await save(app);
  await app.waitForItem(`Saved to ${NAME}.`, { window: 'Status' });
  // A colleague's edit that keeps the size and the time (a coarse-timestamp or synced folder).
  await app.page.evaluate((n) => {
    const f = window.__files[n];
    window.__files[n] = { text: f.text.replace('Prairie Ag Solutions', 'Prairie Ag Solution!'), lastModified: f.lastModified };
  }, NAME);
  await menu(app, 'Edit', 'Undo');
  await until('dirty again', async () => dirty(app));
  await save(app);
  await app.waitForItem(`${NAME} changed on disk`, { window: 'File changed on disk' });
  // While the dialog is open they save again; Merge uses what was read, so the next Save must
  // still find the newer file changed.
  await theyRename(app, 'Prairie, third version');
  await app.clickItem('Merge theirs into mine', { exact: true, window: 'File changed on disk' });
  await app.waitForItem(`Merged the changes saved to ${NAME}`, { window: 'Status' });
  await save(app);
  await app.waitForItem(`${NAME} changed on disk`, { window: 'File changed on disk' });
  assert.equal(await writes(app), 1, 'neither of their versions was overwritten');
  assert.equal(JSON.parse(await disk(app)).partners[0].name, 'Prairie, third version');
  await app.clickItem('Cancel', { exact: true, window: 'File changed on disk' });
}));

test('Save while a slow write is on its way waits for it: no false conflict, and later edits stay unsaved until written', (t) => withApp(t, { via: 'http', fileAccess: true }, async (app) => {
  await reloadWith(app, fakeFileSystem);
  await openFromDisk(app);
  await app.page.evaluate(() => { window.__holdWrites = true; });
  await recordReview(app);
  await save(app);                       // the first write starts and is held
  await app.nextFrames(3);               // the File menu closed
  await menu(app, 'Edit', 'Undo');       // an edit while it is on its way
  await until('the undo applied', async () => {
    await app.clickItem('Edit', { exact: true, window: '##MainMenuBar' });
    const redo = await app.waitForItem('Redo', { window: '##Menu_' });
    await app.clickItem('Edit', { exact: true, window: '##MainMenuBar' });  // close it again
    await app.nextFrames(2);
    return String(redo.label).includes('Record review');
  });
  assert.equal(await writes(app), 0, 'the first write is still on its way');
  await save(app);                       // waits for the first, then writes again
  await app.nextFrames(5);
  assert.equal(await writes(app), 0, 'the second Save did not start a second write');
  await app.page.evaluate(() => { window.__holdWrites = false; window.__releaseWrite(); });
  await until('both writes done', async () => (await writes(app)) === 2, 15000);
  await app.nextFrames(5);
  assert.equal(await app.findItem('File changed on disk'), null, 'no conflict with our own write');
  assert.equal((JSON.parse(await disk(app)).reviews ?? []).length, 0, 'the second write holds the undo');
  await until('clean once the last write is on disk', async () => !(await dirty(app)));
}));
