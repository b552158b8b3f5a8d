import { STATUS_WORDS, type TStatus } from "@/domain/tickets/status";

// Colour only repeats what the words say (WCAG 1.4.1); every pair passes 4.5:1 contrast.
const TONES: Record<TStatus, string> = {
  NEW: "border-brand bg-paper text-brand-dark",
  ASSIGNED: "border-brand bg-paper text-brand-dark",
  IN_PROGRESS: "border-brand bg-brand text-white",
  WAITING_ON_CLINICIAN: "border-[#8a5a00] bg-warn-bg text-ink",
  WAITING_ON_VENDOR: "border-line bg-canvas text-ink",
  RESOLVED: "border-ok bg-ok-bg text-ok",
  CLOSED: "border-line bg-canvas text-ink-muted",
  REOPENED: "border-danger bg-danger-bg text-danger",
};

export function StatusBadge({ status }: { status: TStatus }) {
  return (
    <span className={`inline-flex items-center rounded-full border-2 px-3 py-0.5 text-base font-semibold ${TONES[status]}`}>
      {STATUS_WORDS[status]}
    </span>
  );
}
