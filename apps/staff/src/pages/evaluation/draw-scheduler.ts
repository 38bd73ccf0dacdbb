import { flushSync } from "react-dom";
import { loadCharts } from "./lazy-charts";

// When the evaluation's charts are drawn (issue 16): the questionnaires page holds some 45,
// and drawing them all at once blocked the page for seconds. A chart is drawn when its frame
// comes within NEAR of the viewport, one per frame when several come near at once; the others
// follow one at a time when the browser is idle, so no single task draws more than one chart
// and a reader who scrolls or jumps finds them drawn. Printing draws every chart still waiting.
// No chart is released before the charts' code has arrived: charts released while it loads
// would all wait on it and then be drawn together, in one long task, when it came.

/** How far outside the viewport a frame starts drawing: about a screen ahead of the reader. */
const NEAR = "800px 0px";
/** Let the charts in view and the tables settle before drawing ahead. */
const BACKFILL_DELAY_MS = 500;

type Show = () => void;

const waiting = new Map<Element, Show>();
/** Near the viewport, in the order they came near: drawn before any backfill. */
const near: Element[] = [];
let drawingNear = false;
let observer: IntersectionObserver | null = null;
let backfillPlanned = false;
let printing = false;

let codeLoaded = false;
let codeLoading: Promise<void> | null = null;
/** Starts loading the charts' code once; `then` runs when it is there (or failed: the chart's own boundary says so). */
function whenCodeLoaded(then?: () => void) {
  if (codeLoaded) return then?.();
  codeLoading ??= loadCharts().then(
    () => void (codeLoaded = true),
    () => void (codeLoaded = true),
  );
  if (then) void codeLoading.then(then);
}

function release(element: Element) {
  const show = waiting.get(element);
  if (!show) return;
  waiting.delete(element);
  observer?.unobserve(element);
  show();
}

/** One near chart, then the next once this one is painted (a frame, then a task). */
function drawNear() {
  if (drawingNear) return;
  drawingNear = true;
  const step = () => {
    let next = near.shift();
    while (next && !waiting.has(next)) next = near.shift();
    if (!next) {
      drawingNear = false;
      return;
    }
    release(next);
    requestAnimationFrame(() => setTimeout(step, 0));
  };
  whenCodeLoaded(step);
}

function watch(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting && !near.includes(entry.target)) near.push(entry.target);
      drawNear();
    },
    { rootMargin: NEAR },
  );
  return observer;
}

const whenIdle = (run: () => void) => (typeof requestIdleCallback === "function" ? requestIdleCallback(run) : setTimeout(run, 50));

/** The first waiting chart in the page's order, one per idle period, until none is left. */
function planBackfill() {
  if (backfillPlanned) return;
  backfillPlanned = true;
  setTimeout(() => {
    const next = () => {
      // Charts near the viewport go first; the backfill waits for them (and for the code).
      if (drawingNear || !codeLoaded) return void setTimeout(() => whenIdle(next), 100);
      const first = [...waiting.keys()].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0];
      if (!first) {
        backfillPlanned = false;
        return;
      }
      release(first);
      whenIdle(next);
    };
    whenIdle(next);
  }, BACKFILL_DELAY_MS);
}

/**
 * Calls `show` once, when `element` nears the viewport, when the browser gets round to it,
 * or before printing, whichever is first. Returns the way to stop waiting (unmount).
 */
export function drawWhenNear(element: Element, show: Show): () => void {
  if (printing || typeof IntersectionObserver === "undefined") {
    show();
    return () => undefined;
  }
  waiting.set(element, show);
  whenCodeLoaded();
  watch().observe(element);
  planBackfill();
  return () => {
    waiting.delete(element);
    observer?.unobserve(element);
  };
}

// Paper gets every chart: draw what is still waiting before the print snapshot is taken.
if (typeof window !== "undefined") {
  window.addEventListener("beforeprint", () => {
    printing = true;
    flushSync(() => {
      for (const element of [...waiting.keys()]) release(element);
    });
  });
  window.addEventListener("afterprint", () => {
    printing = false;
  });
}
