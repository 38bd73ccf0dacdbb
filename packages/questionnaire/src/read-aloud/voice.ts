/** The part of a SpeechSynthesisVoice that choosing one needs (a test can pass plain objects). */
export interface VoiceLike {
  lang: string;
  localService: boolean;
  default?: boolean;
}

/**
 * The voice to read in: one for the language ("da", "en"), preferring the exact region
 * (da-DK, en-GB), then a voice on the device (it works offline and sends nothing away),
 * then the browser's default. Null when the device has no voice for the language: the
 * button is then hidden rather than reading Danish in an English voice.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], wanted: string): V | null {
  const base = wanted.slice(0, 2).toLowerCase();
  const norm = (lang: string) => lang.replace("_", "-").toLowerCase();
  const candidates = voices.filter((v) => norm(v.lang).split("-")[0] === base);
  const score = (v: V) => (norm(v.lang) === wanted.toLowerCase() ? 4 : 0) + (v.localService ? 2 : 0) + (v.default ? 1 : 0);
  let best: V | null = null;
  for (const voice of candidates) if (!best || score(voice) > score(best)) best = voice;
  return best;
}
