import type { TItem } from "@skridt/instruments/client";
import type { UseFormReturn } from "react-hook-form";
import type { QuestionFormValues, RawValue } from "./item-schema";

/** What every question input gets from its form. */
export interface FieldProps<I extends TItem = TItem> {
  item: I;
  form: UseFormReturn<QuestionFormValues>;
  /** Saves the raw value if it is a valid answer; true when it was. */
  commit: (raw: RawValue) => boolean;
  /** Ids of the texts that describe the question (stem, help, error), for aria-describedby. */
  describedBy: string | undefined;
  error: string | undefined;
  errorId: string;
  /** Where the item's help text goes (under the question, above the choices or input). */
  helpId: string;
}
