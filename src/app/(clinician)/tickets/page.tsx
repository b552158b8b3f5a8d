import type { Metadata } from "next";
import { PlannedPage } from "@/components/planned-page";
import { env } from "@/env";
import { requirePageActor } from "@/server/auth";

export const metadata: Metadata = { title: "My tickets" };

export default async function MyTicketsPage() {
  await requirePageActor("/tickets");
  return (
    <PlannedPage
      title="My tickets"
      intro="Report a broken printer, a frozen computer or a sign-in problem in under a minute, and follow it here until it is fixed."
      meanwhile={
        <p>
          Reporting online opens in the next release. Until then, call the Service Desk on{" "}
          <strong>{env().SERVICE_DESK_PHONE}</strong>. If patient care is blocked, say so first.
        </p>
      }
      upcoming={[
        "A big “Report a problem” button with a short, guided form that works by keyboard and on a phone.",
        "Every problem you reported, with its status and when we aim to respond.",
        "The open problems on your unit, so you can add yourself instead of reporting the same thing twice.",
      ]}
    />
  );
}
