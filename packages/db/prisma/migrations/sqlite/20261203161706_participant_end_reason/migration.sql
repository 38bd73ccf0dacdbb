-- AlterTable
ALTER TABLE "Participant" ADD COLUMN "endReason" TEXT;

