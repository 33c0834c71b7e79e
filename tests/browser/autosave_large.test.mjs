// Issue 10: autosave holds any document. A scorecard of 100,000 deals is opened, edited and the
// page closed without saving once its autosave is on disk; a page opened again in the same
// profile offers the restore, says what it holds, and the edit is back. The record (~15 MB) is
// read a slice a frame: the page draws frames and a progress dialog while it is restored
// instead of staying blank until it is read. A share link in the address waits for the restore
// and then asks before it replaces the restored work.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { withApp, App, repoRoot, visibleLabel, menu } from './lib/app.mjs';

const DEALS = 100000;

// The partner sample with its deals table grown to `n` rows (copies of its own rows, new ids).
function largeDocument(n) {
  const doc = JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets/samples/partner-program.scorecard.json'), 'utf8'));
  const rows = doc.deals.rows;
  const grown = [];
  for (let i = 0; i < n; ++i) {
    const row = [...rows[i % rows.length]];
    row[0] = `dx${i}`;
    grown.push(row);
  }
  doc.deals.rows = grown;
  doc.info.title = 'Large programme';
  return JSON.stringify(doc);
}

test('a 100,000-deal document is autosaved and restored with its edit', { timeout: 300000 }, (t) => withApp(t, { via: 'http' }, async (app) => {
  const text = largeDocument(DEALS);
  const chooser = app.page.waitForEvent('filechooser', { timeout: 10000 });
  await menu(app, 'File', 'Open…');
  await (await chooser).setFiles({ name: 'large.scorecard.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await app.waitForItem('large.scorecard.json', { exact: true, window: '##MainMenuBar', timeout: 60000 });
  await app.clickItem('Segments', { exact: true, window: 'Navigation' });
  await app.clickItem('Add segment', { exact: true, window: 'Main' });
  await app.waitForItem('New segment', { exact: true, window: 'Main' });
  // The write holding the edit is on disk; then the page goes without saving.
  const bytes = await app.page.evaluate(async () => {
    const a = window.scorecardApp;
    const key = 'alignment-scorecard/autosave/v1/slot/' + a.tabs.slot;
    const deadline = Date.now() + 60000;
    for (;;) {
      const record = a.durable.get(key);
      if (record && record.includes('New segment') && record.includes('dx99999')) {
        await a.durable.written();
        return record.length;
      }
      if (Date.now() > deadline) throw new Error('the edit was not autosaved within 60 s');
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  assert.ok(bytes > 10 * 1024 * 1024, `the record holds the whole document (${bytes} characters)`);
  await app.page.close({ runBeforeUnload: false });

  const page = await app.context.newPage();
  const again = new App({ context: app.context, page, server: null, userDataDir: null, origin: app.origin });
  // A share link (deflate-raw, base64url) of a small sample, in the address of the new page.
  const linked = fs.readFileSync(path.join(repoRoot, 'assets/samples/saas-self-serve.scorecard.json'));
  const fragment = '#scorecard=v1.' + zlib.deflateRawSync(linked).toString('base64url');
  await page.goto(`${app.origin}/${fragment}`, { waitUntil: 'load' });
  await again.waitForFrames(1, 60000);
  // Frames and the progress of the restore, until the restored work is on screen.
  const seen = new Set();
  let firstRestoringFrame = null, lastRestoringFrame = null, heading = false;
  const deadline = Date.now() + 120000;
  for (;;) {
    const items = await again.items();
    const frame = await again.frames();
    const progress = items.filter((i) => i.window === 'Restoring your work' && visibleLabel(i.label).startsWith('Restoring: '));
    for (const p of progress) seen.add(visibleLabel(p.label));
    heading ||= items.some((i) => i.window === 'Restoring your work' &&
      /^Restoring large\.scorecard\.json, autosaved \d{4}-\d\d-\d\d \d\d:\d\d \(just now\)/.test(visibleLabel(i.label)));
    if (progress.length) {
      firstRestoringFrame ??= frame;
      lastRestoringFrame = frame;
      if (seen.size === 2) await again.screenshot('restore-large-progress');
    }
    if (items.some((i) => i.window === 'Status' && visibleLabel(i.label).startsWith('Restored your unsaved work'))) break;
    assert.ok(Date.now() < deadline, `not restored within 120 s (progress seen: ${[...seen].join(' | ')})`);
  }
  const rows = [...seen].filter((l) => /^Restoring: Reading rows: [\d,]+ of 100,000 \(\d+ %\)$/.test(l));
  assert.ok(rows.length >= 2, `the rows read so far shown over several frames: ${[...seen].join(' | ')}`);
  assert.ok(lastRestoringFrame - firstRestoringFrame >= 5,
    `frames kept being drawn while the autosave was read (${lastRestoringFrame - firstRestoringFrame})`);
  assert.ok(heading, 'the dialog names the file and when it was autosaved');
  // Only now the link: it would replace the restored work, so it asks; Cancel keeps the work.
  await again.waitForItem('Opening the scorecard from the share link replaces it.', { exact: false, window: 'Unsaved changes' });
  await again.clickItem('Cancel', { exact: true, window: 'Unsaved changes' });
  t.diagnostic(`progress lines: ${seen.size}; frames while restoring: ${lastRestoringFrame - firstRestoringFrame}`);
  const restored = await again.waitForItem('Restored your unsaved work', { window: 'Status', timeout: 60000 });
  assert.match(visibleLabel(restored.label),
    /: large\.scorecard\.json \(“Large programme”, \d+\.\d MB: \d+ promises?, \d+ channels?, 100,000 deals\)\./);
  await again.waitForItem('large.scorecard.json  • unsaved changes', { window: '##MainMenuBar' });
  await again.clickItem('Segments', { exact: true, window: 'Navigation' });
  await again.waitForItem('New segment', { exact: true, window: 'Main' });
  assert.deepEqual(app.foreignRequests, []);
}));
