/**
 * The questionnaire request public/open-early.js starts before the app has loaded.
 *
 * open-early.js is a small classic script index.html loads async, beside the app's module. On
 * a personal link's page (/a/<token>) it starts what the first question waits for while the
 * app's own script is still on its way, instead of after that has loaded and run: the
 * questionnaire itself (take.open, as the exact request the app's tRPC client would send; the
 * client then takes this response instead of asking again, src/trpc.ts). A short code typed
 * into the address (12 characters or fewer) is left to the app (src/credential.ts); the front
 * page needs nothing. It is plain JavaScript in public/ because Vite would merge a module
 * script into the app's own entry; it is kept short (it is fetched on every cold load) and the
 * service worker precaches it with the rest. The form of number, text and date questions is
 * not fetched early any more: choice questions (the first) do not need it, and it would share
 * a slow line with the app's own script; it is prefetched once a question shows.
 */
export interface EarlyOpen {
  url: string;
  response: Promise<Response>;
}

declare global {
  interface Window {
    __skridtEarlyOpen?: EarlyOpen;
    /** Set when the app made its first request without an early response: the early script then stays quiet. */
    __skridtAppAsked?: boolean;
  }
}
