/**
 * Registers the service worker (sw/sw.js) for the personal links (scope /a/), once the page
 * has loaded and the browser is idle, so installing it (fetching the rest of the app) never
 * competes with the first question for a slow connection.
 */
export function registerServiceWorker() {
  if (import.meta.env.DEV || !("serviceWorker" in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register("/sw.js", { scope: "/a/" }).catch(() => {
      // No worker (private mode, an old browser): the app still works online.
    });
  };
  const whenIdle = () => ("requestIdleCallback" in window ? window.requestIdleCallback(register, { timeout: 3000 }) : setTimeout(register, 1000));
  if (document.readyState === "complete") whenIdle();
  else window.addEventListener("load", whenIdle, { once: true });
}
