-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "ownerOrganisationId" TEXT;

-- CreateTable
CREATE TABLE "ResearchExportGrant" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "exactDates" BOOLEAN NOT NULL DEFAULT false,
    "birthYear" BOOLEAN NOT NULL DEFAULT false,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "grantedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,

    CONSTRAINT "ResearchExportGrant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ResearchExportGrant_programmeId_userId_idx" ON "ResearchExportGrant"("programmeId", "userId");

-- CreateIndex
CREATE INDEX "ResearchExportGrant_organisationId_idx" ON "ResearchExportGrant"("organisationId");

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_ownerOrganisationId_fkey" FOREIGN KEY ("ownerOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResearchExportGrant" ADD CONSTRAINT "ResearchExportGrant_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResearchExportGrant" ADD CONSTRAINT "ResearchExportGrant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResearchExportGrant" ADD CONSTRAINT "ResearchExportGrant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Existing programmes: the organisation whose administrator created the programme owns it,
-- where the audit log says so and that organisation still takes part (else the runtime
-- rule applies: the participating organisation created first).
UPDATE "Programme" SET "ownerOrganisationId" = (
    SELECT a."organisationId" FROM "AuditEvent" a
    JOIN "ProgrammeOrganisation" po ON po."programmeId" = a."targetId" AND po."organisationId" = a."organisationId"
    WHERE a."action" = 'programme.create' AND a."targetId" = "Programme"."id"
    ORDER BY a."at" ASC LIMIT 1
);
