import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { detectPhi, redactPhi, REDACTED } from "./detect";

const DEFAULT_MRN = String.raw`\b(?:MRN|MR#|medical record(?: number| no\.?)?)\s*[:#]?\s*[A-Z]?\d{5,10}\b|\b\d{7,10}\b`;
const options = { mrnPattern: DEFAULT_MRN, now: new Date("2026-11-29T03:00:00Z") };
const kinds = (text: string) => detectPhi(text, options).map((f) => f.kind);

describe("detectPhi finds likely patient data", () => {
  it.each([
    ["MRN 1234567 labels print blank", ["mrn"], "MRN 1234567"],
    ["wristband for mrn:00482913 won't print", ["mrn"], "mrn:00482913"],
    ["label printer jams on 88123456", ["mrn"], "88123456"],
    ["patient DOB 03/14/1952 shows wrong", ["dob"], "DOB 03/14/1952"],
    ["the chart says 1948-07-02 for her", ["dob"], "1948-07-02"],
    ["born on March 3, 1961", ["dob"], "born on March 3, 1961"],
    ["SSN 123-45-6789 appears on screen", ["ssn"], "123-45-6789"],
    ["cannot scan meds for patient John Smith", ["patient_name"], "patient John Smith"],
    ["Pt. Garcia's pump is offline", ["patient_name"], "Pt. Garcia's"],
    ["Mrs. O'Neil cannot use the TV", ["patient_name"], "Mrs. O'Neil"],
    ["bed 12 Maria Lopez monitor not sending", ["bed_name"], "bed 12 Maria Lopez"],
    ["Room 412 - Jones, call light stuck", ["bed_name"], "Room 412 - Jones"],
  ])("%s", (text, expectedKinds, expectedText) => {
    const findings = detectPhi(text, options);
    expect(findings.map((f) => f.kind)).toEqual(expectedKinds);
    expect(findings[0]?.text).toBe(expectedText);
  });
});

describe("detectPhi leaves ordinary IT problems alone", () => {
  it.each([
    "Label printer in the med room prints blank labels",
    "EHR frozen since 7am on the workstation on wheels",
    "Room 412 nurses station printer jammed",
    "Bed 3 monitor not sending vitals to Epic",
    "Printer broke on 11/28/2026, asset WD-PRN-0042",
    "Call me back on ext 4357 or 555-0134",
    "Citrix session drops every 20 minutes",
    "Patient portal login fails for staff",
  ])("%s", (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe("redactPhi", () => {
  it("replaces each finding and keeps the rest of the sentence", () => {
    const text = "patient John Smith MRN 1234567 cannot get a wristband";
    expect(redactPhi(text, detectPhi(text, options))).toBe(`${REDACTED} ${REDACTED} cannot get a wristband`);
  });

  it("leaves nothing detectable behind, for any mix of text and patient data", () => {
    const phi = fc.constantFrom("MRN 1234567", "DOB 01/02/1950", "123-45-6789", "patient Ann Lee", "bed 4 Ray Diaz");
    const filler = fc.constantFrom("printer", "is down", "on 4 West", "since noon", "label", ",", "EHR slow");
    fc.assert(
      fc.property(fc.array(fc.oneof(phi, filler), { minLength: 1, maxLength: 12 }), (parts) => {
        const text = parts.join(" ");
        const redacted = redactPhi(text, detectPhi(text, options));
        expect(detectPhi(redacted, options)).toEqual([]);
      }),
    );
  });

  it("honours a hospital's own MRN format", () => {
    const custom = { ...options, mrnPattern: String.raw`\bRM-\d{6}\b` };
    expect(detectPhi("scanner fails on RM-004213", custom).map((f) => f.kind)).toEqual(["mrn"]);
  });
});
