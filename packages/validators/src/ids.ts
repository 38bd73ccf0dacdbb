import { z } from "zod";

/** A row id as the API hands it out (cuid today); bounded so no input is unbounded. */
export const ZId = z.string().min(1).max(64);
