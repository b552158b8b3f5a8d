import { Notice } from "./ui/notice";

/**
 * A page whose working parts arrive in a later release: it says plainly what it will hold and what to do
 * meanwhile, instead of an empty screen. Access to it is already enforced by its route.
 */
export function PlannedPage({
  title,
  intro,
  upcoming,
  meanwhile,
}: {
  title: string;
  intro: string;
  upcoming: string[];
  meanwhile: React.ReactNode;
}) {
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">{title}</h1>
        <p className="mt-2 max-w-prose text-lg">{intro}</p>
      </div>
      <Notice tone="warning" title="Coming soon">
        {meanwhile}
      </Notice>
      <section aria-labelledby="upcoming-heading" className="rounded-md bg-paper p-5 shadow-sm">
        <h2 id="upcoming-heading" className="text-xl font-bold">
          What this page will hold
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          {upcoming.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
