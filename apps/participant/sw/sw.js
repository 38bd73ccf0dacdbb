// The participant app's service worker: hand-written rather than Workbox. What it has to do
// fits in this file (precache one small app's files, answer page loads from that cache when
// the network is gone, pass everything else through), and written out it is plain to audit
// which requests it touches: no API call (/trpc) and nothing of the staff app ever goes
// through a cache here, and no personal data is stored. Workbox would add a build dependency
// and generated code for features we do not use.
//
// Registered with scope /a/ (the personal links), so it never controls the staff app under
// /staff/ nor the front page. Built by build/service-worker.ts, which fills in the version
// and the list of files.
//
// What is cached, and for how long: index.html and the built JS and CSS files of the current
// version (plus the previous version's, so a page still running it can load its lazy parts),
// until the next version is installed. The open questionnaire itself is kept by the app next
// to its answer outbox (src/offline/offline-copy.ts), never by this worker. Instruments'
// recorded audio (questions and answers read aloud) is put into its own cache by the app
// (src/offline/recorded-audio.ts) when a questionnaire that has it opens; this worker only
// answers audio requests from that cache, so a recording plays on the bus too.

const VERSION = "__SKRIDT_VERSION__";
const PRECACHE = /* __SKRIDT_PRECACHE__ */ [];
const PREFIX = "skridt-shell-";
/** Recorded audio (src/offline/recorded-audio.ts AUDIO_CACHE): unversioned, kept across app updates. */
const AUDIO = "skridt-audio";
const SHELL = `${PREFIX}${VERSION}`;
const INDEX = PRECACHE[0] ?? "/index.html";
/** How long a page load waits for the network before it takes the cached app (a bus's "lie-fi"). */
const NAVIGATION_TIMEOUT_MS = 4000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL);
      // index.html revalidates (no-cache); hashed files mostly come from the HTTP cache.
      await cache.addAll(PRECACHE);
      // Answers waiting to be sent live in the page's own storage, which versions share:
      // taking over at once loses nothing (see "update" in the e2e test).
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      // Cache names come back in creation order: keep ours and the one before it.
      const shells = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== SHELL);
      await Promise.all(shells.slice(0, -1).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // The API and the staff app always go to the network, untouched.
  if (url.pathname.startsWith("/trpc") || url.pathname.startsWith("/staff") || url.pathname === "/healthz") return;
  if (request.mode === "navigate") {
    event.respondWith(page(request));
    return;
  }
  if (request.destination === "audio") {
    event.respondWith(recording(request));
    return;
  }
  if (PRECACHE.includes(url.pathname) || url.pathname.startsWith("/assets/")) event.respondWith(file(request));
});

/** A page load: the network's index.html when it answers in time, else the cached one. */
async function page(request) {
  const network = fetch(request).then(async (response) => {
    // Only a real app page refreshes the cache (not the server's "starting" page or an error).
    if (response.ok && (response.headers.get("content-type") ?? "").includes("text/html")) {
      // A fresh Response: the stored copy must not remember the address (it holds the link's token).
      const copy = new Response(await response.clone().blob(), { status: response.status, headers: response.headers });
      const cache = await caches.open(SHELL);
      await cache.put(INDEX, copy);
    }
    return response;
  });
  network.catch(() => undefined);
  const cached = () => caches.open(SHELL).then((cache) => cache.match(INDEX));
  const timeout = new Promise((resolve) => setTimeout(resolve, NAVIGATION_TIMEOUT_MS, "timeout"));
  try {
    const first = await Promise.race([network, timeout]);
    if (first !== "timeout") return first;
    const fallback = await cached();
    return fallback ?? (await network);
  } catch {
    const fallback = await cached();
    return fallback ?? Response.error();
  }
}

/** A built file: hashed names never change content, so the cache answers first. */
async function file(request) {
  const hit = await caches.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(SHELL);
    await cache.put(request, response.clone());
  }
  return response;
}

/**
 * A recording: from the audio cache when the app put it there, else from the network. Media
 * elements ask for byte ranges ("Range: bytes=0-"); a cached whole file answers them as 206.
 */
async function recording(request) {
  const cache = await caches.open(AUDIO);
  const url = new URL(request.url);
  const hit = await cache.match(url.pathname + url.search);
  if (!hit) return fetch(request);
  const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.get("range") ?? "");
  if (!range) return hit;
  const body = await hit.arrayBuffer();
  const size = body.byteLength;
  const start = range[1] === "" ? Math.max(0, size - Number(range[2])) : Number(range[1]);
  const end = range[1] !== "" && range[2] !== "" ? Math.min(Number(range[2]), size - 1) : size - 1;
  if (start >= size || start > end) return new Response(null, { status: 416, headers: { "Content-Range": `bytes */${size}` } });
  const headers = new Headers(hit.headers);
  headers.set("Content-Range", `bytes ${start}-${end}/${size}`);
  headers.set("Content-Length", String(end - start + 1));
  return new Response(body.slice(start, end + 1), { status: 206, statusText: "Partial Content", headers });
}
