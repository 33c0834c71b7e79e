// The Dashboard, the app's start view (issue 8): every sample shows its index and its top
// priority; the heat map's cells tell their count on hover and list exactly their mismatches
// on click; the overdue list names the partner program's overdue cadence item.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp, visibleLabel } from './lib/app.mjs';
import { sampleFiles, sampleDoc, openSample, waitForPrefix, itemsStartingWith, scrollToPrefix, hover, indexPattern }
  from './lib/dashboard.mjs';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test('the app opens on the Dashboard', (t) => withApp(t, { via: 'http' }, async (app) => {
  const nav = await app.waitForItem('Dashboard', { exact: true, window: 'Navigation' });
  assert.ok(nav);
  const index = await waitForPrefix(app, 'Alignment index');
  assert.match(visibleLabel(index.label), indexPattern);
  // The Overview is still one click away.
  await app.clickItem('Overview', { exact: true, window: 'Navigation' });
  await app.waitForItem('Product-channel pairs', { exact: true, window: 'Main' });
  assert.deepEqual(app.consoleErrors, []);
}));

test('the dashboard of every sample shows its index and its top priority', (t) => withApp(t, { via: 'http' }, async (app) => {
  const files = sampleFiles();
  assert.ok(files.length >= 5, `only ${files.length} samples`);
  for (const file of files) {
    await openSample(app, file);
    const doc = sampleDoc(file);
    const index = await waitForPrefix(app, 'Alignment index');
    assert.match(visibleLabel(index.label), indexPattern, file);
    // "1. <title> (<severity>, priority <score>)" with its one-line explanation under it.
    const top = await waitForPrefix(app, '1. ');
    const label = visibleLabel(top.label);
    assert.match(label, /^1\. .+ \((critical|high|medium|low), priority \d+\.\d\d\)$/, `${file}: ${label}`);
    const under = (await app.items()).filter((i) => String(i.window).includes('Main') && i.y > top.y && i.y < top.y + top.h * 2.5 &&
      visibleLabel(i.label) && !visibleLabel(i.label).startsWith('2. '));
    assert.ok(under.length >= 1, `${file}: no explanation under "${label}"`);
    assert.ok(doc.promises.length > 0);
  }
  assert.deepEqual(app.consoleErrors, []);
}));

test('hovering a heat-map cell shows its count; clicking it lists exactly those mismatches', (t) => withApp(t, { via: 'http' }, async (app) => {
  await waitForPrefix(app, 'Heat cell: ');
  const cells = await itemsStartingWith(app, 'Heat cell: ');
  assert.ok(cells.length >= 4, `${cells.length} heat cells drawn`);
  let checked = 0;
  for (const cell of cells) {
    await hover(app, cell);
    const tip = (await app.items()).find((i) => /^\d+ open mismatch(es)?(, worst |: )/.test(visibleLabel(i.label)));
    assert.ok(tip, `no count in the tooltip of ${visibleLabel(cell.label)}`);
    const count = Number(visibleLabel(tip.label).match(/^(\d+)/)[1]);
    if (count === 0) continue;
    // The cell's "Promise 'P' × channel 'C'" line names the same pair as its label.
    const [promise, channel] = visibleLabel(cell.label).slice('Heat cell: '.length).split(' × ');
    await app.waitForItem(`Promise '${promise}' × channel '${channel}'`, { exact: true });
    await app.page.mouse.down();
    await app.nextFrames(2);
    await app.page.mouse.up();
    await app.nextFrames(3);
    const noun = count === 1 ? 'open mismatch' : 'open mismatches';
    await app.waitForItem(`${count} ${noun} of '${promise}' on '${channel}'`, { exact: true, window: 'Main' });
    const listed = await itemsStartingWith(app, 'Heat mismatch: ');
    assert.equal(listed.length, count, `listed: ${listed.map((i) => visibleLabel(i.label)).join(' | ')}`);
    for (const row of listed) assert.ok(visibleLabel(row.label).includes(promise), `${visibleLabel(row.label)} is not about ${promise}`);
    // A listed mismatch opens in the Mismatches view, selected.
    if (checked === 0) {
      const title = visibleLabel(listed[0].label).slice('Heat mismatch: '.length);
      await app.clickItem(visibleLabel(listed[0].label), { exact: true, window: 'Main' });
      await app.waitForItem('Mismatches', { exact: true, window: 'Main' });
      await app.waitForItem(title, { exact: true, window: 'Main' });  // the detail panel's heading
      await app.clickItem('Dashboard', { exact: true, window: 'Navigation' });
      await waitForPrefix(app, 'Heat cell: ');
    }
    checked += 1;
    if (checked >= 2) break;
  }
  assert.ok(checked >= 1, 'no heat cell with an open mismatch');
  assert.deepEqual(app.consoleErrors, []);
}));

test('the overdue list names an overdue cadence item of the partner-program sample', (t) => withApp(t, { via: 'http', viewport: { width: 1920, height: 1080 } }, async (app) => {
  const file = 'partner-program.scorecard.json';
  const overdue = sampleDoc(file).cadence.filter((c) => c.next_due_on && c.next_due_on < today())
    .sort((a, b) => a.next_due_on.localeCompare(b.next_due_on));
  assert.ok(overdue.length, 'the sample needs a cadence item due before today');
  await openSample(app, file);
  const item = await scrollToPrefix(app, `Cadence: ${overdue[0].name}`);
  // Its row says when it was due and how long ago.
  const row = (await app.items()).filter((i) => Math.abs(i.y - item.y) < 8 && String(i.window).includes('Main'))
    .map((i) => visibleLabel(i.label));
  assert.ok(row.some((l) => l.startsWith(`${overdue[0].next_due_on} · `) && l.endsWith('days overdue')),
    `row of ${overdue[0].name}: ${row.join(' | ')}`);
  assert.deepEqual(app.consoleErrors, []);
}));
