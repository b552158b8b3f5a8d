import type { ClockMark } from "./clock";

// The SLA events that move clocks, as stored (SlaEvent rows), and the marks each of the two clocks reads from
// them. Pause and resume move both clocks; a stop names its clock. Once the response clock stops (someone
// responded) nothing restarts it. The resolution clock restarts only when the ticket is reopened, never
// because a pause ended.

export type SlaTargetName = "RESPONSE" | "RESOLUTION";
export type ClockEvent = { kind: string; target: SlaTargetName | null; at: Date };

export function marksFor(events: readonly ClockEvent[], target: SlaTargetName): ClockMark[] {
  const marks: ClockMark[] = [];
  let stopped = false;
  for (const event of [...events].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const mine = event.target === null || event.target === target;
    if (!mine) continue;
    if (event.kind === "STARTED") marks.push({ kind: "start", at: event.at });
    else if (event.kind === "STOPPED") {
      marks.push({ kind: "stop", at: event.at });
      stopped = true;
      if (target === "RESPONSE") break;
    } else if (event.kind === "PAUSED" && !stopped) marks.push({ kind: "pause", at: event.at });
    else if (event.kind === "RESUMED") {
      if (!stopped) marks.push({ kind: "resume", at: event.at });
      else if (event.target === target) {
        marks.push({ kind: "resume", at: event.at });
        stopped = false;
      }
    }
  }
  return marks;
}
