-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "changeNorms" TEXT NOT NULL DEFAULT '';

