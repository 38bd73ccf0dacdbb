-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "participantId" TEXT,
    "companyId" TEXT,
    "volunteerId" TEXT,
    "invitationId" TEXT,
    "surveyId" TEXT,
    "occasion" TEXT,
    "step" INTEGER NOT NULL DEFAULT 0,
    "locale" TEXT NOT NULL DEFAULT 'da',
    "dueAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "cancelReason" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "leaseOwner" TEXT,
    "leaseExpiresAt" DATETIME,
    "linkToken" TEXT,
    "optOutTokenHash" TEXT,
    "providerMessageId" TEXT,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "MessageOptOut" (
    "subjectKey" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "MessagePreference" (
    "participantId" TEXT NOT NULL PRIMARY KEY,
    "channel" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'da',
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
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
    "reminderDays" TEXT NOT NULL DEFAULT '[3,7]',
    "erasure" TEXT NOT NULL DEFAULT 'anonymise',
    "careSettings" TEXT NOT NULL DEFAULT '',
    "ownerOrganisationId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Programme_ownerOrganisationId_fkey" FOREIGN KEY ("ownerOrganisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Programme" ("careSettings", "createdAt", "description", "endsOn", "erasure", "id", "measurementPlan", "name", "ownerOrganisationId", "progressionPlan", "retentionMonths", "reviewIntervalDays", "startsOn") SELECT "careSettings", "createdAt", "description", "endsOn", "erasure", "id", "measurementPlan", "name", "ownerOrganisationId", "progressionPlan", "retentionMonths", "reviewIntervalDays", "startsOn" FROM "Programme";
DROP TABLE "Programme";
ALTER TABLE "new_Programme" RENAME TO "Programme";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Message_dedupeKey_key" ON "Message"("dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "Message_optOutTokenHash_key" ON "Message"("optOutTokenHash");

-- CreateIndex
CREATE INDEX "Message_status_dueAt_idx" ON "Message"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Message_participantId_idx" ON "Message"("participantId");

-- CreateIndex
CREATE INDEX "Message_surveyId_idx" ON "Message"("surveyId");

-- CreateIndex
CREATE INDEX "Message_organisationId_createdAt_idx" ON "Message"("organisationId", "createdAt");

