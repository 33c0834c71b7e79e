// What the Mismatches view tests share: the CLI's score report of the start sample (the same
// core, run through dist/bin/scorecard) and ways to find a mismatch's row among the drawn items.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, visibleLabel } from './app.mjs';

const cli = process.env.SCORECARD_CLI || path.join(repoRoot, 'dist/bin/scorecard');
const samplePath = path.join(repoRoot, 'assets/samples/saas-self-serve.scorecard.json');

// The user's local date, as the app takes it from JavaScript Date.
export function localToday() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function scoreReport() {
  assert.ok(fs.existsSync(cli), `${cli} missing: build the native CLI first (./scripts/build.sh native ...)`);
  return JSON.parse(execFileSync(cli, ['score', samplePath, '--format', 'json', '--today', localToday()], { encoding: 'utf8' }));
}

export const indexText = (report) => `Alignment index ${report.alignment_index.value.toFixed(1)} / 100`;
// sc::engine::diagnosisLabel's wording for the report's diagnosis kinds.
export const diagnosisLabels = { message: 'message problem', distribution: 'distribution problem',
  both: 'message and distribution problem', no_visible_problem: 'no problem visible in the numbers yet',
  undetermined: 'undetermined' };
export const channelPair = (m) => [m.channel_name, m.pair_name].filter(Boolean).join(' / ');

// The y of the table row showing mismatch `m` (its dimension, promise and channel/pair cells
// on one line), or null when it is not drawn.
export function rowY(items, m) {
  const cells = items.filter((i) => String(i.window).includes('Main'));
  const at = (label) => cells.filter((i) => visibleLabel(i.label) === label).map((i) => i.y);
  for (const y of at(m.dimension_name)) {
    const same = (ys) => ys.some((v) => Math.abs(v - y) < 2);
    if (same(at(m.promise_name)) && same(at(channelPair(m)))) return y;
  }
  return null;
}

// The cells drawn on the row at `y` in the mismatch list, left to right (the row's selectable,
// which carries the rank, starts a few pixels above the text cells).
export function rowCells(items, y) {
  return items.filter((i) => String(i.window).includes('Main') && Math.abs(i.y - y) < 8)
    .sort((a, b) => a.x - b.x).map((i) => visibleLabel(i.label));
}

export async function waitFor(app, what, predicate, timeout = 10000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const items = await app.items();
    const value = predicate(items);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen. Drawn:\n  ${items.map((i) => `${i.window} / ${visibleLabel(i.label)} @${Math.round(i.y)}`).join('\n  ')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// Clicks the middle of a drawn item (for cells whose label is not unique on screen).
export async function clickAt(app, item) {
  await app.page.mouse.move(item.x + Math.min(item.w, 40) / 2, item.y + item.h / 2);
  await app.nextFrames(2);
  await app.page.mouse.down();
  await app.nextFrames(2);
  await app.page.mouse.up();
  await app.nextFrames(2);
}

export async function openMismatches(app) {
  await app.clickItem('Mismatches', { exact: true, window: 'Navigation' });
}

// Selects mismatch `m` by clicking its promise cell (the rank cell is not unique across
// groups) and waits for its explanation in the detail panel. Returns the row's y.
export async function selectMismatch(app, m) {
  const items = await app.items();
  const y = rowY(items, m);
  assert.ok(y !== null, `${m.id} is not drawn as a row`);
  await clickAt(app, items.find((i) => visibleLabel(i.label) === m.promise_name && Math.abs(i.y - y) < 2));
  await app.waitForItem(m.explanation, { exact: true, window: 'Main' });
  return y;
}
