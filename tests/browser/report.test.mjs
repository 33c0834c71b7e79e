// File > Export report… (issue 10): the app downloads `<name>.report.html`, the same page as
// `scorecard report` for the same document and date (one core function), and the report of a
// document with a hostile title shows it as text: opened in the browser, no dialog fires and
// the page makes no request.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { withApp, sample, repoRoot } from './lib/app.mjs';
import { menu } from './lib/dashboard.mjs';

const cli = process.env.SCORECARD_CLI || path.join(repoRoot, 'dist/bin/scorecard');
const samplePath = (name) => path.join(repoRoot, `assets/samples/${name}.scorecard.json`);
const hostile = '<img src=x onerror=alert(1)>';
// As core/report/html_escape.h writes text.
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

async function exportReport(app) {
  const download = app.page.waitForEvent('download', { timeout: 10000 });
  await menu(app, 'File', 'Export report…');
  const file = await download;
  return { name: file.suggestedFilename(), html: fs.readFileSync(await file.path(), 'utf8') };
}

test('File > Export report downloads the same page as scorecard report', (t) => withApp(t, { via: 'http' }, async (app) => {
  const start = sample();
  await app.waitForItem(start.info.title, { window: 'Main' });
  const { name, html } = await exportReport(app);
  assert.equal(name, 'saas-self-serve.report.html');
  assert.ok(html.startsWith('<!DOCTYPE html>'), 'an HTML page');
  assert.ok(html.includes(`<h1>${esc(start.info.title)}</h1>`), 'the title');
  assert.ok(html.includes('Content-Security-Policy'));
  assert.ok(!html.includes('<script'));
  const date = html.match(/as of (\d{4}-\d{2}-\d{2})/)?.[1];
  assert.ok(date, 'the report names its date');
  const fromCli = execFileSync(cli, ['report', samplePath('saas-self-serve'), '--date', date], { encoding: 'utf8' });
  assert.equal(html, fromCli, 'the app and the CLI write the same bytes');
  assert.deepEqual(app.consoleErrors, []);
  assert.deepEqual(app.foreignRequests, []);
}));

test('a hostile title is text in the report: no dialog, no request', (t) => withApp(t, { via: 'http' }, async (app) => {
  const doc = sample('partner-program');
  doc.info.title = hostile;
  doc.partners[0].name = `"'>${hostile}`;
  await app.dropFile({ name: 'hostile.scorecard.json', text: JSON.stringify(doc) });
  await app.waitForItem('hostile.scorecard.json', { window: '##MainMenuBar' });
  const { name, html } = await exportReport(app);
  assert.equal(name, 'hostile.report.html');
  assert.ok(!html.includes('<img'), 'no markup from the document');

  // Served from the app's own origin (the context blocks every other one), as a real navigation.
  const url = `${app.origin}/hostile.report.html`;
  // On the context, not the page: the app's service worker may make the request.
  const serve = (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
  await app.context.route(url, serve);
  const page = await app.context.newPage();
  const dialogs = [];
  const requests = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('request', (r) => requests.push(r.url()));
  try {
    await page.goto(url);
    await page.waitForTimeout(300);
    assert.equal(await page.locator('h1').textContent(), hostile);
    assert.equal(await page.locator('img').count(), 0);
    assert.ok((await page.locator('#partners th[scope=row]').allTextContents()).includes(`"'>${hostile}`));
    assert.deepEqual(dialogs, []);
    assert.deepEqual(requests, [url], 'the report loads nothing');
    // Its Content-Security-Policy blocks even a deliberate fetch, to its own origin or a data: URL.
    for (const target of [url, 'data:text/plain,x']) {
      const fetched = await page.evaluate((u) => fetch(u).then(() => 'loaded', () => 'blocked'), target);
      assert.equal(fetched, 'blocked', target);
    }
  } finally {
    await page.close();
    await app.context.unroute(url, serve);
  }
  assert.deepEqual(app.foreignRequests, []);
}));
