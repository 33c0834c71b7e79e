// Smoke tests of the hosted build (dist/web served over HTTP): it renders the start sample,
// stays quiet in the console, talks to nobody but its own origin, carries the project
// version, and its menus drive the views.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp, sample, projectVersion } from './lib/app.mjs';

const doc = sample();

test('served build renders the start sample', (t) => withApp(t, { via: 'http' }, async (app) => {
  assert.ok(await app.frames() > 0, 'no frame rendered');
  // The start view is the Dashboard (issue 8), headed by the sample's title.
  const item = await app.waitForItem(doc.info.title, { exact: true, window: 'Main' });
  assert.ok(item.w > 0 && item.h > 0, `title item has an empty rect: ${JSON.stringify(item)}`);
}));

test('served build logs no console error', (t) => withApp(t, { via: 'http' }, async (app) => {
  await app.nextFrames(30);
  assert.deepEqual(app.consoleErrors, []);
}));

test('served build requests nothing outside its own origin', (t) => withApp(t, { via: 'http' }, async (app) => {
  await app.nextFrames(30);
  assert.deepEqual(app.foreignRequests, []);
  assert.ok(app.requests.some((u) => u.startsWith(app.origin)), 'the router saw no request at all');
}));

test('served build reports the project version', (t) => withApp(t, { via: 'http' }, async (app) => {
  assert.equal(await app.version(), projectVersion());
}));

test('View > Channels shows the sample channels', (t) => withApp(t, { via: 'http' }, async (app) => {
  const channel = doc.channels[0].name;
  // Exact: the dashboard's heat-map cells are labelled "Heat cell: <promise> × <channel>".
  assert.equal(await app.findItem(channel, { exact: true, window: 'Main' }), null,
    'the main area already shows the channel before the menu was used: this test would prove nothing');
  await app.clickItem('View', { exact: true, window: '##MainMenuBar' });
  await app.clickItem('Channels', { exact: true, window: '##Menu_' });
  await app.waitForItem(channel, { window: 'Main' });
}));
