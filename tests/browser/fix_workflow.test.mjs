// The fix workflow of seed 002 (steps 4–5) in the real app: decide a fix for an open mismatch,
// tick the touchpoint checklist of both sides, and only then mark it implemented; a trade-off
// cannot be accepted without its rationale; every step is one Edit > Undo.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp, visibleLabel } from './lib/app.mjs';
import { scoreReport, indexText, rowY, rowCells, waitFor, clickAt, openMismatches, selectMismatch }
  from './lib/mismatch_rows.mjs';

const progress = (done, total) => `Touchpoints to update on both sides (${done} of ${total} checklist items done)`;

// Opens the Mismatches view and selects the first open mismatch with no decision yet.
async function selectUndecided(app) {
  const report = scoreReport();
  const target = report.mismatches.find((m) => m.status === 'open' && !m.decision);
  assert.ok(target, 'the sample needs an open mismatch without a decision');
  await openMismatches(app);
  await app.waitForItem(indexText(report), { exact: true, window: 'Main' });
  await selectMismatch(app, target);
  return target;
}

async function undo(app) {
  await app.clickItem('Edit', { exact: true, window: '##MainMenuBar' });
  await app.clickItem('Undo', { window: '##Menu_' });  // "Undo <the command>"
}

// The checklist's boxes in sight (labelled with their side), top to bottom, each with the text
// of its touchpoint (drawn on the same line to its right: "… (done 2026-11-24)" once ticked).
async function checklistRows(app) {
  const items = (await app.items()).filter((i) => String(i.window).includes('Main'));
  return items.filter((i) => ['Promise side', 'Channel side'].includes(visibleLabel(i.label)))
    .sort((a, b) => a.y - b.y)
    .map((box) => ({ box, text: visibleLabel((items.find((i) => i.x > box.x + box.w && Math.abs(i.y - box.y) < 6) ?? {}).label) }));
}

// The N of "(0 of N checklist items done)".
async function checklistTotal(app) {
  const caption = (await app.items()).find((i) => /^Touchpoints to update on both sides \(\d+ of \d+ /.test(visibleLabel(i.label)));
  assert.ok(caption, 'no checklist caption drawn');
  return Number(visibleLabel(caption.label).match(/of (\d+) /)[1]);
}

test('Decide fix…, tick every touchpoint, then Mark implemented; the row moves to the verifying group', (t) => withApp(t, { via: 'http' }, async (app) => {
  const target = await selectUndecided(app);
  assert.equal(await app.findItem('Mark implemented', { exact: true }), null, 'Mark implemented before any decision');

  await app.clickItem('Decide fix…', { exact: true, window: 'Main' });
  await app.clickItem('Change the message', { exact: true, window: 'Decide fix' });
  await app.clickItem('Decide', { exact: true, window: 'Decide fix' });

  // A checklist over both sides: at least one promise and one channel touchpoint.
  await app.waitForItem('Mark implemented', { exact: true, window: 'Main' });
  const total = await checklistTotal(app);
  const firstRows = await checklistRows(app);
  assert.ok(total >= 2 && firstRows.length >= 1, `checklist of ${total} items, ${firstRows.length} in sight`);
  await app.waitForItem(progress(0, total), { exact: true, window: 'Main' });
  await app.waitForItem(`${total} checklist items still open`, { exact: true, window: 'Main' });

  // Mark implemented does nothing while items are open.
  await app.clickItem('Mark implemented', { exact: true, window: 'Main' });
  await app.nextFrames(3);
  await app.waitForItem(progress(0, total), { exact: true, window: 'Main' });

  // Tick every box, scrolling the detail panel down when the next one is out of sight; both
  // sides must appear (seed 002: fixing only one side is the top pitfall).
  const sides = new Set();
  let stuckAt = null;  // the y of a box scrolling did not move: the panel is at its end
  for (let done = 0, guard = 0; done < total; guard++) {
    assert.ok(guard < total * 8, 'could not reach every checklist box');
    const rows = await checklistRows(app);
    const next = rows.find((r) => !r.text.includes('(done '));
    // A box near the bottom of the detail panel (above the findings panel) may be cut: scroll first.
    const findings = (await app.items()).find((i) => String(i.window).startsWith('Findings'));
    const bottom = (findings ? findings.y : 760) - 40;
    const cut = next && next.box.y + next.box.h > bottom && next.box.y !== stuckAt;
    if (!next || cut) {
      const last = rows.at(-1).box;
      await app.page.mouse.move(last.x + 200, last.y);
      await app.page.mouse.wheel(0, 120);
      await app.nextFrames(3);
      const moved = (await checklistRows(app)).find((r) => r.text === (next ?? rows.at(-1)).text);
      if (next && moved && moved.box.y === next.box.y) stuckAt = next.box.y;
      continue;
    }
    sides.add(visibleLabel(next.box.label));
    await clickAt(app, next.box);
    done += 1;
    // The caption may be scrolled away: the row itself says it is done.
    const deadline = Date.now() + 10000;
    while (!(await checklistRows(app)).some((r) => r.text.startsWith(next.text) && r.text.includes('(done '))) {
      assert.ok(Date.now() < deadline, `"${next.text}" was not ticked`);
      await app.nextFrames(1);
    }
  }
  assert.deepEqual([...sides].sort(), ['Channel side', 'Promise side']);
  await app.page.mouse.wheel(0, -2400);  // back to the top of the panel, where the buttons are
  await app.nextFrames(3);
  await app.waitForItem(progress(total, total), { exact: true, window: 'Main' });
  assert.equal(await app.findItem('1 checklist item still open', { exact: true }), null);

  await app.clickItem('Mark implemented', { exact: true, window: 'Main' });
  // Fixed today is not aligned yet (seed 002: "track the same metrics for at least two full
  // sales cycles"): the row shows the report's state, verifying, under its own heading.
  const fixedRow = await waitFor(app, 'the row to show the state "verifying"', (items) => {
    const y = rowY(items, target);
    const heading = items.find((i) => visibleLabel(i.label) === 'Verifying (1)');
    return heading && y !== null && y > heading.y && rowCells(items, y).at(-1) === 'verifying';
  });
  assert.ok(fixedRow);
  // Implemented: the boxes can no longer be changed and there is nothing left to mark.
  assert.equal(await app.findItem('Mark implemented', { exact: true }), null);
  assert.equal(await app.findItem('Withdraw decision', { exact: true }), null);

  // One Undo takes back the implementation only: the ticked checklist is still there.
  await undo(app);
  await app.waitForItem('Mark implemented', { exact: true, window: 'Main' });
  await app.waitForItem(progress(total, total), { exact: true, window: 'Main' });
  assert.deepEqual(app.consoleErrors, []);
}));

test('Accepting a trade-off needs a rationale; Withdraw decision reopens the mismatch', (t) => withApp(t, { via: 'http' }, async (app) => {
  const report0 = scoreReport();
  const target = await selectUndecided(app);
  await app.clickItem('Decide fix…', { exact: true, window: 'Main' });
  await app.clickItem('Accept as a trade-off', { exact: true, window: 'Decide fix' });
  await app.waitForItem('Why accept it? (required)', { exact: true, window: 'Decide fix' });
  // Decide is disabled without the rationale: the click leaves the dialog open.
  await app.clickItem('Decide', { exact: true, window: 'Decide fix' });
  await app.nextFrames(3);
  assert.ok(await app.findItem('Decide', { exact: true, window: 'Decide fix' }), 'accepted without a rationale');

  // The rationale box has no visible label: it sits right under its caption.
  const caption = await app.waitForItem('Why accept it? (required)', { exact: true, window: 'Decide fix' });
  await clickAt(app, { x: caption.x + 10, y: caption.y + caption.h + 8, w: 20, h: 20 });
  const rationale = 'Enterprise buyers expect the call; measured separately';
  await app.typeText(rationale);
  await app.clickItem('Decide', { exact: true, window: 'Decide fix' });

  // Listed apart with the other trade-offs, after the open items, without a rank.
  const tradeoffs = report0.tradeoffs.length + 1;
  await waitFor(app, 'the row to move to the accepted trade-offs', (items) => {
    const y = rowY(items, target);
    const heading = items.find((i) => visibleLabel(i.label) === `Accepted trade-offs (${tradeoffs})`);
    return heading && y !== null && y > heading.y && !/^\d+$/.test(rowCells(items, y)[0]);
  });
  await app.waitForItem(`Rationale: ${rationale}`, { exact: true, window: 'Main' });
  assert.equal(await app.findItem('Mark implemented', { exact: true }), null, 'a trade-off has nothing to implement');

  await app.clickItem('Withdraw decision', { exact: true, window: 'Main' });
  await waitFor(app, 'the row to be open again', (items) => {
    const y = rowY(items, target);
    return y !== null && rowCells(items, y).at(-1) === 'open';
  });
  await app.waitForItem('Decide fix…', { exact: true, window: 'Main' });
  assert.deepEqual(app.consoleErrors, []);
}));

// Types a whole number into the A/B field with this label (a click selects what is there).
async function typeCount(app, label, value) {
  const field = await app.waitForItem(label, { exact: true, window: 'Main' });
  await clickAt(app, field);
  await app.typeText(String(value));
}

async function recordCounts(app, [cv, cc, vv, vc]) {
  await typeCount(app, 'Control visitors', cv);
  await typeCount(app, 'Control conversions', cc);
  await typeCount(app, 'Variant visitors', vv);
  await typeCount(app, 'Variant conversions', vc);
  await app.clickItem('Record counts', { exact: true, window: 'Main' });
}

test('An A/B test of a fix: counts in, the stopping rule and an honest verdict out; Undo restores the counts', (t) => withApp(t, { via: 'http', viewport: { width: 1600, height: 1800 } }, async (app) => {
  await selectUndecided(app);
  await app.clickItem('Decide fix…', { exact: true, window: 'Main' });
  await app.clickItem('Change the message', { exact: true, window: 'Decide fix' });
  await app.clickItem('Decide', { exact: true, window: 'Decide fix' });
  await app.clickItem('Start A/B test', { exact: true, window: 'Main' });
  await app.waitForItem('Record counts', { exact: true, window: 'Main' });

  // Seed 002's small test: 200/10 vs 200/14 is 24 leads on day 0 — keep running, not significant.
  await recordCounts(app, [200, 10, 200, 14]);
  // Seed 002 "two weeks or 100 leads, whichever comes first": before either, an interim look
  // with its numbers and no winner.
  const interim = 'Interim look, no winner yet: 24 of 100 leads';
  const early = await app.waitForItem(interim, { window: 'Main' });
  assert.match(visibleLabel(early.label), /14 days or 100 leads, whichever comes first/, 'the stopping rule is not stated');

  // 1000/50 vs 1000/75: 125 leads, past the 100-lead rule; z ≈ 2.31, p ≈ 0.021 — a real difference.
  await recordCounts(app, [1000, 50, 1000, 75]);
  await app.waitForItem('The variant converts better, and the difference is statistically real at the 5% level.', { window: 'Main' });

  // More conversions than visitors is refused, naming the arm; nothing changes.
  await typeCount(app, 'Variant conversions', 5000);
  await app.clickItem('Record counts', { exact: true, window: 'Main' });
  const refusal = await app.waitForItem('variant', { window: 'Could not change the scorecard' }).catch(() => null);
  assert.ok(refusal, 'impossible counts were not refused with a message');
  await app.clickItem('OK', { exact: true, window: 'Could not change the scorecard' });

  // Undo takes back the last recorded counts: the verdict and the fields show 200/10 vs 200/14 again.
  await undo(app);
  await app.waitForItem(interim, { window: 'Main' });
  assert.deepEqual(app.consoleErrors, []);
}));
