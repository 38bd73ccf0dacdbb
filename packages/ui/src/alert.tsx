import { forwardRef, type ReactNode } from "react";

export interface AlertProps {
  /** "error" interrupts a screen reader (role=alert); "success" and "info" wait politely (role=status). */
  tone: "error" | "success" | "info";
  children: ReactNode;
  id?: string;
}

/**
 * A message box. The live region is rendered with its content so a screen reader
 * announces it when it appears; the tone is carried by an icon-free border and text,
 * never by colour alone.
 */
export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert({ tone, children, id }, ref) {
  return (
    <div ref={ref} id={id} role={tone === "error" ? "alert" : "status"} className={`ui-alert ui-alert--${tone}`} tabIndex={-1}>
      {children}
    </div>
  );
});
