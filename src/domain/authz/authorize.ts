import { isPermission, type Permission } from "./permissions";
import { isRole, ROLE_HOME, ROLE_PERMISSIONS } from "./roles";

/** Deny by default: an unknown role, an unknown permission or a missing grant all answer false. */
export function roleHasPermission(role: unknown, permission: string): boolean {
  if (!isRole(role) || !isPermission(permission)) return false;
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function permissionsOf(role: unknown): readonly Permission[] {
  return isRole(role) ? ROLE_PERMISSIONS[role] : [];
}

/** A role's home page; an unknown role has none and goes back to sign-in. */
export function homePathFor(role: unknown): string {
  return isRole(role) ? ROLE_HOME[role] : "/login";
}

/**
 * A page the user was sent away from, if it is a path on this site worth returning to; otherwise null.
 * Resolved the way a browser would (which drops tabs and newlines and reads "\\" as "/"), and kept only if it
 * stays on this origin: "/\tevil.example" or "/\\evil.example" must not become a trip to another site.
 */
export function safeReturnPath(requested: string | null | undefined): string | null {
  if (!requested || !requested.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(requested)) return null;
  const base = "http://warddesk.invalid";
  let resolved: URL;
  try {
    resolved = new URL(requested, base);
  } catch {
    return null;
  }
  if (resolved.origin !== base) return null;
  const path = resolved.pathname + resolved.search;
  if (path === "/" || path.startsWith("/login") || path.startsWith("/api/")) return null;
  return path;
}
