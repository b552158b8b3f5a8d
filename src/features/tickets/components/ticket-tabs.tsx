import Link from "next/link";

export type TicketTab = "mine" | "unit";

const TABS: { tab: TicketTab; label: string }[] = [
  { tab: "mine", label: "My tickets" },
  { tab: "unit", label: "My unit" },
];

/** Two lists as links (each has its own address, so back and reload work); the current one is marked. */
export function TicketTabs({ current, showUnit }: { current: TicketTab; showUnit: boolean }) {
  const tabs = TABS.filter((item) => item.tab === "mine" || showUnit);
  return (
    <nav aria-label="Ticket lists" className="border-b-2 border-line">
      <ul className="flex gap-1">
        {tabs.map((item) => {
          const active = item.tab === current;
          return (
            <li key={item.tab}>
              <Link
                href={`/tickets?tab=${item.tab}`}
                aria-current={active ? "page" : undefined}
                className={`-mb-0.5 inline-flex min-h-12 items-center border-b-4 px-4 text-lg font-semibold no-underline ${
                  active ? "border-brand text-brand-dark" : "border-transparent text-ink-muted hover:text-ink"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
