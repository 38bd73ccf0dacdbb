-- CreateTable
CREATE TABLE "ResearchExportGrant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "exactDates" BOOLEAN NOT NULL DEFAULT false,
    "birthYear" BOOLEAN NOT NULL DEFAULT false,
    "expiresAt" DATETIME NOT NULL,
    "grantedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    "revokedById" TEXT,
    CONSTRAINT "ResearchExportGrant_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ResearchExportGrant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ResearchExportGrant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Programme" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "startsOn" DATETIME,
    "endsOn" DATETIME,
    "reviewIntervalDays" INTEGER NOT NULL DEFAULT 28,
    "measurementPlan" TEXT NOT NULL DEFAULT '',
    "progressionPlan" TEXT NOT NULL DEFAULT '',
    "retentionMonths" INTEGER,
    "erasure" TEXT NOT NULL DEFAULT 'anonymise',
    "careSettings" TEXT NOT NULL DEFAULT '',
    "ownerOrganisationId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Programme_ownerOrganisationId_fkey" FOREIGN KEY ("ownerOrganisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Programme" ("careSettings", "createdAt", "description", "endsOn", "erasure", "id", "measurementPlan", "name", "progressionPlan", "retentionMonths", "reviewIntervalDays", "startsOn") SELECT "careSettings", "createdAt", "description", "endsOn", "erasure", "id", "measurementPlan", "name", "progressionPlan", "retentionMonths", "reviewIntervalDays", "startsOn" FROM "Programme";
DROP TABLE "Programme";
ALTER TABLE "new_Programme" RENAME TO "Programme";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ResearchExportGrant_programmeId_userId_idx" ON "ResearchExportGrant"("programmeId", "userId");

-- CreateIndex
CREATE INDEX "ResearchExportGrant_organisationId_idx" ON "ResearchExportGrant"("organisationId");


-- Existing programmes: the organisation whose administrator created the programme owns it,
-- where the audit log says so and that organisation still takes part (else the runtime
-- rule applies: the participating organisation created first).
UPDATE "Programme" SET "ownerOrganisationId" = (
    SELECT a."organisationId" FROM "AuditEvent" a
    JOIN "ProgrammeOrganisation" po ON po."programmeId" = a."targetId" AND po."organisationId" = a."organisationId"
    WHERE a."action" = 'programme.create' AND a."targetId" = "Programme"."id"
    ORDER BY a."at" ASC LIMIT 1
);
