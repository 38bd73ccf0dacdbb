import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/**
 * Serves the built participant app at / and the staff app under /staff. Unknown paths
 * under an app get its index.html, so client-side routes survive a reload.
 */
export async function registerWebApps(app: FastifyInstance, dirs: { participant: string; staff: string }) {
  const built = { participant: existsSync(join(dirs.participant, "index.html")), staff: existsSync(join(dirs.staff, "index.html")) };
  if (built.staff) {
    await app.register(fastifyStatic, { root: dirs.staff, prefix: "/staff/", decorateReply: false, index: ["index.html"], wildcard: true });
  }
  if (built.participant) {
    await app.register(fastifyStatic, { root: dirs.participant, prefix: "/", index: ["index.html"], wildcard: true });
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
