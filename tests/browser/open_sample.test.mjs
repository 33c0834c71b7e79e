// File > Open sample loads each embedded sample through the same core code as any file
// (sc::loadDocument): the overview then shows that sample's title and its segments view
// shows its own first segment, not the start sample's.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp, sample } from './lib/app.mjs';

const start = sample();
const other = sample('partner-program');

test('File > Open sample replaces the document with the chosen sample', (t) => withApp(t, { via: 'http' }, async (app) => {
  assert.notEqual(other.info.title, start.info.title, 'the two samples must differ for this test to mean anything');
  await app.waitForItem(start.info.title, { window: 'Main' });
  assert.equal(await app.findItem(other.info.title, { window: 'Main' }), null);

  await app.clickItem('File', { exact: true, window: '##MainMenuBar' });
  await app.clickItem('Open sample', { exact: true, window: '##Menu_' });
  await app.clickItem('partner-program.scorecard.json', { exact: true, window: '##Menu_' });
  await app.waitForItem(other.info.title, { window: 'Main' });

  await app.clickItem('View', { exact: true, window: '##MainMenuBar' });
  await app.clickItem('Segments', { exact: true, window: '##Menu_' });
  await app.waitForItem(other.segments[0].name, { window: 'Main' });
  assert.equal(await app.findItem(start.segments[0].name, { window: 'Main' }), null,
    'the start sample is still shown after opening another sample');
  assert.deepEqual(app.consoleErrors, []);
}));
