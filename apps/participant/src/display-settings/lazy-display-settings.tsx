import { lazy, Suspense } from "react";

// Fetched after the page shows: nothing here adds to what loads before the first question.
const DisplaySettingsMenu = lazy(() => import("./display-settings"));

export function LazyDisplaySettings() {
  return (
    <Suspense fallback={null}>
      <DisplaySettingsMenu />
    </Suspense>
  );
}
