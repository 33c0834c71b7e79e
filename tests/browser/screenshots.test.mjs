// A screenshot of every view at 1280×800 with real sample data, selected rows open, into
// tests/browser/test-results/view-<name>.png (README: "Screenshots"). Each view must draw
// without a console error; the pictures are for people to look at before a release.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp, visibleLabel } from './lib/app.mjs';

// View name -> a row to select first (so the detail panel shows), in the sample each uses.
const views = [
  ['Dashboard', null],
  ['Overview', null],
  ['Segments', 'Small design teams (2–15 people)'],
  ['Promises', 'Try it now'],
  ['Channels', 'Direct sales (inside sales team)'],
  ['Dimensions', 'Buying motion'],
  ['Products', 'Frameflow Team'],
  ['Pairs', 'Frameflow Team × Direct sales'],
  ['Metrics', 'Conversion'],
  ['Compare', null],
  ['Mismatches', null],
  ['Settings', null],
];

test('every view draws with the SaaS sample; screenshots land in test-results', (t) => withApp(t, { via: 'http' }, async (app) => {
  const navigation = (await app.items()).filter((i) => i.window === 'Navigation').map((i) => visibleLabel(i.label));
  for (const [view] of views) assert.ok(navigation.includes(view), `navigation lacks ${view}: ${navigation.join(', ')}`);
  for (const [view, row] of views) {
    await app.clickItem(view, { exact: true, window: 'Navigation' });
    await app.nextFrames(3);
    if (row) await app.clickItem(row, { exact: true, window: 'Main' });
    await app.nextFrames(3);
    await app.screenshot(`view-${view.toLowerCase()}`);
  }
  assert.deepEqual(app.consoleErrors, []);
}));
