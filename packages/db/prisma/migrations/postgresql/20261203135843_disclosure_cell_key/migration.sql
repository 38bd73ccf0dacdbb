-- DropIndex
DROP INDEX "ParticipantScale_programmeId_instrumentId_scaleId_startValu_idx";

-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "cellKey" INTEGER NOT NULL DEFAULT (floor(random() * 2147483648))::integer;

-- AlterTable
ALTER TABLE "ParticipantScale" ADD COLUMN     "cellKey" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "ParticipantScale_programmeId_instrumentId_scaleId_startValu_idx" ON "ParticipantScale"("programmeId", "instrumentId", "scaleId", "startValue", "endValue", "endSubmitted", "organisationId", "cellKey");


-- Every participant got a random key above (the column's default is drawn per row); the figure
-- rows copy their participant's key (packages/api/src/evaluation/scale-figures.ts keeps it so).
UPDATE "ParticipantScale" SET "cellKey" = (SELECT p."cellKey" FROM "Participant" p WHERE p."id" = "ParticipantScale"."participantId");
