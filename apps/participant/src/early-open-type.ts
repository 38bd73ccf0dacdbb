/** The questionnaire request public/open-early.js starts before the app has loaded. */
export interface EarlyOpen {
  url: string;
  response: Promise<Response>;
}

declare global {
  interface Window {
    __skridtEarlyOpen?: EarlyOpen;
  }
}
