import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic, { type FastifyStaticOptions } from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { setStaticHeaders } from "./static-headers";

/**
 * Serves the built participant app at / and the staff app under /staff. Unknown paths
 * under an app get its index.html, so client-side routes survive a reload.
 *
 * Files go out as the build compressed them (x.br or x.gz beside x, written by the apps' Vite
 * builds) when the browser accepts that encoding; hashed files under assets/ may be cached for
 * a year, index.html and sw.js are revalidated on every use (static-headers.ts).
 */
export async function registerWebApps(app: FastifyInstance, dirs: { participant: string; staff: string }) {
  const built = { participant: existsSync(join(dirs.participant, "index.html")), staff: existsSync(join(dirs.staff, "index.html")) };
  // send's own Cache-Control (max-age=0) is switched off: setStaticHeaders decides per file.
  const served: Partial<FastifyStaticOptions> = {
    index: ["index.html"],
    wildcard: true,
    preCompressed: true,
    cacheControl: false,
    setHeaders: setStaticHeaders,
  };
  if (built.staff) {
    await app.register(fastifyStatic, { ...served, root: dirs.staff, prefix: "/staff/", decorateReply: false });
  }
  if (built.participant) {
    await app.register(fastifyStatic, { ...served, root: dirs.participant, prefix: "/" });
  }
  if (!built.participant || !built.staff) app.log.warn({ built }, "web apps not built: run `pnpm build`");

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    const wantsPage = request.method === "GET" && !path.startsWith("/trpc") && !/\.[a-z0-9]+$/i.test(path);
    if (wantsPage && path.startsWith("/staff") && built.staff) {
      return reply.type("text/html").sendFile("index.html", dirs.staff);
    }
    if (wantsPage && built.participant && !path.startsWith("/staff")) {
      return reply.type("text/html").sendFile("index.html", dirs.participant);
    }
    return reply.code(404).send({ error: "not_found" });
  });
}
