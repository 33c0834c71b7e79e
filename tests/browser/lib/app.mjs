// The one way browser tests open and drive the real app: headless Debian Chromium (SwiftShader
// WebGL) through playwright-core. ImGui draws to a canvas, so tests find widgets through
// window.scorecardApp.items() (rects in CSS pixels, recorded by the test hooks) and click/type
// at those rects like a user. Every session records console errors and blocks + lists any
// request that leaves the page's own origin, because the product promises that nothing does.
//
// Under node:test, withApp() launches Chromium once per test file (per set of launch args) and
// gives every test its own fresh BrowserContext: its own viewport/deviceScaleFactor, its own
// empty localStorage/IndexedDB/cache/permissions, nothing carried over from another test. A
// node:test `after` hook closes the browser at the end of the file so node can exit. openApp()
// on its own (the benchmarks in bench/) still launches a fresh browser profile per call.
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
import { after } from 'node:test';
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

// The first of `items` matching `label` exactly, else (unless opts.exact) containing it; or null.
function pick(items, label, opts) {
  return items.find((i) => matches(i, label, { exact: true, ...opts })) ||
    (opts.exact ? null : items.find((i) => matches(i, label, opts))) || null;
}

function describe(items) {
  return items.map((i) => `${i.window} / ${visibleLabel(i.label)}`).join('\n  ');
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Polls an async condition every 50 ms until it holds; throws "<what> did not happen" after
// `timeout` ms. (waitFor in mismatch_rows.mjs takes a synchronous predicate over the items.)
export async function until(what, condition, timeout = 10000) {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen`);
    await sleep(50);
  }
}

// Reloads the app's page with `script` run before the page's own (e.g. fake file pickers), and
// waits for its first frame.
export async function reloadWith(app, script) {
  await app.page.addInitScript(script);
  await app.page.reload({ waitUntil: 'load' });
  await app.waitForFrames(1, 20000);
}

// Opens the menu bar's `top` menu and clicks through `path` ("File", "Save"). A trailing options
// object: { exact } (default true) matches the menu items' labels exactly or by containing.
export async function menu(app, top, ...path) {
  const opts = typeof path[path.length - 1] === 'object' ? path.pop() : {};
  const exact = opts.exact ?? true;
  await app.clickItem(top, { exact: true, window: '##MainMenuBar' });
  for (const item of path) await app.clickItem(item, { exact, window: '##Menu_' });
}

// ---- One browser per test file ----
// Launched on first use, keyed by the launch args (noWebgl needs --disable-3d-apis, a launch
// flag no context option can give), closed by the `after` hook registered below. A browser that
// crashed or lost its connection is launched again; one whose page failed to open is closed, so
// a broken browser (e.g. its GPU process given up on WebGL) cannot fail the tests after it.
const sharedBrowsers = new Map();  // args joined -> Promise<Browser>

// Only where node:test runs this file: registering a hook outside a test run would make node
// print an empty test report (the benchmarks import this module too).
const underNodeTest = process.env.NODE_TEST_CONTEXT !== undefined || process.execArgv.includes('--test') ||
  /\.test\.[cm]?js$/.test(process.argv[1] ?? '');
if (underNodeTest) after(() => closeSharedBrowsers());

async function sharedBrowser(args) {
  const key = args.join(' ');
  const known = sharedBrowsers.get(key);
  if (known) {
    const browser = await known.catch(() => null);
    if (browser && browser.isConnected()) return browser;
    if (sharedBrowsers.get(key) === known) sharedBrowsers.delete(key);
  }
  const launching = chromium.launch({ executablePath: chromiumPath, headless: true, args });
  sharedBrowsers.set(key, launching);
  launching.catch(() => { if (sharedBrowsers.get(key) === launching) sharedBrowsers.delete(key); });
  return launching;
}

async function dropSharedBrowser(browser) {
  for (const [key, entry] of sharedBrowsers) {
    if (await entry.catch(() => null) === browser) sharedBrowsers.delete(key);
  }
  await browser.close().catch(() => {});
}

// Closes every browser withApp() launched (the `after` hook; callable by hand elsewhere).
export async function closeSharedBrowsers() {
  const all = [...sharedBrowsers.values()];
  sharedBrowsers.clear();
  await Promise.all(all.map((p) => p.then((b) => b.close(), () => {}).catch(() => {})));
}

// One browser context + page + (for via:'http') one static server. Create with openApp();
// close() frees all (and the browser too when it was launched for this app alone).
export class App {
  constructor({ context, page, server, userDataDir, origin, browser = null }) {
    this.context = context;
    this.page = page;
    this.server = server;
    this.userDataDir = userDataDir;  // a launched profile's folder; null in a shared browser
    this.browser = browser;          // the shared browser the context lives in; null when launched alone
    this.origin = origin;           // 'http://127.0.0.1:PORT' or 'file:'
    this.consoleErrors = [];        // console.error messages and uncaught page errors
    this.foreignRequests = [];      // every request to another origin (aborted)
    this.requests = [];             // every request the page made
  }

  // Waits until the app has rendered at least `n` frames in total. Checked on every animation
  // frame (the app draws on requestAnimationFrame too), so it returns on the frame it happens;
  // survives a navigation (reload) in between.
  async waitForFrames(n = 1, timeout = 30000) {
    await this.page.waitForFunction((min) => !!window.scorecardApp && window.scorecardApp.frames >= min,
      n, { timeout, polling: 'raf' });
  }

  // Waits for `n` more frames than now (the UI reacts to input on the next frames): counted in
  // the page, from the frame count when the call arrives, in one round trip.
  async nextFrames(n = 2, timeout = 10000) {
    await this.page.evaluate(({ n, timeout }) => new Promise((resolve, reject) => {
      const count = () => (window.scorecardApp ? window.scorecardApp.frames : 0);
      const target = count() + n;
      const deadline = performance.now() + timeout;
      const tick = () => {
        if (count() >= target) resolve();
        else if (performance.now() > deadline) reject(new Error(`nextFrames: ${n} frames did not come within ${timeout} ms (frame ${count()}, waited for ${target})`));
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }), { n, timeout });
  }

  async frames() { return this.page.evaluate(() => (window.scorecardApp ? window.scorecardApp.frames : 0)); }
  async version() { return this.page.evaluate(() => String(window.scorecardApp.version)); }

  // The items drawn in the last frame: [{window, label, id, x, y, w, h, active}] in CSS pixels;
  // `active`: the item has the keyboard or the mouse (a text box being edited, a button held).
  async items() { return this.page.evaluate(() => window.scorecardApp.items()); }

  // The first drawn item whose visible label equals (or, unless exact, contains) `label`;
  // `window` narrows to items in a window whose name contains it ("Main", "##Menu_",
  // "##MainMenuBar", a floating window's title). Null when not drawn.
  async findItem(label, opts = {}) {
    return pick(await this.items(), label, opts);
  }

  // The items with where the canvas sits in the page (item rects are relative to the canvas), in
  // one round trip to the page, which waits for the page's main thread: under software WebGL a
  // frame's length.
  async #itemsWithCanvas() {
    return this.page.evaluate(() => {
      const c = document.querySelector('#canvas') || document.querySelector('canvas');
      const r = c ? c.getBoundingClientRect() : { left: 0, top: 0 };
      return { items: window.scorecardApp.items(), at: { left: r.left, top: r.top } };
    });
  }

  // Waits until an item with this label is drawn; the error lists what was drawn instead.
  async waitForItem(label, opts = {}) {
    return (await this.#waitForItem(label, opts, false)).item;
  }

  // waitForItem, also reading where the canvas sits in the page with the items.
  async #waitForItem(label, opts, withCanvas) {
    const deadline = Date.now() + (opts.timeout ?? 10000);
    for (;;) {
      const seen = withCanvas ? await this.#itemsWithCanvas() : { items: await this.items() };
      const item = pick(seen.items, label, opts);
      if (item) return { item, at: seen.at };
      if (Date.now() > deadline) {
        const where = opts.window !== undefined ? ` in window "${opts.window}"` : '';
        throw new Error(`item "${label}"${where} was not drawn. Drawn items:\n  ${describe(await this.items())}`);
      }
      await sleep(50);
    }
  }

  // Clicks the centre of the item's rect like a user: move, let ImGui see the hover, press, release.
  async clickItem(label, opts = {}) {
    // Item rects are relative to the canvas; add where the canvas sits in the page.
    const { item, at } = await this.#waitForItem(label, opts, true);
    await this.clickAt(at.left + item.x + item.w / 2, at.top + item.y + item.h / 2);
    return item;
  }

  // Drops a file on the canvas the way a browser does: dragover, then drop with a DataTransfer
  // carrying a File of `text` named `name`.
  async dropFile({ name, text }) {
    await this.page.evaluate(({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'application/json' }));
      const canvas = document.getElementById('canvas');
      canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, { name, text });
  }

  // A click at page coordinates: move, let ImGui see the hover, press, release.
  async clickAt(x, y) {
    await this.page.mouse.move(x, y);
    await this.nextFrames(2);
    await this.page.mouse.down();
    await this.nextFrames(2);
    await this.page.mouse.up();
    await this.nextFrames(2);
  }

  // Replaces the text of the edit box recorded as "<label> field" (widgets/text_field.cpp) and
  // commits it with Enter, like a user: click the box, Ctrl+A, type, Enter. The click is made
  // where the box sits in two frames running (a panel that just opened may still move) and is
  // repeated until the box has the keyboard (the item recorder's `active`), so typing never goes
  // to another box; the call returns once the box has let go of the keyboard (committed).
  async setField(label, text, { window = 'Main', timeout = 10000 } = {}) {
    const name = `${label} field`;
    const inWindow = (i) => String(i.window).includes(window) && visibleLabel(i.label) === name;
    const deadline = Date.now() + timeout;
    let active = false;
    for (let attempt = 1; !active; attempt++) {
      const { item, at } = await this.#stableItem(inWindow, name, deadline);
      await this.clickAt(at.left + item.x + item.w / 2, at.top + item.y + item.h / 2);
      const until = Math.min(deadline, Date.now() + 2000);
      for (;;) {
        const items = await this.items();
        if (items.some((i) => inWindow(i) && i.active)) { active = true; break; }
        if (Date.now() > until) {
          const other = items.find((i) => i.active);
          if (Date.now() > deadline) {
            throw new Error(`the "${name}" box did not take the keyboard after ${attempt} clicks` +
              (other ? `; "${visibleLabel(other.label)}" has it` : ''));
          }
          if (other) await this.tapKey(27);  // Escape: leave the box the click went to, unchanged
          break;
        }
        await sleep(50);
      }
    }
    await this.page.keyboard.down('Control');
    await this.page.keyboard.press('KeyA');
    await this.page.keyboard.up('Control');
    await this.nextFrames(2);
    await this.typeText(String(text));
    await this.tapKey(13);  // Enter commits a one-line box
    for (;;) {
      if (!(await this.items()).some((i) => inWindow(i) && i.active)) return;
      if (Date.now() > deadline) throw new Error(`the "${name}" box kept the keyboard after Enter`);
      await sleep(50);
    }
  }

  // The first item `match` accepts, once it has the same rect in two frames running.
  async #stableItem(match, name, deadline) {
    let before = null;
    for (;;) {
      const seen = await this.#itemsWithCanvas();
      const item = seen.items.find(match);
      const same = item && before && ['x', 'y', 'w', 'h'].every((k) => item[k] === before[k]);
      if (same) return { item, at: seen.at };
      if (Date.now() > deadline) {
        throw new Error(`no steady "${name}" was drawn. Drawn items:\n  ${describe(seen.items)}`);
      }
      before = item || null;
      await this.nextFrames(1);
    }
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
    if (this.userDataDir) fs.rmSync(this.userDataDir, { recursive: true, force: true });
  }
}

// Opens the app in a fresh browser profile: a fresh BrowserContext of the file's shared browser
// (shared: true, what withApp() does under node:test) or a browser launched for it alone.
//   via: 'http' serves dist/web on a free port (default), 'file' opens dist/alignment-scorecard.html;
//        or url: any page (used to check the harness itself).
//   dpr: deviceScaleFactor; noWebgl: launch with --disable-3d-apis; waitForFrame: wait for frames > 0.
//   fileAccess: keep the browser's File System Access pickers (removed by default, see below).
export async function openApp({ via = 'http', url, dir = distWeb, file = singleFile, dpr = 1,
  noWebgl = false, waitForFrame = true, viewport = { width: 1280, height: 800 }, timeout = 20000,
  shared = false, profileDir = null, fileAccess = false } = {}) {
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
  const args = [...baseArgs];
  if (noWebgl) args.push('--disable-3d-apis');
  let context, browser = null, userDataDir = null;
  try {
    if (shared) {
      browser = await sharedBrowser(args);
      // A new context is a fresh in-memory profile: empty storage, cache and permissions.
      context = await browser.newContext({ viewport, deviceScaleFactor: dpr, acceptDownloads: true });
    } else {
      // profileDir: the caller's profile, kept on close (a test that restarts the browser on it).
      userDataDir = profileDir || fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-chromium-'));
      context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: chromiumPath, headless: true, args, viewport, deviceScaleFactor: dpr,
      });
    }
  } catch (e) {
    if (server) await server.close();
    if (userDataDir && !profileDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    throw e;
  }
  const origin = url.startsWith('file:') ? 'file:' : new URL(url).origin;
  const app = new App({ context, page: null, server, userDataDir: profileDir ? null : userDataDir, origin, browser });

  try {
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
    // Headless Chromium has the File System Access pickers, which playwright cannot answer: the
    // app then sees a browser without them (Open uses the file input, Save downloads, as in
    // Firefox and Safari) unless the test asks; save_in_place.test.mjs gives it in-memory ones.
    if (!fileAccess) {
      await context.addInitScript(() => {
        delete window.showOpenFilePicker;
        delete window.showSaveFilePicker;
      });
    }
    app.page = context.pages()[0] || await context.newPage();
  } catch (e) {
    await app.close();
    if (browser) await dropSharedBrowser(browser);
    throw e;
  }
  const page = app.page;
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
    // The next test gets a newly launched browser, in case this one is what broke.
    if (browser) await dropSharedBrowser(browser);
    const errors = app.consoleErrors.length ? `\nconsole errors:\n  ${app.consoleErrors.join('\n  ')}` : '';
    throw new Error(`app at ${url} did not render a frame: ${String(e).split('\n')[0]}${errors}`);
  }
  return app;
}

// Runs `fn(app)` in a fresh app for a node:test test `t`; on failure saves a screenshot named
// after the test (tests/browser/test-results/) and rethrows; always closes the app's context.
// Under node:test the app opens in a new context of the file's shared browser (opts.shared:
// false launches one for this test alone, as every test did before).
export async function withApp(t, opts, fn) {
  const app = await openApp({ shared: underNodeTest, ...opts });
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
