// A field's message: the form's own check first, else what the server's last check said
// about that field. Server problems stay until the next check, as a list of what to fix.
import { createContext, useContext } from "react";
import { get, useFormState } from "react-hook-form";
import type { TBuilderState } from "./builder-state";

export const ServerProblemsContext = createContext<ReadonlyMap<string, string[]>>(new Map());

export function useFieldError(name: string): string | undefined {
  const { errors } = useFormState<TBuilderState>({ name: name as never });
  const server = useContext(ServerProblemsContext).get(name);
  const own = (get(errors, name) as { message?: string } | undefined)?.message;
  return own ?? (server ? server.join(" ") : undefined);
}

/** Problems about a block as a whole (a question, a scale, the list of questions). */
export function BlockProblems({ name }: { name: string }) {
  const error = useFieldError(name);
  if (!error) return null;
  return <p className="ui-field__error builder-block-error">{error}</p>;
}
