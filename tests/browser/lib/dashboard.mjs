// What the Dashboard tests share: opening a sample from the File menu, finding items by a label
// prefix, and the dashboard's figures as drawn (labels from web/logic/dashboard_text).
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, visibleLabel, menu as menuItems } from './app.mjs';

// Every sample built into the app (assets/samples/samples.cmake), in menu order.
export function sampleFiles() {
  const text = fs.readFileSync(path.join(repoRoot, 'assets/samples/samples.cmake'), 'utf8');
  return [...text.matchAll(/([A-Za-z0-9_.-]+\.scorecard\.json)/g)].map((m) => m[1])
    .filter((name) => fs.existsSync(path.join(repoRoot, 'assets/samples', name)));
}

export function sampleDoc(file) {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets/samples', file), 'utf8'));
}

// File > Open sample > <file>; waits for its title on the dashboard.
export async function openSample(app, file) {
  await app.clickItem('File', { exact: true, window: '##MainMenuBar' });
  await app.clickItem('Open sample', { exact: true, window: '##Menu_' });
  await app.clickItem(file, { exact: true, window: '##Menu_' });
  await app.waitForItem(sampleDoc(file).info.title, { window: 'Main' });
}

export async function itemsStartingWith(app, prefix, window = 'Main') {
  return (await app.items()).filter((i) => String(i.window).includes(window) && visibleLabel(i.label).startsWith(prefix));
}

// Waits until an item whose label starts with `prefix` is drawn; returns the first.
export async function waitForPrefix(app, prefix, { window = 'Main', timeout = 10000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = await itemsStartingWith(app, prefix, window);
    if (found.length) return found[0];
    if (Date.now() > deadline) {
      const drawn = (await app.items()).map((i) => `${i.window} / ${visibleLabel(i.label)}`).join('\n  ');
      throw new Error(`no item starting "${prefix}" in ${window}. Drawn:\n  ${drawn}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

// Scrolls the Main pane with the wheel until an item starting with `prefix` is in sight.
export async function scrollToPrefix(app, prefix, { steps = 30 } = {}) {
  for (let i = 0; i < steps; i++) {
    const found = await itemsStartingWith(app, prefix);
    if (found.length) return found[0];
    await app.page.mouse.move(700, 400);
    await app.page.mouse.wheel(0, 200);
    await app.nextFrames(3);
  }
  return waitForPrefix(app, prefix, { timeout: 1000 });
}

export async function hover(app, item) {
  await app.page.mouse.move(item.x + item.w / 2, item.y + item.h / 2);
  await app.nextFrames(3);
}

// A menu path whose items may be matched by part of their label ("Undo" for "Undo Record review").
export async function menu(app, top, ...path) {
  await menuItems(app, top, ...path, { exact: false });
}

// The "Alignment index …" headline drawn on the dashboard.
export const indexPattern = /^Alignment index (\d+\.\d \/ 100|: not available)$/;
