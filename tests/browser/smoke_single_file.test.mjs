// Smoke tests of the offline single file (dist/alignment-scorecard.html) opened from file://,
// the way a mailed copy opens on a locked-down laptop with no server and no network.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp, sample } from './lib/app.mjs';

const doc = sample();

test('single file renders the start sample from file://', (t) => withApp(t, { via: 'file' }, async (app) => {
  assert.equal(app.origin, 'file:');
  assert.ok(await app.frames() > 0, 'no frame rendered');
  await app.waitForItem(doc.info.title, { exact: true, window: 'Main' });  // the Dashboard's heading
}));

test('single file logs no console error and requests nothing outside file:',
  (t) => withApp(t, { via: 'file' }, async (app) => {
    await app.nextFrames(30);
    assert.deepEqual(app.consoleErrors, []);
    assert.deepEqual(app.foreignRequests, []);
  }));
