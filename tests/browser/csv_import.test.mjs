// CSV import in the app (issue 9): a partner's monthly export goes through a preview with the
// column mapping, every bad cell is listed with its row and column, and the import is all or
// nothing — refused, the scorecard is unchanged; accepted, one Undo step removes it.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp, visibleLabel, menu } from './lib/app.mjs';
import { openSample } from './lib/dashboard.mjs';
import { waitFor } from './lib/mismatch_rows.mjs';

const file = 'partner-program.scorecard.json';
const opts = { via: 'http', viewport: { width: 1600, height: 1200 } };
const header = 'id,partner_id,account,sku,quantity,list_price_minor,quoted_price_minor,discount_bp,approved,outcome,closed_on';
const partners = ['p_prairie', 'p_riverbend', 'p_summit', 'p_delta', 'p_greenacre', 'p_coastal'];

// `rows` deals of October 2026 at list price; `bad` = {row, column, value} puts one bad cell in.
function dealsCsv(rows, bad) {
  const lines = [header];
  for (let i = 0; i < rows; ++i) {
    const cells = [`imp${i}`, partners[i % partners.length], `Farm ${i}`, 'FW-SENSOR', '2', '49900', '49900', '0', 'no',
      'won', `2026-10-${String(1 + (i % 28)).padStart(2, '0')}`];
    if (bad && bad.row === i) cells[bad.column - 1] = bad.value;
    lines.push(cells.join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

// File > Import CSV… and hand the browser's file chooser the CSV.
async function importThroughChooser(app, name, text) {
  const chooser = app.page.waitForEvent('filechooser', { timeout: 10000 });
  await menu(app, 'File', 'Import CSV…');
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

const inDialog = (i) => String(i.window).includes('Import CSV');
const dirty = async (app) => (await app.page.title()).startsWith('\u2022');

test('a CSV with one bad cell among 10,000 rows is refused with its row and column; the scorecard is unchanged', (t) => withApp(t, opts, async (app) => {
  await openSample(app, file);
  // Data row 6,000 is CSV line 6,001 (the header is line 1, as a spreadsheet numbers rows).
  await importThroughChooser(app, 'october-deals.csv', dealsCsv(10000, { row: 5999, column: 5, value: '2x' }));
  await app.waitForItem('10000 rows, columns separated by \',\'', { window: 'Import CSV', timeout: 30000 });
  await app.waitForItem('Into: deals', { exact: true, window: 'Import CSV' });
  const problem = await waitFor(app, 'the bad cell listed', (items) =>
    items.find((i) => inDialog(i) && visibleLabel(i.label).startsWith('Row 6,001, column 5 (quantity)')), 30000);
  assert.ok(problem, 'the problem names row 6,001, column 5');
  const all = (await app.items()).filter(inDialog).map((i) => visibleLabel(i.label));
  assert.ok(all.some((l) => l.startsWith('Nothing can be imported until every problem below is fixed (1 problem)')), all.join('\n'));
  await app.screenshot('csv-import-refused');
  // Import is disabled: a click changes nothing.
  await app.clickItem('Import 10,000 deals from october-deals.csv', { exact: true, window: 'Import CSV' });
  await app.nextFrames(3);
  await app.clickItem('Cancel', { exact: true, window: 'Import CSV' });
  await waitFor(app, 'the dialog closed', (items) => !items.some(inDialog));
  assert.equal(await dirty(app), false, 'the scorecard is unchanged');
  await app.clickItem('Edit', { exact: true, window: '##MainMenuBar' });
  const undo = await app.waitForItem('Undo', { window: '##Menu_' });
  assert.ok(!visibleLabel(undo.label).includes('Import'), `nothing to undo: ${visibleLabel(undo.label)}`);
}));

test('a good CSV imports as one step and Undo removes it', (t) => withApp(t, opts, async (app) => {
  await openSample(app, file);
  await importThroughChooser(app, 'october-deals.csv', dealsCsv(10000));
  await app.waitForItem('Ready: 10000 added, 0 updated, 0 unchanged.', { exact: false, window: 'Import CSV', timeout: 30000 });
  await app.clickItem('Import 10,000 deals from october-deals.csv', { exact: true, window: 'Import CSV' });
  await waitFor(app, 'the dialog closed', (items) => !items.some(inDialog), 30000);
  await waitFor(app, 'the import reported', (items) => items.some((i) => visibleLabel(i.label).startsWith('added 10000, updated 0, unchanged 0 deals from october-deals.csv')));
  assert.equal(await dirty(app), true, 'the import changed the scorecard');
  await menu(app, 'Edit', 'Undo Import 10,000 deals from october-deals.csv', { exact: false });
  await waitFor(app, 'the import undone', () => true);
  await app.nextFrames(3);
  assert.equal(await dirty(app), false, 'Undo took the scorecard back to the file as opened');
  await app.clickItem('Edit', { exact: true, window: '##MainMenuBar' });
  const redo = await app.waitForItem('Redo', { window: '##Menu_' });
  assert.ok(visibleLabel(redo.label).includes('Import 10,000 deals'), visibleLabel(redo.label));
}));

// A long file (200,000 rows, ~17 MB) is read a slice a frame: the dialog shows the rows read so
// far while frames keep being drawn, and Cancel in the middle leaves the scorecard unchanged.
test('a long CSV is checked with progress shown, frames keep coming, and Cancel stops it', (t) => withApp(t, opts, async (app) => {
  await openSample(app, file);
  await importThroughChooser(app, 'year-of-deals.csv', dealsCsv(200000));
  const seen = new Set();
  const framesAtStart = await app.frames();
  const deadline = Date.now() + 60000;
  let ready = false;
  while (Date.now() < deadline && !ready) {
    const items = (await app.items()).filter(inDialog).map((i) => visibleLabel(i.label));
    for (const l of items) if (l.startsWith('Checking the file: Reading rows: ')) seen.add(l);
    ready = items.some((l) => l.startsWith('Ready: 200000 added'));
    if (seen.size >= 3 && !ready) break;
  }
  assert.ok(seen.size >= 3, `progress shown over several frames while reading: ${[...seen].join(' | ')}`);
  assert.ok(!ready, 'the dialog was still reading when progress was seen');
  assert.ok((await app.frames()) - framesAtStart >= 3, 'frames kept being drawn during the import');
  await app.screenshot('csv-import-progress');
  await app.clickItem('Cancel', { exact: true, window: 'Import CSV' });
  await waitFor(app, 'the dialog closed', (items) => !items.some(inDialog), 30000);
  assert.equal(await dirty(app), false, 'Cancel left the scorecard unchanged');
}));
