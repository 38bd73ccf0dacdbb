-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN "correctionReason" TEXT;

