// The Mismatches view over the real app: the score report the CLI prints (same core, run here
// through dist/bin/scorecard) is what the view draws — index, ranking, explanation — and
// triage goes through the document history: Dismiss… with a reason moves the row to the
// dismissed group, Edit > Undo brings it back.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp, visibleLabel } from './lib/app.mjs';
import { scoreReport, indexText, diagnosisLabels, channelPair, rowY, rowCells, waitFor, clickAt, openMismatches,
  selectMismatch } from './lib/mismatch_rows.mjs';

test('Mismatches view draws the CLI report: index, readiness, top-ranked first, explanation on select', (t) => withApp(t, { via: 'http' }, async (app) => {
  const report = scoreReport();
  const top = report.mismatches[0];
  assert.equal(top.rank, 1);
  await openMismatches(app);
  await app.waitForItem(indexText(report), { exact: true, window: 'Main' });
  await app.waitForItem(`Readiness: ready (${report.readiness.customers} customers)`, { exact: true, window: 'Main' });
  const bySeverity = report.summary.open_by_severity;
  await app.waitForItem(`Open: ${bySeverity.critical} critical · ${bySeverity.high} high · ${bySeverity.medium} medium · ${bySeverity.low} low`,
    { exact: true, window: 'Main' });

  // The formula and this document's arithmetic, folded away until asked for.
  assert.equal(await app.findItem(report.alignment_index.formula, { exact: true }), null);
  await app.clickItem('How the index is computed', { exact: true, window: 'Main' });
  await app.waitForItem(report.alignment_index.formula, { exact: true, window: 'Main' });
  await app.waitForItem(report.alignment_index.computation, { exact: true, window: 'Main' });
  await app.clickItem('How the index is computed', { exact: true, window: 'Main' });
  await app.nextFrames(3);

  const items = await app.items();
  const topY = rowY(items, top);
  assert.ok(topY !== null, `top-ranked mismatch ${top.id} is not drawn as a row`);
  assert.deepEqual(rowCells(items, topY), ['1', top.severity, top.dimension_name, top.promise_name, channelPair(top),
    diagnosisLabels[top.diagnosis], top.priority_score.toFixed(2), top.state]);  // the report's state, not the file's status
  // Drawn first: above every other ranked row.
  for (const m of report.mismatches.slice(1, 4)) {
    const y = rowY(items, m);
    assert.ok(y !== null && y > topY, `${m.id} (rank ${m.rank}) is not drawn below the top-ranked one`);
  }
  assert.equal(await app.findItem(top.explanation, { exact: true, window: 'Main' }), null, 'explanation drawn before selecting');

  await clickAt(app, items.find((i) => visibleLabel(i.label) === top.promise_name && Math.abs(i.y - topY) < 2));
  await app.waitForItem(top.explanation, { exact: true, window: 'Main' });
  assert.deepEqual(app.consoleErrors, []);
}));

test('Dismiss… needs a reason, moves the row to the dismissed group; Edit > Undo brings it back', (t) => withApp(t, { via: 'http' }, async (app) => {
  const report = scoreReport();
  // The index scores each contradiction by its worst open facet (issue 13.6): dismiss a facet
  // that is its group's only worst one, so the index must move.
  const order = ['low', 'medium', 'high', 'critical'];
  const soleWorst = (m) => {
    const group = report.groups.find((g) => g.facets.some((f) => f.mismatch === m.id));
    return group && group.facets.every((f) => f.mismatch === m.id || order.indexOf(f.severity) < order.indexOf(m.severity));
  };
  const target = report.mismatches.find((m) => m.status === 'open' && m.state === 'open' && soleWorst(m));
  assert.ok(target, 'the sample needs an open mismatch that is the worst facet of its contradiction');
  assert.ok(!report.mismatches.some((m) => m.status === 'dismissed'), 'the sample should start with nothing dismissed');
  await openMismatches(app);
  await app.waitForItem(indexText(report), { exact: true, window: 'Main' });

  await selectMismatch(app, target);

  // The dialog's OK does nothing while the reason is empty.
  await app.clickItem('Dismiss…', { exact: true, window: 'Main' });
  await app.waitForItem('OK', { exact: true, window: 'Dismiss mismatch' });
  await app.clickItem('OK', { exact: true, window: 'Dismiss mismatch' });
  await app.nextFrames(3);
  assert.ok(await app.findItem('OK', { exact: true, window: 'Dismiss mismatch' }), 'the dialog closed with an empty reason');
  assert.equal(await app.findItem('Dismissed (1)', { exact: true }), null);

  const reason = 'Checked with sales: by design for now';
  await app.typeText(reason);
  await app.clickItem('OK', { exact: true, window: 'Dismiss mismatch' });

  // The row now sits under the "Dismissed" group heading, faded, without a rank.
  const moved = await waitFor(app, 'the row moving to the dismissed group', (items) => {
    const heading = items.find((i) => visibleLabel(i.label) === 'Dismissed (1)');
    const y = rowY(items, target);
    return heading && y !== null && y > heading.y ? { items, y } : null;
  });
  const cells = rowCells(moved.items, moved.y);
  assert.equal(cells[0], '–');
  assert.equal(cells.at(-1), 'dismissed');
  await app.waitForItem(reason, { exact: true, window: 'Main' });   // "Dismissed because" in the detail panel
  await app.waitForItem('Reopen', { exact: true, window: 'Main' });
  // An open mismatch fewer counts in the index.
  assert.equal(await app.findItem(indexText(report), { exact: true, window: 'Main' }), null, 'index unchanged after dismissing');

  const backInOpenGroup = (items) => {
    const y = rowY(items, target);
    return y !== null && !items.some((i) => visibleLabel(i.label) === 'Dismissed (1)') &&
      rowCells(items, y).at(-1) === 'open' && rowCells(items, y)[0] === String(target.rank);
  };
  const undo = async () => {
    await app.clickItem('Edit', { exact: true, window: '##MainMenuBar' });
    await app.clickItem('Undo', { window: '##Menu_' });  // "Undo <the command>"
  };
  await undo();
  await waitFor(app, 'the row returning to the open group after Edit > Undo', backInOpenGroup);
  await app.waitForItem(indexText(report), { exact: true, window: 'Main' });

  // Redo dismisses it again; Reopen is an edit of its own, undone like any other.
  await app.clickItem('Edit', { exact: true, window: '##MainMenuBar' });
  await app.clickItem('Redo', { window: '##Menu_' });
  await app.waitForItem('Dismissed (1)', { exact: true, window: 'Main' });
  await app.clickItem('Reopen', { exact: true, window: 'Main' });
  await waitFor(app, 'the row returning to the open group after Reopen', backInOpenGroup);
  await app.waitForItem('Dismiss…', { exact: true, window: 'Main' });
  await undo();
  await app.waitForItem('Dismissed (1)', { exact: true, window: 'Main' });
  assert.deepEqual(app.consoleErrors, []);
}));

test('Escape cancels the Dismiss… dialog and dismisses nothing', (t) => withApp(t, { via: 'http' }, async (app) => {
  const report = scoreReport();
  const target = report.mismatches.find((m) => m.status === 'open');
  await openMismatches(app);
  await app.waitForItem(indexText(report), { exact: true, window: 'Main' });
  await selectMismatch(app, target);
  await app.clickItem('Dismiss…', { exact: true, window: 'Main' });
  await app.waitForItem('OK', { exact: true, window: 'Dismiss mismatch' });
  await app.typeText('half-typed reason');
  // A tap with no frame between keydown and keyup: the app must still see it (key latch).
  await app.tapKey(27);
  assert.equal(await app.findItem('OK', { exact: true, window: 'Dismiss mismatch' }), null, 'Escape left the dialog open');
  assert.equal(await app.findItem('Dismissed (1)', { exact: true }), null, 'Escape dismissed the mismatch');
  // Opening the dialog again starts with an empty reason: OK is disabled, so a click keeps it open.
  await app.clickItem('Dismiss…', { exact: true, window: 'Main' });
  await app.clickItem('OK', { exact: true, window: 'Dismiss mismatch' });
  await app.nextFrames(3);
  assert.ok(await app.findItem('OK', { exact: true, window: 'Dismiss mismatch' }), 'the old reason was kept after Escape');
}));
