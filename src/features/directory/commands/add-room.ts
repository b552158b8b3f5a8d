import type { Actor } from "@/domain/authz/actor";
import { writeAudit } from "@/server/audit";
import { assertCan } from "@/server/authz";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { roomCode, type TAddRoom } from "../schemas";

type Input = { actor: Actor; input: TAddRoom; now: Date };

const CLASH = (code: string) => new AppError("INVALID", "The room was not added.", { name: [`A place with the code ${code} already exists. Choose another name.`] });

/** Adds a room under an active unit, after its last room; the code is the unit's code plus the name. */
export async function addRoom({ actor, input, now }: Input): Promise<{ id: string; code: string }> {
  assertCan(actor, "directory:manage");
  return db.$transaction(async (tx) => {
    const unit = await tx.location.findFirst({ where: { id: input.unitId, kind: "UNIT" }, select: { code: true } });
    if (!unit) throw new AppError("NOT_FOUND", "That unit does not exist. Reload the page.");
    const code = roomCode(unit.code, input.name);
    if (await tx.location.findUnique({ where: { code }, select: { id: true } })) throw CLASH(code);
    const last = await tx.location.aggregate({ where: { parentId: input.unitId }, _max: { sortOrder: true } });
    const room = await tx.location
      .create({ data: { kind: "ROOM", code, name: input.name, parentId: input.unitId, sortOrder: (last._max.sortOrder ?? 0) + 1 }, select: { id: true, code: true } })
      // Two admins adding the same room at once: the unique code decides, and the loser gets the field error.
      .catch((error: unknown) => {
        throw (error as { code?: string }).code === "P2002" ? CLASH(code) : error;
      });
    await writeAudit(tx, { actorId: actor.userId, action: "location.created", entityType: "Location", entityId: room.id, details: { kind: "ROOM" } }, now);
    return room;
  });
}
