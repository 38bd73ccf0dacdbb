import { lazy, Suspense, useEffect, useState } from "react";

// Fetched after the page shows: nothing here adds to what loads before the first question.
const DisplaySettingsMenu = lazy(() => import("./display-settings"));

export function LazyDisplaySettings() {
  // Mounted once the browser is idle after the first paint, so its chunk never delays the first question.
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback !== "function") {
      const timer = setTimeout(() => setIdle(true), 300);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(() => setIdle(true), { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, []);
  if (!idle) return null;
  return (
    <Suspense fallback={null}>
      <DisplaySettingsMenu />
    </Suspense>
  );
}
