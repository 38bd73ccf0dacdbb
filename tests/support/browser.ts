import { chromium, type Browser } from "playwright-core";
import { inject } from "vitest";

/** Headless Chromium with the flags our closed network needs (see shared/platform-notes.md). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject("chromiumPath"),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
