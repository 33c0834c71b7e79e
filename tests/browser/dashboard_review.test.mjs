// Review snapshots in the app (issue 8; seed 002 "set a recurring quarterly review"): File >
// Record review stores today's figures; fixing a mismatch afterwards shows "1 fixed since the
// last review" on the dashboard.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp, visibleLabel } from './lib/app.mjs';
import { clickAt, scoreReport } from './lib/mismatch_rows.mjs';
import { waitForPrefix, menu } from './lib/dashboard.mjs';

// The checklist's boxes in sight, each with the text drawn to its right on the same line.
async function checklistRows(app) {
  const items = (await app.items()).filter((i) => String(i.window).includes('Main'));
  return items.filter((i) => ['Promise side', 'Channel side'].includes(visibleLabel(i.label)))
    .sort((a, b) => a.y - b.y)
    .map((box) => ({ box, text: visibleLabel((items.find((i) => i.x > box.x + box.w && Math.abs(i.y - box.y) < 6) ?? {}).label) }));
}

// Seed 002's fix on the selected mismatch: decide, tick every touchpoint on both sides, mark
// implemented (the same steps as fix_workflow.test.mjs).
async function fixSelected(app) {
  await app.clickItem('Decide fix…', { exact: true, window: 'Main' });
  await app.clickItem('Change the message', { exact: true, window: 'Decide fix' });
  await app.clickItem('Decide', { exact: true, window: 'Decide fix' });
  await app.waitForItem('Mark implemented', { exact: true, window: 'Main' });
  for (let guard = 0; guard < 60; guard++) {
    const rows = await checklistRows(app);
    const next = rows.find((r) => !r.text.includes('(done '));
    const findings = (await app.items()).find((i) => String(i.window).startsWith('Findings'));
    const bottom = (findings ? findings.y : 760) - 40;
    if (!next || next.box.y + next.box.h > bottom) {
      if (rows.length === 0) break;
      const before = JSON.stringify(rows.map((r) => r.box.y));
      await app.page.mouse.move(rows.at(-1).box.x + 200, rows.at(-1).box.y);
      await app.page.mouse.wheel(0, 120);
      await app.nextFrames(3);
      if (!next && JSON.stringify((await checklistRows(app)).map((r) => r.box.y)) === before) break;
      continue;
    }
    await clickAt(app, next.box);
    await app.nextFrames(2);
  }
  await app.page.mouse.wheel(0, -2400);
  await app.nextFrames(3);
  await app.clickItem('Mark implemented', { exact: true, window: 'Main' });
  await app.nextFrames(3);
}

test('recording a review, then fixing a mismatch, shows "1 fixed since the last review"', (t) => withApp(t, { via: 'http' }, async (app) => {
  await waitForPrefix(app, 'No review recorded yet');
  await menu(app, 'File', 'Record review');
  await app.waitForItem('Note (optional)', { exact: true, window: 'Record review' });
  await app.clickItem('Record', { exact: true, window: 'Record review' });
  const since = await waitForPrefix(app, 'Since the last review (');
  assert.ok(!visibleLabel(since.label).includes('fixed since'), visibleLabel(since.label));

  // A top-five priority that is plainly open (the sample's first one already has a fix under
  // way, with touchpoints left) opens in the Mismatches view, selected; fix it there.
  const open = scoreReport().groups.filter((g) => g.rank && g.rank <= 5 && g.facets[0].state === 'open');
  assert.ok(open.length, 'the sample needs an open mismatch among its top five');
  const top = await waitForPrefix(app, `${open[0].rank}. `);
  await app.clickItem(visibleLabel(top.label), { exact: true, window: 'Main' });
  await app.waitForItem('Decide fix…', { exact: true, window: 'Main' });
  await fixSelected(app);
  await app.waitForItem('Verifying (1)', { window: 'Main' });

  await app.clickItem('Dashboard', { exact: true, window: 'Navigation' });
  const after = await waitForPrefix(app, 'Since the last review (');
  assert.ok(visibleLabel(after.label).includes('1 fixed since the last review'), visibleLabel(after.label));
  // Undo the fix: nothing is fixed since the review any more.
  await menu(app, 'Edit', 'Undo');
  await app.nextFrames(3);
  const undone = await waitForPrefix(app, 'Since the last review (');
  assert.ok(!visibleLabel(undone.label).includes('fixed since'), visibleLabel(undone.label));
  assert.deepEqual(app.consoleErrors, []);
}));
