-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "costLimit" INTEGER,
ADD COLUMN     "requestLimit" INTEGER;

-- CreateTable
CREATE TABLE "ApiUsage" (
    "credentialId" TEXT NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "organizationId" TEXT,
    "requests" INTEGER NOT NULL DEFAULT 0,
    "cost" INTEGER NOT NULL DEFAULT 0,
    "throttled" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ApiUsage_pkey" PRIMARY KEY ("credentialId","hour")
);

-- CreateIndex
CREATE INDEX "ApiUsage_organizationId_hour_idx" ON "ApiUsage"("organizationId", "hour");

-- AddForeignKey
ALTER TABLE "ApiUsage" ADD CONSTRAINT "ApiUsage_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
