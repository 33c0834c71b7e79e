// Alignment Scorecard's service worker: a revisit of the hosted app (dist/web) works with the
// network off. The app's own files are kept in one cache named after this build; a new build
// writes a new name here, so the browser installs the new worker, which fills a fresh cache and
// deletes the old one. Only this origin's app files are served from the cache; nothing else is
// fetched or stored (the documents live in the page's own storage, never here).
'use strict';
const CACHE = 'scorecard-@SCORECARD_BUILD_ID@';
const FILES = ['./', 'index.html', 'scorecard.js', 'scorecard.wasm'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('scorecard-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

// The network first, so a served update shows at once; this build's cached copy when the
// network fails. Nothing fetched is added to the cache: it holds exactly the files installed.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(fetch(request).catch(() => caches.open(CACHE)
    .then((cache) => cache.match(request, { ignoreSearch: true }))
    .then((hit) => hit || Response.error())));
});
