import { useEffect } from "react";

/**
 * Moves focus to a panel's heading when the panel opens (a form the mentor just asked for),
 * so a screen reader says where they are. Card draws the heading, so it is found by its id
 * and made focusable here; tabIndex -1 keeps it out of the tab order.
 */
export function useFocusHeading(headingId: string) {
  useEffect(() => {
    const heading = document.getElementById(headingId);
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [headingId]);
}
