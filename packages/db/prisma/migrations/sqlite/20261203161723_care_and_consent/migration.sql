-- AlterTable
ALTER TABLE "Consent" ADD COLUMN "method" TEXT;

-- CreateTable
CREATE TABLE "CareFollowUp" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "participantId" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "followedUpOn" DATETIME NOT NULL,
    "followedUpById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CareFollowUp_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Programme" ("createdAt", "description", "endsOn", "erasure", "id", "measurementPlan", "name", "progressionPlan", "retentionMonths", "reviewIntervalDays", "startsOn") SELECT "createdAt", "description", "endsOn", "erasure", "id", "measurementPlan", "name", "progressionPlan", "retentionMonths", "reviewIntervalDays", "startsOn" FROM "Programme";
DROP TABLE "Programme";
ALTER TABLE "new_Programme" RENAME TO "Programme";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CareFollowUp_participantId_idx" ON "CareFollowUp"("participantId");

-- CreateIndex
CREATE INDEX "CareFollowUp_surveyId_idx" ON "CareFollowUp"("surveyId");

