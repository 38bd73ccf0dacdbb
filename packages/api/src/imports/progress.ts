/** How far an import has come, for the CLI's progress line and the staff page's bar. */
export type ProgressEvent = { phase: "reading" | "validating" | "writing"; done: number; total: number };
export type OnProgress = (event: ProgressEvent) => void;
