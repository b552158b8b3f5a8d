import { formatAbsolute, formatWhen } from "@/lib/time";

/** A past moment as people say it ("12 minutes ago"), with the full date for hover and assistive tech. */
export function When({ at, now, timeZone }: { at: Date; now: Date; timeZone: string }) {
  const full = formatAbsolute(at, timeZone);
  return (
    <time dateTime={at.toISOString()} title={full}>
      {formatWhen(at, now, timeZone)}
    </time>
  );
}
