import { lazy, Suspense } from "react";
import type { TItem } from "@skridt/instruments/client";
import { useAfterIdle } from "./use-after-idle";

// Read aloud and easy-read help are fetched once a question is on screen, so nothing here
// adds to the JavaScript loaded before the first question.
const QuestionExtras = lazy(() => import("./question-extras"));

export function LazyQuestionExtras({ item }: { item: TItem }) {
  if (!useAfterIdle()) return null;
  return (
    <Suspense fallback={null}>
      <QuestionExtras item={item} />
    </Suspense>
  );
}
