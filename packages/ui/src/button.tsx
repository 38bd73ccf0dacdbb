import type { ComponentPropsWithRef } from "react";

export interface ButtonProps extends ComponentPropsWithRef<"button"> {
  variant?: "primary" | "secondary" | "danger" | "link";
  /** Shows that the action is running; the button stays focusable so focus is not lost. */
  busy?: boolean;
}

export function Button({ variant = "primary", busy = false, type = "button", className, disabled, onClick, ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={["ui-button", `ui-button--${variant}`, className].filter(Boolean).join(" ")}
      // aria-disabled rather than disabled while busy: a disabled button drops focus.
      aria-disabled={disabled || busy || undefined}
      aria-busy={busy || undefined}
      disabled={disabled}
      onClick={(event) => {
        if (busy) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    />
  );
}
