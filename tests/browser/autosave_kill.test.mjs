// Issue 12.11: an edit survives a killed browser. Autosave writes at most 1 s after an edit,
// to IndexedDB with strict durability (on disk when the write completes; localStorage reached
// the disk seconds later and a killed browser lost the edit). The guarantee, tested here: an
// edit older than about 1 s survives. The browser process is killed with SIGKILL 1.5 s after
// the edit — no pagehide, no flush — and a browser started again on the same profile restores it.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp, distWeb, visibleLabel, menu } from './lib/app.mjs';
import { startServer } from '../../scripts/serve.mjs';

// Every process of the Chromium running on `profile` (its command line names the profile).
function killBrowser(profile) {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
  const pids = out.split('\n').filter((l) => l.includes(`--user-data-dir=${profile}`)).map((l) => parseInt(l, 10));
  assert.ok(pids.length > 0, 'the browser process was found');
  for (const pid of pids) { try { process.kill(pid, 'SIGKILL'); } catch { /* gone already */ } }
}

test('an edit 1.5 s old survives a killed browser (SIGKILL, no flush)', async (t) => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-kill-'));
  const server = await startServer(distWeb);  // one origin for both runs: its storage is kept
  t.after(async () => { await server.close(); fs.rmSync(profile, { recursive: true, force: true }); });
  const url = `${server.origin}/`;

  const first = await openApp({ url, profileDir: profile });
  assert.equal(await first.page.evaluate(() => window.scorecardApp.durable.kind()), 'indexeddb',
    'autosave writes to IndexedDB (not the localStorage fallback)');
  await menu(first, 'File', 'New blank scorecard');
  await first.waitForItem('Untitled', { exact: true, window: '##MainMenuBar' });
  await first.clickItem('Segments', { exact: true, window: 'Navigation' });
  await first.clickItem('Add segment', { exact: true, window: 'Main' });
  await first.waitForItem('New segment', { exact: true, window: 'Main' });
  const editedAt = Date.now();
  // Kill 1.5 s after the edit. (An earlier version of this test waited here on an async
  // predicate, which waitForFunction takes as true at once — a Promise is truthy — so it killed
  // before the write had started and blamed Chromium's commit; the write's `complete` does
  // mean on disk.)
  await new Promise((r) => setTimeout(r, Math.max(0, editedAt + 1500 - Date.now())));
  // Whether the app had handed the edit to its store when the kill came (for the message).
  const held = await first.page.evaluate(() => {
    const app = window.scorecardApp;
    return (app.durable.get('alignment-scorecard/autosave/v1/slot/' + app.tabs.slot) || '').includes('New segment');
  });
  killBrowser(profile);
  await first.context.close().catch(() => {});  // the connection is gone; free playwright's side

  assert.ok(held, 'the app wrote the edit to its autosave within 1.5 s');
  const second = await openApp({ url, profileDir: profile });
  try {
    const restored = await second.waitForItem('Restored your unsaved work', { window: 'Status', timeout: 20000 });
    assert.match(visibleLabel(restored.label), /Restored your unsaved work from .* \(just now\): an untitled scorecard/);
    await second.clickItem('Segments', { exact: true, window: 'Navigation' });
    await second.waitForItem('New segment', { exact: true, window: 'Main' });
    await second.screenshot('restored-after-kill');
  } finally {
    await second.close();
  }
});
