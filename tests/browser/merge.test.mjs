// File > Merge… (issue 10): another scorecard file, handed to the page's file chooser, is merged
// into the open one by the same core as `scorecard merge`. A field both sides changed is listed
// side by side with both values; choosing Theirs and Apply gives theirs' value and what theirs
// added, as one Undo step: Edit > Undo gives back exactly the document before (the saved bytes
// are compared). Cancel changes nothing; a common ancestor makes the merge three-way.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { withApp, visibleLabel, menu } from './lib/app.mjs';
import { openSample, sampleDoc } from './lib/dashboard.mjs';
import { waitFor } from './lib/mismatch_rows.mjs';

const file = 'partner-program.scorecard.json';
const opts = { via: 'http', viewport: { width: 1600, height: 1000 } };
const theirsName = 'theirs.scorecard.json';
const oursValue = 1300;  // the first segment's customers (1240 in the sample)
const theirsValue = 1500;
const added = { id: 'seg_added_by_theirs', name: 'Greenhouse growers' };

const inMerge = (i) => String(i.window).includes('###merge_files') || String(i.window).startsWith('Merge ');

// The sample as a colleague changed it: the first segment's customers, a segment added.
function theirsText() {
  const doc = sampleDoc(file);
  doc.segments[0].customers = theirsValue;
  doc.segments.push(added);
  return JSON.stringify(doc, null, 2) + '\n';
}

async function selectAllAndType(app, text) {
  await app.page.keyboard.down('Control');
  await app.page.keyboard.press('KeyA');
  await app.page.keyboard.up('Control');
  await app.nextFrames(2);
  await app.typeText(text);
}

// Sets the first segment's customers in the property editor (one command, one Undo step).
async function editFirstSegment(app, customers) {
  await app.clickItem('Segments', { exact: true, window: 'Navigation' });
  await app.clickItem(sampleDoc(file).segments[0].name, { exact: true, window: 'Main' });
  await app.setField('Customers', customers);
  await app.waitForItem(`${customers} customers`, { exact: true, window: 'Main' });
}

// File > Save downloads the document (no File System Access in the tests): its bytes.
async function savedBytes(app) {
  const download = app.page.waitForEvent('download', { timeout: 10000 });
  await menu(app, 'File', 'Save');
  return fs.readFileSync(await (await download).path());
}

// Hands the browser's file chooser `text` as `name` after `open` asked for it.
async function chooseFile(app, open, name, text) {
  const chooser = app.page.waitForEvent('filechooser', { timeout: 10000 });
  await open();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function startMerge(app) {
  await chooseFile(app, () => menu(app, 'File', 'Merge…'), theirsName, theirsText());
  await app.waitForItem(`Merging ${theirsName} (theirs) into the open scorecard (ours).`, { exact: true });
}

async function undoItem(app) {
  await app.clickItem('Edit', { exact: true, window: '##MainMenuBar' });
  const undo = await app.waitForItem('Undo', { window: '##Menu_' });
  return visibleLabel(undo.label);
}

test('Merge… lists the conflict with both values; Theirs + Apply takes theirs and the addition; Undo restores the bytes', (t) => withApp(t, opts, async (app) => {
  await openSample(app, file);
  await editFirstSegment(app, oursValue);
  const before = await savedBytes(app);
  assert.equal(JSON.parse(before.toString()).segments[0].customers, oursValue);

  await startMerge(app);
  const items = await app.items();
  const texts = items.filter(inMerge).map((i) => visibleLabel(i.label));
  assert.ok(texts.some((s) => s.startsWith('Two-way merge')), `the window says it is two-way:\n${texts.join('\n')}`);
  assert.ok(texts.some((s) => /, 1 conflict$/.test(s)), `the summary counts one conflict:\n${texts.join('\n')}`);
  // The conflict, side by side: the entity, the field in words, ours and theirs in words.
  const row = items.find((i) => inMerge(i) && visibleLabel(i.label) === String(theirsValue));
  assert.ok(row, `theirs' value is listed:\n${texts.join('\n')}`);
  const sameRow = items.filter((i) => inMerge(i) && Math.abs(i.y - row.y) < 4).map((i) => visibleLabel(i.label));
  assert.ok(sameRow.includes(String(oursValue)), `ours' value on the same row: ${sameRow.join(' | ')}`);
  assert.ok(sameRow.includes('Customers'), `the field in words: ${sameRow.join(' | ')}`);
  const segment = sampleDoc(file).segments[0];
  assert.ok(sameRow.includes(`Segment '${segment.name}' (${segment.id})`), `the entity: ${sameRow.join(' | ')}`);
  await app.screenshot('merge-window');

  await app.clickItem('Theirs', { exact: true, window: 'Merge ' });
  await app.clickItem('Apply', { exact: true, window: 'Merge ' });
  await waitFor(app, 'the Merge window closing', (drawn) => !drawn.some(inMerge));
  assert.equal(await undoItem(app), `Undo Merge ${theirsName}`, 'one Undo step named after the file');
  await app.clickItem('Edit', { exact: true, window: '##MainMenuBar' });  // closes the menu
  const merged = JSON.parse((await savedBytes(app)).toString());
  assert.equal(merged.segments[0].customers, theirsValue, "theirs' value was taken");
  assert.ok(merged.segments.some((s) => s.id === added.id && s.name === added.name), "theirs' addition is in");

  // Edit > Undo: exactly the document before the merge.
  await app.clickItem('Edit', { exact: true, window: '##MainMenuBar' });
  await app.clickItem(`Undo Merge ${theirsName}`, { exact: true, window: '##Menu_' });
  const undone = await savedBytes(app);
  assert.ok(undone.equals(before), 'Undo gives back the bytes saved before the merge');
  assert.deepEqual(app.foreignRequests, []);
}));

test('Merge… then Cancel changes nothing, also after choosing a common ancestor (three-way)', (t) => withApp(t, opts, async (app) => {
  await openSample(app, file);
  await editFirstSegment(app, oursValue);
  const before = await savedBytes(app);
  const undoBefore = await undoItem(app);
  await app.clickItem('Edit', { exact: true, window: '##MainMenuBar' });  // closes the menu

  await startMerge(app);
  // The sample both started from: three-way; both sides changed the customers, still a conflict.
  await chooseFile(app, () => app.clickItem('Choose common ancestor…', { exact: true, window: 'Merge ' }),
    file, JSON.stringify(sampleDoc(file), null, 2) + '\n');
  await app.waitForItem(`Common ancestor: ${file}`, { exact: true, window: 'Merge ' });
  const texts = (await app.items()).filter(inMerge).map((i) => visibleLabel(i.label));
  assert.ok(texts.some((s) => s.startsWith(`Three-way merge: what changed since ${file}`)), texts.join('\n'));
  assert.ok(texts.includes(`1 change taken from ${theirsName}, 1 conflict`), texts.join('\n'));
  assert.ok(texts.includes(String(sampleDoc(file).segments[0].customers)), `the base value is listed:\n${texts.join('\n')}`);

  await app.clickItem('Theirs', { exact: true, window: 'Merge ' });
  await app.clickItem('Cancel', { exact: true, window: 'Merge ' });
  await waitFor(app, 'the Merge window closing', (drawn) => !drawn.some(inMerge));
  assert.equal(await app.page.evaluate(() => window.scorecardApp.isDirty()), false, 'nothing changed');
  assert.equal(await undoItem(app), undoBefore, 'no Undo step was added');
  await app.clickItem('Edit', { exact: true, window: '##MainMenuBar' });
  assert.ok((await savedBytes(app)).equals(before), 'the document is as before');
  assert.deepEqual(app.foreignRequests, []);
}));

test('Edit: a value that does not fit the field is refused with the reason; Apply waits for one that fits', (t) => withApp(t, opts, async (app) => {
  await openSample(app, file);
  await editFirstSegment(app, oursValue);
  await startMerge(app);
  await app.clickItem('Edit', { exact: true, window: 'Merge ' });
  // Edit starts from ours' value; customers are a whole number, so "lots" is refused.
  const box = await app.waitForItem('Edited value', { exact: true, window: 'Merge ' });
  await app.clickAt(box.x + box.w / 2, box.y + box.h / 2);
  await selectAllAndType(app, 'lots');
  await app.waitForItem("'lots' is not a whole number", { window: 'Merge ' });
  await app.clickAt(box.x + box.w / 2, box.y + box.h / 2);
  await selectAllAndType(app, '1400');
  await waitFor(app, 'the refusal going away', (drawn) => !drawn.some((i) => inMerge(i) && visibleLabel(i.label).includes('not a whole number')));
  await app.clickItem('Apply', { exact: true, window: 'Merge ' });
  await waitFor(app, 'the Merge window closing', (drawn) => !drawn.some(inMerge));
  const merged = JSON.parse((await savedBytes(app)).toString());
  assert.equal(merged.segments[0].customers, 1400);
}));
