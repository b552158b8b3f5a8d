import { z } from "zod";

export const ZConfirmIncident = z.object({
  ticketIds: z.array(z.uuid()).min(1, "Choose the reports that belong together."),
  title: z.string().trim().min(3, "Give the outage a short name people will recognise.").max(120, "Keep the name under 120 characters."),
  publicMessage: z.string().trim().max(500, "Keep the message under 500 characters.").default(""),
});
export type TConfirmIncident = z.infer<typeof ZConfirmIncident>;

export const ZResolveIncident = z.object({ incidentId: z.uuid() });
export type TResolveIncident = z.infer<typeof ZResolveIncident>;

export type ConfirmIncidentField = "ticketIds" | "title" | "publicMessage";

export type ConfirmIncidentState = {
  status: "idle" | "error" | "confirmed";
  message?: string;
  fields?: Partial<Record<ConfirmIncidentField, string[]>>;
  values?: { title: string; publicMessage: string };
};

export const ZKnownIssueQuery = z.object({ categoryId: z.uuid(), locationId: z.uuid() });
