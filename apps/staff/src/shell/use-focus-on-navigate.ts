import { useEffect, useRef } from "react";
import { useLocation } from "react-router";

/**
 * After a client-side page change, focus moves to the new page's heading, so a screen
 * reader announces it and keyboard users start at the content (as on a full page load).
 */
export function useFocusOnNavigate() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    const heading = main.querySelector<HTMLElement>("h1");
    const target = heading ?? main;
    if (heading && !heading.hasAttribute("tabindex")) heading.tabIndex = -1;
    target.focus();
  }, [pathname]);
  return mainRef;
}
