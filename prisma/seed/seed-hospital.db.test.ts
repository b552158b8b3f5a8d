import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { verifyPassword } from "@/server/password";
import { seedHospital } from "./seed-hospital";

const now = new Date("2026-11-29T03:00:00Z");

async function tableCounts() {
  const [locations, teams, categories, users, members, sessions, tickets, shifts, onCall] = await Promise.all([
    db.location.count(),
    db.team.count(),
    db.category.count(),
    db.user.count(),
    db.teamMember.count(),
    db.session.count(),
    db.ticket.count(),
    db.teamShift.count(),
    db.onCallAssignment.count(),
  ]);
  return { locations, teams, categories, users, members, sessions, tickets, shifts, onCall };
}

describe("seedHospital", () => {
  it("is harmless to run twice: same rows, one audit entry per run, passwords untouched", async () => {
    await seedHospital(db, { password: "first-password", now });
    const first = await tableCounts();
    const hashBefore = await db.user.findUniqueOrThrow({ where: { email: "clinician@demo.hospital" }, select: { passwordHash: true } });
    await seedHospital(db, { password: "second-password", now });
    expect(await tableCounts()).toEqual(first);
    expect(await db.auditLog.count({ where: { action: "seed.applied" } })).toBe(2);
    const hashAfter = await db.user.findUniqueOrThrow({ where: { email: "clinician@demo.hospital" }, select: { passwordHash: true } });
    expect(hashAfter.passwordHash).toBe(hashBefore.passwordHash);
    expect(await verifyPassword(hashAfter.passwordHash!, "first-password")).toBe(true);
  });

  it("builds the demo hospital the issue describes", async () => {
    await seedHospital(db, { password: "demo-password", now });
    const counts = await tableCounts();
    expect(await db.location.count({ where: { kind: "CAMPUS" } })).toBe(2);
    expect(await db.location.count({ where: { kind: "UNIT" } })).toBeGreaterThanOrEqual(18);
    expect(counts.categories).toBeGreaterThanOrEqual(25);
    expect(counts.tickets).toBe(0);
    const roles = await db.user.findMany({ where: { email: { endsWith: "@demo.hospital" } }, select: { email: true, role: true } });
    expect(roles).toEqual(
      expect.arrayContaining([
        { email: "clinician@demo.hospital", role: "CLINICIAN" },
        { email: "nurse2@demo.hospital", role: "CLINICIAN" },
        { email: "onsite@demo.hospital", role: "ONSITE_TECH" },
        { email: "remote@demo.hospital", role: "REMOTE_AGENT" },
        { email: "manager@demo.hospital", role: "MANAGER" },
        { email: "admin@demo.hospital", role: "ADMIN" },
      ]),
    );
    const ed = await db.location.findFirstOrThrow({ where: { kind: "UNIT", name: { contains: "Emergency" } } });
    expect(ed.criticalCare).toBe(true);
    // Every category routes somewhere, and every campus has an on-site team to route hands-on work to.
    expect(await db.category.count({ where: { defaultTeamId: null, parentId: { not: null } } })).toBe(0);
    const campuses = await db.location.findMany({ where: { kind: "CAMPUS" }, select: { teams: { where: { mode: "ONSITE" } } } });
    for (const campus of campuses) expect(campus.teams.length).toBeGreaterThan(0);
  });

  it("seeds a rota of team members and an on-call person for every team with one, now and for two weeks", async () => {
    await seedHospital(db, { password: "demo-password", now });
    const shifts = await db.teamShift.findMany({ select: { teamId: true, user: { select: { teamMemberships: { select: { teamId: true } } } } } });
    expect(shifts.length).toBeGreaterThan(0);
    // Auto-assignment only considers members, so a shift for a non-member would be silently useless.
    for (const shift of shifts) expect(shift.user.teamMemberships.map((m) => m.teamId)).toContain(shift.teamId);
    const teamsWithRota = new Set(shifts.map((shift) => shift.teamId));
    for (const at of [now, new Date(now.getTime() + 13 * 24 * 3_600_000)]) {
      const covering = await db.onCallAssignment.findMany({ where: { startsAt: { lte: at }, endsAt: { gt: at } }, select: { teamId: true } });
      expect(new Set(covering.map((block) => block.teamId))).toEqual(teamsWithRota);
    }
  });
});
