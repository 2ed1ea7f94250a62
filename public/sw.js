// Begleitheft service worker: precaches exactly one build and serves it offline.
// The build (cargo xtask dist) fills in the version and the list of files; a new build gets a new
// cache and waits until the page confirms the update, so the app is never half old, half new.
const VERSION = "__BUILD_VERSION__";
const PRECACHE = __PRECACHE__;
const CACHE = `begleitheft-${VERSION}`;

// Each file is fetched with a few attempts: the build is some seventy files (the app's lazily loaded parts,
// two files per language), and a first visit on a bad connection should not lose the whole install — and
// with it offline use — to one dropped request. The install still fails if a file stays out of reach.
async function precache(cache) {
  await Promise.all(
    PRECACHE.map(async (url) => {
      for (let attempt = 1; ; attempt++) {
        try {
          const response = await fetch(new Request(url, { cache: "reload" }));
          if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
          await cache.put(url, response);
          return;
        } catch (error) {
          if (attempt >= 4) throw error;
          await new Promise((resolve) => setTimeout(resolve, 400 * attempt));
        }
      }
    }),
  );
}

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then(precache));
  // The first install has no older version to protect, so it may take over at once.
  if (!self.registration.active) self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith("begleitheft-") && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

// The page sends this when the user confirms "update available".
self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || url.pathname.startsWith("/api/")) {
    return;
  }
  if (request.mode === "navigate") {
    // Every page of the app is the same shell; routes are resolved in the browser.
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match("/")).then((hit) => hit || fetch(request)),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(request, { ignoreSearch: true });
      if (hit) return hit;
      const response = await fetch(request);
      // Fonts are not precached (only readers of that script need them); once fetched they stay for offline.
      if (response.ok && url.pathname.startsWith("/fonts/")) cache.put(request, response.clone());
      return response;
    }),
  );
});
