// File > Compare with… (issue 10): another scorecard file, handed to the page's file chooser, is
// compared with the open one entity by entity and field by field. The window must list exactly
// what `scorecard diff` prints for the same two files (the same core, run through the CLI),
// grouped the same way with the same words, and leave the open scorecard untouched: not dirty,
// nothing to undo.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withApp, visibleLabel, repoRoot, menu } from './lib/app.mjs';
import { openSample, sampleDoc } from './lib/dashboard.mjs';
import { waitFor } from './lib/mismatch_rows.mjs';

const file = 'partner-program.scorecard.json';
const samplePath = path.join(repoRoot, 'assets/samples', file);
const cli = process.env.SCORECARD_CLI || path.join(repoRoot, 'dist/bin/scorecard');
const opts = { via: 'http', viewport: { width: 1600, height: 1000 } };
const editedName = 'partner-program-edited.scorecard.json';

// The sample with a new title, one deal's outcome flipped and another deal removed.
function editedSample() {
  const doc = sampleDoc(file);
  doc.info.title = 'Fieldwise dealer programme 2027';
  const outcome = doc.deals.columns.indexOf('outcome');
  const flipped = doc.deals.rows[1];
  flipped[outcome] = flipped[outcome] === 'won' ? 'lost' : 'won';
  doc.deals.rows.splice(2, 1);
  return JSON.stringify(doc, null, 2) + '\n';
}

// What `scorecard diff <sample> <edited>` prints: the lines (group headings, then each change
// indented) and the summary line. It exits 1 when the files differ.
function cliDiff(text) {
  assert.ok(fs.existsSync(cli), `${cli} missing: build the native CLI first (or set SCORECARD_CLI)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compare-files-'));
  const edited = path.join(dir, editedName);
  fs.writeFileSync(edited, text);
  let out;
  try {
    out = execFileSync(cli, ['diff', samplePath, edited], { encoding: 'utf8' });
  } catch (e) {
    assert.equal(e.status, 1, `scorecard diff failed: ${e.stderr}`);
    out = e.stdout;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const lines = out.trimEnd().split('\n');
  return { text: out, lines: lines.slice(0, -1), summary: lines[lines.length - 1] };
}

// File > Compare with… and hand the browser's file chooser `text` as `name`.
async function compareThroughChooser(app, name, text) {
  const chooser = app.page.waitForEvent('filechooser', { timeout: 10000 });
  await menu(app, 'File', 'Compare with…');
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

const inWindow = (i) => String(i.window).includes('Compare with');
const dirty = async (app) => app.page.evaluate(() => window.scorecardApp.isDirty());

// The table's rows as the user reads them, top to bottom: a group heading is a row of one cell;
// a change is entity, change, then field, from, to when it changed. Rebuilt into the CLI's
// line format, so the comparison is exact.
function tableLines(items) {
  const cells = items.filter((i) => inWindow(i) && String(i.window).includes('##changes') && visibleLabel(i.label));
  const rows = new Map();
  for (const c of cells) {
    const y = Math.round(c.y / 4);
    if (!rows.has(y)) rows.set(y, []);
    rows.get(y).push(c);
  }
  const lines = [];
  for (const y of [...rows.keys()].sort((a, b) => a - b)) {
    const row = rows.get(y).sort((a, b) => a.x - b.x).map((c) => visibleLabel(c.label));
    if (row[0] === 'Entity') continue;  // the header row
    if (row.length === 1) lines.push(row[0]);
    else if (row[1] === 'changed') lines.push(`  ${row[0]}: ${row[2]} changed from ${row[3]} to ${row[4]}`);
    else lines.push(`  ${row[0]} ${row[1]}`);
  }
  return lines;
}

test('Compare with… lists exactly what scorecard diff prints, and the open scorecard stays unchanged', (t) => withApp(t, opts, async (app) => {
  await openSample(app, file);
  const text = editedSample();
  const expected = cliDiff(text);
  // The three edits and nothing else: a title, an outcome, a removed deal.
  assert.equal(expected.summary, '2 changed, 0 added, 1 removed', expected.lines.join('\n'));

  await compareThroughChooser(app, editedName, text);
  await app.waitForItem(expected.summary, { exact: true, window: 'Compare with' });
  const items = await app.items();
  assert.ok(items.some((i) => inWindow(i) && String(i.window).startsWith(`Compare with ${editedName}`)),
    'the window is titled with the chosen file');
  assert.ok(items.some((i) => inWindow(i) && visibleLabel(i.label).startsWith(
    `What ${editedName} changes compared with the open scorecard (${file})`)), 'the direction is said');
  assert.deepEqual(tableLines(items), expected.lines);
  assert.ok(expected.lines.some((l) => l.includes('Outcome changed from')), expected.lines.join('\n'));
  assert.ok(expected.lines.some((l) => / removed$/.test(l)), expected.lines.join('\n'));
  await app.screenshot('compare-files');
  // Copy as text puts exactly the CLI's report on the clipboard.
  await app.clickItem('Copy as text', { exact: true, window: 'Compare with' });
  assert.equal(await app.page.evaluate(() => window.scorecardApp.clipboardText), expected.text);

  // The filter keeps the matching change under its group's heading.
  await app.clickItem('Filter', { exact: true, window: 'Compare with' });
  await app.typeText('outcome');
  await app.waitForItem('1 of 3 changes shown', { exact: true, window: 'Compare with' });
  assert.deepEqual(tableLines(await app.items()),
    expected.lines.filter((l) => l === 'Deals' || l.includes('Outcome changed from')));

  // Reading a comparison changes nothing: not dirty, nothing to undo, the same title on screen.
  assert.equal(await dirty(app), false, 'comparing did not change the open scorecard');
  await app.clickItem('Close', { exact: true, window: 'Compare with' });
  await waitFor(app, 'the window closed', (drawn) => !drawn.some(inWindow));
  assert.equal(await dirty(app), false);
  assert.ok(!(await app.page.title()).startsWith('\u2022'), 'the tab title has no unsaved mark');
  await app.waitForItem(sampleDoc(file).info.title, { window: 'Main' });
  await app.clickItem('Edit', { exact: true, window: '##MainMenuBar' });
  const undo = await app.waitForItem('Undo', { window: '##Menu_' });
  assert.equal(visibleLabel(undo.label), 'Undo', 'no Undo step was added');
}));

test('comparing with an identical file says the files are the same', (t) => withApp(t, opts, async (app) => {
  await openSample(app, file);
  await compareThroughChooser(app, 'copy.scorecard.json', fs.readFileSync(samplePath, 'utf8'));
  await app.waitForItem('The files are the same', { exact: true, window: 'Compare with copy.scorecard.json' });
  assert.equal(tableLines(await app.items()).length, 0, 'no table of changes');
  await app.clickItem('Close', { exact: true, window: 'Compare with' });
  await waitFor(app, 'the window closed', (drawn) => !drawn.some(inWindow));
  assert.equal(await dirty(app), false);
}));

test('a file that is not a scorecard is refused by name, and the next File > Open opens normally', (t) => withApp(t, opts, async (app) => {
  await openSample(app, file);
  await compareThroughChooser(app, 'notes.scorecard.json', '{"hello": ');
  const problem = await app.waitForItem('Could not compare with notes.scorecard.json', { window: 'Could not compare files' });
  assert.ok(visibleLabel(problem.label).length > 'Could not compare with notes.scorecard.json:'.length,
    'the problem is named');
  await app.clickItem('OK', { exact: true, window: 'Could not compare files' });
  assert.equal(await dirty(app), false);
  // The compare purpose was used up: File > Open… opens the chosen file again.
  const chooser = app.page.waitForEvent('filechooser', { timeout: 10000 });
  await menu(app, 'File', 'Open…');
  await (await chooser).setFiles({ name: editedName, mimeType: 'application/json', buffer: Buffer.from(editedSample()) });
  await app.waitForItem('Fieldwise dealer programme 2027', { window: 'Main' });
  const drawn = await app.items();
  assert.ok(!drawn.some(inWindow), 'no Compare window');
}));
