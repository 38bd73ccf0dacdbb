-- CreateTable
CREATE TABLE "ParticipantScale" (
    "participantId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "instrumentId" TEXT NOT NULL,
    "scaleId" TEXT NOT NULL,
    "startValue" DOUBLE PRECISION,
    "endValue" DOUBLE PRECISION,
    "endSubmitted" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ParticipantScale_pkey" PRIMARY KEY ("participantId","instrumentId","scaleId")
);

-- CreateIndex
CREATE INDEX "ParticipantScale_programmeId_instrumentId_scaleId_startValu_idx" ON "ParticipantScale"("programmeId", "instrumentId", "scaleId", "startValue", "endValue", "endSubmitted", "organisationId");

-- CreateIndex
CREATE INDEX "Survey_participantId_occasion_respondentType_status_idx" ON "Survey"("participantId", "occasion", "respondentType", "status");

-- AddForeignKey
ALTER TABLE "ParticipantScale" ADD CONSTRAINT "ParticipantScale_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Backfill from the scores already stored (the same rule as
-- packages/api/src/evaluation/scale-figures.ts, which keeps the table current from now on).
INSERT INTO "ParticipantScale" ("participantId", "programmeId", "organisationId", "instrumentId", "scaleId", "startValue", "endValue", "endSubmitted")
SELECT p."id", p."programmeId", p."organisationId", sc."instrumentId", sc."scaleId",
  MAX(CASE WHEN sc."occasion" = 'start' THEN sc."value" END),
  MAX(CASE WHEN sc."occasion" = 'end' THEN sc."value" END),
  EXISTS (SELECT 1 FROM "Survey" e WHERE e."participantId" = p."id" AND e."respondentType" = 'participant' AND e."occasion" = 'end' AND e."status" = 'submitted')
FROM (
  SELECT a."participantId", a."occasion", a."instrumentId", x."scaleId", x."value",
    ROW_NUMBER() OVER (PARTITION BY a."participantId", a."occasion", a."instrumentId", x."scaleId" ORDER BY s."submittedAt" DESC, a."submittedAt" DESC, a."id" DESC) AS "latest"
  FROM "Assessment" a
  JOIN "Survey" s ON s."id" = a."surveyId"
  JOIN "Score" x ON x."assessmentId" = a."id"
  WHERE a."status" = 'submitted' AND a."occasion" IN ('start', 'end')
    AND s."status" = 'submitted' AND s."respondentType" = 'participant' AND x."value" IS NOT NULL
) sc
JOIN "Participant" p ON p."id" = sc."participantId"
WHERE sc."latest" = 1
GROUP BY p."id", p."programmeId", p."organisationId", sc."instrumentId", sc."scaleId";
