// `node --import tsx migrate-child.ts '<DbConfig as JSON>'`: migrates, prints the applied names as JSON.
import { migrate, type DbConfig } from "@skridt/db";

const config = JSON.parse(process.argv[2] ?? "") as DbConfig;
const applied = await migrate(config);
process.stdout.write(`${JSON.stringify(applied)}\n`);
