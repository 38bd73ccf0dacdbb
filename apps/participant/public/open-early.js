// Starts take.open and the question form's chunk on a personal link's page: see build/first-question-preload.ts.
(() => {
  const segment = /^\/a\/([^/]+)\/?$/.exec(location.pathname)?.[1];
  if (!segment || segment.length <= 12) return;
  const form = document.querySelector('meta[name="skridt-question-form"]')?.getAttribute("content");
  if (form) document.head.append(Object.assign(document.createElement("link"), { rel: "modulepreload", href: form }));
  const url = `/trpc/take.open?input=${encodeURIComponent(JSON.stringify({ token: decodeURIComponent(segment) }))}`;
  const response = fetch(url);
  response.catch(() => undefined);
  window.__skridtEarlyOpen = { url, response };
})();
