import { describe, expect, it } from "vitest";
import { Outbox, type PendingAnswer } from "./outbox";

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

function harness(options: { online?: () => boolean } = {}) {
  const storage = memoryStorage();
  const sent: PendingAnswer[] = [];
  let fail: unknown = null;
  const timers: (() => void)[] = [];
  let n = 0;
  let release: (() => void)[] = [];
  const outbox = new Outbox({
    storage,
    storageKey: "k",
    newId: () => `id-${++n}-xxxxxxxx`,
    send: (answer) =>
      new Promise<void>((resolve, reject) => {
        sent.push(answer);
        release.push(() => (fail ? reject(fail) : resolve()));
      }),
    classify: (error) => ({ policy: error === "bad" ? "drop" : error === "gone" ? "stop" : "retry", offline: error === "net" }),
    isOnline: options.online,
    schedule: (run) => {
      timers.push(run);
      return () => undefined;
    },
  });
  const flush = async () => {
    const r = release;
    release = [];
    r.forEach((f) => f());
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { outbox, storage, sent, timers, flush, setFail: (e: unknown) => (fail = e) };
}

describe("Outbox", () => {
  it("stores before sending, sends one at a time in order and forgets on acknowledgement", async () => {
    const h = harness();
    h.outbox.add({ instrumentId: "a", itemId: "x", value: 1 });
    expect(JSON.parse(h.storage.data.get("k")!)).toHaveLength(1);
    h.outbox.add({ instrumentId: "a", itemId: "y", value: 2 });
    expect(h.sent.map((s) => s.itemId)).toEqual(["x"]);
    await h.flush();
    expect(h.sent.map((s) => s.itemId)).toEqual(["x", "y"]);
    await h.flush();
    expect(h.outbox.pending()).toEqual([]);
    expect(h.storage.data.has("k")).toBe(false);
    expect(h.outbox.status()).toBe("saved");
  });

  it("retries a network failure with the same clientMutationId", async () => {
    const h = harness();
    h.outbox.add({ instrumentId: "a", itemId: "x", value: 1 });
    h.setFail("net");
    await h.flush();
    expect(h.outbox.status()).toBe("offline");
    h.setFail(null);
    h.timers.shift()!();
    await h.flush();
    expect(h.sent).toHaveLength(2);
    expect(h.sent[0]!.clientMutationId).toBe(h.sent[1]!.clientMutationId);
    expect(h.outbox.pending()).toEqual([]);
  });

  it("supersedes an unsent change to the same question, but not the one on the wire", async () => {
    const h = harness();
    h.outbox.add({ instrumentId: "a", itemId: "x", value: 1 });
    h.outbox.add({ instrumentId: "a", itemId: "x", value: 2 });
    h.outbox.add({ instrumentId: "a", itemId: "x", value: 3 });
    expect(h.outbox.pending().map((p) => p.value)).toEqual([1, 3]);
  });

  it("waits while offline and survives a reload", async () => {
    let online = false;
    const h = harness({ online: () => online });
    h.outbox.add({ instrumentId: "a", itemId: "x", value: 1 });
    expect(h.sent).toEqual([]);
    expect(h.outbox.status()).toBe("offline");
    const again = new Outbox({ storage: h.storage, storageKey: "k", send: async () => undefined, classify: () => ({ policy: "retry", offline: true }) });
    expect(again.pending().map((p) => p.value)).toEqual([1]);
    online = true;
    const empty = h.outbox.whenEmpty();
    await h.flush();
    await empty;
    expect(h.outbox.pending()).toEqual([]);
  });

  it("drops an answer the server refuses for good and stops when the link is gone", async () => {
    const h = harness();
    h.outbox.add({ instrumentId: "a", itemId: "x", value: 1 });
    h.outbox.add({ instrumentId: "a", itemId: "y", value: 2 });
    h.setFail("bad");
    await h.flush();
    expect(h.outbox.pending().map((p) => p.itemId)).toEqual(["y"]);
    h.setFail("gone");
    const empty = h.outbox.whenEmpty().catch((error: unknown) => error);
    await h.flush();
    expect(await empty).toBe("gone");
    expect(h.outbox.status()).toBe("stopped");
    expect(h.outbox.pending().map((p) => p.itemId)).toEqual(["y"]);
  });
});
