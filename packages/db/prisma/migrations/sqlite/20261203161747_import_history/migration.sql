-- AlterTable
ALTER TABLE "StatusEvent" ADD COLUMN "importBatchId" TEXT;

-- CreateTable
CREATE TABLE "CompanyContact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "companyId" TEXT,
    "occurredOn" DATETIME NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'company_contact',
    "count" INTEGER NOT NULL DEFAULT 1,
    "note" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT,
    "importBatchId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Contact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "participantId" TEXT NOT NULL,
    "occurredOn" DATETIME NOT NULL,
    "kind" TEXT NOT NULL,
    "minutes" INTEGER,
    "count" INTEGER NOT NULL DEFAULT 1,
    "note" TEXT NOT NULL DEFAULT '',
    "companyId" TEXT,
    "authorId" TEXT,
    "importBatchId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Contact_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Contact" ("authorId", "companyId", "createdAt", "id", "kind", "minutes", "note", "occurredOn", "participantId") SELECT "authorId", "companyId", "createdAt", "id", "kind", "minutes", "note", "occurredOn", "participantId" FROM "Contact";
DROP TABLE "Contact";
ALTER TABLE "new_Contact" RENAME TO "Contact";
CREATE INDEX "Contact_participantId_idx" ON "Contact"("participantId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CompanyContact_programmeId_organisationId_occurredOn_idx" ON "CompanyContact"("programmeId", "organisationId", "occurredOn");

-- CreateIndex
CREATE INDEX "CompanyContact_companyId_idx" ON "CompanyContact"("companyId");

