// Labelled devices whose QR codes open the intake form already filled in with where they are.
import type { SeedAsset } from "./types";

export const ASSETS: readonly SeedAsset[] = [
  { tag: "PRN-4W-MED-01", name: "Zebra label printer, 4 West med room", locationCode: "RMC-A-4-4W-MED", categorySlug: "printer-labels" },
  { tag: "PRN-4W-NS-01", name: "Wristband printer, 4 West nurses' station", locationCode: "RMC-A-4-4W-NS", categorySlug: "printer-wristbands" },
  { tag: "PRN-ED-TRI-01", name: "Wristband printer, ED triage", locationCode: "RMC-A-1-ED-TRIAGE", categorySlug: "printer-wristbands" },
  { tag: "PRN-ED-NS-01", name: "Specimen label printer, ED nurses' station", locationCode: "RMC-A-1-ED-NS", categorySlug: "printer-labels" },
  { tag: "COW-4W-07", name: "Computer on wheels #7, 4 West", locationCode: "RMC-A-4-4W", categorySlug: "device-cart" },
  { tag: "COW-ICU-03", name: "Computer on wheels #3, ICU", locationCode: "RMC-A-3-ICU", categorySlug: "device-cart" },
  { tag: "WS-ICU-NS-02", name: "Desktop computer, ICU nurses' station", locationCode: "RMC-A-3-ICU-NS", categorySlug: "device-desktop" },
  { tag: "MON-5E-CENTRAL", name: "Central monitoring station, 5 East", locationCode: "RMC-A-5-5E-MON", categorySlug: "device-vitals-feed" },
  { tag: "PRN-FM-01", name: "Label printer, Family Medicine Clinic", locationCode: "NGC-M-1-FM", categorySlug: "printer-labels" },
];
