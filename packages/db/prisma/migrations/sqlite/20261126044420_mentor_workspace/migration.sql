-- AlterTable
ALTER TABLE "Contact" ADD COLUMN "authorId" TEXT;

-- CreateTable
CREATE TABLE "ReviewAmendment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reviewId" TEXT NOT NULL,
    "authorId" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT NOT NULL,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    CONSTRAINT "ReviewAmendment_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Programme" ("createdAt", "description", "endsOn", "id", "measurementPlan", "name", "reviewIntervalDays", "startsOn") SELECT "createdAt", "description", "endsOn", "id", "measurementPlan", "name", "reviewIntervalDays", "startsOn" FROM "Programme";
DROP TABLE "Programme";
ALTER TABLE "new_Programme" RENAME TO "Programme";
CREATE TABLE "new_Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "participantId" TEXT NOT NULL,
    "authorId" TEXT,
    "reviewedOn" DATETIME NOT NULL,
    "modelId" TEXT NOT NULL,
    "modelVersion" TEXT NOT NULL DEFAULT '',
    "areaScores" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Review_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Review" ("areaScores", "authorId", "createdAt", "id", "modelId", "note", "participantId", "reviewedOn") SELECT "areaScores", "authorId", "createdAt", "id", "modelId", "note", "participantId", "reviewedOn" FROM "Review";
DROP TABLE "Review";
ALTER TABLE "new_Review" RENAME TO "Review";
CREATE INDEX "Review_participantId_idx" ON "Review"("participantId");
CREATE TABLE "new_Goal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "participantId" TEXT NOT NULL,
    "reviewId" TEXT,
    "areaId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "actions" TEXT NOT NULL DEFAULT '',
    "support" TEXT NOT NULL DEFAULT '',
    "dueOn" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'open',
    "closedOn" DATETIME,
    "authorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Goal_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Goal_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Goal" ("actions", "areaId", "createdAt", "dueOn", "id", "participantId", "status", "support", "title") SELECT "actions", "areaId", "createdAt", "dueOn", "id", "participantId", "status", "support", "title" FROM "Goal";
DROP TABLE "Goal";
ALTER TABLE "new_Goal" RENAME TO "Goal";
CREATE INDEX "Goal_participantId_idx" ON "Goal"("participantId");
CREATE TABLE "new_StatusEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "participantId" TEXT NOT NULL,
    "occurredOn" DATETIME NOT NULL,
    "status" TEXT NOT NULL,
    "hoursPerWeek" REAL,
    "inProcess" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StatusEvent_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_StatusEvent" ("createdAt", "hoursPerWeek", "id", "inProcess", "occurredOn", "participantId", "status") SELECT "createdAt", "hoursPerWeek", "id", "inProcess", "occurredOn", "participantId", "status" FROM "StatusEvent";
DROP TABLE "StatusEvent";
ALTER TABLE "new_StatusEvent" RENAME TO "StatusEvent";
CREATE INDEX "StatusEvent_participantId_idx" ON "StatusEvent"("participantId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ReviewAmendment_reviewId_idx" ON "ReviewAmendment"("reviewId");

