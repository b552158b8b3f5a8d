import { describe, expect, it } from "vitest";
import { bestMatch, categoryGroups, filterGroups, findOption, locationGroups, matchesFilter } from "./picker-options";

const category = (id: string, name: string, parentId: string | null, keywords = "") => ({ id, name, parentId, keywords, description: `${name} help` });

const CATEGORIES = [
  category("printers", "Printers & labels", null, "printer print queue"),
  category("labels", "Label printer (specimens, medications)", "printers", "zebra thermal"),
  category("bands", "Wristband printer", "printers", "armband"),
  category("ehr", "Patient records (EHR)", null, "epic cerner"),
  category("ehr-slow", "Patient records are slow", "ehr", "lag freeze"),
  category("scan", "Scanning medications or wristbands at the bedside", "ehr", "bcma barcode"),
  category("other", "Something else", null, "general"),
];

const place = (id: string, kind: string, name: string, parentId: string | null, code = id.toUpperCase()) => ({ id, kind, name, parentId, code });

const LOCATIONS = [
  place("rmc", "CAMPUS", "Riverside Medical Center", null),
  place("tower", "BUILDING", "Main Tower", "rmc"),
  place("f3", "FLOOR", "Floor 3", "tower"),
  place("icu", "UNIT", "Intensive Care Unit", "f3", "RMC-A-3-ICU"),
  place("301", "ROOM", "Room 301", "icu", "RMC-A-3-ICU-301"),
  place("f4", "FLOOR", "Floor 4", "tower"),
  place("4w", "UNIT", "4 West Med-Surg", "f4"),
  place("412", "ROOM", "Room 412", "4w"),
  place("med", "ROOM", "Med room", "4w"),
];

describe("categoryGroups", () => {
  it("groups children under their parent, offers the parent last, and lists childless roots ungrouped", () => {
    const groups = categoryGroups(CATEGORIES);
    expect(groups.map((group) => [group.label, group.options.map((option) => option.label)])).toEqual([
      ["Printers & labels", ["Label printer (specimens, medications)", "Wristband printer", "Printers & labels: something else"]],
      ["Patient records (EHR)", ["Patient records are slow", "Scanning medications or wristbands at the bedside", "Patient records (EHR): something else"]],
      [null, ["Something else"]],
    ]);
    expect(findOption(groups, "labels")?.detail).toBe("Label printer (specimens, medications) help");
  });
});

describe("locationGroups", () => {
  it("offers units and their rooms, grouped by floor, with self-explaining labels and full paths", () => {
    const groups = locationGroups(LOCATIONS);
    expect(groups.map((group) => group.label)).toEqual(["Riverside Medical Center › Main Tower › Floor 3", "Riverside Medical Center › Main Tower › Floor 4"]);
    expect(groups[1]!.options.map((option) => option.label)).toEqual(["4 West Med-Surg", "4 West Med-Surg › Room 412", "4 West Med-Surg › Med room"]);
    expect(findOption(groups, "412")?.detail).toBe("Riverside Medical Center › Main Tower › Floor 4 › 4 West Med-Surg › Room 412");
    expect(findOption(groups, "tower")).toBeUndefined();
  });
});

describe("filtering", () => {
  const categories = categoryGroups(CATEGORIES);
  const locations = locationGroups(LOCATIONS);

  it.each([
    ["zebra", categories, ["labels"]],
    ["PRINTER", categories, ["labels", "bands", "printers"]],
    ["epic slow", categories, ["ehr-slow"]],
    ["icu 301", locations, ["301"]],
    ["main tower 4 west", locations, ["4w", "412", "med"]],
    ["nothing like this", categories, []],
  ] as const)("%s matches exactly the expected options", (query, groups, expected) => {
    const values = filterGroups(groups, query, "").flatMap((group) => group.options.map((option) => option.value));
    expect(values).toEqual(expected);
  });

  it("keeps the chosen option even when it does not match, and shows everything for an empty query", () => {
    expect(filterGroups(categories, "zebra", "ehr-slow").flatMap((g) => g.options.map((o) => o.value))).toEqual(["labels", "ehr-slow"]);
    expect(filterGroups(categories, "   ", "")).toEqual(categories);
  });

  it.each([
    ["wristband", "bands"],
    ["zebra", "labels"],
    ["printer", "labels"], // a named kind of printer beats "Printers & labels: something else"
    ["general", "other"], // only a catch-all matches: it is picked
    ["records slow", "ehr-slow"],
    ["barcode", "scan"],
    ["nothing like this", undefined],
  ])("the filter picks the best match for %s", (query, expected) => {
    expect(bestMatch(categories, query)?.value).toBe(expected);
  });

  it("needs every typed word", () => {
    const option = findOption(categories, "labels")!;
    expect(matchesFilter(option, "zebra label")).toBe(true);
    expect(matchesFilter(option, "zebra wristband")).toBe(false);
  });
});
