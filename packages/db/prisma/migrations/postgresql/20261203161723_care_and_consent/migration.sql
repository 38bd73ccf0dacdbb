-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "careSettings" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Consent" ADD COLUMN     "method" TEXT;

-- CreateTable
CREATE TABLE "CareFollowUp" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "followedUpOn" TIMESTAMP(3) NOT NULL,
    "followedUpById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CareFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CareFollowUp_participantId_idx" ON "CareFollowUp"("participantId");

-- CreateIndex
CREATE INDEX "CareFollowUp_surveyId_idx" ON "CareFollowUp"("surveyId");

-- AddForeignKey
ALTER TABLE "CareFollowUp" ADD CONSTRAINT "CareFollowUp_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

