// The only file that reads process.env. Parsed on first use rather than at import, so `next build` can load
// route modules on a machine with no database configured.
import { z } from "zod";

/** The sender when MAIL_FROM is unset; the CLI entry points (worker, email:deliver) use it too. */
export const DEFAULT_MAIL_FROM = "WardDesk <warddesk@hospital.invalid>";

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgres:// URL" }),
  // Required by the web app only (authSecret()); the job worker signs no sessions.
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)").optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(7 * 24).default(12),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  HOSPITAL_TIME_ZONE: z.string().default("America/New_York"),
  // Shown wherever a clinician might need a human now: "If care is blocked, call ...".
  SERVICE_DESK_PHONE: z.string().min(1).max(40).default("ext. 4357 (HELP)"),
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  SIGN_IN_MAX_FAILURES_PER_CLIENT: z.coerce.number().int().min(1).default(20),
  SIGN_IN_FAILURE_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  // How many reverse proxies in front of WardDesk append to X-Forwarded-For (see src/server/client-info.ts).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(5).default(1),
  // Where links in emails point; the address people open WardDesk at.
  APP_BASE_URL: z.url().default("http://localhost:3000"),
  // smtp://user:pass@host:port or smtps://...; unset means emails wait in the outbox until it is configured.
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://").optional(),
  MAIL_FROM: z.string().min(3).default(DEFAULT_MAIL_FROM),
  // The hospital's medical record number format, as a regular expression (flags: global, case-insensitive).
  PHI_MRN_PATTERN: z
    .string()
    .default(String.raw`\b(?:MRN|MR#|medical record(?: number| no\.?)?)\s*[:#]?\s*[A-Z]?\d{5,10}\b|\b\d{7,10}\b`)
    .refine((pattern) => {
      try {
        new RegExp(pattern, "gi");
        return true;
      } catch {
        return false;
      }
    }, "PHI_MRN_PATTERN is not a valid regular expression"),
});

export type TEnv = z.infer<typeof ZEnv>;

let parsed: TEnv | undefined;

export function env(): TEnv {
  if (parsed) return parsed;
  const result = ZEnv.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`WardDesk configuration is invalid:\n${problems}`);
  }
  parsed = result.data;
  return parsed;
}

/** The session-signing secret; the web app refuses to run without one. */
export function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("WardDesk configuration is invalid:\n  AUTH_SECRET: required (openssl rand -base64 32)");
  return secret;
}
