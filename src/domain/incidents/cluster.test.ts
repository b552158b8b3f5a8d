import { describe, expect, it } from "vitest";
import { proposeIncidents, type ClusterTicket } from "./cluster";

const now = new Date("2026-11-29T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
let seq = 0;
function report(over: Partial<ClusterTicket> = {}): ClusterTicket {
  seq += 1;
  return { id: `t${seq}`, categoryId: "wifi", categoryName: "Wi-Fi", buildingId: "main", buildingName: "Main Tower", hospitalWide: false, createdAt: minutesAgo(5), majorIncidentId: null, ...over };
}

describe("proposeIncidents", () => {
  it("proposes a group at the threshold with a readable title", () => {
    const tickets = [report(), report(), report()];
    expect(proposeIncidents(tickets, { now })).toEqual([{ categoryId: "wifi", buildingId: "main", ticketIds: tickets.map((t) => t.id), title: "Wi-Fi — Main Tower, 3 reports" }]);
  });

  it("does not propose below the threshold, and honours a custom one", () => {
    const tickets = [report(), report()];
    expect(proposeIncidents(tickets, { now })).toEqual([]);
    expect(proposeIncidents(tickets, { now, threshold: 2 })).toHaveLength(1);
  });

  it("counts a report made exactly at the window edge but not one a millisecond older", () => {
    const edge = [report({ createdAt: minutesAgo(30) }), report(), report()];
    expect(proposeIncidents(edge, { now })).toHaveLength(1);
    const older = [report({ createdAt: new Date(minutesAgo(30).getTime() - 1) }), report(), report()];
    expect(proposeIncidents(older, { now })).toEqual([]);
  });

  it("keeps different buildings and categories apart", () => {
    const tickets = [report(), report(), report({ buildingId: "north", buildingName: "North Wing" }), report({ categoryId: "printer" })];
    expect(proposeIncidents(tickets, { now })).toEqual([]);
  });

  it("groups hospital-wide reports of one category across buildings", () => {
    const tickets = [report({ hospitalWide: true }), report({ hospitalWide: true, buildingId: "north" }), report({ hospitalWide: true, buildingId: null })];
    const [proposal] = proposeIncidents(tickets, { now });
    expect(proposal).toMatchObject({ buildingId: null, title: "Wi-Fi — hospital-wide, 3 reports" });
  });

  it("leaves out tickets already linked to an incident", () => {
    const tickets = [report(), report(), report({ majorIncidentId: "inc1" })];
    expect(proposeIncidents(tickets, { now })).toEqual([]);
  });
});
