import { describe, expect, it } from "vitest";
import { ALL_PERMISSIONS, PERMISSIONS } from "./permissions";
import { PAGES, type PagePath } from "./pages";
import { ROLE_HOME, ROLE_PERMISSIONS, ROLES } from "./roles";
import { homePathFor, permissionsOf, roleHasPermission, safeReturnPath } from "./authorize";

describe("roleHasPermission", () => {
  it("grants exactly the permissions in the role map, for every role and permission", () => {
    for (const role of ROLES) {
      for (const permission of ALL_PERMISSIONS) {
        expect(roleHasPermission(role, permission), `${role} ${permission}`).toBe(
          ROLE_PERMISSIONS[role].includes(permission),
        );
      }
    }
  });

  it.each([
    ["unknown role", "SUPERUSER", "report:read"],
    ["lower-case role", "admin", "admin:access"],
    ["missing role", undefined, "ticket:create"],
    ["unknown permission", "ADMIN", "ticket:delete"],
    ["prototype key", "ADMIN", "constructor"],
    ["empty permission", "MANAGER", ""],
  ])("denies an %s", (_label, role, permission) => {
    expect(roleHasPermission(role, permission)).toBe(false);
  });

  it.each([
    ["CLINICIAN", "report:read", false],
    ["CLINICIAN", "ticket:read:all", false],
    ["CLINICIAN", "ticket:comment:internal", false],
    ["CLINICIAN", "queue:read", false],
    ["CLINICIAN", "ticket:create", true],
    ["ONSITE_TECH", "ticket:claim", true],
    ["ONSITE_TECH", "report:read", false],
    ["REMOTE_AGENT", "admin:access", false],
    ["MANAGER", "report:read", true],
    ["MANAGER", "user:manage", false],
    ["ADMIN", "user:manage", true],
    ["ADMIN", "ticket:claim", false],
  ] as const)("%s may %s: %s", (role, permission, allowed) => {
    expect(roleHasPermission(role, permission)).toBe(allowed);
  });

  it("only maps permissions that exist and describes every permission", () => {
    for (const role of ROLES) for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS[p]).toBeTruthy();
    for (const p of ALL_PERMISSIONS) expect(PERMISSIONS[p].length).toBeGreaterThan(10);
  });

  it("gives an unknown role no permissions", () => {
    expect(permissionsOf("GUEST")).toEqual([]);
  });
});

describe("home pages", () => {
  it.each([
    ["CLINICIAN", "/tickets"],
    ["ONSITE_TECH", "/queue"],
    ["REMOTE_AGENT", "/queue"],
    ["MANAGER", "/reports/sla"],
    ["ADMIN", "/admin"],
    ["NOBODY", "/login"],
  ])("%s lands on %s", (role, path) => {
    expect(homePathFor(role)).toBe(path);
  });

  it("every role can open its own home", () => {
    for (const role of ROLES) {
      const home = ROLE_HOME[role] as PagePath;
      expect(PAGES[home], `${role} home is a known page`).toBeDefined();
      expect(roleHasPermission(role, PAGES[home].permission)).toBe(true);
    }
  });
});

describe("safeReturnPath", () => {
  it.each([
    [null, null],
    ["/tickets/42", "/tickets/42"],
    ["/queue?tab=mine", "/queue?tab=mine"],
    ["https://evil.example/", null],
    ["//evil.example/", null],
    ["/\\evil.example", null],
    ["/login?next=/x", null],
    ["/api/health", null],
    ["/", null],
    ["/\t/evil.example/login", null],
    ["/%09/evil.example", "/%09/evil.example"],
    ["/tickets\n", null],
    ["/./login", null],
    ["/queue/../login", null],
  ])("from %s goes to %s", (requested, expected) => {
    expect(safeReturnPath(requested)).toBe(expected);
  });
});
