import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";

/** The questionnaire a personal link opens: its definitions are ~25 kB of JSON, 5-6 kB compressed. */
const COMPRESSED_PATHS = ["/trpc/take.open"];
const MIN_BYTES = 1024;

/**
 * Compresses the answer to take.open (brotli when accepted, else gzip), the one API answer a
 * participant waits for before the first question, on a phone's slow connection. Kept to that
 * path on purpose: it reflects nothing a third party could choose next to a secret (BREACH), and
 * the other answers are small or staff-side.
 */
export function registerApiCompression(app: FastifyInstance) {
  app.addHook("onSend", async (request, reply, payload) => {
    const path = request.url.split("?")[0] ?? "";
    if (request.method !== "GET" || !COMPRESSED_PATHS.includes(path) || reply.getHeader("content-encoding")) return payload;
    const accepted = String(request.headers["accept-encoding"] ?? "");
    if (!/\b(?:br|gzip)\b/.test(accepted)) return payload;
    // tRPC's adapter sends a fetch Response: its status and headers move onto the reply, its body is compressed.
    let text: string;
    if (payload instanceof Response) {
      if (payload.headers.get("content-encoding")) return payload;
      reply.code(payload.status);
      payload.headers.forEach((value, name) => {
        if (name !== "content-length") reply.header(name, value);
      });
      text = await payload.text();
    } else if (typeof payload === "string") text = payload;
    else return payload;
    if (Buffer.byteLength(text) < MIN_BYTES) return text;
    const payloadText = text;
    reply.header("vary", "accept-encoding");
    let body: Buffer;
    if (/\bbr\b/.test(accepted)) {
      body = brotliCompressSync(payloadText, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(payloadText) },
      });
      reply.header("content-encoding", "br");
    } else if (/\bgzip\b/.test(accepted)) {
      body = gzipSync(payloadText, { level: 6 });
      reply.header("content-encoding", "gzip");
    } else return payloadText;
    reply.removeHeader("content-length");
    return body;
  });
}
