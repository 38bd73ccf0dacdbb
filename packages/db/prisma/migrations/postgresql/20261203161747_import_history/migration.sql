-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "count" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "importBatchId" TEXT;

-- AlterTable
ALTER TABLE "StatusEvent" ADD COLUMN     "importBatchId" TEXT;

-- CreateTable
CREATE TABLE "CompanyContact" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "companyId" TEXT,
    "occurredOn" TIMESTAMP(3) NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'company_contact',
    "count" INTEGER NOT NULL DEFAULT 1,
    "note" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT,
    "importBatchId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompanyContact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CompanyContact_programmeId_organisationId_occurredOn_idx" ON "CompanyContact"("programmeId", "organisationId", "occurredOn");

-- CreateIndex
CREATE INDEX "CompanyContact_companyId_idx" ON "CompanyContact"("companyId");

