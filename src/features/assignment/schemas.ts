import { z } from "zod";
import { parseClock } from "@/domain/assignment/shifts";
import { wallClockToInstant } from "@/domain/assignment/wall-clock";

const clock = (what: string) =>
  z
    .string()
    .trim()
    .transform((text, ctx) => {
      const minute = parseClock(text);
      if (minute === null) ctx.addIssue({ code: "custom", message: `Enter the ${what} time as HH:MM on a 24-hour clock, e.g. 07:00 or 19:30.` });
      return minute ?? 0;
    });

export const ZAddShift = z.object({
  teamId: z.uuid("Choose a team."),
  userId: z.uuid("Choose who works this shift."),
  weekday: z.coerce.number("Choose the day the shift starts.").int().min(1, "Choose the day the shift starts.").max(7, "Choose the day the shift starts."),
  start: clock("start"),
  end: clock("end"),
});
export type TAddShift = z.output<typeof ZAddShift>;

const MAX_ON_CALL_MS = 31 * 24 * 3_600_000;

/** From and to are the hospital's wall-clock times, so the schema needs its time zone to read them. */
export function onCallSchema(timeZone: string) {
  const when = (what: string) =>
    z.string().transform((text, ctx) => {
      const instant = wallClockToInstant(text.trim(), timeZone);
      if (!instant) ctx.addIssue({ code: "custom", message: `Enter when the on-call period ${what}, as a date and time.` });
      return instant ?? new Date(0);
    });
  return z
    .object({ teamId: z.uuid("Choose a team."), userId: z.uuid("Choose who is on call."), from: when("starts"), to: when("ends") })
    .superRefine((value, ctx) => {
      if (value.from.getTime() === 0 || value.to.getTime() === 0) return;
      if (value.to <= value.from) ctx.addIssue({ code: "custom", path: ["to"], message: "The end must be after the start." });
      else if (value.to.getTime() - value.from.getTime() > MAX_ON_CALL_MS) ctx.addIssue({ code: "custom", path: ["to"], message: "One on-call period can last 31 days at most." });
    });
}
export type TAddOnCall = z.output<ReturnType<typeof onCallSchema>>;

export const ZDeleteRotaEntry = z.object({ id: z.uuid() });
export type TDeleteRotaEntry = z.output<typeof ZDeleteRotaEntry>;

export type ShiftField = "teamId" | "userId" | "weekday" | "start" | "end";
export type OnCallField = "teamId" | "userId" | "from" | "to";

export type RotaFormState<F extends string> = {
  status: "idle" | "error" | "saved";
  message?: string;
  fields?: Partial<Record<F, string[]>>;
  values?: Partial<Record<F, string>>;
};
