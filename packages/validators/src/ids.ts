import { ZString } from "./text";

/** A row id as the API hands it out (cuid today); bounded so no input is unbounded. */
export const ZId = ZString.min(1).max(64);
