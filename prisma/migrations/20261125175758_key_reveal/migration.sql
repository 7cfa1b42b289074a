-- AlterTable
ALTER TABLE "ManagementKey" ADD COLUMN     "revealCiphertext" TEXT,
ADD COLUMN     "revealUntil" TIMESTAMP(3);
