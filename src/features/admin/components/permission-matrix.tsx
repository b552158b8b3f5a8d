import { PERMISSIONS, ALL_PERMISSIONS } from "@/domain/authz/permissions";
import { ROLE_LABELS, ROLES } from "@/domain/authz/roles";
import { roleHasPermission } from "@/domain/authz/authorize";

/** Who may do what, read from the same list the server enforces, so it cannot drift from the truth. */
export function PermissionMatrix() {
  return (
    // Focusable so keyboard users can scroll it sideways on a narrow screen (WCAG 2.1.1).
    <div tabIndex={0} role="region" aria-labelledby="permission-matrix-caption" className="overflow-x-auto rounded-md bg-paper shadow-sm">
      <table className="w-full border-collapse text-left text-sm">
        <caption id="permission-matrix-caption" className="p-4 text-left text-xl font-bold">
          Who may do what
        </caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-3">
              Permission
            </th>
            {ROLES.map((role) => (
              <th key={role} scope="col" className="p-3 text-center">
                {ROLE_LABELS[role]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ALL_PERMISSIONS.map((permission) => (
            <tr key={permission} className="border-b border-line/40">
              <th scope="row" className="p-3 font-normal">
                <span className="block font-semibold">{PERMISSIONS[permission]}</span>
                <code className="text-xs text-ink-muted">{permission}</code>
              </th>
              {ROLES.map((role) => (
                <td key={role} className="p-3 text-center">
                  {roleHasPermission(role, permission) ? (
                    <span aria-label="allowed" className="font-bold text-ok">✓</span>
                  ) : (
                    <span aria-label="not allowed" className="text-ink-muted">—</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
