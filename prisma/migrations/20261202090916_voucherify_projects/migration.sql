-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "roleName" TEXT;

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "apiUsageNotifications" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "calloutNotifications" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "caseSensitiveCodes" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "clientSideAccess" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "clusterId" TEXT NOT NULL DEFAULT 'eu1',
ADD COLUMN     "codeCharset" TEXT,
ADD COLUMN     "currency" TEXT NOT NULL DEFAULT 'EUR',
ADD COLUMN     "dialCode" TEXT,
ADD COLUMN     "isSandbox" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "timezone" TEXT NOT NULL DEFAULT 'UTC',
ADD COLUMN     "webhookVersion" TEXT NOT NULL DEFAULT 'v2024-01-01';

-- AlterTable
ALTER TABLE "ProjectMember" ADD COLUMN     "roleName" TEXT;
