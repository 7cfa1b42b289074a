-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "allowUnsafeRevenueTracking" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Reference_organizationId_createdAt_idx" ON "Reference"("organizationId", "createdAt");

-- AddForeignKey
ALTER TABLE "Reference" ADD CONSTRAINT "Reference_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
