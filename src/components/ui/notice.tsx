type Tone = "info" | "success" | "error" | "warning";

const tones: Record<Tone, string> = {
  info: "border-brand bg-paper",
  success: "border-ok bg-ok-bg",
  error: "border-danger bg-danger-bg",
  warning: "border-[#8a5a00] bg-warn-bg",
};

/** A boxed message. Errors interrupt screen readers (role=alert); the rest wait politely (role=status). */
export function Notice({ tone = "info", title, children }: { tone?: Tone; title?: string; children?: React.ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border-l-8 p-4 ${tones[tone]}`}>
      {title && <p className="font-bold">{title}</p>}
      {children && <div className={title ? "mt-1" : ""}>{children}</div>}
    </div>
  );
}
