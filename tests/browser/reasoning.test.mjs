// The Mismatches view shows what the score report reasons (issue 13): the report's state
// ("verifying" while a fix's two sales cycles run, with its reason), the index's share resting on
// unverified fixes, the readiness caveat beside the index and the ranking, systemic misalignment
// first, trade-offs apart with their measured cost, the core's fix options in the Decide fix…
// dialog in its order, and an A/B test that has reached neither stopping rule shown as an
// interim look without a winner. Each fixture is the saas sample changed here, dropped on the
// page like a user's file, and scored by the CLI (the same core) for the expected values.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withApp, sample, visibleLabel } from './lib/app.mjs';
import { localToday, rowY, rowCells, waitFor, clickAt, openMismatches, selectMismatch, scoreReport }
  from './lib/mismatch_rows.mjs';
import { repoRoot } from './lib/app.mjs';

const cli = process.env.SCORECARD_CLI || path.join(repoRoot, 'dist/bin/scorecard');
// The vocabulary's labels of the decision kinds (core/model/vocabularies.h kDecisionKind).
const kindLabels = { change_message: 'Change the message', adjust_channel: 'Adjust the channel',
  both: 'Both sides', stop_channel: 'Stop using the channel', accept_tradeoff: 'Accept as a trade-off' };

// `days` before the user's local date, as "YYYY-MM-DD".
function daysAgo(days) {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// The CLI's JSON report of a document value, at the user's local date.
function scoreOf(doc) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-reasoning-'));
  try {
    const file = path.join(dir, 'fixture.scorecard.json');
    fs.writeFileSync(file, JSON.stringify(doc, null, 2));
    return JSON.parse(execFileSync(cli, ['score', file, '--format', 'json', '--today', localToday()], { encoding: 'utf8' }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// The saas sample with its guided-setup fix finished ten days ago: every touchpoint ticked,
// the mismatch marked fixed, its two-sales-cycle verification started that day.
function verifyingFixture() {
  const doc = sample();
  const fixedOn = daysAgo(10);
  const decision = doc.decisions.find((d) => d.id === 'dec_guided_setup');
  decision.implemented_on = fixedOn;
  for (const item of decision.checklist) { item.done = true; item.done_on = fixedOn; }
  doc.mismatches.find((m) => m.id === decision.mismatch_id).status = 'fixed';
  doc.verifications.find((v) => v.decision_id === decision.id).started_on = fixedOn;
  // The contradiction's other facets (access, setup effort, service level: issue 13.6 counts
  // one contradiction once, by its worst open facet) are dismissed, so the index rests on the fix.
  const fixed = doc.mismatches.find((m) => m.id === decision.mismatch_id);
  for (const m of doc.mismatches) {
    if (m.id === fixed.id || m.promise_id !== fixed.promise_id || m.channel_id !== fixed.channel_id) continue;
    m.status = 'dismissed';
    m.dismissed_reason = 'covered by the guided-setup fix';
  }
  return doc;
}

// Drops a document on the canvas as a user would drop a file, and opens the Mismatches view.
async function openFixture(app, doc, name = 'fixture.scorecard.json') {
  await app.dropFile({ name, text: JSON.stringify(doc, null, 2) });
  await app.waitForItem(name, { window: 'Main' }).catch(() => {});  // the overview names the file
  await openMismatches(app);
}

const headline = (r) => {
  const base = `Alignment index ${r.alignment_index.value.toFixed(1)} / 100`;
  return r.alignment_index.verifying_mismatches > 0
    ? `${base}, of which ${r.alignment_index.points_awaiting_verification.toFixed(1)} points await verification` : base;
};

test('A fixed mismatch still in its two sales cycles shows as verifying; the index says what rests on it', (t) => withApp(t, { via: 'http', viewport: { width: 1600, height: 1800 } }, async (app) => {
  const doc = verifyingFixture();
  const report = scoreOf(doc);
  const target = report.mismatches.find((m) => m.id === 'mm-6dfd8d8f');
  assert.equal(target.state, 'verifying', 'the fixture should make the fix verifying');
  assert.ok(report.alignment_index.points_awaiting_verification > 0);
  await openFixture(app, doc);
  // Seed 002 "measure results for at least two sales cycles before concluding".
  await app.waitForItem(headline(report), { exact: true, window: 'Main' });

  // The row sits in the Verifying section, without a rank, its state column saying so.
  const row = await waitFor(app, 'the verifying row under its heading', (items) => {
    const heading = items.find((i) => visibleLabel(i.label) === 'Verifying (1)');
    const y = rowY(items, target);
    return heading && y !== null && y > heading.y ? { items, y } : null;
  });
  const cells = rowCells(row.items, row.y);
  assert.equal(cells[0], '–');
  assert.equal(cells.at(-1), 'verifying');

  // Hovering the state shows why; the detail panel says it too.
  const stateCell = row.items.find((i) => visibleLabel(i.label) === 'verifying' && Math.abs(i.y - row.y) < 8);
  await app.page.mouse.move(stateCell.x + 5, stateCell.y + stateCell.h / 2);
  await app.nextFrames(3);
  if (target.state_reason) await app.waitForItem(target.state_reason, { exact: true, window: 'Tooltip' });
  await selectMismatch(app, target);
  await app.waitForItem(target.state_reason ? `verifying: ${target.state_reason}` : 'verifying', { exact: true, window: 'Main' });
  assert.deepEqual(app.consoleErrors, []);
}));

test('The Decide fix… dialog offers the core\'s options in its order, each with its reason, and starts on the best fit', (t) => withApp(t, { via: 'http' }, async (app) => {
  const report = scoreReport();
  // A mismatch whose best fit is not the dialog's old default ("both"), so the order is the core's.
  const target = report.mismatches.find((m) => m.state === 'open' && !m.decision && m.options.length && m.options[0].kind !== 'both') ??
    report.mismatches.find((m) => m.state === 'open' && !m.decision && m.options.length);
  assert.ok(target, 'the sample needs an open mismatch with options');
  assert.equal(target.options.at(-1).kind, 'accept_tradeoff');
  await openMismatches(app);
  await app.waitForItem(headline(report), { exact: true, window: 'Main' });
  await selectMismatch(app, target);
  await app.waitForItem(`best fit: ${target.options[0].reason}`, { exact: true, window: 'Main' });
  await app.clickItem('Decide fix…', { exact: true, window: 'Main' });
  await app.waitForItem('Decide', { exact: true, window: 'Decide fix' });

  const items = (await app.items()).filter((i) => String(i.window).includes('Decide fix'));
  const labels = Object.values(kindLabels);
  const radios = items.filter((i) => labels.includes(visibleLabel(i.label))).sort((a, b) => a.y - b.y);
  assert.deepEqual(radios.map((i) => visibleLabel(i.label)), target.options.map((o) => kindLabels[o.kind]));
  // Each reason is drawn on its option's line, to the right of the button.
  target.options.forEach((o, n) => {
    const reason = items.find((i) => visibleLabel(i.label) === o.reason);
    assert.ok(reason, `the reason of ${o.kind} is not drawn: ${o.reason}`);
    assert.ok(Math.abs(reason.y - radios[n].y) < 6 && reason.x > radios[n].x, `the reason of ${o.kind} is not beside it`);
  });
  assert.match(target.options.at(-1).reason, /accept as an intentional trade-off \(rationale required\)/);

  // Picking the trade-off asks for its rationale; picking the best fit again and deciding
  // records that kind (the dialog started on it).
  await app.clickItem('Accept as a trade-off', { exact: true, window: 'Decide fix' });
  await app.waitForItem('Why accept it? (required)', { exact: true, window: 'Decide fix' });
  await app.clickItem(kindLabels[target.options[0].kind], { exact: true, window: 'Decide fix' });
  await app.waitForItem('Rationale (optional)', { exact: true, window: 'Decide fix' });
  await app.clickItem('Decide', { exact: true, window: 'Decide fix' });
  await app.waitForItem(`${kindLabels[target.options[0].kind]} · decided ${localToday()}`, { window: 'Main' });
  assert.deepEqual(app.consoleErrors, []);
}));

test('Decide fix… starts on the best fit: deciding without picking records the first option', (t) => withApp(t, { via: 'http' }, async (app) => {
  const report = scoreReport();
  const target = report.mismatches.find((m) => m.state === 'open' && !m.decision && m.options.length && m.options[0].kind !== 'both');
  assert.ok(target, 'the sample needs an open mismatch whose best fit is not "both"');
  await openMismatches(app);
  await app.waitForItem(headline(report), { exact: true, window: 'Main' });
  await selectMismatch(app, target);
  await app.clickItem('Decide fix…', { exact: true, window: 'Main' });
  await app.clickItem('Decide', { exact: true, window: 'Decide fix' });
  await app.waitForItem(`${kindLabels[target.options[0].kind]} · decided ${localToday()}`, { window: 'Main' });
}));

test('An A/B test that has reached neither stopping rule is an interim look, with its numbers and no winner', (t) => withApp(t, { via: 'http', viewport: { width: 1600, height: 1800 } }, async (app) => {
  // Seed 002: "Run the test for two weeks or 100 leads, whichever comes first". Three days in,
  // 48 leads, a fivefold difference: still only a look.
  const doc = sample();
  doc.experiments.push({ id: 'exp_interim', name: 'Honest hero line', decision_id: 'dec_guided_setup',
    mismatch_id: 'mm-6dfd8d8f', hypothesis: 'Saying a call helps converts more', started_on: daysAgo(3),
    control_visitors: 400, control_conversions: 8, variant_visitors: 400, variant_conversions: 40,
    max_days: 14, max_leads: 100, created: '2026-05-04T09:00:00Z', updated: '2026-05-04T09:00:00Z' });
  const report = scoreOf(doc);
  const verdict = report.experiments.find((e) => e.id === 'exp_interim' || e.experiment === 'exp_interim');
  assert.ok(verdict, 'the CLI reports the fixture experiment');
  await openFixture(app, doc);
  const target = report.mismatches.find((m) => m.id === 'mm-6dfd8d8f');
  await app.waitForItem(headline(report), { exact: true, window: 'Main' });
  await selectMismatch(app, target);
  await app.waitForItem('Interim look, no winner yet: 48 of 100 leads after 3 of 14 days (the test runs 14 days or 100 leads, whichever comes first)',
    { exact: true, window: 'Main' });
  const summary = await app.waitForItem('Interim look, no verdict yet', { window: 'Main' });
  assert.match(visibleLabel(summary.label), /8\/400|2\.0%/, 'the interim numbers are not shown');
  const drawn = (await app.items()).map((i) => visibleLabel(i.label));
  assert.ok(!drawn.some((l) => /statistically real|converts better|^Result:/.test(l)),
    `an interim look reads as a result:\n  ${drawn.filter((l) => /statistically|better|Result/.test(l)).join('\n  ')}`);
  assert.deepEqual(app.consoleErrors, []);
}));

test('Readiness warns: the caveat sits with the index and the ranked list', (t) => withApp(t, { via: 'http' }, async (app) => {
  // Seed 002 "When not to proceed": fewer than 50 customers.
  const doc = sample();
  doc.readiness.customers = 30;
  const report = scoreOf(doc);
  assert.ok(report.alignment_index.caveat, 'the fixture should make readiness warn');
  await openFixture(app, doc);
  const index = await app.waitForItem(headline(report), { exact: true, window: 'Main' });
  const caveat = await app.waitForItem(`Caveat: ${report.alignment_index.caveat}`, { exact: true, window: 'Main' });
  const open = report.mismatches.filter((m) => m.rank > 0).length;
  const ranked = await app.waitForItem(`Open (${open}), ranked as a first look: readiness warns`, { exact: true, window: 'Main' });
  // Index, caveat, then the ranked list's caption, and the first ranked row below it.
  assert.ok(index.y < caveat.y && caveat.y < ranked.y, 'the caveat is not between the index and the ranking');
  const y = rowY(await app.items(), report.mismatches[0]);
  assert.ok(y !== null && y > ranked.y);
}));

test('Systemic misalignment is said first; trade-offs are listed apart with their measured cost', (t) => withApp(t, { via: 'http', viewport: { width: 1600, height: 1800 } }, async (app) => {
  const report = scoreReport();
  await openMismatches(app);
  const index = await app.waitForItem(headline(report), { exact: true, window: 'Main' });
  for (const s of report.systemic) {
    const line = await app.waitForItem(`Systemic misalignment: ${s.message}`, { exact: true, window: 'Main' });
    assert.ok(line.y < index.y, 'the systemic line is not above the index');
  }
  assert.ok(report.tradeoffs.length > 0, 'the sample needs an accepted trade-off');
  const heading = await app.waitForItem(`Accepted trade-offs (${report.tradeoffs.length})`, { exact: true, window: 'Main' });
  for (const col of ['Customers lost', 'Revenue lost', 'Complaints'])
    await app.waitForItem(col, { exact: true, window: 'Main' });
  // After every open item, without a rank; its cells are the report's measured cost.
  const items = await app.items();
  for (const m of report.mismatches.filter((x) => x.rank > 0)) {
    const y = rowY(items, m);
    if (y !== null) assert.ok(y < heading.y, `open ${m.id} is drawn below the trade-offs`);
  }
  const t0 = report.tradeoffs[0];
  const cost = t0.cost;
  const row = items.filter((i) => String(i.window).includes('Main') && i.y > heading.y &&
    visibleLabel(i.label) === String(cost.complaints));
  assert.ok(row.length, `no cell with the trade-off's ${cost.complaints} complaints`);
  const cells = rowCells(items, row[0].y);
  assert.ok(cells.includes(String(cost.lost_customers)), `lost customers not in ${cells}`);
  const dollars = (minor) => `$${(minor / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  assert.ok(cells.includes(dollars(cost.lost_revenue_minor)), `lost revenue ${dollars(cost.lost_revenue_minor)} not in ${cells}`);
  assert.ok(!cells.some((c) => /^\d+$/.test(c) && c !== String(cost.lost_customers) && c !== String(cost.complaints)),
    `a rank-like number in the trade-off row: ${cells}`);
}));

test('A contradiction lists its facets, and one decision covers them all; one Undo takes it back', (t) => withApp(t, { via: 'http', viewport: { width: 1600, height: 1800 } }, async (app) => {
  // Issue 13.6, seed 002: a premium brand in a discount channel is one decision ("a calculated
  // trade-off"), not one per dimension.
  const report = scoreReport();
  const group = report.groups.find((g) => g.state === 'open' && g.facets.length > 1 &&
    g.facets.every((f) => f.state === 'open') && g.decidable.length === g.facets.length);
  assert.ok(group, 'the sample needs an open contradiction with several undecided facets');
  const facets = group.facets.map((f) => report.mismatches.find((m) => m.id === f.mismatch));
  const facetLine = (m, state) => `${m.dimension_name} · ${m.severity} · ${state}`;
  await openMismatches(app);
  await app.waitForItem(headline(report), { exact: true, window: 'Main' });
  await selectMismatch(app, facets[0]);
  // The facets are listed under the contradiction's caption when it is expanded.
  assert.equal(await app.findItem(facetLine(facets[1], 'open'), { exact: true, window: 'Main' }), null);
  await app.clickItem(`One contradiction, ${facets.length} facets`, { exact: true, window: 'Main' });
  for (const m of facets) await app.waitForItem(facetLine(m, 'open'), { exact: true, window: 'Main' });
  // A facet in the list selects it.
  await app.clickItem(facetLine(facets[1], 'open'), { exact: true, window: 'Main' });
  await app.waitForItem(facets[1].explanation, { exact: true, window: 'Main' });

  await app.clickItem(`Decide for all ${facets.length} facets…`, { exact: true, window: 'Main' });
  await app.waitForItem(`For all ${facets.length} facets of '${group.promise_name}' vs '${group.channel_name}': one decision for the whole contradiction`,
    { exact: true, window: 'Decide fix' });
  const items = (await app.items()).filter((i) => String(i.window).includes('Decide fix'));
  const labels = Object.values(kindLabels);
  const radios = items.filter((i) => labels.includes(visibleLabel(i.label))).sort((a, b) => a.y - b.y);
  assert.deepEqual(radios.map((i) => visibleLabel(i.label)), group.options.map((o) => kindLabels[o.kind]),
    'the contradiction\'s own options, in the core\'s order');
  await app.clickItem('Decide', { exact: true, window: 'Decide fix' });
  // Every facet now has the decision: each row's state says fixing.
  const allIn = (state) => (items) => facets.every((m) => {
    const y = rowY(items, m);
    return y !== null && rowCells(items, y).at(-1) === state;
  });
  await waitFor(app, 'every facet to be fixing', allIn('fixing'));
  await app.clickItem('Edit', { exact: true, window: '##MainMenuBar' });
  const undoItem = await app.waitForItem(`Undo Decide`, { window: '##Menu_' });
  assert.match(visibleLabel(undoItem.label), new RegExp(`${facets.length} facets`), visibleLabel(undoItem.label));
  await app.clickItem(visibleLabel(undoItem.label), { exact: true, window: '##Menu_' });
  await waitFor(app, 'every facet open again after one Undo', allIn('open'));
  assert.deepEqual(app.consoleErrors, []);
}));
