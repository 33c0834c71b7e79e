// The partner workspace in the real app (issue 9): the partner table with tier advice, a
// partner's page with its audits' findings (a highlighted flagged passage, a pricing
// violation), the copy audit as you type, and the incident flow that refuses a response
// before a diagnosis. Expectations come from the same core through the CLI.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { withApp, visibleLabel, repoRoot } from './lib/app.mjs';
import { openSample, waitForPrefix, itemsStartingWith } from './lib/dashboard.mjs';
import { localToday, waitFor } from './lib/mismatch_rows.mjs';

const file = 'partner-program.scorecard.json';
const samplePath = path.join(repoRoot, 'assets/samples', file);
const cli = process.env.SCORECARD_CLI || path.join(repoRoot, 'dist/bin/scorecard');
const big = { via: 'http', viewport: { width: 1600, height: 1200 } };

function cliJson(args) {
  assert.ok(fs.existsSync(cli), `${cli} missing: build the native CLI first`);
  try {
    return JSON.parse(execFileSync(cli, args, { encoding: 'utf8' }));
  } catch (e) {
    if (e.stdout) return JSON.parse(e.stdout);  // `audit` exits 1 when it finds something
    throw e;
  }
}
const partnersReport = () => cliJson(['partners', samplePath, '--format', 'json', '--today', localToday()]);
const sampleDoc = () => JSON.parse(fs.readFileSync(samplePath, 'utf8'));

async function go(app, view) {
  await app.clickItem(view, { exact: true, window: 'Navigation' });
}

// The partner table's row of `name`: its cells left to right.
function rowOf(items, name) {
  const main = items.filter((i) => String(i.window).includes('Main'));
  const first = main.find((i) => visibleLabel(i.label) === name);
  if (!first) return null;
  return main.filter((i) => Math.abs(i.y - first.y) < 4).sort((a, b) => a.x - b.x).map((i) => visibleLabel(i.label));
}

// The app's words for the core's tier actions (logic/partner_text.cpp tierAdviceText).
const actionWords = { keep: 'keep', promote: 'promote', watch: 'watch', demote: 'demote', review: 'review',
  at_risk_relationship: 'at risk' };

test('Partners lists every partner of the partner-program sample with its tier advice', (t) => withApp(t, big, async (app) => {
  const report = partnersReport();
  await openSample(app, file);
  await go(app, 'Partners');
  await app.waitForItem('Tier advice', { window: 'Main' });
  for (const p of report.partners) {
    const row = await waitFor(app, `row of ${p.name}`, (items) => rowOf(items, p.name));
    const advice = row[row.length - 1];
    const words = actionWords[p.tier_recommendation.action];
    assert.ok(advice.startsWith(words), `${p.name}: tier advice "${advice}" should start "${words}" (${p.tier_recommendation.action})`);
    if (p.tier_recommendation.recommended !== p.tier)
      assert.ok(advice.endsWith(p.tier_recommendation.recommended), `${p.name}: "${advice}" names ${p.tier_recommendation.recommended}`);
    assert.ok(row.includes(p.tier), `${p.name}: tier ${p.tier} in ${row.join(' | ')}`);
  }
  await app.screenshot('partners-table');
}));

test('a partner page shows a highlighted flagged passage and a pricing violation', (t) => withApp(t, { ...big, viewport: { width: 1600, height: 1800 } }, async (app) => {
  const report = partnersReport();
  const doc = sampleDoc();
  const audit = cliJson(['audit', samplePath, '--format', 'json', '--today', localToday()]);
  const findings = Array.isArray(audit) ? audit : audit.findings;
  const copyPartners = new Set(findings.filter((f) => f.audit === 'copy').map((f) => f.partner));
  const partner = report.partners.find((p) => p.pricing.violations.length && copyPartners.has(p.id));
  assert.ok(partner, 'the sample has a partner with both a pricing violation and flagged copy');
  const flagged = findings.find((f) => f.audit === 'copy' && f.partner === partner.id);
  await openSample(app, file);
  await go(app, 'Partners');
  await app.clickItem(partner.name, { exact: true, window: 'Main' });
  await app.clickItem('Audits', { exact: true, window: 'Main' });
  const violation = await waitForPrefix(app, 'Pricing violation: ');
  assert.ok(violation);
  const dealIds = partner.pricing.violations.map((v) => v.deal_id);
  const items = await app.items();
  assert.ok(dealIds.some((id) => items.some((i) => visibleLabel(i.label) === id)), `a violating deal (${dealIds}) is listed`);
  const marks = await itemsStartingWith(app, 'Flagged: ');
  assert.ok(marks.length > 0, 'a flagged passage is highlighted');
  const sample = doc.copy_samples.find((c) => c.id === flagged.subject);
  assert.ok(sample, `copy sample ${flagged.subject}`);
  const passages = marks.map((m) => visibleLabel(m.label).slice('Flagged: '.length));
  assert.ok(passages.every((p) => sample.text.includes(p) || doc.copy_samples.some((c) => c.partner_id === partner.id && c.text.includes(p))),
    `each highlighted passage is text of the partner's copy: ${passages}`);
  // The tooltip names the rule the passage breaks.
  const m = marks[0];
  await app.page.mouse.move(m.x + m.w / 2, m.y + m.h / 2);
  await app.nextFrames(3);
  const rules = doc.rules_of_engagement.forbidden_rules.map((r) => r.name);
  await waitFor(app, 'the tooltip naming the rule', (all) => all.some((i) => rules.some((r) => visibleLabel(i.label).includes(`rule '${r}'`))));
  await app.screenshot('partner-page-audits');
}));

test('pasted copy with a forbidden phrase is highlighted as you type', (t) => withApp(t, big, async (app) => {
  const doc = sampleDoc();
  const phrase = doc.rules_of_engagement.forbidden_rules.find((r) => r.category === 'guarantee').phrases[0];
  await openSample(app, file);
  await go(app, 'Copy audit');
  await app.clickItem('Partner copy', { exact: true, window: 'Main' });
  await app.typeText(`Our sensors are ${phrase} to work. Talk to your dealer today.`);
  const mark = await waitForPrefix(app, 'Flagged: ');
  assert.equal(visibleLabel(mark.label).toLowerCase(), `flagged: ${phrase}`.toLowerCase());
  await waitForPrefix(app, '1 of 2 sentences break no rule');
  await app.screenshot('copy-audit');
}));

test('choosing an incident response before a diagnosis is refused', (t) => withApp(t, { ...big, viewport: { width: 1600, height: 1800 } }, async (app) => {
  const doc = sampleDoc();
  const incident = doc.incidents.find((i) => i.diagnosis === 'undiagnosed' && !i.response);
  assert.ok(incident, 'the sample has an undiagnosed incident');
  const partner = doc.partners.find((p) => p.id === incident.partner_id);
  await openSample(app, file);
  await go(app, 'Partners');
  await app.clickItem(partner.name, { exact: true, window: 'Main' });
  await app.clickItem('Incidents', { exact: true, window: 'Main' });
  await app.waitForItem('Response: (none yet)', { exact: true, window: 'Main' });
  await app.clickItem('Response: (none yet)', { exact: true, window: 'Main' });
  await app.clickItem('Training', { exact: true });
  // The refusal modal (its window) says why: diagnose first.
  await waitFor(app, 'the refusal naming the diagnosis', (items) => items.some((i) =>
    String(i.window).includes('Could not change the scorecard') && /Diagnose before you respond/.test(visibleLabel(i.label))));
  await app.screenshot('incident-refused');
  await app.clickItem('OK', { exact: true, window: 'Could not change the scorecard' });
  await app.waitForItem('Response: (none yet)', { exact: true, window: 'Main' });
  assert.ok(!(await app.page.title()).startsWith('\u2022'), 'the document was not changed');
}));

test('Partner data lists the deals and filters them', (t) => withApp(t, big, async (app) => {
  const doc = sampleDoc();
  const deals = doc.deals.rows.length;
  await openSample(app, file);
  await go(app, 'Partner data');
  await app.waitForItem(`${deals} of ${deals} rows`, { exact: true, window: 'Main' });
  const partnerColumn = doc.deals.columns.indexOf('partner_id');
  const delta = doc.deals.rows.filter((r) => r[partnerColumn] === 'p_delta').length;
  await app.clickItem('Filter', { exact: true, window: 'Main' });
  await app.typeText('Delta Growers');
  await app.waitForItem(`${delta} of ${deals} rows`, { exact: true, window: 'Main' });
  await app.screenshot('partner-data');
}));

test('pasted copy kept as a partner copy sample is one Undo step', (t) => withApp(t, big, async (app) => {
  await openSample(app, file);
  await go(app, 'Copy audit');
  await app.clickItem('Partner copy', { exact: true, window: 'Main' });
  await app.typeText('Guaranteed results for every farm.');
  await waitForPrefix(app, 'Flagged: ');
  await app.clickItem('Keep as this partner\'s copy sample', { exact: true, window: 'Main' });
  // The title is updated after the frame that applied the command (a loaded machine: poll).
  await app.page.waitForFunction(() => document.title.startsWith('\u2022'), null, { timeout: 10000 })
    .catch(() => assert.fail('the scorecard changed'));
  await app.clickItem('Edit', { exact: true, window: '##MainMenuBar' });
  const undo = await app.waitForItem('Undo', { window: '##Menu_' });
  assert.match(visibleLabel(undo.label), /copy sample/i);
}));
