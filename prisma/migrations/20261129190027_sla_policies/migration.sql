-- CreateEnum
CREATE TYPE "CalendarKind" AS ENUM ('ALWAYS', 'BUSINESS_HOURS');

-- CreateEnum
CREATE TYPE "SlaTarget" AS ENUM ('RESPONSE', 'RESOLUTION');

-- CreateEnum
CREATE TYPE "SlaEventKind" AS ENUM ('STARTED', 'TARGETS_SET', 'PAUSED', 'RESUMED', 'STOPPED', 'WARNED_50', 'WARNED_75', 'BREACHED', 'MET');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'SLA_WARNING';
ALTER TYPE "NotificationKind" ADD VALUE 'SLA_BREACHED';

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "escalatedAt" TIMESTAMPTZ(3),
ADD COLUMN     "resolutionCalendarId" UUID,
ADD COLUMN     "resolutionTargetMinutes" INTEGER,
ADD COLUMN     "responseCalendarId" UUID,
ADD COLUMN     "responseTargetMinutes" INTEGER,
ADD COLUMN     "slaPausedAt" TIMESTAMPTZ(3),
ADD COLUMN     "slaPolicyId" UUID;

-- CreateTable
CREATE TABLE "SlaCalendar" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CalendarKind" NOT NULL,
    "timeZone" TEXT NOT NULL,
    "hours" JSONB NOT NULL DEFAULT '[]',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SlaCalendar_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlaHoliday" (
    "id" UUID NOT NULL,
    "calendarId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "SlaHoliday_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlaPolicy" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "priority" "Priority" NOT NULL,
    "categoryId" UUID,
    "teamId" UUID,
    "responseMinutes" INTEGER NOT NULL,
    "responseCalendarId" UUID NOT NULL,
    "resolutionMinutes" INTEGER NOT NULL,
    "resolutionCalendarId" UUID NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SlaPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlaSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "pauseStatuses" "TicketStatus"[] DEFAULT ARRAY['WAITING_ON_CLINICIAN', 'WAITING_ON_VENDOR']::"TicketStatus"[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SlaSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlaEvent" (
    "id" BIGSERIAL NOT NULL,
    "ticketId" UUID NOT NULL,
    "kind" "SlaEventKind" NOT NULL,
    "target" "SlaTarget",
    "at" TIMESTAMPTZ(3) NOT NULL,
    "dueAt" TIMESTAMPTZ(3),
    "elapsedMinutes" INTEGER,
    "dedupeKey" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "SlaEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SlaCalendar_name_key" ON "SlaCalendar"("name");

-- CreateIndex
CREATE UNIQUE INDEX "SlaHoliday_calendarId_date_key" ON "SlaHoliday"("calendarId", "date");

-- CreateIndex
CREATE INDEX "SlaPolicy_priority_active_idx" ON "SlaPolicy"("priority", "active");

-- CreateIndex
CREATE UNIQUE INDEX "SlaEvent_dedupeKey_key" ON "SlaEvent"("dedupeKey");

-- CreateIndex
CREATE INDEX "SlaEvent_ticketId_at_idx" ON "SlaEvent"("ticketId", "at");

-- CreateIndex
CREATE INDEX "SlaEvent_kind_at_idx" ON "SlaEvent"("kind", "at");

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_slaPolicyId_fkey" FOREIGN KEY ("slaPolicyId") REFERENCES "SlaPolicy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_responseCalendarId_fkey" FOREIGN KEY ("responseCalendarId") REFERENCES "SlaCalendar"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_resolutionCalendarId_fkey" FOREIGN KEY ("resolutionCalendarId") REFERENCES "SlaCalendar"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlaHoliday" ADD CONSTRAINT "SlaHoliday_calendarId_fkey" FOREIGN KEY ("calendarId") REFERENCES "SlaCalendar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlaPolicy" ADD CONSTRAINT "SlaPolicy_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlaPolicy" ADD CONSTRAINT "SlaPolicy_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlaPolicy" ADD CONSTRAINT "SlaPolicy_responseCalendarId_fkey" FOREIGN KEY ("responseCalendarId") REFERENCES "SlaCalendar"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlaPolicy" ADD CONSTRAINT "SlaPolicy_resolutionCalendarId_fkey" FOREIGN KEY ("resolutionCalendarId") REFERENCES "SlaCalendar"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlaEvent" ADD CONSTRAINT "SlaEvent_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;
