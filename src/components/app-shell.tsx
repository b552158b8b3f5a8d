import Link from "next/link";
import { roleHasPermission } from "@/domain/authz/authorize";
import { PAGE_PATHS, PAGES } from "@/domain/authz/pages";
import { ROLE_LABELS } from "@/domain/authz/roles";
import { signOutAction } from "@/features/auth/actions";
import { DowntimeBanner } from "@/features/downtime/components/downtime-banner";
import { NotificationsLink } from "@/features/notifications/components/notifications-link";
import { getActor } from "@/server/auth";
import { Button } from "./ui/button";


/** Header and navigation for signed-in pages. Links follow the same permission strings the server enforces. */
export async function AppShell({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  const links = actor
    ? PAGE_PATHS.filter((href) => PAGES[href].nav && roleHasPermission(actor.role, PAGES[href].permission)).map((href) => ({ href, label: PAGES[href].label }))
    : [];
  return (
    <>
      <header className="bg-brand-dark text-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="inline-flex min-h-12 items-center text-xl font-bold text-white no-underline">
            WardDesk
          </Link>
          {links.length > 0 && (
            <nav aria-label="Main" className="flex flex-wrap gap-1">
              {links.map((item) => (
                <Link
                  key={item.href}
                  href={item.href}
                  className="inline-flex min-h-12 items-center rounded px-3 font-semibold text-white underline-offset-4 hover:underline"
                >
                  {item.label}
                </Link>
              ))}
            </nav>
          )}
          {actor && (
            <div className="ml-auto flex items-center gap-3">
              <NotificationsLink actor={actor} />
              <p className="text-sm leading-tight">
                <span className="block font-semibold">{actor.displayName}</span>
                <span className="block text-white/85">{ROLE_LABELS[actor.role]}</span>
              </p>
              <form action={signOutAction}>
                <Button variant="secondary" className="border-white bg-transparent text-white hover:bg-white/10">
                  Sign out
                </Button>
              </form>
            </div>
          )}
        </div>
      </header>
      <DowntimeBanner actor={actor} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
