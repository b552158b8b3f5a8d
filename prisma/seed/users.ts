// Demo accounts, one per role at least, so every screen can be shown signed in as the person it is for.
// Extra technicians keep every team staffed and led, so queues and assignment pickers are never empty.
import { Role } from "@/generated/prisma/enums";
import type { SeedUser } from "./types";

export const USERS: readonly SeedUser[] = [
  {
    email: "clinician@demo.hospital",
    displayName: "Maria Santos, RN",
    role: Role.CLINICIAN,
    homeUnitCode: "RMC-A-4-4W",
    phone: "ext. 4412",
    teams: [],
  },
  {
    email: "nurse2@demo.hospital",
    displayName: "James Okafor, RN",
    role: Role.CLINICIAN,
    homeUnitCode: "RMC-A-1-ED",
    phone: "ext. 1180",
    teams: [],
  },
  {
    email: "onsite@demo.hospital",
    displayName: "Dev Patel",
    role: Role.ONSITE_TECH,
    homeUnitCode: null,
    phone: "ext. 2210",
    teams: [{ teamSlug: "riverside-onsite", isLead: false }],
  },
  {
    email: "remote@demo.hospital",
    displayName: "Alex Kim",
    role: Role.REMOTE_AGENT,
    homeUnitCode: null,
    phone: "ext. 4357",
    teams: [
      { teamSlug: "service-desk", isLead: false },
      { teamSlug: "clinical-apps", isLead: false },
    ],
  },
  {
    email: "manager@demo.hospital",
    displayName: "Priya Raman",
    role: Role.MANAGER,
    homeUnitCode: null,
    phone: "ext. 4300",
    teams: [{ teamSlug: "service-desk", isLead: true }],
  },
  {
    email: "admin@demo.hospital",
    displayName: "Sam Whitfield",
    role: Role.ADMIN,
    homeUnitCode: null,
    phone: "ext. 4301",
    teams: [],
  },
  {
    email: "kelly.nguyen@demo.hospital",
    displayName: "Kelly Nguyen",
    role: Role.ONSITE_TECH,
    homeUnitCode: null,
    phone: "ext. 2201",
    teams: [{ teamSlug: "riverside-onsite", isLead: true }],
  },
  {
    email: "luis.ortega@demo.hospital",
    displayName: "Luis Ortega",
    role: Role.ONSITE_TECH,
    homeUnitCode: null,
    phone: "ext. 7201",
    teams: [{ teamSlug: "northgate-onsite", isLead: true }],
  },
  {
    email: "grace.liu@demo.hospital",
    displayName: "Grace Liu",
    role: Role.ONSITE_TECH,
    homeUnitCode: null,
    phone: "ext. 2250",
    teams: [{ teamSlug: "biomed", isLead: true }],
  },
  {
    email: "tom.brennan@demo.hospital",
    displayName: "Tom Brennan",
    role: Role.REMOTE_AGENT,
    homeUnitCode: null,
    phone: "ext. 4330",
    teams: [
      { teamSlug: "network-telecom", isLead: true },
      { teamSlug: "security-ops", isLead: true },
    ],
  },
  {
    email: "aisha.mohammed@demo.hospital",
    displayName: "Aisha Mohammed",
    role: Role.REMOTE_AGENT,
    homeUnitCode: null,
    phone: "ext. 4340",
    teams: [
      { teamSlug: "clinical-apps", isLead: true },
      { teamSlug: "identity-access", isLead: true },
    ],
  },
];
