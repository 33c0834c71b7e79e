// The one way browser tests open and drive the real app: headless Debian Chromium (SwiftShader
// WebGL) through playwright-core. ImGui draws to a canvas, so tests find widgets through
// window.scorecardApp.items() (rects in CSS pixels, recorded by the test hooks) and click/type
// at those rects like a user. Every session records console errors and blocks + lists any
// request that leaves the page's own origin, because the product promises that nothing does.
//
//   import { withApp, sample } from './lib/app.mjs';
//   test('x', (t) => withApp(t, { via: 'http' }, async (app) => {
//     await app.clickItem('View', { window: '##MainMenuBar' });
//     await app.clickItem('Channels', { window: '##Menu_' });
//     await app.waitForItem(sample().channels[0].name);
//   }));
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer } from '../../../scripts/serve.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// The build under test; the environment can point the same tests at another copy (a deployed
// folder, or a deliberately broken build to prove the tests fail).
export const distWeb = process.env.SCORECARD_DIST_WEB || path.join(repoRoot, 'dist/web');
export const singleFile = process.env.SCORECARD_SINGLE_FILE || path.join(repoRoot, 'dist/alignment-scorecard.html');
export const resultsDir = path.join(repoRoot, 'tests/browser/test-results');
const chromiumPath = process.env.SCORECARD_CHROMIUM || '/usr/bin/chromium';

// Headless flags checked on this machine kind (docs in /work/shared/TOOLCHAIN.md).
const baseArgs = ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

// The sample the app opens at start, parsed (tests read names from it instead of hard-coding them).
export function sample(name = 'saas-self-serve') {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, `assets/samples/${name}.scorecard.json`), 'utf8'));
}

// The project version from CMakeLists.txt's project(... VERSION x.y.z).
export function projectVersion() {
  const text = fs.readFileSync(path.join(repoRoot, 'CMakeLists.txt'), 'utf8');
  const m = text.match(/project\s*\([^)]*\bVERSION\s+([0-9][0-9.]*)/);
  if (!m) throw new Error('no project(... VERSION ...) in CMakeLists.txt');
  return m[1];
}

// The part of an ImGui label a user sees: "Save##toolbar" -> "Save", "Title###id" -> "Title".
export function visibleLabel(label) {
  const s = String(label ?? '');
  const i = s.indexOf('##');
  return i < 0 ? s : s.slice(0, i);
}

function matches(item, label, opts) {
  const seen = visibleLabel(item.label);
  if (opts.exact ? seen !== label : !(seen === label || seen.includes(label))) return false;
  // Windows match on the raw name too: menus are "##MainMenuBar" and "##Menu_00".
  if (opts.window !== undefined) {
    const raw = String(item.window ?? '');
    if (!raw.includes(opts.window) && !visibleLabel(raw).includes(opts.window)) return false;
  }
  return true;
}

function describe(items) {
  return items.map((i) => `${i.window} / ${visibleLabel(i.label)}`).join('\n  ');
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// One browser + page + (for via:'http') one static server. Create with openApp(); close() frees all.
export class App {
  constructor({ context, page, server, userDataDir, origin }) {
    this.context = context;
    this.page = page;
    this.server = server;
    this.userDataDir = userDataDir;
    this.origin = origin;           // 'http://127.0.0.1:PORT' or 'file:'
    this.consoleErrors = [];        // console.error messages and uncaught page errors
    this.foreignRequests = [];      // every request to another origin (aborted)
    this.requests = [];             // every request the page made
  }

  // Waits until the app has rendered at least `n` frames in total.
  async waitForFrames(n = 1, timeout = 30000) {
    await this.page.waitForFunction((min) => !!window.scorecardApp && window.scorecardApp.frames >= min,
      n, { timeout, polling: 50 });
  }

  // Waits for `n` more frames than now (the UI reacts to input on the next frames).
  async nextFrames(n = 2, timeout = 10000) {
    const now = await this.frames();
    await this.waitForFrames(now + n, timeout);
  }

  async frames() { return this.page.evaluate(() => (window.scorecardApp ? window.scorecardApp.frames : 0)); }
  async version() { return this.page.evaluate(() => String(window.scorecardApp.version)); }

  // The items drawn in the last frame: [{window, label, id, x, y, w, h}] in CSS pixels.
  async items() { return this.page.evaluate(() => window.scorecardApp.items()); }

  // The first drawn item whose visible label equals (or, unless exact, contains) `label`;
  // `window` narrows to items in a window whose name contains it ("Main", "##Menu_",
  // "##MainMenuBar", a floating window's title). Null when not drawn.
  async findItem(label, opts = {}) {
    const items = await this.items();
    return items.find((i) => matches(i, label, { exact: true, ...opts })) ||
      (opts.exact ? null : items.find((i) => matches(i, label, opts))) || null;
  }

  // Waits until an item with this label is drawn; the error lists what was drawn instead.
  async waitForItem(label, opts = {}) {
    const deadline = Date.now() + (opts.timeout ?? 10000);
    for (;;) {
      const item = await this.findItem(label, opts);
      if (item) return item;
      if (Date.now() > deadline) {
        const where = opts.window !== undefined ? ` in window "${opts.window}"` : '';
        throw new Error(`item "${label}"${where} was not drawn. Drawn items:\n  ${describe(await this.items())}`);
      }
      await sleep(50);
    }
  }

  // Clicks the centre of the item's rect like a user: move, let ImGui see the hover, press, release.
  async clickItem(label, opts = {}) {
    const item = await this.waitForItem(label, opts);
    // Item rects are relative to the canvas; add where the canvas sits in the page.
    const at = await this.page.evaluate(() => {
      const c = document.querySelector('#canvas') || document.querySelector('canvas');
      const r = c ? c.getBoundingClientRect() : { left: 0, top: 0 };
      return { left: r.left, top: r.top };
    });
    const x = at.left + item.x + item.w / 2, y = at.top + item.y + item.h / 2;
    await this.page.mouse.move(x, y);
    await this.nextFrames(2);
    await this.page.mouse.down();
    await this.nextFrames(2);
    await this.page.mouse.up();
    await this.nextFrames(2);
    return item;
  }

  // Types text into whatever has keyboard focus, one key event per character.
  async typeText(text) {
    await this.page.keyboard.type(text, { delay: 20 });
    await this.nextFrames(2);
  }

  // A key tap whose keydown and keyup arrive in the same task, so no frame runs between them:
  // what a fast tap on a slow frame looks like to the app. `keyCode` is the DOM key code
  // (Escape 27, Enter 13), which is what emscripten's GLFW reads.
  async tapKey(keyCode) {
    await this.page.evaluate((code) => {
      for (const type of ['keydown', 'keyup']) {
        const event = new KeyboardEvent(type, { bubbles: true, cancelable: true });
        Object.defineProperty(event, 'keyCode', { get: () => code });
        window.dispatchEvent(event);
      }
    }, keyCode);
    await this.nextFrames(3);
  }

  // Saves a screenshot to tests/browser/test-results/<name>.png and returns its path.
  async screenshot(name) {
    fs.mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `${String(name).replace(/[^A-Za-z0-9_.-]+/g, '_')}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  async close() {
    await this.context.close().catch(() => {});
    if (this.server) await this.server.close();
    fs.rmSync(this.userDataDir, { recursive: true, force: true });
  }
}

// Opens the app in a fresh browser profile.
//   via: 'http' serves dist/web on a free port (default), 'file' opens dist/alignment-scorecard.html;
//        or url: any page (used to check the harness itself).
//   dpr: deviceScaleFactor; noWebgl: launch with --disable-3d-apis; waitForFrame: wait for frames > 0.
export async function openApp({ via = 'http', url, dir = distWeb, file = singleFile, dpr = 1,
  noWebgl = false, waitForFrame = true, viewport = { width: 1280, height: 800 }, timeout = 20000 } = {}) {
  let server = null;
  if (!url) {
    if (via === 'http') {
      if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error(`${dir}/index.html missing: build the web app first`);
      server = await startServer(dir);
      url = `${server.origin}/`;
    } else if (via === 'file') {
      if (!fs.existsSync(file)) throw new Error(`${file} missing: build the web app first`);
      url = pathToFileURL(file).href;
    } else {
      throw new Error(`openApp: unknown via '${via}'`);
    }
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-chromium-'));
  const args = [...baseArgs];
  if (noWebgl) args.push('--disable-3d-apis');
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath, headless: true, args, viewport, deviceScaleFactor: dpr,
    });
  } catch (e) {
    if (server) await server.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw e;
  }
  const page = context.pages()[0] || await context.newPage();
  const origin = url.startsWith('file:') ? 'file:' : new URL(url).origin;
  const app = new App({ context, page, server, userDataDir, origin });

  // Nothing may leave the page's own origin: abort and record anything else.
  await context.route('**/*', (route) => {
    const u = route.request().url();
    app.requests.push(u);
    const own = u.startsWith('data:') || u.startsWith('blob:') ||
      (origin === 'file:' ? u.startsWith('file:') : (u === origin || u.startsWith(origin + '/')));
    if (own) return route.continue();
    app.foreignRequests.push(u);
    return route.abort('blockedbyclient');
  });
  // Requests the router does not see (e.g. websockets) are still recorded as foreign.
  page.on('websocket', (ws) => app.foreignRequests.push(ws.url()));
  page.on('console', (m) => { if (m.type() === 'error') app.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => app.consoleErrors.push(String(e)));

  try {
    await page.goto(url, { waitUntil: 'load', timeout });
    if (waitForFrame) await app.waitForFrames(1, timeout);
  } catch (e) {
    await app.screenshot(`open-failed-${via}-${Date.now()}`).catch(() => {});
    await app.close();
    const errors = app.consoleErrors.length ? `\nconsole errors:\n  ${app.consoleErrors.join('\n  ')}` : '';
    throw new Error(`app at ${url} did not render a frame: ${String(e).split('\n')[0]}${errors}`);
  }
  return app;
}

// Runs `fn(app)` in a fresh app for a node:test test `t`; on failure saves a screenshot named
// after the test (tests/browser/test-results/) and rethrows; always closes the browser.
export async function withApp(t, opts, fn) {
  const app = await openApp(opts);
  try {
    return await fn(app);
  } catch (e) {
    const shot = await app.screenshot(t.name).catch(() => null);
    if (shot && e && typeof e === 'object') e.message = `${e.message}\n(screenshot: ${path.relative(repoRoot, shot)})`;
    throw e;
  } finally {
    await app.close();
  }
}
