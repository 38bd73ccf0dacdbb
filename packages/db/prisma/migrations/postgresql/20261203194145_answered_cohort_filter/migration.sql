-- CreateTable
CREATE TABLE "AnsweredCohortFilter" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "filterKey" TEXT NOT NULL,
    "filter" TEXT NOT NULL,
    "firstAnsweredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnsweredCohortFilter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AnsweredCohortFilter_programmeId_filterKey_key" ON "AnsweredCohortFilter"("programmeId", "filterKey");

