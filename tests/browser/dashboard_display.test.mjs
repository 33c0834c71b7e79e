// Presentation (issue 8): the font-size shortcut and projector mode change the drawn text size
// (item rects grow), the text size and the theme survive a reload, and screenshots of every
// sample's dashboard at 1280×800 and 1920×1080 in the light and the dark theme land in
// tests/browser/test-results/ for people to look at.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp, visibleLabel } from './lib/app.mjs';
import { sampleFiles, openSample, waitForPrefix, menu } from './lib/dashboard.mjs';

const indexRect = async (app) => waitForPrefix(app, 'Alignment index');

test('Ctrl+= grows the drawn text, Ctrl+- shrinks it, and the size survives a reload', (t) => withApp(t, { via: 'http' }, async (app) => {
  const before = await indexRect(app);
  await app.page.keyboard.press('Control+Equal');
  await app.nextFrames(4);
  const larger = await indexRect(app);
  assert.ok(larger.h > before.h && larger.w > before.w, `Ctrl+= : ${before.w}×${before.h} -> ${larger.w}×${larger.h}`);
  // The page did not zoom: the canvas still fills the same viewport at the same ratio.
  assert.equal(await app.page.evaluate(() => window.devicePixelRatio), 1);

  await app.page.reload({ waitUntil: 'load' });
  await app.waitForFrames(2);
  const reloaded = await indexRect(app);
  assert.ok(Math.abs(reloaded.h - larger.h) < 0.5, `after reload ${reloaded.h}, before ${larger.h}`);

  await app.page.keyboard.press('Control+Minus');
  await app.nextFrames(4);
  await app.page.keyboard.press('Control+Minus');
  await app.nextFrames(4);
  const smaller = await indexRect(app);
  assert.ok(smaller.h < before.h, `two Ctrl+- from one step up: ${smaller.h} vs ${before.h}`);
  // View > Normal text size brings back the start size.
  await menu(app, 'View', 'Normal text size');
  await app.nextFrames(4);
  assert.ok(Math.abs((await indexRect(app)).h - before.h) < 0.5);
  assert.deepEqual(app.consoleErrors, []);
}));

test('View > Present shows the dashboard and the action list in larger text; arrows page, Esc leaves', (t) => withApp(t, { via: 'http' }, async (app) => {
  const before = await indexRect(app);
  await menu(app, 'View', 'Present');
  await app.nextFrames(4);
  const presenting = await waitForPrefix(app, 'Alignment index', { window: 'Present' });
  assert.ok(presenting.h > before.h * 1.3, `present ${presenting.h} vs ${before.h}`);
  // Only the dashboard: no menu bar, no navigation.
  const windows = new Set((await app.items()).map((i) => String(i.window)));
  assert.ok(!windows.has('Navigation') && !windows.has('##MainMenuBar'), [...windows].join(', '));
  await app.waitForItem('Action list', { exact: true, window: 'Present' });
  await waitForPrefix(app, 'Priority 1 of ', { window: 'Present' });
  const first = visibleLabel((await waitForPrefix(app, '1. ', { window: 'Present' })).label);
  await app.page.keyboard.press('ArrowRight');
  await app.nextFrames(3);
  await waitForPrefix(app, 'Priority 2 of ', { window: 'Present' });
  const second = await waitForPrefix(app, '2. ', { window: 'Present' });
  assert.notEqual(visibleLabel(second.label), first);
  await app.page.keyboard.press('ArrowLeft');
  await app.nextFrames(3);
  await waitForPrefix(app, 'Priority 1 of ', { window: 'Present' });
  await app.tapKey(27);  // Escape
  await app.waitForItem('Dashboard', { exact: true, window: 'Navigation' });
  const after = await indexRect(app);
  assert.ok(Math.abs(after.h - before.h) < 0.5, `after Esc ${after.h}, before ${before.h}`);
  assert.deepEqual(app.consoleErrors, []);
}));

test('the theme chosen in View > Theme survives a reload', (t) => withApp(t, { via: 'http' }, async (app) => {
  await app.clickItem('View', { exact: true, window: '##MainMenuBar' });
  await app.waitForItem('Theme: Light', { exact: true, window: '##Menu_' });
  await app.clickItem('Theme: Light', { exact: true, window: '##Menu_' });
  await app.clickItem('Dark', { exact: true, window: '##Menu_' });
  await app.nextFrames(3);
  await app.page.reload({ waitUntil: 'load' });
  await app.waitForFrames(2);
  await app.clickItem('View', { exact: true, window: '##MainMenuBar' });
  await app.waitForItem('Theme: Dark', { exact: true, window: '##Menu_' });
  assert.equal(await app.page.evaluate(() => localStorage.getItem('alignment-scorecard/prefs/theme')), 'dark');
  assert.deepEqual(app.consoleErrors, []);
}));

for (const [width, height] of [[1280, 800], [1920, 1080]]) {
  test(`screenshots of every sample's dashboard at ${width}×${height}, light and dark`, (t) => withApp(t, { via: 'http', viewport: { width, height } }, async (app) => {
    for (const theme of ['Light', 'Dark']) {
      if (theme === 'Dark') {
        await app.clickItem('View', { exact: true, window: '##MainMenuBar' });
        await app.clickItem('Theme: ', { window: '##Menu_' });
        await app.clickItem('Dark', { exact: true, window: '##Menu_' });
      }
      for (const file of sampleFiles()) {
        await openSample(app, file);
        await waitForPrefix(app, 'Alignment index');
        await app.page.mouse.move(width - 5, height - 5);  // no tooltip in the picture
        await app.nextFrames(3);
        await app.screenshot(`dashboard-${file.replace('.scorecard.json', '')}-${width}x${height}-${theme.toLowerCase()}`);
      }
    }
    assert.deepEqual(app.consoleErrors, []);
  }));
}
