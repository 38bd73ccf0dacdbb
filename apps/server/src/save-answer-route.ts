// The participant app's most frequent request, POST /trpc/take.saveAnswer, without tRPC's
// Fetch-API round trip. tRPC's Fastify adapter turns every request into a WHATWG Request
// (a body stream, headers, abort signals) and every answer into a Response it then streams
// back: for a save of about 200 bytes that was about a sixth of the server's CPU per save
// (bench/participant, docs/reliability.md). Here the very same procedure runs, through
// tRPC's own `callTRPCProcedure` (its middlewares: link lookup, link state, zod input), and
// the answer and every error are shaped with tRPC's own functions, so the client sees
// byte-for-byte what the adapter would send. Anything but the plain call (a query string,
// e.g. a batch) goes to the adapter's own handler.
import { type AnyRouter, callTRPCProcedure, TRPCError, getTRPCErrorFromUnknown, getTRPCErrorShape, transformTRPCResponse } from "@trpc/server";
import { fastifyRequestHandler, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import { getHTTPStatusCode } from "@trpc/server/http";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

const PROCEDURE = "take.saveAnswer";
const URL_PATH = `/trpc/${PROCEDURE}`;

export interface SaveAnswerRouteOptions<TRouter extends AnyRouter> {
  /** The options the tRPC plugin gets: the same router, context and error logging. */
  trpcOptions: FastifyTRPCPluginOptions<TRouter>["trpcOptions"];
  /** The context for one request, as the plugin's createContext builds it. */
  contextFor(req: FastifyRequest, reply: FastifyReply): Promise<unknown>;
}

export async function registerSaveAnswerRoute<TRouter extends AnyRouter>(app: FastifyInstance, options: SaveAnswerRouteOptions<TRouter>) {
  const { trpcOptions, contextFor } = options;
  const router = trpcOptions.router;
  const config = router._def._config;
  await app.register(async (scope) => {
    // As the tRPC plugin does: the body arrives as text and is parsed like the adapter parses
    // it, so a broken body gets tRPC's answer (and its refusal is logged the same way).
    scope.removeContentTypeParser("application/json");
    scope.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => done(null, body));

    scope.post(URL_PATH, async (req, reply) => {
      if (req.url !== URL_PATH || typeof req.body !== "string") {
        return fastifyRequestHandler({ ...trpcOptions, req, res: reply, path: PROCEDURE });
      }
      const text = req.body;
      // Parsed on first use and remembered, like the adapter's input: a body that is not JSON
      // is refused as the adapter refuses it (BAD_REQUEST with the parser's message), inside the
      // procedure's first middleware, where it fails through the adapter too.
      const input: { value?: unknown; read?: Promise<unknown> } = {};
      const getRawInput = () =>
        (input.read ??= (async () => {
          try {
            input.value = JSON.parse(text) as unknown;
            return input.value;
          } catch (cause) {
            throw new TRPCError({ code: "BAD_REQUEST", message: cause instanceof Error ? cause.message : "Invalid input", cause });
          }
        })());
      let ctx: unknown;
      let response: object;
      try {
        ctx = await contextFor(req, reply);
        const data: unknown = await callTRPCProcedure({ router, path: PROCEDURE, getRawInput, ctx, type: "mutation", signal: undefined, batchIndex: 0 });
        response = { result: { data } };
      } catch (cause) {
        const error = getTRPCErrorFromUnknown(cause);
        trpcOptions.onError?.({ error, path: PROCEDURE, input: input.value, ctx: ctx as never, type: "mutation", req });
        response = { error: getTRPCErrorShape({ config, error, type: "mutation", path: PROCEDURE, input: input.value, ctx }) };
      }
      return (
        reply
          .code(getHTTPStatusCode(response as Parameters<typeof getHTTPStatusCode>[0]))
          .header("vary", "trpc-accept, accept")
          .header("content-type", "application/json")
          // A Buffer, so Fastify sends the content type as set (a string would get "; charset=utf-8").
          .send(Buffer.from(JSON.stringify(transformTRPCResponse(config, response as Parameters<typeof transformTRPCResponse>[1]))))
      );
    });
  });
}
