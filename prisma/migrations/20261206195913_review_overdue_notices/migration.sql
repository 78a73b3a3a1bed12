-- CreateTable
CREATE TABLE "ReviewOverdueNotice" (
    "cardId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "eventId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewOverdueNotice_pkey" PRIMARY KEY ("cardId","version","dueAt")
);
