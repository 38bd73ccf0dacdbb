-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Participant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "mentorId" TEXT,
    "enrolledOn" DATETIME NOT NULL,
    "endedOn" DATETIME,
    "gender" TEXT,
    "birthYear" INTEGER,
    "erasedAt" DATETIME,
    "cellKey" INTEGER NOT NULL DEFAULT (random() & 2147483647),
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Participant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Participant_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Participant_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Participant" ("birthYear", "code", "createdAt", "endedOn", "enrolledOn", "erasedAt", "gender", "id", "mentorId", "organisationId", "programmeId") SELECT "birthYear", "code", "createdAt", "endedOn", "enrolledOn", "erasedAt", "gender", "id", "mentorId", "organisationId", "programmeId" FROM "Participant";
DROP TABLE "Participant";
ALTER TABLE "new_Participant" RENAME TO "Participant";
CREATE UNIQUE INDEX "Participant_code_key" ON "Participant"("code");
CREATE INDEX "Participant_organisationId_idx" ON "Participant"("organisationId");
CREATE INDEX "Participant_programmeId_idx" ON "Participant"("programmeId");
CREATE INDEX "Participant_mentorId_idx" ON "Participant"("mentorId");
CREATE TABLE "new_ParticipantScale" (
    "participantId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "instrumentId" TEXT NOT NULL,
    "scaleId" TEXT NOT NULL,
    "startValue" REAL,
    "endValue" REAL,
    "endSubmitted" BOOLEAN NOT NULL DEFAULT false,
    "cellKey" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("participantId", "instrumentId", "scaleId"),
    CONSTRAINT "ParticipantScale_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ParticipantScale" ("endSubmitted", "endValue", "instrumentId", "organisationId", "participantId", "programmeId", "scaleId", "startValue") SELECT "endSubmitted", "endValue", "instrumentId", "organisationId", "participantId", "programmeId", "scaleId", "startValue" FROM "ParticipantScale";
DROP TABLE "ParticipantScale";
ALTER TABLE "new_ParticipantScale" RENAME TO "ParticipantScale";
CREATE INDEX "ParticipantScale_programmeId_instrumentId_scaleId_startValue_endValue_endSubmitted_organisationId_cellKey_idx" ON "ParticipantScale"("programmeId", "instrumentId", "scaleId", "startValue", "endValue", "endSubmitted", "organisationId", "cellKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Every participant got a random key above (the column's default is drawn per row); the figure
-- rows copy their participant's key (packages/api/src/evaluation/scale-figures.ts keeps it so).
UPDATE "ParticipantScale" SET "cellKey" = (SELECT p."cellKey" FROM "Participant" p WHERE p."id" = "ParticipantScale"."participantId");
