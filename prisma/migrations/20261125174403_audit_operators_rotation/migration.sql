-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('USER', 'MANAGEMENT_KEY', 'CLIENT', 'OPERATOR', 'SYSTEM');

-- AlterTable
ALTER TABLE "Client" ADD COLUMN     "lastUsedAt" TIMESTAMP(3),
ADD COLUMN     "previousSecretDigest" TEXT,
ADD COLUMN     "previousSecretExpiresAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ManagementKey" ADD COLUMN     "previousTokenDigest" TEXT,
ADD COLUMN     "previousTokenExpiresAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ProjectMember" ADD COLUMN     "organizationId" TEXT;
-- Backfilled by hand: existing rows take their project's organization.
UPDATE "ProjectMember" AS target SET "organizationId" = project."organizationId" FROM "Project" AS project WHERE project.id = target."projectId";
ALTER TABLE "ProjectMember" ALTER COLUMN "organizationId" SET NOT NULL;

-- AlterTable
ALTER TABLE "Reference" ADD COLUMN     "organizationId" TEXT;
-- Backfilled by hand: existing rows take their project's organization.
UPDATE "Reference" AS target SET "organizationId" = project."organizationId" FROM "Project" AS project WHERE project.id = target."projectId";
ALTER TABLE "Reference" ALTER COLUMN "organizationId" SET NOT NULL;

-- CreateTable
CREATE TABLE "OperatorToken" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "scopes" TEXT[],
    "tokenDigest" TEXT NOT NULL,
    "lastFour" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "OperatorToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT,
    "actorKind" "ActorKind" NOT NULL,
    "actorId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "changes" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OperatorToken_tokenDigest_key" ON "OperatorToken"("tokenDigest");

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_createdAt_idx" ON "AuditEvent"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "AuditEvent_targetId_idx" ON "AuditEvent"("targetId");

-- CreateIndex
CREATE UNIQUE INDEX "ManagementKey_previousTokenDigest_key" ON "ManagementKey"("previousTokenDigest");

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
