-- CreateTable
CREATE TABLE "ProgrammeInstrument" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programmeId" TEXT NOT NULL,
    "instrumentId" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProgrammeInstrument_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ProgrammeInstrument_programmeId_idx" ON "ProgrammeInstrument"("programmeId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeInstrument_instrumentId_version_key" ON "ProgrammeInstrument"("instrumentId", "version");

