#!/usr/bin/env node
// Licence check for the packages that ship (run by the root "check" script, so by `npm test`).
// The registry's audit service cannot be reached from our machines (`pnpm audit` answers 405),
// so this is the dependency gate we can run offline: every production dependency, direct or
// transitive, of every workspace package must carry a licence on the allow-list below.
// Anything else fails the check, naming the package, its version and its licence.
//
//   node scripts/check-licences.mjs           # runs `pnpm licenses list --json --prod`
//   node scripts/check-licences.mjs file.json # checks a saved output instead (tests, debugging)
//
// Allowed: permissive licences that ask at most for the notice to be kept. Copyleft (GPL,
// LGPL, AGPL, MPL, EPL, CDDL), non-commercial or "UNKNOWN" licences fail: a new one needs a
// decision, recorded as an exception below with its reason.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

export const ALLOWED = new Set([
  "MIT",
  "MIT-0",
  "ISC",
  "BSD-2-Clause",
  "BSD-3-Clause",
  "0BSD",
  "Apache-2.0",
  "BlueOak-1.0.0",
  "CC0-1.0",
  "Unlicense",
  "Zlib",
  // Boost Software License: permissive, asks for the notice only in source copies (@stdlib maths).
  "BSL-1.0",
  // PSF licence: permissive (argparse, a dependency of js-yaml, is under it).
  "Python-2.0",
]);

/**
 * Packages allowed despite their licence field, by name@version, with the reason. Keep it short.
 * Empty since unzipper is pinned to 0.12 (root package.json, pnpm override "exceljs>unzipper"):
 * exceljs 4.4's unzipper 0.10 pulled in binary 0.3 -> chainsaw 0.1.0 ("MIT/X11") and
 * buffers 0.1.1 (no licence stated at all). unzipper 0.12 (same maintainer) no longer uses them,
 * and exceljs's own next release moves to it too; packages/api/src/exports/xlsx.test.ts reads a
 * workbook through both of exceljs's unzip paths to show the pair fits.
 */
export const EXCEPTIONS = new Map();

/** True when an SPDX expression is satisfied by the allow-list ("A OR B": either; "A AND B": both). */
export function allowed(expression) {
  const text = String(expression ?? "")
    .trim()
    .replace(/^\((.*)\)$/, "$1")
    .trim();
  if (!text) return false;
  if (/\sOR\s/i.test(text)) return text.split(/\s+OR\s+/i).some((part) => allowed(part));
  if (/\sAND\s/i.test(text)) return text.split(/\s+AND\s+/i).every((part) => allowed(part));
  return ALLOWED.has(text.replace(/^\(|\)$/g, "").replace(/\+$/, ""));
}

function readListing() {
  const file = process.argv[2];
  if (file) return readFileSync(file, "utf8");
  // pnpm through npx, as the rest of the tooling calls it (corepack does not work here).
  const command = process.env.npm_execpath?.includes("pnpm") ? [process.execPath, [process.env.npm_execpath]] : ["npx", ["-y", "pnpm@10.34.9"]];
  // What ships: apps/* and packages/*. The test and benchmark workspaces and the root never do.
  const notShipped = ["--filter", "!@skridt/tests", "--filter", "!@skridt/bench", "--filter", "!skridt"];
  return execFileSync(command[0], [...command[1], ...notShipped, "licenses", "list", "--json", "--prod", "--recursive"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

function main() {
  /** pnpm 10: { "<licence>": [{ name, versions: [...], license, paths, ... }] } */
  const listing = JSON.parse(readListing());
  const offenders = [];
  const excepted = [];
  let packages = 0;
  for (const [licence, entries] of Object.entries(listing)) {
    for (const entry of entries) {
      packages++;
      const name = entry.name;
      const versions = (entry.versions ?? [entry.version]).filter(Boolean).join(", ");
      if (allowed(entry.license ?? licence)) continue;
      if ((entry.versions ?? [entry.version]).every((v) => EXCEPTIONS.has(`${name}@${v}`))) {
        excepted.push(`${name}@${versions}`);
        continue;
      }
      offenders.push(`${name}@${versions}: ${entry.license ?? licence}`);
    }
  }
  if (offenders.length > 0) {
    console.error(
      `licence check failed: ${offenders.length} production ${offenders.length === 1 ? "dependency has" : "dependencies have"} a licence outside the allow-list:`,
    );
    for (const line of offenders) console.error(`  ${line}`);
    console.error("Replace the package, or add it to EXCEPTIONS in scripts/check-licences.mjs with the reason.");
    process.exit(1);
  }
  console.log(
    `licence check: ${packages} production packages of the shipped workspaces pass (${excepted.length} by listed exception: ${excepted.join(", ") || "none"})`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
