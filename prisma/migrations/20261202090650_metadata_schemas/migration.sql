-- CreateTable
CREATE TABLE "MetadataSchema" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "relatedObject" TEXT NOT NULL,
    "allowDefinedOnly" BOOLEAN NOT NULL DEFAULT false,
    "properties" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3),

    CONSTRAINT "MetadataSchema_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomEventSchema" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "properties" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3),

    CONSTRAINT "CustomEventSchema_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MetadataSchema_projectId_relatedObject_key" ON "MetadataSchema"("projectId", "relatedObject");

-- CreateIndex
CREATE UNIQUE INDEX "CustomEventSchema_projectId_name_key" ON "CustomEventSchema"("projectId", "name");

-- AddForeignKey
ALTER TABLE "MetadataSchema" ADD CONSTRAINT "MetadataSchema_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomEventSchema" ADD CONSTRAINT "CustomEventSchema_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
