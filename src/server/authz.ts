import type { Actor } from "@/domain/authz/actor";
import type { Permission } from "@/domain/authz/permissions";
import { roleHasPermission } from "@/domain/authz/authorize";
import { AppError } from "./errors";

/** Queries and commands check again what their caller already checked: a new caller cannot forget. */
export function assertCan(actor: Actor, permission: Permission): void {
  if (!roleHasPermission(actor.role, permission)) throw new AppError("FORBIDDEN");
}
