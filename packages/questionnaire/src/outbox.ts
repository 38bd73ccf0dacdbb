import type { TAnswerValue } from "@skridt/instruments/client";

/** One answer change waiting for the server's acknowledgement. */
export interface PendingAnswer {
  /** The server stores each id once: a retry or a double send never duplicates. */
  clientMutationId: string;
  instrumentId: string;
  itemId: string;
  /** null clears the answer. */
  value: TAnswerValue | null;
  /** When the participant gave it: the server ignores a save older than what it holds. */
  answeredAt: string;
}

/** What to do after a failed send: try again later, give this answer up, or stop sending at all. */
export type FailurePolicy = "retry" | "drop" | "stop";

/** "saved": nothing waiting; "saving": sending or about to; "offline": waiting for the network; "stopped": the link no longer takes answers. */
export type OutboxStatus = "saved" | "saving" | "offline" | "stopped";

export interface OutboxOptions {
  /** Where the queue lives between reloads (localStorage); null keeps it in memory only. */
  storage: Pick<Storage, "getItem" | "setItem" | "removeItem"> | null;
  storageKey: string;
  send: (answer: PendingAnswer) => Promise<void>;
  /** How a failure is handled; `offline` says whether it was the network rather than the server. */
  classify: (error: unknown) => { policy: FailurePolicy; offline: boolean };
  isOnline?: () => boolean;
  /** Injected in tests; setTimeout in the browser. */
  schedule?: (run: () => void, ms: number) => () => void;
  now?: () => Date;
  newId?: () => string;
  /** Called when the server refuses an answer for good, or stops taking answers. */
  onRefused?: (error: unknown, answer: PendingAnswer) => void;
}

const MAX_DELAY_MS = 30_000;

/**
 * The participant's answers on their way to the server. Each change is written to storage
 * before it is sent and removed only when the server has acknowledged it, so closing the tab,
 * losing the network or a server hiccup never loses an answer. Sent in order, one at a time;
 * failures are retried with growing pauses, and at once when the browser comes back online.
 */
export class Outbox {
  private queue: PendingAnswer[];
  private inFlight: PendingAnswer | null = null;
  private attempt = 0;
  private cancelTimer: (() => void) | null = null;
  private state: OutboxStatus = "saved";
  private readonly listeners = new Set<() => void>();
  private readonly waiters: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  private stoppedBy: unknown = null;

  constructor(private readonly options: OutboxOptions) {
    this.queue = this.load();
    if (this.queue.length > 0) this.state = "saving";
  }

  /** Answers not yet acknowledged, oldest first (they override what the server sent on reload). */
  pending(): readonly PendingAnswer[] {
    return this.queue;
  }

  status(): OutboxStatus {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Records an answer change and sends it when its turn comes. */
  add(answer: { instrumentId: string; itemId: string; value: TAnswerValue | null }): PendingAnswer {
    const entry: PendingAnswer = {
      ...answer,
      clientMutationId: this.options.newId?.() ?? crypto.randomUUID(),
      answeredAt: (this.options.now?.() ?? new Date()).toISOString(),
    };
    // An unsent earlier change to the same question is superseded; the one on the wire stays,
    // and the server keeps whichever has the later answeredAt.
    this.queue = this.queue.filter((q) => q === this.inFlight || q.instrumentId !== entry.instrumentId || q.itemId !== entry.itemId);
    this.queue.push(entry);
    this.persist();
    if (this.state !== "stopped") this.kick();
    return entry;
  }

  /** Starts sending, e.g. after construction or when the browser reports it is online again. */
  resume() {
    if (this.state === "stopped") return;
    this.attempt = 0;
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.kick();
  }

  /** Resolves once every answer is acknowledged; rejects if the link stops taking answers. */
  whenEmpty(): Promise<void> {
    if (this.state === "stopped") return Promise.reject(this.stoppedBy);
    if (this.queue.length === 0) return Promise.resolve();
    this.resume();
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  /** Forgets everything (after a successful submit nothing may linger on a shared device). */
  clear() {
    this.queue = [];
    this.persist();
    this.setState("saved");
  }

  /** Stops a waiting retry (the page is going away); pending answers stay stored for next time. */
  dispose() {
    this.cancelTimer?.();
    this.cancelTimer = null;
  }

  private kick() {
    if (this.inFlight || this.cancelTimer) return;
    const next = this.queue[0];
    if (!next) {
      this.setState("saved");
      return;
    }
    if (this.options.isOnline && !this.options.isOnline()) {
      // Wait for the `online` event (resume); no point burning requests.
      this.setState("offline");
      return;
    }
    this.setState(this.state === "offline" ? "offline" : "saving");
    this.inFlight = next;
    this.options.send(next).then(
      () => this.settle(next, null),
      (error: unknown) => this.settle(next, error),
    );
  }

  private settle(entry: PendingAnswer, error: unknown) {
    this.inFlight = null;
    if (error === null) {
      this.attempt = 0;
      this.remove(entry);
      this.setState("saving");
      this.kick();
      return;
    }
    const { policy, offline } = this.options.classify(error);
    if (policy === "drop") {
      this.remove(entry);
      this.options.onRefused?.(error, entry);
      this.kick();
      return;
    }
    if (policy === "stop") {
      this.stoppedBy = error;
      this.setState("stopped");
      this.options.onRefused?.(error, entry);
      for (const waiter of this.waiters.splice(0)) waiter.reject(error);
      return;
    }
    this.setState(offline ? "offline" : "saving");
    const delay = Math.min(MAX_DELAY_MS, 1000 * 2 ** this.attempt);
    this.attempt++;
    const schedule = this.options.schedule ?? defaultSchedule;
    this.cancelTimer = schedule(() => {
      this.cancelTimer = null;
      this.kick();
    }, delay);
  }

  private remove(entry: PendingAnswer) {
    this.queue = this.queue.filter((q) => q.clientMutationId !== entry.clientMutationId);
    this.persist();
    if (this.queue.length === 0) for (const waiter of this.waiters.splice(0)) waiter.resolve();
  }

  private setState(state: OutboxStatus) {
    if (this.state === state) return;
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  private load(): PendingAnswer[] {
    try {
      const raw = this.options.storage?.getItem(this.options.storageKey);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? parsed.filter(isPendingAnswer) : [];
    } catch {
      return [];
    }
  }

  private persist() {
    try {
      if (this.queue.length === 0) this.options.storage?.removeItem(this.options.storageKey);
      else this.options.storage?.setItem(this.options.storageKey, JSON.stringify(this.queue));
    } catch {
      // Storage full or refused: the queue still lives in memory until the tab closes.
    }
    // Listeners also learn about queue changes (the count of unsent answers).
    for (const listener of this.listeners) listener();
  }
}

function defaultSchedule(run: () => void, ms: number) {
  const id = setTimeout(run, ms);
  return () => clearTimeout(id);
}

function isPendingAnswer(value: unknown): value is PendingAnswer {
  if (!value || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.clientMutationId === "string" &&
    typeof v.instrumentId === "string" &&
    typeof v.itemId === "string" &&
    typeof v.answeredAt === "string" &&
    "value" in v
  );
}
