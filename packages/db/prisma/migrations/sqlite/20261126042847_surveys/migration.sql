-- AlterTable
ALTER TABLE "Answer" ADD COLUMN "clientAnsweredAt" DATETIME;

-- CreateTable
CREATE TABLE "Survey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "participantId" TEXT NOT NULL,
    "occasion" TEXT NOT NULL,
    "mode" TEXT NOT NULL DEFAULT 'self',
    "status" TEXT NOT NULL DEFAULT 'created',
    "tokenHash" TEXT NOT NULL,
    "shortCodeHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "openedAt" DATETIME,
    "startedAt" DATETIME,
    "submittedAt" DATETIME,
    "withdrawnAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Survey_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Programme" ("createdAt", "description", "endsOn", "id", "name", "reviewIntervalDays", "startsOn") SELECT "createdAt", "description", "endsOn", "id", "name", "reviewIntervalDays", "startsOn" FROM "Programme";
DROP TABLE "Programme";
ALTER TABLE "new_Programme" RENAME TO "Programme";
CREATE TABLE "new_Assessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "participantId" TEXT NOT NULL,
    "surveyId" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "instrumentId" TEXT NOT NULL,
    "instrumentVersion" TEXT NOT NULL,
    "occasion" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "mode" TEXT NOT NULL DEFAULT 'self',
    "submittedAt" DATETIME,
    "supersedesId" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Assessment_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assessment_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Assessment_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Assessment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Assessment" ("createdAt", "id", "instrumentId", "instrumentVersion", "mode", "occasion", "participantId", "status") SELECT "createdAt", "id", "instrumentId", "instrumentVersion", "mode", "occasion", "participantId", "status" FROM "Assessment";
DROP TABLE "Assessment";
ALTER TABLE "new_Assessment" RENAME TO "Assessment";
CREATE UNIQUE INDEX "Assessment_supersedesId_key" ON "Assessment"("supersedesId");
CREATE INDEX "Assessment_participantId_idx" ON "Assessment"("participantId");
CREATE INDEX "Assessment_surveyId_idx" ON "Assessment"("surveyId");
CREATE TABLE "new_Score" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "scaleId" TEXT NOT NULL,
    "value" REAL,
    "status" TEXT NOT NULL DEFAULT 'complete',
    "instrumentVersion" TEXT NOT NULL DEFAULT '',
    "computedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Score_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Score" ("assessmentId", "computedAt", "id", "scaleId", "value") SELECT "assessmentId", "computedAt", "id", "scaleId", "value" FROM "Score";
DROP TABLE "Score";
ALTER TABLE "new_Score" RENAME TO "Score";
CREATE UNIQUE INDEX "Score_assessmentId_scaleId_key" ON "Score"("assessmentId", "scaleId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Survey_tokenHash_key" ON "Survey"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Survey_shortCodeHash_key" ON "Survey"("shortCodeHash");

-- CreateIndex
CREATE INDEX "Survey_participantId_idx" ON "Survey"("participantId");

