// Issue 12.10: a 300-character file name with a line break must not push the "unsaved changes"
// mark off screen or cut the menu bar: the name is drawn on one line and gives way (an ellipsis).
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp, visibleLabel, sample } from './lib/app.mjs';
import { menu } from './lib/dashboard.mjs';

test('a very long file name with a newline keeps the unsaved mark in sight', (t) => withApp(t, { via: 'http', viewport: { width: 1280, height: 800 } }, async (app) => {
  const name = `${'quarterly-partner-review-'.repeat(12)}\nsecond line.scorecard.json`;
  const text = JSON.stringify(sample('saas-self-serve'));
  await app.page.evaluate(({ name, text }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type: 'application/json' }));
    const canvas = document.getElementById('canvas');
    canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, { name, text });
  await app.waitForItem('quarterly-partner-review-', { window: '##MainMenuBar' });
  await menu(app, 'File', 'Record review');
  await app.clickItem('Record', { exact: true, window: 'Record review' });
  const status = await app.waitForItem('unsaved changes', { window: '##MainMenuBar' });
  const label = visibleLabel(status.label);
  assert.ok(!label.includes('\n'), 'one line');
  assert.ok(label.includes('\u2026'), `the name gives way: ${label}`);
  assert.ok(label.endsWith('\u2022 unsaved changes'), label);
  assert.ok(status.x >= 0 && status.x + status.w <= 1280 + 1, `the status fits the bar: x ${status.x}, w ${status.w}`);
  const file = await app.findItem('File', { exact: true, window: '##MainMenuBar' });
  assert.ok(file && status.x > file.x + file.w, 'the menus are still there, left of the name');
  await app.screenshot('long-file-name');
}));
