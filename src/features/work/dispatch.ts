import type { TDispatchStep } from "./schemas";

// An on-site technician's walk to the problem, in order: on the way, there, done. The instants between the
// steps are travel and hands-on time, so a step can neither be skipped nor repeated.

export const DISPATCH_BUTTONS: Record<TDispatchStep, string> = {
  EN_ROUTE: "I'm on my way",
  ON_SITE: "I'm there",
  DONE: "Done on site",
};

export const DISPATCH_DONE_WORDS: Record<TDispatchStep, string> = {
  EN_ROUTE: "On the way",
  ON_SITE: "Arrived",
  DONE: "Hands-on work done",
};

/** The step that may come next, or null once the hands-on work is done. */
export function nextDispatchStep(current: TDispatchStep | null): TDispatchStep | null {
  if (current === null) return "EN_ROUTE";
  if (current === "EN_ROUTE") return "ON_SITE";
  if (current === "ON_SITE") return "DONE";
  return null;
}
