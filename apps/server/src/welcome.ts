import { DEMO_PASSWORD, type DemoLogin } from "./seed/demo";

/** What a person starting Skridt needs to see: where it runs and how to sign in. */
export function printWelcome(info: { address: string; engine: string; where: string; logins: DemoLogin[] | null }) {
  const base = info.address.replace("127.0.0.1", "localhost");
  const lines = [
    "",
    "  Skridt kører / Skridt is running",
    `  Medarbejdere / staff:      ${base}/staff/`,
    `  Deltagere / participants:  ${base}/`,
    `  Sundhed / health:          ${base}/healthz`,
    `  Database:                  ${info.engine} (${info.where})`,
  ];
  if (info.logins) {
    lines.push("", `  Demo-logins (adgangskode / password: ${DEMO_PASSWORD}):`);
    for (const login of info.logins) lines.push(`    ${login.role.padEnd(10)} ${login.email.padEnd(28)} ${login.where}`);
  } else {
    lines.push(
      "",
      `  Demo-logins, if this database was seeded: admin@skridt.demo, evaluator@skridt.demo, mentor.aarhus@skridt.demo (password ${DEMO_PASSWORD})`,
    );
  }
  lines.push("");
  console.log(lines.join("\n"));
}
