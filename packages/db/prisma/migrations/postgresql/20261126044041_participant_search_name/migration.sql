-- AlterTable
ALTER TABLE "ParticipantIdentity" ADD COLUMN     "searchName" TEXT NOT NULL DEFAULT '';

