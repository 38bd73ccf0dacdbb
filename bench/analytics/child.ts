// What every measuring child process shares: its arguments, the timing loop and its report.
// A child measures one path on one dataset: `warmup` untimed runs, then `runs` timed ones,
// with a full GC before each (node --expose-gc), and reports the times, its RSS before the
// first run (after imports and opening the database) and its peak RSS (getrusage maxRSS).
export interface ChildArgs {
  file: string;
  programmeId: string;
  organisationId: string;
  evaluatorId: string;
  today: string;
  warmup: number;
  runs: number;
}

export interface ChildReport {
  times: number[];
  rssBeforeMB: number;
  maxRssMB: number;
  /** The peak heapUsed seen at the end of each run (before its garbage is collected). */
  heapAfterRunMB: number;
  figures: unknown;
  phases?: Record<string, number>;
}

export const MB = 1024 * 1024;

export function childArgs(): ChildArgs {
  const raw = process.argv[2];
  if (!raw) throw new Error("child: missing JSON argument");
  return JSON.parse(raw) as ChildArgs;
}

export function gc() {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error("child: run with --expose-gc");
  collect();
}

export async function measure(args: ChildArgs, once: () => Promise<unknown> | unknown, extra: Partial<ChildReport> = {}): Promise<ChildReport> {
  gc();
  const rssBefore = process.memoryUsage().rss;
  const times: number[] = [];
  let figures: unknown = null;
  let heapPeak = 0;
  for (let i = 0; i < args.warmup + args.runs; i++) {
    gc();
    const t0 = performance.now();
    figures = await once();
    const ms = performance.now() - t0;
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    if (i >= args.warmup) times.push(ms);
  }
  return {
    times,
    rssBeforeMB: rssBefore / MB,
    // maxRSS is in kilobytes.
    maxRssMB: (process.resourceUsage().maxRSS * 1024) / MB,
    heapAfterRunMB: heapPeak / MB,
    figures,
    ...extra,
  };
}

export function report(result: ChildReport) {
  process.stdout.write(`\n@@RESULT@@${JSON.stringify(result)}\n`);
}
