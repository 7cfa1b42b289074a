-- CreateIndex
CREATE INDEX "Configuration_componentId_idx" ON "Configuration"("componentId");

-- CreateIndex
CREATE INDEX "Configuration_releaseId_idx" ON "Configuration"("releaseId");

-- CreateIndex
CREATE INDEX "Invitation_invitedById_idx" ON "Invitation"("invitedById");

-- CreateIndex
CREATE INDEX "Project_templateId_idx" ON "Project"("templateId");

-- CreateIndex
CREATE INDEX "StorageToken_organizationId_idx" ON "StorageToken"("organizationId");

-- CreateIndex
CREATE INDEX "TemplateFeature_featureId_idx" ON "TemplateFeature"("featureId");
