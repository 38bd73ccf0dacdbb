import { useEffect, useState } from "react";
import { pickVoice } from "./voice";

function synthesis(): SpeechSynthesis | null {
  return typeof window !== "undefined" && "speechSynthesis" in window ? window.speechSynthesis : null;
}

/**
 * The device's voice for a language (e.g. "da-DK"), or null while there is none. Browsers
 * load their voices asynchronously (Chrome returns [] at first), so the list is read again
 * on every voiceschanged.
 */
export function useVoice(lang: string): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(() => pickVoice(synthesis()?.getVoices() ?? [], lang));
  useEffect(() => {
    const speech = synthesis();
    if (!speech) return;
    const update = () => setVoice(pickVoice(speech.getVoices(), lang));
    update();
    speech.addEventListener("voiceschanged", update);
    return () => speech.removeEventListener("voiceschanged", update);
  }, [lang]);
  return voice;
}

export { synthesis };
