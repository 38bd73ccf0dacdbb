import { z } from "zod";

/** A text in Danish (the participants' language) and English (for staff and export). */
export const ZLocalizedText = z.strictObject({
  da: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type TLocalizedText = z.infer<typeof ZLocalizedText>;

/**
 * Ids end up in URLs, database rows and export column names, so they are kept to
 * lower-case ASCII words joined by "-" or "_".
 */
export const ZId = z
  .string()
  .max(64)
  .regex(/^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/, "must be lower-case letters/digits joined by - or _");
