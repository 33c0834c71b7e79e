// Undo/redo from the keyboard and a menu that names the command: Ctrl+Z takes back the last
// edit, Ctrl+Y and Ctrl+Shift+Z reapply it, Edit > Undo / Redo say which edit they are
// ("Undo Dismiss mismatch 'X'"), and inside a text field Ctrl+Z belongs to the field.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp, visibleLabel } from './lib/app.mjs';
import { scoreReport, indexText, rowY, rowCells, waitFor, openMismatches, selectMismatch } from './lib/mismatch_rows.mjs';

const dismissedHeading = 'Dismissed (1)';

// The texts of the Edit menu's items while it is open; closes it again (a second click on Edit).
async function editMenuItems(app) {
  await app.clickItem('Edit', { exact: true, window: '##MainMenuBar' });
  await app.waitForItem('Undo', { window: '##Menu_' });
  const items = (await app.items()).filter((i) => String(i.window).includes('##Menu_')).map((i) => visibleLabel(i.label));
  await app.clickItem('Edit', { exact: true, window: '##MainMenuBar' });
  await waitFor(app, 'the Edit menu closing', (drawn) => !drawn.some((i) => String(i.window).includes('##Menu_')));
  return items;
}

async function press(app, chord) {
  await app.page.keyboard.press(chord);
  await app.nextFrames(3);
}

async function dismiss(app, reason) {
  await app.clickItem('Dismiss…', { exact: true, window: 'Main' });
  await app.waitForItem('OK', { exact: true, window: 'Dismiss mismatch' });
  await app.typeText(reason);
  await app.clickItem('OK', { exact: true, window: 'Dismiss mismatch' });
  await app.waitForItem(dismissedHeading, { exact: true, window: 'Main' });
}

// Opens the Mismatches view and selects the first open mismatch; returns it and its Undo label.
async function selectOpen(app) {
  const report = scoreReport();
  const target = report.mismatches.find((m) => m.status === 'open');
  assert.ok(target, 'the sample needs an open mismatch');
  await openMismatches(app);
  await app.waitForItem(indexText(report), { exact: true, window: 'Main' });
  await selectMismatch(app, target);
  // The mismatch's name, as the detail panel's heading shows it.
  const name = `${target.dimension_name}: ${target.promise_name} vs ${target.channel_name}`;
  await app.waitForItem(name, { exact: true, window: 'Main' });
  return { report, target, label: `Dismiss mismatch '${name}'` };
}

const isOpenAgain = (target) => (items) => {
  const y = rowY(items, target);
  return y !== null && !items.some((i) => visibleLabel(i.label) === dismissedHeading) &&
    rowCells(items, y).at(-1) === 'open';
};

test('Ctrl+Z undoes a dismissal, Ctrl+Y and Ctrl+Shift+Z redo it; Edit > Undo / Redo name the command', (t) => withApp(t, { via: 'http' }, async (app) => {
  const { target, label } = await selectOpen(app);
  // Nothing to undo yet: the items are plain and disabled.
  let menu = await editMenuItems(app);
  assert.ok(menu.includes('Undo') && menu.includes('Redo'), `Edit menu before any edit: ${menu.join(' | ')}`);

  await dismiss(app, 'Checked with sales: by design for now');
  menu = await editMenuItems(app);
  assert.ok(menu.includes(`Undo ${label}`), `Edit menu after dismissing: ${menu.join(' | ')}`);
  assert.ok(menu.includes('Redo'), `nothing to redo yet: ${menu.join(' | ')}`);

  await press(app, 'Control+z');
  await waitFor(app, 'the row returning to the open group after Ctrl+Z', isOpenAgain(target));
  menu = await editMenuItems(app);
  assert.ok(menu.includes(`Redo ${label}`), `Edit menu after Ctrl+Z: ${menu.join(' | ')}`);
  assert.ok(menu.includes('Undo'), `nothing left to undo: ${menu.join(' | ')}`);

  await press(app, 'Control+y');
  await app.waitForItem(dismissedHeading, { exact: true, window: 'Main' });
  await press(app, 'Control+z');
  await waitFor(app, 'the row returning to the open group after a second Ctrl+Z', isOpenAgain(target));
  await press(app, 'Control+Shift+z');
  await app.waitForItem(dismissedHeading, { exact: true, window: 'Main' });
  menu = await editMenuItems(app);
  assert.ok(menu.includes(`Undo ${label}`), `Edit menu after Ctrl+Shift+Z: ${menu.join(' | ')}`);
  assert.deepEqual(app.consoleErrors, []);
}));

test('Ctrl+Z in a text field undoes typing there, not the last edit of the scorecard', (t) => withApp(t, { via: 'http' }, async (app) => {
  const { report, target, label } = await selectOpen(app);
  await dismiss(app, 'Known gap');
  // The next-ranked open mismatch (in sight at the top of the list), and its Dismiss… dialog
  // with the reason field focused.
  const other = report.mismatches.filter((m) => m.status === 'open' && m.id !== target.id && m.rank > 0)
    .sort((a, b) => a.rank - b.rank)[0];
  assert.ok(other, 'the sample needs a second open mismatch');
  // The list scrolled down to the dismissed row: back to the top.
  const heading = await app.waitForItem(dismissedHeading, { exact: true, window: 'Main' });
  await app.page.mouse.move(heading.x + 40, heading.y);
  await app.page.mouse.wheel(0, -5000);
  await waitFor(app, `${other.id} scrolling into sight`, (items) => rowY(items, other) !== null);
  await selectMismatch(app, other);
  await app.clickItem('Dismiss…', { exact: true, window: 'Main' });
  await app.waitForItem('OK', { exact: true, window: 'Dismiss mismatch' });
  await app.typeText('half typed');
  await press(app, 'Control+z');
  await app.tapKey(27);
  assert.equal(await app.findItem('OK', { exact: true, window: 'Dismiss mismatch' }), null, 'Escape left the dialog open');
  const menu = await editMenuItems(app);
  assert.ok(menu.includes(`Undo ${label}`),
    `Ctrl+Z in the reason field undid the dismissal of the first mismatch: ${menu.join(' | ')}`);
  // Outside the field the same keys undo the scorecard edit.
  await press(app, 'Control+z');
  await waitFor(app, 'the first mismatch returning to the open group', isOpenAgain(target));
  assert.deepEqual(app.consoleErrors, []);
}));
