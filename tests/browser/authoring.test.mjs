// Authoring a scorecard in the real app (issue 14): from File > New to the first mismatch,
// through the one edit path (property editor, entity tables, commands, Undo/Redo).
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { withApp, visibleLabel, repoRoot, menu } from './lib/app.mjs';

const inMain = (i) => String(i.window).includes('Main');

async function go(app, view) {
  await app.clickItem(view, { exact: true, window: 'Navigation' });
}

// Picks `choice` in the combo recorded as "<label>: <current>".
async function choose(app, label, choice) {
  const combo = (await app.items()).find((i) => inMain(i) && visibleLabel(i.label).startsWith(`${label}: `));
  assert.ok(combo, `no combo "${label}"`);
  await app.clickAt(combo.x + combo.w / 2, combo.y + combo.h / 2);
  await app.clickItem(choice, { exact: true });
  await app.nextFrames(3);
}

async function undoLabel(app) {
  await app.clickItem('Edit', { exact: true, window: '##MainMenuBar' });
  const items = (await app.items()).filter((i) => String(i.window).includes('##Menu_'));
  await app.clickItem('Edit', { exact: true, window: '##MainMenuBar' });  // closes it again
  return items.map((i) => visibleLabel(i.label)).join(' | ');
}

async function key(app, combo) {
  for (const k of combo.slice(0, -1)) await app.page.keyboard.down(k);
  await app.page.keyboard.press(combo[combo.length - 1]);
  for (const k of combo.slice(0, -1).reverse()) await app.page.keyboard.up(k);
  await app.nextFrames(4);
}

// Opens Mismatches, selects the row with `promise` and `channel` (when drawn) and returns every
// text in the view, the selected mismatch's explanation and diagnosis among them.
async function mismatchTexts(app, promise = 'Try it now', channel = 'Direct sales') {
  await go(app, 'Mismatches');
  await app.nextFrames(3);
  const items = (await app.items()).filter(inMain);
  const cell = items.find((i) => visibleLabel(i.label) === promise &&
    items.some((j) => visibleLabel(j.label).startsWith(channel) && Math.abs(j.y - i.y) < 2));
  if (cell) await app.clickAt(cell.x + 10, cell.y + cell.h / 2);
  await app.nextFrames(3);
  return (await app.items()).filter(inMain).map((i) => visibleLabel(i.label));
}

test('from File > New: a segment, a self-serve promise and a sales-led channel make a mismatch; Undo/Redo move it', (t) => withApp(t, { via: 'http' }, async (app) => {
  await menu(app, 'File', 'New blank scorecard');
  await app.waitForItem('Untitled', { exact: true, window: '##MainMenuBar' });

  await go(app, 'Segments');
  await app.waitForItem('No segments yet', {});
  await app.clickItem('Add segment', { exact: true, window: 'Main' });
  await app.setField('Name', 'Small design teams');
  await app.waitForItem('Small design teams', { exact: true, window: 'Main' });
  // One Undo step for the whole name, not one per character: one Ctrl+Z gives the old name back.
  assert.match(await undoLabel(app), /Edit name of segment 'New segment'/);
  await key(app, ['Control', 'KeyZ']);
  await app.waitForItem('New segment', { exact: true, window: 'Main' });
  await key(app, ['Control', 'KeyY']);
  await app.waitForItem('Small design teams', { exact: true, window: 'Main' });

  await go(app, 'Promises');
  await app.clickItem('Add promise', { exact: true, window: 'Main' });
  await app.setField('Name', 'Try it now');
  await choose(app, 'Buying motion', 'Self-serve');

  await go(app, 'Channels');
  await app.clickItem('Add channel', { exact: true, window: 'Main' });
  await app.setField('Name', 'Direct sales');
  await choose(app, 'Buying motion', 'Sales-led');

  let texts = await mismatchTexts(app);
  const named = (list) => list.find((s) => s.includes("'Try it now'") && s.includes("'Direct sales'") && /buying motion/i.test(s));
  assert.ok(named(texts), `no mismatch naming both sides; drawn:\n${texts.join('\n')}`);

  await go(app, 'Channels');
  await app.clickItem('Direct sales', { exact: true, window: 'Main' });
  await choose(app, 'Buying motion', 'Self-serve');
  texts = await mismatchTexts(app);
  assert.equal(named(texts), undefined, 'the mismatch should be gone once the channel is self-serve');

  await key(app, ['Control', 'KeyZ']);
  texts = await mismatchTexts(app);
  assert.ok(named(texts), 'Undo brings the mismatch back');
  await key(app, ['Control', 'KeyY']);
  texts = await mismatchTexts(app);
  assert.equal(named(texts), undefined, 'Redo removes it again');
  await app.screenshot('authoring-first-mismatch');

  // Save gives exactly the bytes `scorecard format` writes for the same document.
  const download = app.page.waitForEvent('download', { timeout: 10000 });
  await menu(app, 'File', 'Save');
  const saved = fs.readFileSync(await (await download).path());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'authoring-'));
  const file = path.join(dir, 'new.scorecard.json');
  fs.writeFileSync(file, saved);
  execFileSync(path.join(repoRoot, 'dist/bin/scorecard'), ['format', file, '-o', path.join(dir, 'formatted.json')]);
  assert.ok(saved.equals(fs.readFileSync(path.join(dir, 'formatted.json'))), 'Save and scorecard format differ');
  assert.match(saved.toString(), /"name": "Small design teams"/);
  fs.rmSync(dir, { recursive: true, force: true });
}));

test('removing a segment a promise refers to names the promise, and Cancel removes nothing', (t) => withApp(t, { via: 'http' }, async (app) => {
  await go(app, 'Segments');
  await app.clickItem('Small design teams (2–15 people)', { exact: true, window: 'Main' });
  await app.clickItem('Remove…', { exact: true, window: 'Main' });
  await app.waitForItem("promise 'Try it now', by its segment — removed too", { window: 'Remove with' });
  await app.screenshot('authoring-remove-dialog');
  await app.clickItem('Cancel', { exact: true, window: 'Remove with' });
  await app.nextFrames(3);
  assert.equal(await app.findItem('Remove with what refers to it?', {}), null);
  assert.ok(await app.findItem('Small design teams (2–15 people)', { exact: true, window: 'Main' }), 'the segment is still there');
  assert.equal(await app.page.evaluate(() => window.scorecardApp.isDirty()), false, 'nothing changed');
}));

test('channel steps reorder, tables sort and filter, and Copy as TSV puts the rows on the clipboard', (t) => withApp(t, { via: 'http' }, async (app) => {
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await go(app, 'Channels');
  await app.clickItem('Direct sales (inside sales team)', { exact: true, window: 'Main' });
  await app.clickItem('Steps', { exact: true, window: 'Main' });
  const stepY = async (label) => (await app.waitForItem(label, { exact: true, window: 'Main' })).y;
  const call = 'SDR calls the lead within 24 hours';
  const form = 'Visitor clicks "Try it now" and fills in the sign-up form';
  assert.ok(await stepY(form) < await stepY(call));
  await app.clickItem(call, { exact: true, window: 'Main' });
  const moveUp = (await app.items()).filter((i) => inMain(i) && visibleLabel(i.label) === 'Move up').sort((a, b) => b.y - a.y)[0];
  await app.clickAt(moveUp.x + moveUp.w / 2, moveUp.y + moveUp.h / 2);
  await app.nextFrames(3);
  assert.ok(await stepY(call) < await stepY(form), 'the step moved up');

  await go(app, 'Segments');
  const filter = (await app.items()).find((i) => inMain(i) && visibleLabel(i.label) === 'Filter' && i.id !== 0);
  await app.clickAt(filter.x + 20, filter.y + filter.h / 2);
  await app.typeText('students');
  await app.nextFrames(3);
  assert.equal(await app.findItem('Small design teams (2–15 people)', { exact: true, window: 'Main' }), null, 'filtered out');
  assert.ok(await app.findItem('Design students and hobbyists', { exact: true, window: 'Main' }));
  await app.clickItem('Copy as TSV', { exact: true, window: 'Main' });
  const tsv = await app.page.evaluate(() => navigator.clipboard.readText());
  assert.equal(tsv.split('\n')[0], 'Name\tCustomers\tSales cycle');
  assert.match(tsv.split('\n')[1], /^Design students and hobbyists\t/);
  assert.equal(tsv.trim().split('\n').length, 2, 'only the rows shown');

  // Sort by customers: ascending puts the students (9) above the small teams (106).
  await app.tapKey(27);
  await app.clickAt(filter.x + 20, filter.y + filter.h / 2);
  await key(app, ['Control', 'KeyA']);
  await app.page.keyboard.press('Backspace');
  await app.nextFrames(3);
  await app.clickAt(1, 1);  // leave the filter box
  const order = async () => {
    const rows = (await app.items()).filter((i) => inMain(i) && i.id !== 0 &&
      ['Small design teams (2–15 people)', 'Design students and hobbyists'].includes(visibleLabel(i.label)));
    return rows.sort((a, b) => a.y - b.y).map((i) => visibleLabel(i.label));
  };
  assert.deepEqual(await order(), ['Small design teams (2–15 people)', 'Design students and hobbyists'], 'list order first');
  await app.clickItem('Customers', { exact: true, window: 'Main' });
  assert.deepEqual(await order(), ['Design students and hobbyists', 'Small design teams (2–15 people)'], 'ascending by customers');
  await app.clickItem('Customers', { exact: true, window: 'Main' });
  assert.deepEqual(await order(), ['Small design teams (2–15 people)', 'Design students and hobbyists'], 'descending by customers');
}));

test('editing a pair funnel conversion changes the diagnosis in Mismatches', (t) => withApp(t, { via: 'http' }, async (app) => {
  // The direct-sales pair's weakest stage is engage: 520 of 1,860 (28%) against a 45% benchmark.
  const weakest = async () => (await mismatchTexts(app, 'Try it now', 'Direct sales (inside sales team)'))
    .find((s) => s.includes('weakest stage')) ?? '';
  assert.match(await weakest(), /weakest stage engage: 28\.0% observed vs 45\.0% benchmark/);
  await go(app, 'Pairs');
  await app.clickItem('Frameflow Team × Direct sales', { exact: true, window: 'Main' });
  await app.clickItem('Funnel', { exact: true, window: 'Main' });
  await app.clickItem('Consideration → Engage', { exact: true, window: 'Main' });
  await app.setField('Converted', '1700');  // 91% now: the decision stage is the weakest
  const after = await weakest();
  assert.match(after, /weakest stage /);
  assert.doesNotMatch(after, /engage: 28\.0%/, `the diagnosis still names the old stage: ${after}`);
}));
