// SMTP through Nodemailer. The settings come in as a parameter (the app passes env().SMTP_URL, the CLI its own
// variable, tests their loopback server), so nothing here reads or caches the environment.
// No "server-only" marker: scripts/deliver-emails.ts runs this under plain Node, where that marker throws.
import nodemailer from "nodemailer";

export type SmtpSettings = { url: string; from: string };
export type MailMessage = { to: string; subject: string; text: string };
export type Mailer = { send(message: MailMessage): Promise<void>; close(): void };

// Nodemailer waits up to 2 minutes to connect and 10 idle minutes by default; a drain holds its rows for a
// few minutes only, so it must give up on a dead relay well before then. SMTP_URL query parameters win.
const TIMEOUTS_MS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

function withTimeouts(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  for (const [name, value] of Object.entries(TIMEOUTS_MS)) {
    if (!url.searchParams.has(name)) url.searchParams.set(name, String(value));
  }
  return url.toString();
}

export function createMailer(settings: SmtpSettings): Mailer {
  const transport = nodemailer.createTransport(withTimeouts(settings.url));
  return {
    async send(message) {
      await transport.sendMail({
        from: settings.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        // RFC 3834: out-of-office robots must not answer a machine.
        headers: { "Auto-Submitted": "auto-generated" },
      });
    },
    close() {
      transport.close();
    },
  };
}

/**
 * What went wrong, as codes only ("ECONNECTION", "EENVELOPE 550"): an SMTP error message can quote the
 * recipient's address or the message, which must not end up in the database or the logs.
 */
export function smtpErrorCode(error: unknown): string {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const name = typeof code === "string" && /^[A-Z][A-Z0-9_]{1,40}$/.test(code) ? code : "UNKNOWN";
  return typeof responseCode === "number" && Number.isInteger(responseCode) ? `${name} ${responseCode}` : name;
}
