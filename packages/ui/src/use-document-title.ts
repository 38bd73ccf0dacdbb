import { useEffect } from "react";

/** Each page names itself in the tab title, which is also the first thing a screen reader says. */
export function useDocumentTitle(title: string, appName = "Skridt") {
  useEffect(() => {
    document.title = title ? `${title} – ${appName}` : appName;
  }, [title, appName]);
}
