import type { TInstrument } from "@skridt/instruments/client";

/**
 * The cache recorded audio is kept in. The service worker (sw/sw.js) answers audio requests
 * from it; its name has no version, so recordings survive app updates (they are the
 * instruments' data, not the app's files). It holds no personal data: the same recordings
 * are served to every participant.
 */
export const AUDIO_CACHE = "skridt-audio";

/**
 * Every recording the questionnaire's instruments carry (questions and answers, both
 * languages: a participant may switch language offline), as same-origin paths, once each.
 * Recordings on another site are left to the network: caching them would need that site's CORS.
 */
export function recordedAudioUrls(instruments: readonly TInstrument[], origin: string): string[] {
  const urls = new Set<string>();
  const add = (audio: { da: string; en: string } | undefined) => {
    if (!audio) return;
    for (const address of [audio.da, audio.en]) {
      if (!address) continue;
      let url: URL;
      try {
        url = new URL(address, origin);
      } catch {
        continue;
      }
      if (url.origin === origin) urls.add(url.pathname + url.search);
    }
  };
  for (const instrument of instruments) {
    for (const item of instrument.items) {
      add(item.audio);
      if (item.type === "single-choice" || item.type === "multiple-choice") for (const option of item.options) add(option.audio);
    }
  }
  return [...urls];
}

/**
 * Puts the recordings not cached yet into the audio cache, one at a time (a slow connection
 * keeps serving the questions in between). A recording that fails to download is skipped; the
 * next visit tries again. Resolves with how many were added.
 */
export async function cacheRecordedAudio(urls: readonly string[], storage: CacheStorage | undefined = globalThis.caches): Promise<number> {
  if (!storage || urls.length === 0) return 0;
  const cache = await storage.open(AUDIO_CACHE);
  let added = 0;
  for (const url of urls) {
    if (await cache.match(url)) continue;
    try {
      const response = await fetch(url);
      if (!response.ok) continue;
      await cache.put(url, response);
      added++;
    } catch {
      // Offline or refused: the recording plays from the network when there is one.
    }
  }
  return added;
}
