-- CreateEnum
CREATE TYPE "DiscountCalculationMode" AS ENUM ('INITIAL_AMOUNT', 'DISCOUNTED_AMOUNT');

-- CreateEnum
CREATE TYPE "RedeemablesApplicationMode" AS ENUM ('ALL', 'PARTIAL');

-- CreateEnum
CREATE TYPE "RedeemablesSortingRule" AS ENUM ('CATEGORY_HIERARCHY', 'REQUESTED_ORDER');

-- CreateEnum
CREATE TYPE "RedeemablesProductsApplicationMode" AS ENUM ('STACK', 'ONCE');

-- CreateEnum
CREATE TYPE "RedeemablesNoEffectRule" AS ENUM ('REDEEM_ANYWAY', 'SKIP');

-- CreateEnum
CREATE TYPE "RedeemablesRollbackOrderMode" AS ENUM ('WITH_ORDER', 'WITHOUT_ORDER');

-- CreateEnum
CREATE TYPE "CampaignType" AS ENUM ('DISCOUNT_COUPONS', 'GIFT_VOUCHERS');

-- CreateTable
CREATE TABLE "StackingRules" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "exclusiveCategories" TEXT[],
    "jointCategories" TEXT[],
    "redeemablesLimit" INTEGER NOT NULL,
    "applicableRedeemablesLimit" INTEGER NOT NULL,
    "applicableRedeemablesPerCategoryLimit" INTEGER,
    "applicableRedeemablesCategoryLimits" JSONB NOT NULL DEFAULT '[]',
    "applicableExclusiveRedeemablesLimit" INTEGER NOT NULL,
    "applicableExclusiveRedeemablesPerCategoryLimit" INTEGER,
    "discountCalculationMode" "DiscountCalculationMode" NOT NULL,
    "initialAmountModeCategories" TEXT[],
    "discountedAmountModeCategories" TEXT[],
    "redeemablesApplicationMode" "RedeemablesApplicationMode" NOT NULL,
    "redeemablesSortingRule" "RedeemablesSortingRule" NOT NULL,
    "redeemablesProductsApplicationMode" "RedeemablesProductsApplicationMode" NOT NULL,
    "redeemablesNoEffectRule" "RedeemablesNoEffectRule" NOT NULL,
    "noEffectSkipCategories" TEXT[],
    "noEffectRedeemAnywayCategories" TEXT[],
    "redeemablesRollbackOrderMode" "RedeemablesRollbackOrderMode" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3),

    CONSTRAINT "StackingRules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Brand" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "privacyPolicyUrl" TEXT,
    "termsOfUseUrl" TEXT,
    "permissionReminder" TEXT NOT NULL,
    "websiteUrl" TEXT,
    "street" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "postal" TEXT,
    "state" TEXT,
    "country" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3),

    CONSTRAINT "Brand_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignTemplate" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "campaignType" "CampaignType" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3),

    CONSTRAINT "CampaignTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StackingRules_projectId_key" ON "StackingRules"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "Brand_projectId_key" ON "Brand"("projectId");

-- CreateIndex
CREATE INDEX "CampaignTemplate_projectId_createdAt_idx" ON "CampaignTemplate"("projectId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CampaignTemplate_projectId_name_key" ON "CampaignTemplate"("projectId", "name");

-- AddForeignKey
ALTER TABLE "StackingRules" ADD CONSTRAINT "StackingRules_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Brand" ADD CONSTRAINT "Brand_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignTemplate" ADD CONSTRAINT "CampaignTemplate_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
