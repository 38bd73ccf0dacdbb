-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "progressionPlan" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "modelVersion" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Goal" ADD COLUMN     "authorId" TEXT,
ADD COLUMN     "closedOn" TIMESTAMP(3),
ADD COLUMN     "reviewId" TEXT;

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "authorId" TEXT;

-- AlterTable
ALTER TABLE "StatusEvent" ADD COLUMN     "authorId" TEXT,
ADD COLUMN     "note" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "ReviewAmendment" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "authorId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT NOT NULL,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,

    CONSTRAINT "ReviewAmendment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReviewAmendment_reviewId_idx" ON "ReviewAmendment"("reviewId");

-- AddForeignKey
ALTER TABLE "ReviewAmendment" ADD CONSTRAINT "ReviewAmendment_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE SET NULL ON UPDATE CASCADE;

