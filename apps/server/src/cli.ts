#!/usr/bin/env -S npx tsx
// Skridt's command line: start | migrate | seed | create-user | import | retention | instrument | fhir.
import { randomBytes } from "node:crypto";
import { Command } from "commander";
import { z } from "zod";
import { lazyDbConfig } from "./cli-db";
import { readEnv, webAppDirs } from "./env";
import { registerImportCommand } from "./cli-import";
import { registerRetentionCommand } from "./cli-retention";
import { registerBackupCommands } from "./cli-backup";
import { registerInstrumentCommands } from "./cli-instrument";
import { registerFhirCommands } from "./fhir-cli";

// Only commander, zod and the environment load up front; every command imports what it uses
// (the server, Prisma, the API) when it runs, so `skridt --help` answers at once (cli-db.ts).
const env = readEnv();
const dbConfigOf = lazyDbConfig(env);
const program = new Command("skridt").description("Skridt: progression measurement for employment programmes");

program
  .command("start")
  .description("migrate the database, seed demo data into an empty one, and serve Skridt")
  .action(async () => {
    const [{ createServer }, { seedDemo }, { yieldingDb }, { printWelcome }, { messagingConfig }, { ssoConfig }, dbConfig] = await Promise.all([
      import("./server"),
      import("./seed/demo"),
      import("./seed/yielding-db"),
      import("./welcome"),
      import("./messaging-config"),
      import("./sso-config"),
      dbConfigOf(),
    ]);
    let logins: Awaited<ReturnType<typeof seedDemo>> = null;
    const server = await createServer({
      db: dbConfig,
      port: env.PORT,
      host: env.HOST,
      trustProxy: env.TRUST_PROXY,
      logLevel: env.LOG_LEVEL,
      webAppDirs,
      messaging: messagingConfig(env),
      sso: ssoConfig(env),
      passwordSignIn: env.PASSWORD_SIGN_IN,
      afterMigrate: async (db) => {
        if (env.SEED_DEMO) logins = await seedDemo(yieldingDb(db));
      },
    });
    // A normal stop (SIGTERM, Ctrl-C) ends with exit 0. A second signal (Ctrl-C twice, or pnpm
    // passing on the one the process group already got) changes nothing.
    let stopping = false;
    let starting: Promise<string> | null = null;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      server.app.log.info({ signal }, "shutting down");
      // A start in progress is let finish: the demo seed stopped half-way would leave half a demo
      // that the next start does not complete (it seeds only an empty database).
      await starting?.catch(() => undefined);
      try {
        await server.stop();
      } catch (error) {
        server.app.log.error({ err: error }, "error while stopping");
      }
      process.exit(0);
    };
    process.on("SIGINT", () => void shutdown("SIGINT"));
    process.on("SIGTERM", () => void shutdown("SIGTERM"));
    starting = server.start();
    let address: string;
    try {
      address = await starting;
    } catch (error) {
      if (stopping) return;
      throw error;
    }
    if (stopping) return;
    printWelcome({ address, engine: dbConfig.engine, where: dbConfig.engine === "sqlite" ? dbConfig.url : "PostgreSQL", logins });
  });

program
  .command("migrate")
  .description("apply pending database migrations")
  .action(async () => {
    const { migrate } = await import("@skridt/db");
    const applied = await migrate(await dbConfigOf());
    console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
  });

program
  .command("seed")
  .description("add the demo programme to an empty database")
  .action(async () => {
    const [{ createDb, migrate }, { seedDemo }, dbConfig] = await Promise.all([import("@skridt/db"), import("./seed/demo"), dbConfigOf()]);
    await migrate(dbConfig);
    const db = await createDb(dbConfig);
    const logins = await seedDemo(db);
    await db.$disconnect();
    console.log(logins ? `seeded demo data; sign-ins: ${logins.map((l) => l.email).join(", ")}` : "the database already has data: nothing seeded");
  });

program
  .command("create-user")
  .description("create a staff user with a role in an organisation (created if missing)")
  .requiredOption("--email <email>")
  .requiredOption("--name <name>")
  .requiredOption("--organisation <name>", "organisation name")
  .requiredOption("--role <role>", "admin | mentor | evaluator")
  .option("--password-stdin", "read the password from standard input instead of generating one")
  .action(async (raw: Record<string, unknown>) => {
    const opts = z
      .object({
        email: z.email(),
        name: z.string().min(1),
        organisation: z.string().min(2),
        role: z.enum(["admin", "mentor", "evaluator"]),
        passwordStdin: z.boolean().optional(),
      })
      .parse(raw);
    const password = opts.passwordStdin ? (await readStdin()).trim() : randomBytes(12).toString("base64url");
    if (password.length < 10) throw new Error("the password must have at least 10 characters");
    const [{ createDb, migrate }, { hashPassword }, dbConfig] = await Promise.all([import("@skridt/db"), import("@skridt/api"), dbConfigOf()]);
    await migrate(dbConfig);
    const db = await createDb(dbConfig);
    const organisation =
      (await db.organisation.findFirst({ where: { name: opts.organisation } })) ?? (await db.organisation.create({ data: { name: opts.organisation } }));
    const user = await db.user.upsert({
      where: { email: opts.email.toLowerCase() },
      create: { email: opts.email.toLowerCase(), name: opts.name, passwordHash: await hashPassword(password) },
      update: {},
    });
    await db.membership.upsert({
      where: { userId_organisationId_role: { userId: user.id, organisationId: organisation.id, role: opts.role } },
      create: { userId: user.id, organisationId: organisation.id, role: opts.role },
      update: {},
    });
    await db.$disconnect();
    console.log(`${user.email} is ${opts.role} in ${organisation.name}`);
    if (!opts.passwordStdin) console.log(`password (shown once): ${password}`);
  });

registerImportCommand(program, dbConfigOf);
registerRetentionCommand(program, dbConfigOf);
registerBackupCommands(program, dbConfigOf);
registerInstrumentCommands(program, dbConfigOf);
registerFhirCommands(program, dbConfigOf);

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
