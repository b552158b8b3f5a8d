import type { Metadata } from "next";
import { PlannedPage } from "@/components/planned-page";
import { requirePageActor } from "@/server/auth";

export const metadata: Metadata = { title: "SLA reports" };

export default async function SlaReportPage() {
  await requirePageActor("/reports/sla");
  return (
    <PlannedPage
      title="SLA reports"
      intro="Are we keeping our promises to the wards? Where not, and why: by priority, team, campus, unit and category."
      meanwhile={<p>Reports start counting from the first ticket filed in WardDesk.</p>}
      upcoming={[
        "Response and resolution compliance per priority, team, category and location, for any date range.",
        "Mean and median time to acknowledge and to resolve, in business and wall-clock time.",
        "Every breach, linked to its ticket; the open backlog by age; volume per day or week.",
        "CSV export of every table, for the board.",
      ]}
    />
  );
}
