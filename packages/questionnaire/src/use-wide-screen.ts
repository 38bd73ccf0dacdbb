import { useSyncExternalStore } from "react";

// Wide enough that a whole page of questions is easier than paging (a desk, a mentor's laptop).
const QUERY = "(min-width: 64rem)";

export function useWideScreen(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(QUERY);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    () => window.matchMedia(QUERY).matches,
  );
}
