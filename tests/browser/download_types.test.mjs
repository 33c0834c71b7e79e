// Issue 10: a download's type follows what it is (shell/index.html app.download): the report is
// text/html (opens as a page), the action list text/csv (opens in a spreadsheet), a scorecard
// application/json. Every type the page gives a Blob it downloads is recorded here.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApp, sample, menu } from './lib/app.mjs';

// Clicks through `act` and returns the download's name and the type of the Blob behind it.
async function downloaded(app, act) {
  await app.page.evaluate(() => { window.blobTypes = []; });
  const download = app.page.waitForEvent('download', { timeout: 10000 });
  await act();
  const file = await download;
  const types = await app.page.evaluate(() => window.blobTypes);
  assert.equal(types.length, 1, `one blob: ${types}`);
  return { name: file.suggestedFilename(), type: types[0] };
}

test('reports download as HTML, action lists as CSV, scorecards as JSON', (t) => withApp(t, { via: 'http' }, async (app) => {
  await app.waitForItem(sample().info.title, { window: 'Main' });
  await app.page.evaluate(() => {
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob) => { window.blobTypes.push(blob.type); return create(blob); };
  });

  const report = await downloaded(app, () => menu(app, 'File', 'Export report…'));
  assert.equal(report.name, 'saas-self-serve.report.html');
  assert.equal(report.type, 'text/html;charset=utf-8');

  await app.clickItem('Dashboard', { exact: true, window: 'Navigation' });  // its first tab: the action list
  // The button sits under the charts: scroll the view until the findings pane does not cover it.
  await app.page.mouse.move(700, 300);
  await app.page.mouse.wheel(0, 400);
  await app.nextFrames(4);
  const csv = await downloaded(app, () => app.clickItem('Export CSV', { exact: true, window: 'Main' }));
  assert.match(csv.name, /action list\.csv$/);
  assert.equal(csv.type, 'text/csv;charset=utf-8');

  const saved = await downloaded(app, () => menu(app, 'File', 'Save'));
  assert.equal(saved.name, 'saas-self-serve.scorecard.json');
  assert.equal(saved.type, 'application/json');

  assert.deepEqual(await app.page.evaluate(() => ['x.txt', 'x.TSV', 'noext', 'a.report.htm'].map(window.scorecardApp.downloadType)),
    ['text/plain;charset=utf-8', 'text/tab-separated-values;charset=utf-8', 'application/octet-stream', 'text/html;charset=utf-8']);
  assert.deepEqual(app.consoleErrors, []);
  assert.deepEqual(app.foreignRequests, []);
}));
