import type { Actor } from "@/domain/authz/actor";
import type { TRole } from "@/domain/authz/roles";
import { env } from "@/env";
import { triage, type TMode, type TriageDecision, type TriageInput } from "@/domain/triage/triage";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { locationPath } from "@/features/locations/queries";
import { loadTriageConfig, type TriageConfig } from "@/features/triage/config";
import type { TFileTicket } from "../schemas";

type TeamRef = { id: string; name: string };

export type IntakeContext = {
  requesterId: string;
  /** Triage rules may match on the role of the person with the problem (not the one typing). */
  requesterRole: TRole;
  category: { id: string; name: string; clinicalCritical: boolean; defaultMode: TMode; defaultTeam: TeamRef | null };
  location: { id: string; name: string; criticalCare: boolean };
  campusOnsiteTeam: TeamRef | null;
  /** The ticket's location and every place above it, for rules that name a unit, floor or campus. */
  locationPathIds: string[];
  triageConfig: TriageConfig;
};

const invalid = (field: string, message: string) => new AppError("INVALID", undefined, { [field]: [message] });

/** Everything triage needs, loaded and checked; a bad reference is a field error, not a crash. */
export async function loadIntakeContext(actor: Actor, input: TFileTicket): Promise<IntakeContext> {
  const [requester, category, locationId, triageConfig] = await Promise.all([
    resolveRequester(actor, input.requesterEmail),
    db.category.findFirst({
      where: { id: input.categoryId, active: true },
      select: { id: true, name: true, clinicalCritical: true, defaultMode: true, defaultTeam: { select: { id: true, name: true, mode: true, campusId: true } } },
    }),
    resolveLocationId(input),
    loadTriageConfig(),
  ]);
  if (!category) throw invalid("categoryId", "Choose what the problem is about from the list.");
  const path = await locationPath(locationId);
  const location = path.at(-1);
  if (!location) throw invalid("locationId", "Choose where the problem is from the list.");
  const campus = path.find((step) => step.kind === "CAMPUS") ?? null;
  const team = category.defaultTeam;
  // A specialist on-site team at this campus (e.g. Biomedical Engineering) keeps its work; otherwise the
  // campus's own on-site team takes hands-on work.
  const specialistHere = team && team.mode === "ONSITE" && campus && team.campusId === campus.id;
  const campusOnsiteTeam = specialistHere ? { id: team.id, name: team.name } : campus ? await campusDefaultTeam(campus.id) : null;
  return {
    requesterId: requester.id,
    requesterRole: requester.role,
    category: { ...category, defaultTeam: team ? { id: team.id, name: team.name } : null },
    // Named by its unit ("Intensive Care Unit", not "Room 301") in explanations; a room inherits its unit's care level.
    location: {
      id: location.id,
      name: (path.find((step) => step.kind === "UNIT") ?? location).name,
      criticalCare: path.some((step) => step.criticalCare),
    },
    campusOnsiteTeam,
    locationPathIds: path.map((step) => step.id),
    triageConfig,
  };
}

async function resolveRequester(actor: Actor, requesterEmail: string | undefined): Promise<{ id: string; role: TRole }> {
  if (!requesterEmail || requesterEmail === actor.email) return { id: actor.userId, role: actor.role };
  assertCan(actor, "ticket:create:on-behalf");
  const requester = await db.user.findFirst({ where: { email: requesterEmail, disabledAt: null, isService: false }, select: { id: true, role: true } });
  if (!requester) throw invalid("requesterEmail", "No WardDesk account has that email. Check the spelling or file it under your own name.");
  return requester;
}

// A registered asset knows where it is: its location wins over whatever the form says.
async function resolveLocationId(input: TFileTicket): Promise<string> {
  if (input.assetTag) {
    const asset = await db.asset.findFirst({ where: { tag: input.assetTag, active: true }, select: { locationId: true } });
    if (asset) return asset.locationId;
  }
  const location = await db.location.findFirst({ where: { id: input.locationId, active: true }, select: { id: true } });
  if (!location) throw invalid("locationId", "Choose where the problem is from the list.");
  return location.id;
}

async function campusDefaultTeam(campusId: string): Promise<TeamRef | null> {
  return db.team.findFirst({ where: { campusId, mode: "ONSITE", campusDefault: true, active: true }, select: { id: true, name: true } });
}

type Answers = Pick<TriageInput, "impact" | "urgency" | "patientSafety"> & { summary: string };

/**
 * The matrix and rules as the admins left them, applied to a ticket: used by filing and by the admins'
 * "Try it" preview, so both decide alike. Rules see the summary as stored (already redacted).
 */
export function decideTriage(context: IntakeContext, answers: Answers, now: Date): TriageDecision {
  const { category, location, campusOnsiteTeam, triageConfig } = context;
  const { impact, urgency, patientSafety, summary } = answers;
  const facts = { categoryId: category.id, locationPathIds: context.locationPathIds, summary, impact, urgency, requesterRole: context.requesterRole };
  return triage({ impact, urgency, patientSafety, category, location, campusOnsiteTeam }, triageConfig.matrix, {
    rules: triageConfig.rules,
    facts,
    context: { now, timeZone: env().HOSPITAL_TIME_ZONE },
  });
}
