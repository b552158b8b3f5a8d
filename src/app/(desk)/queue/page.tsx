import type { Metadata } from "next";
import { PlannedPage } from "@/components/planned-page";
import { requirePageActor } from "@/server/auth";

export const metadata: Metadata = { title: "Work queue" };

export default async function QueuePage() {
  const actor = await requirePageActor("/queue");
  const onsite = actor.role === "ONSITE_TECH";
  return (
    <PlannedPage
      title="Work queue"
      intro={
        onsite
          ? "Hands-on tickets for your teams and campus, most urgent first, grouped by building and floor to plan a walk."
          : "Remote tickets for your teams (applications, accounts, network), most urgent first."
      }
      meanwhile={
        <p>
          Clinicians now report problems online and each ticket is routed to a team. Until this queue opens, the
          Service Desk dispatches new tickets to you as before; ticket links in notifications open them here.
        </p>
      }
      upcoming={[
        "Tabs for Mine, Unassigned, Team and All open, sorted by SLA due time with breaches on top.",
        "Claim with one key (c); nobody else can take a ticket you claimed.",
        "Live updates within two seconds, and an alert when a new P1 lands in your scope.",
        onsite ? "En route, on site and done steps, so travel and hands-on time are known." : "“Needs hands on site” to hand a ticket to the on-site team of its location.",
      ]}
    />
  );
}
