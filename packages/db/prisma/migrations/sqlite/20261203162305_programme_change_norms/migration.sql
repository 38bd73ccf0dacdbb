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
    "reminderDays" TEXT NOT NULL DEFAULT '[3,7]',
    "erasure" TEXT NOT NULL DEFAULT 'anonymise',
    "careSettings" TEXT NOT NULL DEFAULT '',
    "changeNorms" TEXT NOT NULL DEFAULT '',
    "ownerOrganisationId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Programme_ownerOrganisationId_fkey" FOREIGN KEY ("ownerOrganisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Programme" ("careSettings", "createdAt", "description", "endsOn", "erasure", "id", "measurementPlan", "name", "ownerOrganisationId", "progressionPlan", "reminderDays", "retentionMonths", "reviewIntervalDays", "startsOn") SELECT "careSettings", "createdAt", "description", "endsOn", "erasure", "id", "measurementPlan", "name", "ownerOrganisationId", "progressionPlan", "reminderDays", "retentionMonths", "reviewIntervalDays", "startsOn" FROM "Programme";
DROP TABLE "Programme";
ALTER TABLE "new_Programme" RENAME TO "Programme";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

