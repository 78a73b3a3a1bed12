-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'author', 'reviewer', 'auditor');

-- CreateEnum
CREATE TYPE "CardStatus" AS ENUM ('Draft', 'PendingReview', 'Approved', 'Archived');

-- CreateEnum
CREATE TYPE "RiskRating" AS ENUM ('High', 'Medium', 'Low', 'Unknown');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('Approved', 'ChangesRequested');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "roles" "Role"[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lastFailedAt" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "oidcIssuer" TEXT,
    "oidcSubject" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "firstFailureAt" TIMESTAMP(3) NOT NULL,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ModelCard" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" "CardStatus" NOT NULL DEFAULT 'Draft',
    "latestVersion" INTEGER NOT NULL,
    "riskRating" "RiskRating" NOT NULL DEFAULT 'Unknown',
    "modelId" TEXT,
    "modelPackageArn" TEXT,
    "ownerId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "clonedFromName" TEXT,
    "clonedFromVersion" INTEGER,

    CONSTRAINT "ModelCard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelCardVersion" (
    "id" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelCardVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CardStatusChange" (
    "id" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "fromStatus" "CardStatus",
    "toStatus" "CardStatus" NOT NULL,
    "actorId" TEXT NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CardStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "decision" "ReviewDecision" NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "seq" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "targetName" TEXT,
    "cardVersion" INTEGER,
    "contentHash" TEXT,
    "details" TEXT NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_oidcIssuer_oidcSubject_key" ON "User"("oidcIssuer", "oidcSubject");

-- CreateIndex
CREATE UNIQUE INDEX "ModelCard_name_key" ON "ModelCard"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ModelCard_modelId_key" ON "ModelCard"("modelId");

-- CreateIndex
CREATE INDEX "ModelCard_status_idx" ON "ModelCard"("status");

-- CreateIndex
CREATE INDEX "ModelCard_riskRating_idx" ON "ModelCard"("riskRating");

-- CreateIndex
CREATE INDEX "ModelCard_ownerId_idx" ON "ModelCard"("ownerId");

-- CreateIndex
CREATE INDEX "ModelCard_createdAt_idx" ON "ModelCard"("createdAt");

-- CreateIndex
CREATE INDEX "ModelCard_updatedAt_idx" ON "ModelCard"("updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ModelCardVersion_cardId_version_key" ON "ModelCardVersion"("cardId", "version");

-- CreateIndex
CREATE INDEX "CardStatusChange_cardId_createdAt_idx" ON "CardStatusChange"("cardId", "createdAt");

-- CreateIndex
CREATE INDEX "Review_cardId_version_idx" ON "Review"("cardId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Review_cardId_version_reviewerId_decision_key" ON "Review"("cardId", "version", "reviewerId", "decision");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_targetType_targetId_idx" ON "AuditEvent"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "ModelCard" ADD CONSTRAINT "ModelCard_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelCard" ADD CONSTRAINT "ModelCard_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelCard" ADD CONSTRAINT "ModelCard_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelCardVersion" ADD CONSTRAINT "ModelCardVersion_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "ModelCard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelCardVersion" ADD CONSTRAINT "ModelCardVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardStatusChange" ADD CONSTRAINT "CardStatusChange_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "ModelCard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardStatusChange" ADD CONSTRAINT "CardStatusChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "ModelCard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
