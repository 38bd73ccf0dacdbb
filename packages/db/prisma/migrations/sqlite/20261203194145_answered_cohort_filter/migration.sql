-- CreateTable
CREATE TABLE "AnsweredCohortFilter" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "filterKey" TEXT NOT NULL,
    "filter" TEXT NOT NULL,
    "firstAnsweredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "AnsweredCohortFilter_programmeId_filterKey_key" ON "AnsweredCohortFilter"("programmeId", "filterKey");

