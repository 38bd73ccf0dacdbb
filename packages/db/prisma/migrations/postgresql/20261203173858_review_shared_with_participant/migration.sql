-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "sharedWithParticipant" BOOLEAN NOT NULL DEFAULT false;

