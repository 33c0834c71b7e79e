// Input the way a browser delivers it: a wheel notch scrolls the way the user turned the wheel,
// by about five lines (emscripten's GLFW alone passed raw pixels, sign flipped: one notch down
// jumped the list to its top).
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp, visibleLabel } from './lib/app.mjs';
import { openMismatches } from './lib/mismatch_rows.mjs';

// The rank cell `rank` of the mismatch list, or null when it is out of sight.
async function rankCell(app, rank) {
  return (await app.items()).find((i) => String(i.window).includes('list') && visibleLabel(i.label) === rank) ?? null;
}

test('a wheel notch down scrolls the mismatch list down by a few lines; a notch up scrolls back', (t) => withApp(t, { via: 'http' }, async (app) => {
  await openMismatches(app);
  await app.waitForItem('1', { exact: true, window: 'list' });
  // The lowest rank row in sight (how many fit depends on the findings panel under the view).
  const ranks = (await app.items()).filter((i) => String(i.window).includes('list') && /^\d+$/.test(visibleLabel(i.label)))
    .map((i) => Number(visibleLabel(i.label)));
  const rank = String(Math.max(...ranks));
  assert.ok(Number(rank) >= 8, `only ${rank} rows in sight`);
  const rowThirteen = (a) => rankCell(a, rank);
  const before = await rowThirteen(app);
  await app.page.mouse.move(before.x + 300, before.y - 100);
  await app.nextFrames(2);

  await app.page.mouse.wheel(0, 100);  // one notch down in Chromium
  await app.nextFrames(3);
  const down = await rowThirteen(app);
  assert.ok(down, 'row 13 scrolled out of sight: one notch scrolled far too much');
  const moved = before.y - down.y;
  assert.ok(moved > 20 && moved < 200, `one notch down moved the rows by ${moved} px (expected up by a few lines)`);

  await app.page.mouse.wheel(0, -100);
  await app.nextFrames(3);
  const back = await rowThirteen(app);
  assert.ok(back && Math.abs(back.y - before.y) < 1, `a notch up did not scroll back (y ${back?.y} vs ${before.y})`);
  assert.deepEqual(app.consoleErrors, []);
}));
