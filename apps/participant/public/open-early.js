// Starts take.open on a personal link's page before the app has loaded: see src/early-open-type.ts.
(() => {
  const segment = /^\/a\/([^/]+)\/?$/.exec(location.pathname)?.[1];
  if (!segment || segment.length <= 12 || window.__skridtAppAsked) return;
  const url = `/trpc/take.open?input=${encodeURIComponent(JSON.stringify({ token: decodeURIComponent(segment) }))}`;
  const response = fetch(url);
  response.catch(() => undefined);
  window.__skridtEarlyOpen = { url, response };
})();
