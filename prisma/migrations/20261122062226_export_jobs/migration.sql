-- CreateEnum
CREATE TYPE "ExportJobStatus" AS ENUM ('InProgress', 'Completed', 'Failed');

-- CreateTable
CREATE TABLE "ExportJob" (
    "id" TEXT NOT NULL,
    "jobName" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "cardName" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "status" "ExportJobStatus" NOT NULL DEFAULT 'InProgress',
    "failureReason" TEXT,
    "outputPath" TEXT,
    "pdf" BYTEA,
    "pdfSha256" TEXT,
    "pdfSize" INTEGER,
    "requestedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimToken" TEXT,
    "claimedBy" TEXT,
    "claimedAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "ExportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExportJob_status_createdAt_idx" ON "ExportJob"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ExportJob_createdAt_id_idx" ON "ExportJob"("createdAt", "id");

-- CreateIndex
CREATE INDEX "ExportJob_cardId_createdAt_id_idx" ON "ExportJob"("cardId", "createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ExportJob_cardId_jobName_key" ON "ExportJob"("cardId", "jobName");

-- AddForeignKey
ALTER TABLE "ExportJob" ADD CONSTRAINT "ExportJob_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "ModelCard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportJob" ADD CONSTRAINT "ExportJob_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
