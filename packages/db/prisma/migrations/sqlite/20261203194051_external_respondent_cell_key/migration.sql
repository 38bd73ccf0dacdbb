-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "cellKey" INTEGER NOT NULL DEFAULT (random() & 2147483647),
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Survey_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Survey_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Survey_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Survey" ("aboutFirstName", "companyId", "createdAt", "createdById", "expiresAt", "id", "mode", "occasion", "openedAt", "participantId", "respondentType", "shortCodeHash", "startedAt", "status", "submittedAt", "tokenHash", "volunteerId", "withdrawnAt") SELECT "aboutFirstName", "companyId", "createdAt", "createdById", "expiresAt", "id", "mode", "occasion", "openedAt", "participantId", "respondentType", "shortCodeHash", "startedAt", "status", "submittedAt", "tokenHash", "volunteerId", "withdrawnAt" FROM "Survey";
DROP TABLE "Survey";
ALTER TABLE "new_Survey" RENAME TO "Survey";
CREATE UNIQUE INDEX "Survey_tokenHash_key" ON "Survey"("tokenHash");
CREATE UNIQUE INDEX "Survey_shortCodeHash_key" ON "Survey"("shortCodeHash");
CREATE INDEX "Survey_participantId_idx" ON "Survey"("participantId");
CREATE INDEX "Survey_participantId_occasion_respondentType_status_idx" ON "Survey"("participantId", "occasion", "respondentType", "status");
CREATE INDEX "Survey_companyId_idx" ON "Survey"("companyId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Existing questionnaires get a key each: the default is drawn per row (SQLite evaluates it for every row
-- copied above; PostgreSQL evaluates a volatile default for every existing row).
