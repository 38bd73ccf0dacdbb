-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "reminderDays" TEXT NOT NULL DEFAULT '[3,7]';

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL,
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
    "dueAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "cancelReason" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "leaseOwner" TEXT,
    "leaseExpiresAt" TIMESTAMP(3),
    "linkToken" TEXT,
    "optOutTokenHash" TEXT,
    "providerMessageId" TEXT,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MessageOptOut" (
    "subjectKey" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MessageOptOut_pkey" PRIMARY KEY ("subjectKey")
);

-- CreateTable
CREATE TABLE "MessagePreference" (
    "participantId" TEXT NOT NULL,
    "channel" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'da',
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MessagePreference_pkey" PRIMARY KEY ("participantId")
);

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

