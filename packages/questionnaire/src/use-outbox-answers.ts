import type { TAnswerValue } from "@skridt/instruments/client";
import { useCallback, useSyncExternalStore, type Dispatch, type SetStateAction } from "react";
import type { Outbox } from "./outbox";
import type { SurveyAnswers } from "./screens";

/**
 * The page's side of an outbox, the same in both apps: its saving state (re-rendered as it
 * changes), and a recorder that shows an answer at once and queues it to be sent.
 */
export function useOutboxAnswers(outbox: Outbox, setAnswers: Dispatch<SetStateAction<SurveyAnswers>>) {
  const status = useSyncExternalStore(
    useCallback((listener: () => void) => outbox.subscribe(listener), [outbox]),
    () => outbox.status(),
  );
  const answer = useCallback(
    (instrumentId: string, itemId: string, value: TAnswerValue | null) => {
      setAnswers((current) => ({ ...current, [instrumentId]: { ...current[instrumentId], [itemId]: value } }));
      outbox.add({ instrumentId, itemId, value });
    },
    [outbox, setAnswers],
  );
  return { status, answer };
}
