// On-site teams serve one campus (hands-on: hardware, cabling, devices at the bedside); remote teams serve
// every campus from wherever they sit (applications, accounts, network, security).
import { WorkMode } from "@/generated/prisma/enums";
import type { SeedTeam } from "./types";

export const TEAMS: readonly SeedTeam[] = [
  {
    slug: "riverside-onsite",
    name: "Riverside On-site Support",
    mode: WorkMode.ONSITE,
    campusCode: "RMC",
    campusDefault: true,
    description: "Desk-side help at Riverside: computers, printers, phones and carts on the units.",
  },
  {
    slug: "northgate-onsite",
    name: "Northgate On-site Support",
    mode: WorkMode.ONSITE,
    campusCode: "NGC",
    campusDefault: true,
    description: "Desk-side help at Northgate: clinics, infusion, dialysis, rehab and behavioral health.",
  },
  {
    slug: "biomed",
    name: "Biomedical Engineering",
    mode: WorkMode.ONSITE,
    campusCode: "RMC",
    campusDefault: false,
    description: "Monitors, infusion pumps and other medical devices, including their link to the chart.",
  },
  {
    slug: "service-desk",
    name: "Service Desk",
    mode: WorkMode.REMOTE,
    campusCode: null,
    campusDefault: false,
    description: "First line for every call: passwords, email, remote sessions and anything not yet sorted.",
  },
  {
    slug: "clinical-apps",
    name: "Clinical Applications",
    mode: WorkMode.REMOTE,
    campusCode: null,
    campusDefault: false,
    description: "The patient record (EHR), order entry, medication administration and dispensing systems.",
  },
  {
    slug: "identity-access",
    name: "Identity & Access",
    mode: WorkMode.REMOTE,
    campusCode: null,
    campusDefault: false,
    description: "Accounts, badge tap-in, access for new starters and role changes.",
  },
  {
    slug: "network-telecom",
    name: "Network & Telecom",
    mode: WorkMode.REMOTE,
    campusCode: null,
    campusDefault: false,
    description: "Wi-Fi, wired network, phone system, pagers and clinical mobile phones.",
  },
  {
    slug: "security-ops",
    name: "Security Operations",
    mode: WorkMode.REMOTE,
    campusCode: null,
    campusDefault: false,
    description: "Suspicious emails, lost or stolen devices and anything that looks like an attack.",
  },
];
