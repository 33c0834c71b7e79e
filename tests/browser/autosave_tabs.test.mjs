// Issue 10: autosave per tab. Every tab writes its own slot (held as a Web Lock while the tab
// lives), so two tabs never overwrite each other; a tab opened later restores the newest slot of
// a closed tab and adopts it; a second tab with the same document is warned (BroadcastChannel).
// All pages of one test share one browser context: one profile, as tabs of one browser.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp, App, sample, visibleLabel, menu } from './lib/app.mjs';

const SLOT_PREFIX = 'alignment-scorecard/autosave/v1/slot/';
const WARNING = 'This scorecard is also open in another tab. Edits in one tab do not appear in the other; saving both overwrites one with the other.';
const start = sample();
const other = sample('partner-program');

// Another tab of `app`'s browser context on the same page: an App over the new page (the
// context's routing already blocks and records foreign requests).
async function openTab(app) {
  const page = await app.context.newPage();
  const tab = new App({ context: app.context, page, server: null, userDataDir: null, origin: app.origin });
  page.on('console', (m) => { if (m.type() === 'error') tab.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => tab.consoleErrors.push(String(e)));
  await page.goto(app.page.url().split('#')[0], { waitUntil: 'load' });
  await tab.waitForFrames(1, 20000);
  return tab;
}

// Waits until this tab's own slot holds a record whose text includes `text`, and that write is
// on disk; returns the tab's slot id.
async function autosaved(tab, text) {
  return tab.page.evaluate(async ([prefix, wanted]) => {
    const app = window.scorecardApp;
    const deadline = Date.now() + 10000;
    for (;;) {
      const record = app.durable.get(prefix + app.tabs.slot);
      if (record && JSON.parse(record).text.includes(wanted)) break;
      if (Date.now() > deadline) throw new Error(`no autosave with ${wanted} in slot ${app.tabs.slot}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    await app.durable.written();
    return app.tabs.slot;
  }, [SLOT_PREFIX, text]);
}

// The slot keys on disk (IndexedDB itself: a page's durable.keys() lists what it read at start
// and wrote since, not what other tabs wrote).
async function slotKeys(tab) {
  return tab.page.evaluate(async (prefix) => {
    await window.scorecardApp.durable.written();
    const keys = await new Promise((resolve, reject) => {
      const open = indexedDB.open('alignment-scorecard', 1);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const all = open.result.transaction('records').objectStore('records').getAllKeys();
        all.onsuccess = () => { open.result.close(); resolve(all.result); };
        all.onerror = () => reject(all.error);
      };
    });
    return keys.map(String).filter((k) => k.startsWith(prefix)).sort();
  }, SLOT_PREFIX);
}

async function addSegment(tab) {
  await tab.clickItem('Segments', { exact: true, window: 'Navigation' });
  await tab.clickItem('Add segment', { exact: true, window: 'Main' });
  await tab.waitForItem('New segment', { exact: true, window: 'Main' });
}

test('two tabs keep separate autosaves and each is restored after both are closed', (t) => withApp(t, { via: 'http' }, async (a) => {
  assert.equal(await a.page.evaluate(() => typeof navigator.locks), 'object', 'Web Locks exist here');
  const b = await openTab(a);
  // Tab A: a new blank scorecard with a segment; tab B: the partner sample with one.
  await menu(a, 'File', 'New blank scorecard');
  await a.waitForItem('Untitled', { exact: true, window: '##MainMenuBar' });
  await addSegment(a);
  await menu(b, 'File', 'Open sample');
  await b.clickItem('partner-program.scorecard.json', { exact: true, window: '##Menu_' });
  await b.waitForItem(other.info.title, { window: 'Main' });
  await addSegment(b);
  const slotA = await autosaved(a, 'New segment');
  const slotB = await autosaved(b, 'New segment');
  assert.notEqual(slotA, slotB, 'each tab has its own slot');
  assert.deepEqual(await slotKeys(b), [SLOT_PREFIX + slotA, SLOT_PREFIX + slotB].sort());
  assert.deepEqual([...a.consoleErrors, ...b.consoleErrors], []);
  await b.page.close();
  await a.page.close();

  // Reopened twice: each new tab restores one closed tab's work, the newest first.
  const c = await openTab(a);
  const first = await c.waitForItem('Restored your unsaved work', { window: 'Status' });
  assert.match(visibleLabel(first.label), /1 more autosaved scorecard from closed tabs is waiting/);
  const d = await openTab(a);
  const second = await d.waitForItem('Restored your unsaved work', { window: 'Status' });
  assert.doesNotMatch(visibleLabel(second.label), /more autosaved/);
  const restored = [visibleLabel(first.label), visibleLabel(second.label)];
  assert.equal(restored.filter((m) => m.includes('an untitled scorecard')).length, 1, restored.join('\n'));
  assert.equal(restored.filter((m) => m.includes('partner-program.scorecard.json')).length, 1, restored.join('\n'));
  // Each edit is back in the tab that restored it.
  for (const tab of [c, d]) {
    await addSegmentVisible(tab);
  }
  // Adopted, not copied: still exactly two records, now under the new tabs' slots.
  const slotC = await c.page.evaluate(() => window.scorecardApp.tabs.slot);
  const slotD = await d.page.evaluate(() => window.scorecardApp.tabs.slot);
  await c.page.evaluate(() => window.scorecardApp.durable.written());
  await d.page.evaluate(() => window.scorecardApp.durable.written());
  assert.deepEqual(await slotKeys(d), [SLOT_PREFIX + slotC, SLOT_PREFIX + slotD].sort());
  assert.deepEqual([...c.consoleErrors, ...d.consoleErrors], []);
  assert.deepEqual(a.foreignRequests, []);
}));

// The restored edit: the segment added before closing is listed.
async function addSegmentVisible(tab) {
  await tab.clickItem('Segments', { exact: true, window: 'Navigation' });
  await tab.waitForItem('New segment', { exact: true, window: 'Main' });
}

test('a reload keeps the tab\'s slot and restores its own work, not another tab\'s', (t) => withApp(t, { via: 'http' }, async (a) => {
  const b = await openTab(a);
  await menu(a, 'File', 'New blank scorecard');
  await addSegment(a);
  const slotA = await autosaved(a, 'New segment');
  await menu(b, 'File', 'Open sample');
  await b.clickItem('partner-program.scorecard.json', { exact: true, window: '##Menu_' });
  await autosaved(b, other.info.title);
  a.page.on('dialog', (dialog) => dialog.accept());  // "leave site?" on reload: yes
  await a.page.reload({ waitUntil: 'load' });
  await a.waitForFrames(1, 20000);
  await a.waitForItem('Restored your unsaved work', { window: 'Status' });
  await a.waitForItem('an untitled scorecard', { window: 'Status' });
  assert.equal(await a.page.evaluate(() => window.scorecardApp.tabs.slot), slotA);
  await addSegmentVisible(a);
  // B's record is untouched and still B's.
  assert.equal((await slotKeys(b)).length, 2);
}));

test('"Open next" restores another closed tab\'s work in a new tab; "Discard the others" sets the rest aside',
  (t) => withApp(t, { via: 'http' }, async (a) => {
    // Three closed tabs' records, as a crashed browser leaves them (written by this page under
    // slots no live tab holds).
    const now = Date.now();
    const text = (title) => JSON.stringify({ ...other, info: { ...other.info, title } }, null, 2);
    await a.page.evaluate(([prefix, records]) => {
      for (const [slot, value] of records) window.scorecardApp.durable.set(prefix + slot, value);
      return window.scorecardApp.durable.written();
    }, [SLOT_PREFIX, ['one', 'two', 'three'].map((title, i) => [`closed-${title}`, JSON.stringify({
      format: 'alignment-scorecard-autosave', version: 1, file_name: `${title}.scorecard.json`,
      saved_at_ms: now - (i + 1) * 60000, unsaved: true, text: text(`Plan ${title}`) })])]);
    const b = await openTab(a);
    await b.waitForItem('Restored your unsaved work', { window: 'Status' });
    await b.waitForItem('Plan one', { window: 'Main' });
    await b.waitForItem('2 more autosaved scorecards from closed tabs are waiting', { window: 'Status' });

    const opened = a.context.waitForEvent('page', { timeout: 15000 });
    await b.clickItem('Open next', { exact: true, window: 'Status' });
    const page = await opened;
    const c = new App({ context: a.context, page, server: null, userDataDir: null, origin: a.origin });
    await c.waitForFrames(1, 20000);
    await c.waitForItem('Plan two', { window: 'Main' });
    await c.waitForItem('Restored your unsaved work', { window: 'Status' });
    await b.waitForItem('1 more autosaved scorecard from closed tabs is waiting', { window: 'Status' });

    await b.clickItem('Discard the others', { exact: true, window: 'Status' });
    await b.waitForItem('Set aside 1 autosaved scorecard of closed tabs', { window: 'Status' });
    const kept = await b.page.evaluate(async () => {
      await window.scorecardApp.durable.written();
      return window.scorecardApp.durable.keys('alignment-scorecard/autosave/v1/');
    });
    assert.ok(kept.includes('alignment-scorecard/autosave/v1/discarded/closed-three'), kept.join('\n'));
    assert.ok(!kept.includes(`${SLOT_PREFIX}closed-three`), kept.join('\n'));
    assert.deepEqual(a.foreignRequests, []);
  }));

test('a second tab with the same document is warned until it opens something else or closes', (t) => withApp(t, { via: 'http' }, async (a) => {
  await a.waitForItem(start.info.title, { window: 'Main' });
  assert.equal(await a.findItem('also open in another tab', { window: 'Status' }), null);
  const b = await openTab(a);
  await b.waitForItem(WARNING, { exact: true, window: 'Status' });
  await a.waitForItem(WARNING, { exact: true, window: 'Status' });

  // B opens another document: the warning goes in both.
  await menu(b, 'File', 'Open sample');
  await b.clickItem('partner-program.scorecard.json', { exact: true, window: '##Menu_' });
  await b.waitForItem(other.info.title, { window: 'Main' });
  await waitGone(a, 'also open in another tab');
  await waitGone(b, 'also open in another tab');

  // B opens the same one again: back; B closes: gone.
  await menu(b, 'File', 'Open sample');
  await b.clickItem('saas-self-serve.scorecard.json', { exact: true, window: '##Menu_' });
  await a.waitForItem(WARNING, { exact: true, window: 'Status' });
  await b.page.close({ runBeforeUnload: false });
  await waitGone(a, 'also open in another tab');
  assert.deepEqual([...a.consoleErrors, ...b.consoleErrors], []);
  assert.deepEqual(a.foreignRequests, []);
}));

async function waitGone(tab, label) {
  const deadline = Date.now() + 10000;
  while (await tab.findItem(label, { window: 'Status' })) {
    if (Date.now() > deadline) throw new Error(`"${label}" still shown`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
