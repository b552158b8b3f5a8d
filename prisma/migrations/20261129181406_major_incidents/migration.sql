-- CreateEnum
CREATE TYPE "MajorIncidentStatus" AS ENUM ('OPEN', 'RESOLVED');

-- AlterEnum
ALTER TYPE "TicketEventType" ADD VALUE 'MAJOR_INCIDENT_LINKED';

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "majorIncidentId" UUID;

-- CreateTable
CREATE TABLE "MajorIncident" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "status" "MajorIncidentStatus" NOT NULL DEFAULT 'OPEN',
    "categoryId" UUID NOT NULL,
    "buildingId" UUID,
    "publicMessage" TEXT NOT NULL DEFAULT '',
    "declaredById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),

    CONSTRAINT "MajorIncident_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MajorIncident_status_categoryId_idx" ON "MajorIncident"("status", "categoryId");

-- CreateIndex
CREATE INDEX "Ticket_majorIncidentId_idx" ON "Ticket"("majorIncidentId");

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_majorIncidentId_fkey" FOREIGN KEY ("majorIncidentId") REFERENCES "MajorIncident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MajorIncident" ADD CONSTRAINT "MajorIncident_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MajorIncident" ADD CONSTRAINT "MajorIncident_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MajorIncident" ADD CONSTRAINT "MajorIncident_declaredById_fkey" FOREIGN KEY ("declaredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
