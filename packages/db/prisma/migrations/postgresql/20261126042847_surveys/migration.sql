-- DropIndex
DROP INDEX "Assessment_tokenHash_key";

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "measurementPlan" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Assessment" DROP COLUMN "completedAt",
DROP COLUMN "startedAt",
DROP COLUMN "tokenExpiresAt",
DROP COLUMN "tokenHash",
ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "submittedAt" TIMESTAMP(3),
ADD COLUMN     "supersedesId" TEXT,
ADD COLUMN     "surveyId" TEXT,
ALTER COLUMN "status" SET DEFAULT 'open';

-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "clientAnsweredAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Score" ADD COLUMN     "instrumentVersion" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'complete';

-- CreateTable
CREATE TABLE "Survey" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "occasion" TEXT NOT NULL,
    "mode" TEXT NOT NULL DEFAULT 'self',
    "status" TEXT NOT NULL DEFAULT 'created',
    "tokenHash" TEXT NOT NULL,
    "shortCodeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "openedAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Survey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Survey_tokenHash_key" ON "Survey"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Survey_shortCodeHash_key" ON "Survey"("shortCodeHash");

-- CreateIndex
CREATE INDEX "Survey_participantId_idx" ON "Survey"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_supersedesId_key" ON "Assessment"("supersedesId");

-- CreateIndex
CREATE INDEX "Assessment_surveyId_idx" ON "Assessment"("surveyId");

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Assessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

