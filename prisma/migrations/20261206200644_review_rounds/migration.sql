-- DropIndex
DROP INDEX "Review_cardId_version_reviewerId_decision_key";

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "round" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE UNIQUE INDEX "Review_cardId_version_round_reviewerId_decision_key" ON "Review"("cardId", "version", "round", "reviewerId", "decision");
