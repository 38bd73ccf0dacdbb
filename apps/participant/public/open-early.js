// A small classic script of its own (index.html loads it async, beside the app's module): on
// a personal link's page it starts the two things the first question waits for while the app's
// own script is still on its way, instead of after that has loaded and run:
//   1. the questionnaire itself (take.open), as the exact request the app's tRPC client would
//      send; the client then takes this response instead of asking again (src/trpc.ts);
//   2. the question form's chunk, whose address the build writes into a meta tag
//      (build/first-question-preload.ts).
// The front page needs neither. Plain JavaScript in public/, because Vite would merge a module
// script into the app's own entry; the service worker precaches it with the rest.
(() => {
  const segment = /^\/a\/([^/]+)\/?$/.exec(location.pathname)?.[1];
  // A short code typed into the address (12 characters or fewer) is left to the app (src/credential.ts).
  if (!segment || segment.length <= 12) return;
  const form = document.querySelector('meta[name="skridt-question-form"]')?.getAttribute("content");
  if (form) {
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.href = form;
    document.head.append(link);
  }
  const url = `/trpc/take.open?input=${encodeURIComponent(JSON.stringify({ token: decodeURIComponent(segment) }))}`;
  const response = fetch(url);
  // A failed request is the app's to report, when it takes this one.
  response.catch(() => undefined);
  window.__skridtEarlyOpen = { url, response };
})();
