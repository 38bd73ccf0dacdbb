-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "participantId" TEXT NOT NULL,
    "authorId" TEXT,
    "reviewedOn" DATETIME NOT NULL,
    "modelId" TEXT NOT NULL,
    "modelVersion" TEXT NOT NULL DEFAULT '',
    "areaScores" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "sharedWithParticipant" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Review_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Review" ("areaScores", "authorId", "createdAt", "id", "modelId", "modelVersion", "note", "participantId", "reviewedOn", "updatedAt") SELECT "areaScores", "authorId", "createdAt", "id", "modelId", "modelVersion", "note", "participantId", "reviewedOn", "updatedAt" FROM "Review";
DROP TABLE "Review";
ALTER TABLE "new_Review" RENAME TO "Review";
CREATE INDEX "Review_participantId_idx" ON "Review"("participantId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

