import { useEffect, useRef, useState } from "react";
import type { TItem } from "@skridt/instruments/client";
import { recordedAudio, speechLang, spokenText, type ReadAloudLang } from "./spoken-text";
import { readAloudText } from "./text";
import { synthesis, useVoice } from "./use-voice";

/**
 * "Læs op": reads the question and its answers. Recorded audio, when the instrument carries
 * it, is played in place of synthesis; otherwise the device's own voice for the language
 * reads it. With neither, the button is not shown (a button that does nothing would be worse).
 */
export function ReadAloudButton({ item, lang }: { item: TItem; lang: ReadAloudLang }) {
  const words = readAloudText[lang];
  const voice = useVoice(speechLang(lang));
  const recordings = recordedAudio(item, lang);
  const [speaking, setSpeaking] = useState(false);
  const audio = useRef<HTMLAudioElement | null>(null);

  const stop = () => {
    synthesis()?.cancel();
    audio.current?.pause();
    audio.current = null;
    setSpeaking(false);
  };
  // Moving to another question (or leaving) stops the reading of this one.
  useEffect(() => stop, [item.id, lang]);

  if (!recordings && !voice) return null;

  const play = (urls: string[]) => {
    const [first, ...rest] = urls;
    if (!first) return setSpeaking(false);
    const player = new Audio(first);
    audio.current = player;
    player.onended = () => (audio.current === player ? play(rest) : undefined);
    player.onerror = () => setSpeaking(false);
    void player.play().catch(() => setSpeaking(false));
  };

  const start = () => {
    stop();
    setSpeaking(true);
    if (recordings) return play(recordings);
    const speech = synthesis();
    if (!speech || !voice) return setSpeaking(false);
    const utterance = new SpeechSynthesisUtterance(spokenText(item, lang));
    utterance.lang = speechLang(lang);
    utterance.voice = voice;
    // A little slower than the default: easier to follow for someone who reads with difficulty.
    utterance.rate = 0.9;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    speech.speak(utterance);
  };

  return (
    <button type="button" className="ui-button ui-button--secondary read-aloud" onClick={speaking ? stop : start}>
      <span aria-hidden="true" className="read-aloud__icon">
        {speaking ? "■" : "▶"}
      </span>{" "}
      {speaking ? words.stop : words.read}
    </button>
  );
}
