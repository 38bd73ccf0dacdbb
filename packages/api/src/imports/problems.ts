/** One thing wrong with the file, where a person can find it: Excel's row number (header = 1) and the column's name. */
export interface ImportProblem {
  /** 0 for problems with the mapping itself, 1 for the header row. */
  row: number;
  column: string | null;
  message: string;
}

export type ProgressEvent = { phase: "reading" | "validating" | "writing"; done: number; total: number };
export type OnProgress = (event: ProgressEvent) => void;
