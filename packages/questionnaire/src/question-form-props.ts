import type { TAnswerValue, TItem } from "@skridt/instruments/client";
import type { ReactNode } from "react";

export interface QuestionFormProps {
  item: TItem;
  value: unknown;
  onAnswer: (value: TAnswerValue | null) => void;
  /** Called when the participant asks to go on and the answer is valid (or empty). */
  onDone?: () => void;
  /** A kind note above the question (e.g. "we are missing this answer"). */
  notice?: ReactNode;
  /** The navigation buttons; the first submit button in it moves on. */
  children?: ReactNode;
}
