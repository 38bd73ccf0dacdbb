// A real SMTP server (the smtp-server package) on a free port, keeping what it receives, so tests
// see e-mails exactly as a mail server would: headers, encoded subject and quoted-printable text.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedEmail {
  to: string[];
  messageId: string;
  subject: string;
  text: string;
  headers: Record<string, string>;
}

export interface SmtpTestServer {
  url: string;
  received: ReceivedEmail[];
  /** Runs before a recipient is accepted; throw to refuse it (a failing mail server). */
  onRecipient: ((to: string) => Promise<void> | void) | null;
  /** Resolves once `count` e-mails have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedEmail[]>;
  close(): Promise<void>;
}

/** Quoted-printable (RFC 2045) to text: soft line breaks removed, =XX bytes read as UTF-8. */
function decodeQuotedPrintable(body: string): string {
  const bytes: number[] = [];
  const joined = body.replace(/=\r?\n/g, "");
  for (let i = 0; i < joined.length; i++) {
    const c = joined[i]!;
    if (c === "=" && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(c, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

/** A header's encoded words (=?UTF-8?Q?...?= and =?UTF-8?B?...?=) to text. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_m, encoding: string, text: string) =>
      encoding.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : decodeQuotedPrintable(text.replace(/_/g, " ")),
    );
}

export function parseEmail(raw: string, to: string[]): ReceivedEmail {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4);
  const headers: Record<string, string> = {};
  for (const line of head.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const encoding = (headers["content-transfer-encoding"] ?? "").toLowerCase();
  const text = encoding === "quoted-printable" ? decodeQuotedPrintable(body) : encoding === "base64" ? Buffer.from(body, "base64").toString("utf8") : body;
  return { to, messageId: headers["message-id"] ?? "", subject: decodeHeader(headers["subject"] ?? ""), text: text.replace(/\r\n/g, "\n").trimEnd(), headers };
}

export async function startSmtpTestServer(): Promise<SmtpTestServer> {
  const waiters: { count: number; resolve: () => void }[] = [];
  const state: SmtpTestServer = {
    url: "",
    received: [],
    onRecipient: null,
    waitFor: (count, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        if (state.received.length >= count) return resolve(state.received);
        const timer = setTimeout(() => reject(new Error(`only ${state.received.length} of ${count} e-mails arrived`)), timeoutMs);
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve(state.received);
          },
        });
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      // Through a promise, so a hook that throws at once refuses the recipient as one that rejects does.
      Promise.resolve()
        .then(() => state.onRecipient?.(address.address))
        .then(() => callback())
        .catch((error: Error) => callback(error));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        state.received.push(
          parseEmail(
            Buffer.concat(chunks).toString("utf8"),
            session.envelope.rcptTo.map((r) => r.address),
          ),
        );
        for (const waiter of [...waiters]) {
          if (state.received.length >= waiter.count) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve();
          }
        }
        callback();
      });
    },
  });
  // A sender killed mid-conversation resets its connection: that is the test, not a failure.
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "ECONNRESET") throw error;
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  state.url = `smtp://127.0.0.1:${port}`;
  return state;
}

/** The first link in a text that starts with `prefix` (e.g. "http://host/a/"). */
export function linkIn(text: string, pattern: RegExp): string {
  const match = pattern.exec(text);
  if (!match) throw new Error(`no link like ${pattern} in:\n${text}`);
  return match[0];
}
