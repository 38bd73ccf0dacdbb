import { Alert } from "@skridt/ui";
import { useRef, useState, type ReactNode } from "react";

/**
 * A success message that takes focus when it appears, so a screen-reader user hears that the
 * action worked and continues from there. `element` is what the page renders in its place.
 */
export function useSuccessNotice(): { show: (message: string) => void; clear: () => void; element: ReactNode } {
  const [message, setMessage] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const show = (text: string) => {
    setMessage(text);
    requestAnimationFrame(() => ref.current?.focus());
  };
  const element = message ? (
    <Alert tone="success" ref={ref}>
      <p>{message}</p>
    </Alert>
  ) : null;
  return { show, clear: () => setMessage(null), element };
}
