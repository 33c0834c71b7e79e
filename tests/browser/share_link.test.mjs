// Share links (issue 10, docs/SHARE_LINK.md): File > Copy share link puts the whole document in
// the URL fragment; a new page opened at that link shows it as a new unsaved copy whose saved
// bytes equal the original page's (byte-identical round trip), served and from the single file.
// A broken link shows the error and keeps the start document; the fragment leaves the address
// bar once read; the browser's own deflate-raw streams read our links and write ones we open.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { withApp, openApp, sample, visibleLabel, menu } from './lib/app.mjs';

const start = sample();
const other = sample('partner-program');
const OPENED = 'Opened from a share link — a copy; nothing was sent anywhere.';

// Settings > Title: replaced by typing, committed with Enter (one Undo step).
async function retitle(app, title) {
  await app.clickItem('Settings', { exact: true, window: 'Navigation' });
  await app.setField('Title', title);
  await app.waitForItem('unsaved changes', { window: '##MainMenuBar' });
}

async function saveBytes(app) {
  const download = app.page.waitForEvent('download', { timeout: 10000 });
  await menu(app, 'File', 'Save');
  const file = await download;
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

async function copyShareLink(app) {
  await app.page.evaluate(() => { window.scorecardApp.clipboardText = ''; });
  await menu(app, 'File', 'Copy share link…');
  await app.waitForItem('Copied a share link (', { window: 'Copy share link' });
  const link = await app.page.evaluate(() => window.scorecardApp.clipboardText);
  await app.clickItem('Close', { exact: true, window: 'Copy share link' });
  return link;
}

// The page's own deflate-raw (DecompressionStream): what the link's fragment holds.
async function inflateInPage(app, link) {
  return app.page.evaluate(async (l) => {
    const b64 = l.split('#scorecard=v1.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(b64 + '==='.slice((b64.length + 3) % 4)), (c) => c.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new TextDecoder().decode(await new Response(stream).arrayBuffer());
  }, link);
}

for (const via of ['http', 'file']) {
  test(`a share link opens as an unsaved copy whose saved bytes equal the original's (${via})`,
    (t) => withApp(t, { via }, async (app) => {
      await app.waitForItem(start.info.title, { window: 'Main' });
      const title = `Shared plan ${via} ${Date.now()}`;
      await retitle(app, title);
      const link = await copyShareLink(app);
      const base = await app.page.evaluate(() => location.href.split('#')[0]);
      assert.ok(link.startsWith(`${base}#scorecard=v1.`), `link starts with the page's address: ${link.slice(0, 120)}`);
      const original = await saveBytes(app);
      assert.equal(await inflateInPage(app, link), original.bytes.toString('utf8'), 'the browser inflates the link to the saved text');

      const second = await openApp({ url: link, shared: true });
      try {
        await second.waitForItem(title, { window: 'Main' });
        await second.waitForItem(OPENED, { exact: false });
        await second.waitForItem('Untitled  • unsaved changes', { exact: true, window: '##MainMenuBar' });
        assert.equal(await second.page.evaluate(() => window.scorecardApp.isDirty()), true);
        // The fragment is gone from the address bar: a reload does not open the link again.
        assert.equal(await second.page.evaluate(() => location.hash), '');
        assert.equal(await second.page.evaluate(() => location.href), base);
        const copy = await saveBytes(second);
        assert.ok(copy.bytes.equals(original.bytes), 'the copy saves byte-identical to the original page');
        assert.equal(copy.name, `${title}.scorecard.json`);
        assert.deepEqual(second.consoleErrors, []);
        assert.deepEqual(second.foreignRequests, []);
      } finally {
        await second.close();
      }
      assert.deepEqual(app.consoleErrors, []);
      assert.deepEqual(app.foreignRequests, []);
    }));
}

test('a broken link shows the error and leaves the start document', (t) => withApp(t, { via: 'http' }, async (app) => {
  await app.waitForItem(start.info.title, { window: 'Main' });
  const good = await copyShareLink(app);
  const broken = good.slice(0, 60) + '!' + good.slice(61);
  const second = await openApp({ url: broken, shared: true });
  try {
    await second.waitForItem('Could not open the scorecard in this link:', { window: 'Could not open share link' });
    await second.waitForItem(`invalid base64url character '!' at character 61 of the link`, { window: 'Could not open share link' });
    await second.waitForItem(start.info.title, { window: 'Main' });
    assert.equal(await second.page.evaluate(() => location.hash), '');
    assert.equal(await second.page.evaluate(() => window.scorecardApp.isDirty()), false);
    await second.clickItem('OK', { exact: true, window: 'Could not open share link' });
    await second.waitForItem('saas-self-serve.scorecard.json', { exact: true, window: '##MainMenuBar' });
    assert.deepEqual(second.foreignRequests, []);
  } finally {
    await second.close();
  }
}));

// A link whose data the browser's CompressionStream wrote (not our deflate) opens on hashchange;
// over unsaved work it waits for the "Unsaved changes" question.
test('a link made by the browser opens on hashchange, asking before it replaces unsaved work',
  (t) => withApp(t, { via: 'http' }, async (app) => {
    await app.waitForItem(start.info.title, { window: 'Main' });
    const otherText = fs.readFileSync(new URL('../../assets/samples/partner-program.scorecard.json', import.meta.url), 'utf8');
    const fragment = await app.page.evaluate(async (text) => {
      const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
      const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
      let bin = '';
      for (const b of bytes) bin += String.fromCharCode(b);
      return '#scorecard=v1.' + btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }, otherText);
    await retitle(app, 'Work in progress');
    await app.page.evaluate((f) => { location.hash = f; }, fragment);
    await app.waitForItem('Open without saving', { exact: true, window: 'Unsaved changes' });
    await app.waitForItem('Opening the scorecard from the share link replaces it.', { exact: false, window: 'Unsaved changes' });
    assert.equal(await app.page.evaluate(() => location.hash), '', 'the fragment is removed once read');
    await app.clickItem('Open without saving', { exact: true, window: 'Unsaved changes' });
    await app.clickItem('Dashboard', { exact: true, window: 'Navigation' });  // Settings shows the title in a box
    await app.waitForItem(other.info.title, { window: 'Main' });
    await app.waitForItem(OPENED, { exact: false });
    await app.waitForItem('Untitled  • unsaved changes', { exact: true, window: '##MainMenuBar' });
    const copy = await saveBytes(app);
    assert.equal(copy.bytes.toString('utf8'), otherText);
    assert.deepEqual(app.consoleErrors, []);
    assert.deepEqual(app.foreignRequests, []);
  }));

test('over 64 KB nothing is copied and the dialog offers the file instead', (t) => withApp(t, { via: 'http' }, async (app) => {
  await app.waitForItem(start.info.title, { window: 'Main' });
  // A promise text of random letters the compressor cannot shrink below 64 KB of link.
  let noise = '';
  for (let i = 0; i < 100000; i++) noise += String.fromCharCode(97 + Math.floor(Math.random() * 26));
  await app.page.evaluate(() => { window.scorecardApp.clipboardText = 'untouched'; });
  // Typing 100,000 characters is slow: the big document is dropped in as a file instead.
  const doc = sample();
  doc.promises[0].text = noise;
  await app.dropFile({ name: 'big.scorecard.json', text: JSON.stringify(doc, null, 2) + '\n' });
  await app.waitForItem('big.scorecard.json', { exact: true, window: '##MainMenuBar' });
  await menu(app, 'File', 'Copy share link…');
  await app.waitForItem(' KB as a link; links over 64 KB break in mail and chat. Save the file and send that instead.', { window: 'Copy share link' });
  await app.waitForItem('Nothing was copied.', { exact: true, window: 'Copy share link' });
  assert.equal(await app.page.evaluate(() => window.scorecardApp.clipboardText), 'untouched');
  const download = app.page.waitForEvent('download', { timeout: 10000 });
  await app.clickItem('Save the file instead', { exact: true, window: 'Copy share link' });
  assert.equal((await download).suggestedFilename(), 'big.scorecard.json');
  assert.deepEqual(app.foreignRequests, []);
}));
