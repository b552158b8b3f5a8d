// What a clinician picks when filing: names in the words a nurse would use, IT terms only in keywords
// (the picker searches both). The default team is where triage starts; it can route elsewhere later.
import { WorkMode } from "@/generated/prisma/enums";
import type { SeedCategory } from "./types";

type Routing = Pick<SeedCategory, "defaultTeamSlug" | "defaultMode">;
type CategoryLeaf = Omit<SeedCategory, "parentSlug" | "sortOrder" | "clinicalCritical"> & { clinicalCritical?: true };
type CategoryBranch = CategoryLeaf & { children?: readonly CategoryLeaf[] };

// Hands-on work defaults to the Riverside on-site team; triage moves it to the ticket's campus.
const ONSITE: Routing = { defaultTeamSlug: "riverside-onsite", defaultMode: WorkMode.ONSITE };
const BIOMED: Routing = { defaultTeamSlug: "biomed", defaultMode: WorkMode.ONSITE };
const DESK: Routing = { defaultTeamSlug: "service-desk", defaultMode: WorkMode.REMOTE };
const APPS: Routing = { defaultTeamSlug: "clinical-apps", defaultMode: WorkMode.REMOTE };
const IDENTITY: Routing = { defaultTeamSlug: "identity-access", defaultMode: WorkMode.REMOTE };
const TELECOM: Routing = { defaultTeamSlug: "network-telecom", defaultMode: WorkMode.REMOTE };
const SECURITY: Routing = { defaultTeamSlug: "security-ops", defaultMode: WorkMode.REMOTE };

const TREE: readonly CategoryBranch[] = [
  { slug: "ehr", name: "Patient records (EHR)", ...APPS,
    description: "The electronic patient record: charting, orders, results and the medication record.",
    keywords: "ehr emr epic cerner meditech chart charting", children: [
      { slug: "ehr-sign-in", name: "Patient records won't let me sign in", ...IDENTITY,
        description: "The patient record rejects your username or password, or says you have no access.",
        keywords: "ehr login log in password access denied epic hyperspace" },
      { slug: "ehr-slow", name: "Patient records are slow", ...APPS,
        description: "Screens take a long time to open or save, but the record still works.",
        keywords: "ehr slow lag freeze spinning hourglass performance latency" },
      { slug: "ehr-down", name: "Patient records are down for everyone", ...APPS, clinicalCritical: true,
        description: "Nobody on the unit can open the patient record; start downtime procedures and call us.",
        keywords: "ehr outage down downtime unavailable all users epic cerner" },
      { slug: "ehr-orders", name: "Problem placing or signing orders", ...APPS,
        description: "An order, order set or co-signature won't go through or goes to the wrong place.",
        keywords: "cpoe order entry order set co-sign cosign routing" },
      { slug: "ehr-med-scanning", name: "Scanning medications or wristbands at the bedside", ...APPS, clinicalCritical: true,
        description: "The medication record won't accept a patient wristband or medication barcode.",
        keywords: "bcma mar emar barcode medication administration scanner scan" },
    ] },
  { slug: "printers", name: "Printers & labels", ...ONSITE,
    description: "Printers for labels, wristbands and paper.",
    keywords: "printer print queue", children: [
      { slug: "printer-labels", name: "Label printer (specimens, medications)", ...ONSITE,
        description: "Specimen or medication labels don't print, print blank or come out of the wrong printer.",
        keywords: "zebra label printer specimen lab label thermal ribbon" },
      { slug: "printer-wristbands", name: "Wristband printer", ...ONSITE,
        description: "Patient wristbands don't print or come out unreadable.",
        keywords: "armband wristband id band zebra hc100" },
      { slug: "printer-paper", name: "Regular printer or copier", ...ONSITE,
        description: "A paper printer or copier jams, prints nothing or is missing from your list.",
        keywords: "laser printer copier mfp print queue toner jam" },
    ] },
  { slug: "devices", name: "Computers & devices", ...ONSITE,
    description: "Computers, rolling carts and the remote sessions that run on them.",
    keywords: "pc workstation hardware", children: [
      { slug: "device-cart", name: "Computer on wheels (cart)", ...ONSITE,
        description: "A rolling computer cart has a dead battery or a broken screen, scanner or keyboard.",
        keywords: "cow wow workstation on wheels mobile workstation cart battery" },
      { slug: "device-desktop", name: "Desktop computer", ...ONSITE,
        description: "A desk computer won't start, is very slow, or has a broken screen, mouse or keyboard.",
        keywords: "pc desktop monitor keyboard mouse boot blue screen thin client" },
      { slug: "device-remote-session", name: "Remote session won't open or freezes", ...DESK,
        description: "The window you work in from the desktop icon freezes, logs you out or won't start.",
        keywords: "citrix vdi virtual desktop horizon remote desktop rdp session" },
    ] },
  { slug: "access", name: "Sign-in & access", ...IDENTITY,
    description: "Accounts, passwords, badges and access to systems.",
    keywords: "account login access", children: [
      { slug: "access-badge-tap", name: "Badge tap-in not working", ...IDENTITY,
        description: "Tapping your badge doesn't sign you in to or out of the computer.",
        keywords: "sso single sign-on imprivata badge reader tap proximity card" },
      { slug: "access-locked", name: "Account locked or forgotten password", ...DESK,
        description: "You're locked out of your account or need your password reset.",
        keywords: "password reset locked out unlock account expired mfa" },
      { slug: "access-new-starter", name: "Access for a new starter", ...IDENTITY,
        description: "Accounts and system access for someone starting work or changing roles.",
        keywords: "new user onboarding provisioning account request role change" },
    ] },
  { slug: "phones", name: "Phones, pagers & nurse call", ...TELECOM,
    description: "Desk phones, pagers, work mobiles and the nurse call system.",
    keywords: "telephone telecom", children: [
      { slug: "phone-desk", name: "Desk phone", ...ONSITE,
        description: "A desk or wall phone has no dial tone, is broken or rings the wrong number.",
        keywords: "voip handset dial tone extension cisco" },
      { slug: "phone-mobile", name: "Pager or work mobile (Vocera)", ...TELECOM,
        description: "A pager, hands-free badge or work mobile doesn't get calls, alerts or messages.",
        keywords: "pager vocera spectralink badge wireless phone smartphone alerts" },
      { slug: "nurse-call", name: "Nurse call system", ...ONSITE, clinicalCritical: true,
        description: "Call lights, pillow speakers or bathroom pull cords don't alert the nurses.",
        keywords: "nurse call rauland hillrom call light pillow speaker dome light code button" },
    ] },
  { slug: "network", name: "Network & Wi-Fi", ...TELECOM,
    description: "Wireless and wired network connections.",
    keywords: "network lan connection internet", children: [
      { slug: "network-wifi", name: "Wi-Fi not working", ...TELECOM,
        description: "Devices can't connect to the wireless network or keep dropping off.",
        keywords: "wifi wireless ssid access point signal dropout" },
    ] },
  { slug: "medical-devices", name: "Medical devices", ...BIOMED,
    description: "Medical equipment and its connection to the patient record.",
    keywords: "biomed clinical engineering equipment", children: [
      { slug: "device-vitals-feed", name: "Monitor or pump not sending data to the chart", ...BIOMED, clinicalCritical: true,
        description: "Vital signs or infusion pump data stop showing in the patient record.",
        keywords: "biomed monitor infusion pump device integration connectivity hl7 interface alaris philips" },
      { slug: "device-other-feed", name: "Other medical device not sending data", ...BIOMED,
        description: "A glucose meter, scale, bladder scanner or vitals machine doesn't send results to the chart.",
        keywords: "glucometer poc point of care vitals machine dock connectivity" },
      // The cabinet's IT failures are sign-in and patient lists (interfaces), not the drawers themselves.
      { slug: "dispensing-cabinet", name: "Medication cabinet (Pyxis, Omnicell)", ...APPS, clinicalCritical: true,
        description: "A medication cabinet won't open, sign you in or show your patient.",
        keywords: "pyxis omnicell adc automated dispensing cabinet drawer override profile" },
    ] },
  { slug: "email", name: "Email & messaging", ...DESK,
    description: "Email, calendars and shared mailboxes.",
    keywords: "email mail messaging", children: [
      { slug: "email-problem", name: "Email not working", ...DESK,
        description: "You can't send or receive email, or your mailbox or calendar won't open.",
        keywords: "outlook exchange mailbox calendar o365 shared mailbox" },
    ] },
  { slug: "security", name: "Security", ...SECURITY,
    description: "Scams, lost devices and anything that looks like an attack.",
    keywords: "security cyber", children: [
      { slug: "security-phishing", name: "Suspicious email or message", ...SECURITY,
        description: "An email, text or call asks for your password or looks like a scam: don't click, report it.",
        keywords: "phishing spam scam link attachment social engineering" },
      { slug: "security-incident", name: "Lost device or possible security incident", ...SECURITY,
        description: "A device is lost or stolen, or a computer shows a warning or ransom message.",
        keywords: "security incident malware virus ransomware stolen laptop breach" },
    ] },
  { slug: "other", name: "Something else", ...DESK,
    description: "Anything that doesn't fit above; the service desk will sort it out.",
    keywords: "other general question help" },
];

function category(leaf: CategoryLeaf, parentSlug: string | null, index: number): SeedCategory {
  const { slug, name, description, keywords, defaultTeamSlug, defaultMode } = leaf;
  const clinicalCritical = leaf.clinicalCritical ?? false;
  // Steps of 10 leave room to slot a new category in without renumbering its siblings.
  return { slug, name, description, keywords, defaultTeamSlug, defaultMode, clinicalCritical, parentSlug, sortOrder: (index + 1) * 10 };
}

/** Every category, each parent listed before its children. */
export const CATEGORIES: readonly SeedCategory[] = TREE.flatMap((branch, index) => [
  category(branch, null, index),
  ...(branch.children ?? []).map((child, childIndex) => category(child, branch.slug, childIndex)),
]);
