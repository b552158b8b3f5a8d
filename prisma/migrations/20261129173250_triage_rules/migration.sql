-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "tags" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "PriorityMatrixCell" (
    "urgency" "Urgency" NOT NULL,
    "impact" "Impact" NOT NULL,
    "priority" "Priority" NOT NULL,

    CONSTRAINT "PriorityMatrixCell_pkey" PRIMARY KEY ("urgency","impact")
);

-- CreateTable
CREATE TABLE "TriageRule" (
    "id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "conditions" JSONB NOT NULL,
    "actions" JSONB NOT NULL,
    "createdById" UUID,
    "updatedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TriageRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TriageRule_position_key" ON "TriageRule"("position");
