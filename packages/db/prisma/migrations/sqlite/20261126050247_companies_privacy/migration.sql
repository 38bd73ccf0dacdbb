-- AlterTable
ALTER TABLE "Participant" ADD COLUMN "erasedAt" DATETIME;

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN "companyId" TEXT;

-- AlterTable
ALTER TABLE "StatusEvent" ADD COLUMN "companyId" TEXT;

-- CreateTable
CREATE TABLE "Company" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "cvr" TEXT,
    "contactName" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Company_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Volunteer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Volunteer_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "participantId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "textVersion" TEXT NOT NULL,
    "givenOn" DATETIME NOT NULL,
    "withdrawnOn" DATETIME,
    "recordedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Consent_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Programme" ("createdAt", "description", "endsOn", "id", "measurementPlan", "name", "progressionPlan", "reviewIntervalDays", "startsOn") SELECT "createdAt", "description", "endsOn", "id", "measurementPlan", "name", "progressionPlan", "reviewIntervalDays", "startsOn" FROM "Programme";
DROP TABLE "Programme";
ALTER TABLE "new_Programme" RENAME TO "Programme";
CREATE TABLE "new_Survey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "participantId" TEXT,
    "respondentType" TEXT NOT NULL DEFAULT 'participant',
    "companyId" TEXT,
    "volunteerId" TEXT,
    "aboutFirstName" TEXT,
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
    CONSTRAINT "Survey_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Survey_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Survey_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Survey" ("createdAt", "createdById", "expiresAt", "id", "mode", "occasion", "openedAt", "participantId", "shortCodeHash", "startedAt", "status", "submittedAt", "tokenHash", "withdrawnAt") SELECT "createdAt", "createdById", "expiresAt", "id", "mode", "occasion", "openedAt", "participantId", "shortCodeHash", "startedAt", "status", "submittedAt", "tokenHash", "withdrawnAt" FROM "Survey";
DROP TABLE "Survey";
ALTER TABLE "new_Survey" RENAME TO "Survey";
CREATE UNIQUE INDEX "Survey_tokenHash_key" ON "Survey"("tokenHash");
CREATE UNIQUE INDEX "Survey_shortCodeHash_key" ON "Survey"("shortCodeHash");
CREATE INDEX "Survey_participantId_idx" ON "Survey"("participantId");
CREATE INDEX "Survey_companyId_idx" ON "Survey"("companyId");
CREATE TABLE "new_Assessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "participantId" TEXT,
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
INSERT INTO "new_Assessment" ("createdAt", "createdById", "id", "instrumentId", "instrumentVersion", "mode", "occasion", "participantId", "position", "status", "submittedAt", "supersedesId", "surveyId") SELECT "createdAt", "createdById", "id", "instrumentId", "instrumentVersion", "mode", "occasion", "participantId", "position", "status", "submittedAt", "supersedesId", "surveyId" FROM "Assessment";
DROP TABLE "Assessment";
ALTER TABLE "new_Assessment" RENAME TO "Assessment";
CREATE UNIQUE INDEX "Assessment_supersedesId_key" ON "Assessment"("supersedesId");
CREATE INDEX "Assessment_participantId_idx" ON "Assessment"("participantId");
CREATE INDEX "Assessment_surveyId_idx" ON "Assessment"("surveyId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Company_organisationId_idx" ON "Company"("organisationId");

-- CreateIndex
CREATE INDEX "Volunteer_organisationId_idx" ON "Volunteer"("organisationId");

-- CreateIndex
CREATE INDEX "Consent_participantId_idx" ON "Consent"("participantId");

