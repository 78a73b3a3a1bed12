-- AlterTable
ALTER TABLE "AccessKey" ADD COLUMN     "revokedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "LoginThrottle" DROP COLUMN "lockedUntil";

-- CreateTable
CREATE TABLE "RevokedSession" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RevokedSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditHead" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "count" BIGINT NOT NULL,
    "lastHash" TEXT NOT NULL,

    CONSTRAINT "AuditHead_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RevokedSession_expiresAt_idx" ON "RevokedSession"("expiresAt");

-- Throttle rows were keyed by email alone; the new keys are email + client address.
DELETE FROM "LoginThrottle";

-- One row, starting from the events already written.
ALTER TABLE "AuditHead" ADD CONSTRAINT "AuditHead_single_row" CHECK ("id" = 1);
INSERT INTO "AuditHead" ("id", "count", "lastHash")
SELECT 1, (SELECT count(*) FROM "AuditEvent"),
       COALESCE((SELECT "hash" FROM "AuditEvent" ORDER BY "seq" DESC LIMIT 1), repeat('0', 64));
