import { optOutByToken } from "@skridt/api/outbox";
import type { Db } from "@skridt/db";
import type { FastifyInstance } from "fastify";

// The opt-out link in every message: /afmeld/<token>. The page asks once ("Afmeld"), because
// mail scanners open links on their own and must not unsubscribe anyone; mail programs get a
// true one-click POST through the List-Unsubscribe-Post header (RFC 8058) on the same address.

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><meta name="robots" content="noindex"></head>
<body><main>${body}</main></body>
</html>`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const ASK = page(
  "Afmeld beskeder",
  `<h1>Afmeld beskeder</h1>
<p>Vil du ikke have flere e-mails eller sms'er med spørgeskemaer? Tryk på knappen. Det gælder med det samme.</p>
<form method="post"><button type="submit" name="confirm" value="yes">Afmeld</button></form>
<p lang="en">Don't want any more e-mails or text messages with questionnaires? Press the button (Afmeld). It takes effect at once.</p>`,
);

const UNKNOWN = page(
  "Linket virker ikke",
  `<h1>Linket virker ikke</h1>
<p>Vi kunne ikke finde beskeden. Kontakt din kontaktperson, hvis du ikke vil have flere beskeder.</p>
<p lang="en">We could not find the message. Contact your mentor if you want no more messages.</p>`,
);

const done = (organisationName: string) =>
  page(
    "Du er afmeldt",
    `<h1>Du er afmeldt</h1>
<p>Du får ikke flere beskeder om spørgeskemaer fra ${escapeHtml(organisationName)} gennem Skridt. Du kan stadig svare, hvis din kontaktperson giver dig et link.</p>
<p lang="en">You will get no more messages about questionnaires from ${escapeHtml(organisationName)} through Skridt. You can still answer if your mentor gives you a link.</p>`,
  );

export async function registerOptOutRoute(app: FastifyInstance, db: Db) {
  await app.register(async (scope) => {
    // The form and the RFC 8058 one-click POST send a form body; it carries nothing we need.
    scope.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string", bodyLimit: 1024 }, (_request, _body, done) => done(null, null));
    scope.get<{ Params: { token: string } }>("/afmeld/:token", async (_request, reply) => {
      return reply.header("cache-control", "no-store").header("referrer-policy", "no-referrer").type("text/html; charset=utf-8").send(ASK);
    });
    scope.post<{ Params: { token: string } }>("/afmeld/:token", async (request, reply) => {
      const result = await optOutByToken(db, request.params.token, request.ip);
      reply.header("cache-control", "no-store").header("referrer-policy", "no-referrer").type("text/html; charset=utf-8");
      return result.ok ? reply.send(done(result.organisationName)) : reply.code(404).send(UNKNOWN);
    });
  });
}
