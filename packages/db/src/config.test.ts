import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveDbConfig } from "./config";

describe("resolveDbConfig", () => {
  it.each(["postgres://skridt:secret@db.example:5432/skridt", "postgresql://skridt@localhost/skridt?sslmode=require"])(
    "chooses PostgreSQL for %s and keeps the URL as given",
    (url) => {
      expect(resolveDbConfig({ databaseUrl: url, dataDir: "/data" })).toEqual({ engine: "postgresql", url });
    },
  );

  it("trims spaces around the URL", () => {
    expect(resolveDbConfig({ databaseUrl: "  postgres://h/db \n", dataDir: "/data" })).toEqual({ engine: "postgresql", url: "postgres://h/db" });
  });

  it("chooses SQLite for a file: URL, as an absolute path", () => {
    expect(resolveDbConfig({ databaseUrl: "file:/var/lib/skridt/skridt.db", dataDir: "/data" })).toEqual({
      engine: "sqlite",
      url: "/var/lib/skridt/skridt.db",
    });
    expect(resolveDbConfig({ databaseUrl: "file:./local.db", dataDir: "/data" })).toEqual({ engine: "sqlite", url: resolve("local.db") });
  });

  it.each([undefined, "", "   "])("defaults to skridt.db under the data directory when DATABASE_URL is %j", (databaseUrl) => {
    expect(resolveDbConfig({ databaseUrl, dataDir: "/srv/skridt/data" })).toEqual({ engine: "sqlite", url: join("/srv/skridt/data", "skridt.db") });
    expect(resolveDbConfig({ databaseUrl, dataDir: "relative-data" })).toEqual({ engine: "sqlite", url: join(resolve("relative-data"), "skridt.db") });
  });

  it.each(["mysql://root@localhost/skridt", "sqlserver://x", "http://example.com", "skridt.db"])("rejects %s", (url) => {
    expect(() => resolveDbConfig({ databaseUrl: url, dataDir: "/data" })).toThrow(/DATABASE_URL must start with/);
  });

  it("does not echo a password from a rejected URL", () => {
    expect(() => resolveDbConfig({ databaseUrl: "mysql://root:hunter2@localhost/skridt", dataDir: "/data" })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining("hunter2") }),
    );
  });
});
