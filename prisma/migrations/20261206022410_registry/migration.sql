-- The model registry: package groups, package versions with their approval records, models, training-job records,
-- tags on their ARNs; and each model package version documented by at most one card.

-- Each package version has at most one card. Say which cards share one before the unique index refuses them.
DO $$
DECLARE duplicates text;
BEGIN
  SELECT string_agg(format('%s (cards %s)', "modelPackageArn", names), '; ') INTO duplicates
  FROM (SELECT "modelPackageArn", string_agg("name", ', ' ORDER BY "name") AS names FROM "ModelCard"
        WHERE "modelPackageArn" IS NOT NULL GROUP BY "modelPackageArn" HAVING count(*) > 1) AS shared;
  IF duplicates IS NOT NULL THEN
    RAISE EXCEPTION 'each model package version may have one model card; these are documented by several: %. Remove model_package_details from all but one card of each and migrate again.', duplicates;
  END IF;
END
$$;

-- CreateEnum
CREATE TYPE "ModelApprovalStatus" AS ENUM ('PendingManualApproval', 'Approved', 'Rejected');

-- AlterTable
ALTER TABLE "ModelCard" ADD COLUMN     "packageCard" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ModelPackageGroup" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "latestVersion" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelPackageGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelPackage" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "groupName" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "description" TEXT,
    "approvalStatus" "ModelApprovalStatus" NOT NULL DEFAULT 'PendingManualApproval',
    "approvalDescription" TEXT,
    "packageStatus" TEXT NOT NULL DEFAULT 'Completed',
    "registrationType" TEXT,
    "domain" TEXT,
    "task" TEXT,
    "samplePayloadUrl" TEXT,
    "sourceUri" TEXT,
    "certifyForMarketplace" BOOLEAN,
    "skipModelValidation" TEXT,
    "lifecycleStage" TEXT,
    "lifecycleStageStatus" TEXT,
    "lifecycleStageDescription" TEXT,
    "inferenceSpecification" JSONB,
    "sourceAlgorithmSpecification" JSONB,
    "validationSpecification" JSONB,
    "modelMetrics" JSONB,
    "metadataProperties" JSONB,
    "customerMetadataProperties" JSONB,
    "driftCheckBaselines" JSONB,
    "additionalInferenceSpecifications" JSONB,
    "modelDataUrl" TEXT,
    "clientToken" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelPackage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelPackageApproval" (
    "id" TEXT NOT NULL,
    "packageId" TEXT NOT NULL,
    "fromStatus" "ModelApprovalStatus",
    "toStatus" "ModelApprovalStatus" NOT NULL,
    "description" TEXT,
    "actorId" TEXT NOT NULL,
    "cardId" TEXT,
    "cardName" TEXT,
    "cardVersion" INTEGER,
    "cardContentHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelPackageApproval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegisteredModel" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameLower" TEXT NOT NULL,
    "executionRoleArn" TEXT,
    "primaryContainer" JSONB,
    "containers" JSONB,
    "inferenceExecutionConfig" JSONB,
    "vpcConfig" JSONB,
    "enableNetworkIsolation" BOOLEAN,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegisteredModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingJobRecord" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameLower" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "parsed" JSONB NOT NULL,
    "contentHash" TEXT NOT NULL,
    "sourceArn" TEXT,
    "s3ModelArtifacts" TEXT,
    "trainingImage" TEXT,
    "creationTime" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingJobRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistryTag" (
    "resourceType" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "RegistryTag_pkey" PRIMARY KEY ("resourceType","resourceId","key")
);

-- CreateIndex
CREATE UNIQUE INDEX "ModelPackageGroup_name_key" ON "ModelPackageGroup"("name");

-- CreateIndex
CREATE INDEX "ModelPackageGroup_createdAt_id_idx" ON "ModelPackageGroup"("createdAt", "id");

-- CreateIndex
CREATE INDEX "ModelPackage_modelDataUrl_idx" ON "ModelPackage"("modelDataUrl");

-- CreateIndex
CREATE INDEX "ModelPackage_createdAt_id_idx" ON "ModelPackage"("createdAt", "id");

-- CreateIndex
CREATE INDEX "ModelPackage_approvalStatus_createdAt_id_idx" ON "ModelPackage"("approvalStatus", "createdAt", "id");

-- CreateIndex
CREATE INDEX "ModelPackage_groupName_version_idx" ON "ModelPackage"("groupName", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ModelPackage_groupId_version_key" ON "ModelPackage"("groupId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ModelPackage_groupId_clientToken_key" ON "ModelPackage"("groupId", "clientToken");

-- CreateIndex
CREATE INDEX "ModelPackageApproval_packageId_createdAt_idx" ON "ModelPackageApproval"("packageId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RegisteredModel_name_key" ON "RegisteredModel"("name");

-- CreateIndex
CREATE UNIQUE INDEX "RegisteredModel_nameLower_key" ON "RegisteredModel"("nameLower");

-- CreateIndex
CREATE INDEX "RegisteredModel_createdAt_id_idx" ON "RegisteredModel"("createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingJobRecord_name_key" ON "TrainingJobRecord"("name");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingJobRecord_nameLower_key" ON "TrainingJobRecord"("nameLower");

-- CreateIndex
CREATE INDEX "TrainingJobRecord_s3ModelArtifacts_idx" ON "TrainingJobRecord"("s3ModelArtifacts");

-- CreateIndex
CREATE INDEX "TrainingJobRecord_creationTime_id_idx" ON "TrainingJobRecord"("creationTime", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ModelCard_modelPackageArn_key" ON "ModelCard"("modelPackageArn");

-- AddForeignKey
ALTER TABLE "ModelPackageGroup" ADD CONSTRAINT "ModelPackageGroup_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelPackage" ADD CONSTRAINT "ModelPackage_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ModelPackageGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelPackage" ADD CONSTRAINT "ModelPackage_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelPackage" ADD CONSTRAINT "ModelPackage_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelPackageApproval" ADD CONSTRAINT "ModelPackageApproval_packageId_fkey" FOREIGN KEY ("packageId") REFERENCES "ModelPackage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelPackageApproval" ADD CONSTRAINT "ModelPackageApproval_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegisteredModel" ADD CONSTRAINT "RegisteredModel_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingJobRecord" ADD CONSTRAINT "TrainingJobRecord_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A group's name and a package's place in its group never change, whoever writes the UPDATE.
CREATE FUNCTION "cardinal_refuse_registry_rename"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% names never change: % cannot become %', TG_TABLE_NAME, OLD."name", NEW."name"
    USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER "ModelPackageGroup_name_immutable" BEFORE UPDATE OF "name" ON "ModelPackageGroup"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION "cardinal_refuse_registry_rename"();

CREATE FUNCTION "cardinal_refuse_package_move"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a model package version never moves: %/% cannot become %/%', OLD."groupName", OLD."version", NEW."groupName", NEW."version"
    USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER "ModelPackage_identity_immutable" BEFORE UPDATE OF "groupId", "groupName", "version" ON "ModelPackage"
  FOR EACH ROW WHEN (OLD."groupId" IS DISTINCT FROM NEW."groupId" OR OLD."groupName" IS DISTINCT FROM NEW."groupName" OR OLD."version" IS DISTINCT FROM NEW."version")
  EXECUTE FUNCTION "cardinal_refuse_package_move"();

-- Approval records are append-only. They leave only with their package, when the deleting transaction names it
-- in the transaction-local setting cardinal.deleting_package (the audit trail keeps them).
CREATE FUNCTION "cardinal_refuse_approval_rewrite"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION 'ModelPackageApproval rows are immutable: approval record % of package % cannot be changed', OLD."id", OLD."packageId"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF current_setting('cardinal.deleting_package', true) IS DISTINCT FROM OLD."packageId" THEN
    RAISE EXCEPTION 'ModelPackageApproval rows cannot be deleted one by one: record % of package % is kept until the package is deleted', OLD."id", OLD."packageId"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN OLD;
END
$$;

CREATE TRIGGER "ModelPackageApproval_append_only" BEFORE UPDATE OR DELETE ON "ModelPackageApproval"
  FOR EACH ROW EXECUTE FUNCTION "cardinal_refuse_approval_rewrite"();

-- A package's embedded card documents that package for good: its content has no model_package_details to say so,
-- so no save may drop or move the link.
CREATE FUNCTION "cardinal_refuse_package_card_relink"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'model card % is the embedded card of model package %: its link cannot change', OLD."name", OLD."modelPackageArn"
    USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER "ModelCard_package_card_link_immutable" BEFORE UPDATE OF "modelPackageArn", "packageCard" ON "ModelCard"
  FOR EACH ROW WHEN (OLD."packageCard" AND (NEW."modelPackageArn" IS DISTINCT FROM OLD."modelPackageArn" OR NOT NEW."packageCard"))
  EXECUTE FUNCTION "cardinal_refuse_package_card_relink"();
