-- CreateEnum
CREATE TYPE "FeatureType" AS ENUM ('PROJECT', 'USER');

-- CreateEnum
CREATE TYPE "ProjectQuantityKind" AS ENUM ('LIMIT', 'METRIC');

-- CreateEnum
CREATE TYPE "MetadataProvider" AS ENUM ('USER', 'SYSTEM');

-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "allowAutoJoin" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "crmId" TEXT,
ADD COLUMN     "maintainerId" TEXT,
ADD COLUMN     "mfaRequired" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "number" SERIAL NOT NULL;

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "dataRetentionTimeInDays" INTEGER,
ADD COLUMN     "defaultBackend" TEXT NOT NULL DEFAULT 'snowflake',
ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "description" TEXT,
ADD COLUMN     "disabledAt" TIMESTAMP(3),
ADD COLUMN     "disabledReason" TEXT,
ADD COLUMN     "disabledUntil" TIMESTAMP(3),
ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "number" SERIAL NOT NULL,
ADD COLUMN     "purgedAt" TIMESTAMP(3),
ADD COLUMN     "templateId" TEXT NOT NULL DEFAULT 'production';

-- AlterTable
ALTER TABLE "ProjectMember" ADD COLUMN     "addedById" TEXT,
ADD COLUMN     "canShare" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "reason" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "number" SERIAL NOT NULL;

-- CreateTable
CREATE TABLE "Maintainer" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "zendeskUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Maintainer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaintainerMember" (
    "id" TEXT NOT NULL,
    "maintainerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "addedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MaintainerMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "organizationId" TEXT,
    "maintainerId" TEXT,
    "projectId" TEXT,
    "userId" TEXT NOT NULL,
    "invitedById" TEXT,
    "role" "ProjectRole",
    "canShare" BOOLEAN NOT NULL DEFAULT false,
    "reason" TEXT,
    "expiresAt" TIMESTAMP(3),
    "membershipSeconds" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JoinRequest" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "organizationId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "reason" TEXT,
    "expiresAt" TIMESTAMP(3),
    "membershipSeconds" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JoinRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Feature" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "type" "FeatureType" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "canBeManagedByAdmin" BOOLEAN NOT NULL DEFAULT false,
    "canBeManagedViaApi" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Feature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectFeature" (
    "projectId" TEXT NOT NULL,
    "featureId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectFeature_pkey" PRIMARY KEY ("projectId","featureId")
);

-- CreateTable
CREATE TABLE "UserFeature" (
    "userId" TEXT NOT NULL,
    "featureId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserFeature_pkey" PRIMARY KEY ("userId","featureId")
);

-- CreateTable
CREATE TABLE "ProjectTemplate" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "expirationDays" INTEGER,
    "billedMonthlyPrice" INTEGER,
    "hasTryModeOn" BOOLEAN NOT NULL DEFAULT false,
    "defaultBackend" TEXT NOT NULL DEFAULT 'snowflake',
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TemplateFeature" (
    "templateId" TEXT NOT NULL,
    "featureId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TemplateFeature_pkey" PRIMARY KEY ("templateId","featureId")
);

-- CreateTable
CREATE TABLE "ProjectLimit" (
    "projectId" TEXT NOT NULL,
    "kind" "ProjectQuantityKind" NOT NULL,
    "name" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectLimit_pkey" PRIMARY KEY ("projectId","kind","name")
);

-- CreateTable
CREATE TABLE "Metadata" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "maintainerId" TEXT,
    "organizationId" TEXT,
    "projectId" TEXT,
    "userId" TEXT,
    "provider" "MetadataProvider" NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Metadata_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StorageToken" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "organizationId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "tokenDigest" TEXT NOT NULL,
    "lastFour" TEXT NOT NULL,
    "canManageBuckets" BOOLEAN NOT NULL DEFAULT false,
    "canReadAllFileUploads" BOOLEAN NOT NULL DEFAULT false,
    "canPurgeTrash" BOOLEAN NOT NULL DEFAULT false,
    "canManageTokens" BOOLEAN NOT NULL DEFAULT false,
    "canReadAllProjectEvents" BOOLEAN NOT NULL DEFAULT false,
    "bucketPermissions" JSONB NOT NULL DEFAULT '{}',
    "componentAccess" TEXT[],
    "createdByKind" "ActorKind" NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "StorageToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "JobStatus" NOT NULL DEFAULT 'PENDING',
    "runAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadline" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "leaseUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "organizationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobAttempt" (
    "id" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "error" TEXT,

    CONSTRAINT "JobAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Maintainer_number_key" ON "Maintainer"("number");

-- CreateIndex
CREATE INDEX "MaintainerMember_userId_idx" ON "MaintainerMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "MaintainerMember_maintainerId_userId_key" ON "MaintainerMember"("maintainerId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_number_key" ON "Invitation"("number");

-- CreateIndex
CREATE INDEX "Invitation_userId_idx" ON "Invitation"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_organizationId_userId_key" ON "Invitation"("organizationId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_maintainerId_userId_key" ON "Invitation"("maintainerId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_projectId_userId_key" ON "Invitation"("projectId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "JoinRequest_number_key" ON "JoinRequest"("number");

-- CreateIndex
CREATE INDEX "JoinRequest_userId_idx" ON "JoinRequest"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "JoinRequest_projectId_userId_key" ON "JoinRequest"("projectId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Feature_number_key" ON "Feature"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Feature_name_key" ON "Feature"("name");

-- CreateIndex
CREATE INDEX "ProjectFeature_featureId_idx" ON "ProjectFeature"("featureId");

-- CreateIndex
CREATE INDEX "UserFeature_featureId_idx" ON "UserFeature"("featureId");

-- CreateIndex
CREATE UNIQUE INDEX "Metadata_number_key" ON "Metadata"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Metadata_maintainerId_provider_key_key" ON "Metadata"("maintainerId", "provider", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Metadata_organizationId_provider_key_key" ON "Metadata"("organizationId", "provider", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Metadata_projectId_provider_key_key" ON "Metadata"("projectId", "provider", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Metadata_userId_provider_key_key" ON "Metadata"("userId", "provider", "key");

-- CreateIndex
CREATE UNIQUE INDEX "StorageToken_number_key" ON "StorageToken"("number");

-- CreateIndex
CREATE UNIQUE INDEX "StorageToken_tokenDigest_key" ON "StorageToken"("tokenDigest");

-- CreateIndex
CREATE INDEX "StorageToken_projectId_idx" ON "StorageToken"("projectId");

-- CreateIndex
CREATE INDEX "Job_status_runAt_idx" ON "Job"("status", "runAt");

-- CreateIndex
CREATE UNIQUE INDEX "JobAttempt_jobId_number_key" ON "JobAttempt"("jobId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_number_key" ON "Organization"("number");

-- CreateIndex
CREATE INDEX "Organization_maintainerId_idx" ON "Organization"("maintainerId");

-- CreateIndex
CREATE UNIQUE INDEX "Project_number_key" ON "Project"("number");

-- CreateIndex
CREATE UNIQUE INDEX "User_number_key" ON "User"("number");

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_maintainerId_fkey" FOREIGN KEY ("maintainerId") REFERENCES "Maintainer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The templates every installation starts with; `production` is the default of every project, existing ones included.
INSERT INTO "ProjectTemplate" ("id", "name", "description", "expirationDays", "defaultBackend") VALUES
    ('production', 'Production', 'A project without an expiry date.', NULL, 'snowflake'),
    ('poc15Days', 'Proof of concept (15 days)', 'A trial project, deleted 15 days after it was created.', 15, 'snowflake');

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "ProjectTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintainerMember" ADD CONSTRAINT "MaintainerMember_maintainerId_fkey" FOREIGN KEY ("maintainerId") REFERENCES "Maintainer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaintainerMember" ADD CONSTRAINT "MaintainerMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_maintainerId_fkey" FOREIGN KEY ("maintainerId") REFERENCES "Maintainer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectFeature" ADD CONSTRAINT "ProjectFeature_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectFeature" ADD CONSTRAINT "ProjectFeature_featureId_fkey" FOREIGN KEY ("featureId") REFERENCES "Feature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserFeature" ADD CONSTRAINT "UserFeature_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserFeature" ADD CONSTRAINT "UserFeature_featureId_fkey" FOREIGN KEY ("featureId") REFERENCES "Feature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemplateFeature" ADD CONSTRAINT "TemplateFeature_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "ProjectTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemplateFeature" ADD CONSTRAINT "TemplateFeature_featureId_fkey" FOREIGN KEY ("featureId") REFERENCES "Feature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectLimit" ADD CONSTRAINT "ProjectLimit_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Metadata" ADD CONSTRAINT "Metadata_maintainerId_fkey" FOREIGN KEY ("maintainerId") REFERENCES "Maintainer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Metadata" ADD CONSTRAINT "Metadata_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Metadata" ADD CONSTRAINT "Metadata_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Metadata" ADD CONSTRAINT "Metadata_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StorageToken" ADD CONSTRAINT "StorageToken_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StorageToken" ADD CONSTRAINT "StorageToken_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobAttempt" ADD CONSTRAINT "JobAttempt_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;
