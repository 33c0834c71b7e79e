// Display tests: a crisp canvas on high-DPI screens (backing store = CSS size × devicePixelRatio,
// clicks still land where the item is drawn), and a readable message instead of a blank page
// when the browser has no WebGL.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp, sample } from './lib/app.mjs';

test('canvas backing store is 2x its CSS size at devicePixelRatio 2', (t) => withApp(t, { via: 'http', dpr: 2 }, async (app) => {
  await app.nextFrames(5);
  const c = await app.page.evaluate(() => {
    const el = document.querySelector('canvas');
    const r = el.getBoundingClientRect();
    // The screen's real density (media query), independent of what scripts see as devicePixelRatio.
    return { w: el.width, h: el.height, cssw: r.width, cssh: r.height, dpr2: matchMedia('(resolution: 2dppx)').matches };
  });
  assert.ok(c.dpr2, 'the browser did not emulate a 2 dppx screen');
  assert.ok(c.cssw > 0 && c.cssh > 0, `canvas has no CSS size: ${JSON.stringify(c)}`);
  assert.ok(Math.abs(c.w - 2 * c.cssw) <= 1, `backing width ${c.w} vs CSS width ${c.cssw}`);
  assert.ok(Math.abs(c.h - 2 * c.cssh) <= 1, `backing height ${c.h} vs CSS height ${c.cssh}`);
}));

test('menus are clickable at devicePixelRatio 2', (t) => withApp(t, { via: 'http', dpr: 2 }, async (app) => {
  await app.clickItem('View', { exact: true, window: '##MainMenuBar' });
  await app.clickItem('Channels', { exact: true, window: '##Menu_' });
  await app.waitForItem(sample().channels[0].name, { window: 'Main' });
}));

test('without WebGL the page shows the no-WebGL message', (t) => withApp(t, { via: 'http', noWebgl: true, waitForFrame: false }, async (app) => {
  const message = app.page.locator('#no-webgl');
  await message.waitFor({ state: 'visible', timeout: 15000 });
  assert.ok((await message.innerText()).trim().length > 0, '#no-webgl is empty');
  // In sight, not laid out below a blank full-height canvas (the page does not scroll).
  const box = await message.boundingBox();
  const viewport = app.page.viewportSize();
  assert.ok(box && box.y >= 0 && box.y + 40 < viewport.height, `the message is on screen: top ${box && box.y} px of ${viewport.height}`);
  assert.equal(await app.page.locator('#canvas').isVisible(), false, 'the blank canvas is hidden');
}));

test('a clean file leaves the screen to the view: the findings panel is one line at the bottom',
  (t) => withApp(t, { via: 'http' }, async (app) => {
    // A new blank scorecard is clean (the SaaS sample carries a consistency warning on purpose:
    // a fix marked implemented with touchpoints still open).
    await app.clickItem('File', { exact: true, window: '##MainMenuBar' });
    await app.clickItem('New blank scorecard', { exact: true, window: '##Menu_' });
    const summary = await app.waitForItem('Findings: 0 errors, 0 warnings', { exact: true, window: 'Findings' });
    const cssHeight = await app.page.evaluate(() => document.querySelector('canvas').getBoundingClientRect().height);
    assert.ok(summary.y > cssHeight * 0.9, `findings summary at y=${summary.y} of ${cssHeight}: the panel takes more than it needs`);
  }));
