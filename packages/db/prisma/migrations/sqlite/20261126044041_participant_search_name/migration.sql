-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ParticipantIdentity" (
    "participantId" TEXT NOT NULL PRIMARY KEY,
    "fullName" TEXT NOT NULL,
    "searchName" TEXT NOT NULL DEFAULT '',
    "email" TEXT,
    "phone" TEXT,
    "cpr" TEXT,
    CONSTRAINT "ParticipantIdentity_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ParticipantIdentity" ("cpr", "email", "fullName", "participantId", "phone") SELECT "cpr", "email", "fullName", "participantId", "phone" FROM "ParticipantIdentity";
DROP TABLE "ParticipantIdentity";
ALTER TABLE "new_ParticipantIdentity" RENAME TO "ParticipantIdentity";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

