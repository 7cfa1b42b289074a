-- CreateEnum
CREATE TYPE "ComponentType" AS ENUM ('EXTRACTOR', 'WRITER', 'APPLICATION', 'TRANSFORMATION', 'OTHER');

-- AlterTable
ALTER TABLE "Metadata" ADD COLUMN     "configurationId" TEXT;

-- CreateTable
CREATE TABLE "Component" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "type" "ComponentType" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "flags" TEXT[],
    "documentationUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Component_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComponentRelease" (
    "id" TEXT NOT NULL,
    "componentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "version" TEXT NOT NULL,
    "configurationSchema" JSONB NOT NULL DEFAULT '{}',
    "rowConfigurationSchema" JSONB NOT NULL DEFAULT '{}',
    "releaseNotes" TEXT NOT NULL DEFAULT '',
    "releasedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComponentRelease_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Configuration" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "organizationId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "componentId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "configuration" JSON NOT NULL DEFAULT '{}',
    "state" JSON NOT NULL DEFAULT '{}',
    "isDisabled" BOOLEAN NOT NULL DEFAULT false,
    "releaseId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "rowsSortOrder" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Configuration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConfigurationRow" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "organizationId" TEXT NOT NULL,
    "configurationId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "configuration" JSON NOT NULL DEFAULT '{}',
    "state" JSON NOT NULL DEFAULT '{}',
    "isDisabled" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "ConfigurationRow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConfigurationVersion" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "configurationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "configuration" JSON NOT NULL,
    "isDisabled" BOOLEAN NOT NULL,
    "releaseId" TEXT,
    "isDeleted" BOOLEAN NOT NULL DEFAULT false,
    "rows" JSONB NOT NULL DEFAULT '[]',
    "rowsSortOrder" TEXT[],
    "changeDescription" TEXT NOT NULL DEFAULT '',
    "createdByKind" "ActorKind" NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConfigurationVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConfigurationRowVersion" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "rowId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "configuration" JSON NOT NULL,
    "isDisabled" BOOLEAN NOT NULL,
    "changeDescription" TEXT NOT NULL DEFAULT '',
    "createdByKind" "ActorKind" NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConfigurationRowVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Component_slug_key" ON "Component"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ComponentRelease_componentId_number_key" ON "ComponentRelease"("componentId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ComponentRelease_componentId_version_key" ON "ComponentRelease"("componentId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Configuration_number_key" ON "Configuration"("number");

-- CreateIndex
CREATE INDEX "Configuration_organizationId_idx" ON "Configuration"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Configuration_projectId_componentId_key_key" ON "Configuration"("projectId", "componentId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "ConfigurationRow_number_key" ON "ConfigurationRow"("number");

-- CreateIndex
CREATE UNIQUE INDEX "ConfigurationRow_configurationId_key_key" ON "ConfigurationRow"("configurationId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "ConfigurationVersion_configurationId_version_key" ON "ConfigurationVersion"("configurationId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ConfigurationRowVersion_rowId_version_key" ON "ConfigurationRowVersion"("rowId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Metadata_configurationId_provider_key_key" ON "Metadata"("configurationId", "provider", "key");

-- AddForeignKey
ALTER TABLE "Metadata" ADD CONSTRAINT "Metadata_configurationId_fkey" FOREIGN KEY ("configurationId") REFERENCES "Configuration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComponentRelease" ADD CONSTRAINT "ComponentRelease_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Configuration" ADD CONSTRAINT "Configuration_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Configuration" ADD CONSTRAINT "Configuration_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Configuration" ADD CONSTRAINT "Configuration_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "Component"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Configuration" ADD CONSTRAINT "Configuration_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "ComponentRelease"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConfigurationRow" ADD CONSTRAINT "ConfigurationRow_configurationId_fkey" FOREIGN KEY ("configurationId") REFERENCES "Configuration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConfigurationVersion" ADD CONSTRAINT "ConfigurationVersion_configurationId_fkey" FOREIGN KEY ("configurationId") REFERENCES "Configuration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConfigurationRowVersion" ADD CONSTRAINT "ConfigurationRowVersion_rowId_fkey" FOREIGN KEY ("rowId") REFERENCES "ConfigurationRow"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Versions and releases are history: nothing may rewrite one (a rollback writes a new version).
-- Only the organization a version counts in follows its project when the project is transferred.
CREATE FUNCTION "refuse_update_of_history"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (to_jsonb(NEW) - 'organizationId') IS DISTINCT FROM (to_jsonb(OLD) - 'organizationId') THEN
    RAISE EXCEPTION '% rows are immutable', TG_TABLE_NAME;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "ConfigurationVersion_immutable" BEFORE UPDATE ON "ConfigurationVersion" FOR EACH ROW EXECUTE FUNCTION "refuse_update_of_history"();
CREATE TRIGGER "ConfigurationRowVersion_immutable" BEFORE UPDATE ON "ConfigurationRowVersion" FOR EACH ROW EXECUTE FUNCTION "refuse_update_of_history"();
CREATE TRIGGER "ComponentRelease_immutable" BEFORE UPDATE ON "ComponentRelease" FOR EACH ROW EXECUTE FUNCTION "refuse_update_of_history"();
