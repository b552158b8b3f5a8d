// Two campuses of the demo hospital, written as a tree because that is how people read a building
// directory, then flattened parents-first so the seed can resolve every parent before its children.
import { LocationKind } from "@/generated/prisma/enums";
import type { SeedLocation } from "./types";

// [code suffix, name]: the suffix is appended to the unit code, e.g. "412" -> "RMC-A-4-4W-412".
type RoomTree = readonly [codeSuffix: string, name: string];
type UnitTree = { code: string; name: string; criticalCare?: boolean; rooms: readonly RoomTree[] };
type FloorTree = { code: string; name: string; units: readonly UnitTree[] };
type BuildingTree = { code: string; name: string; floors: readonly FloorTree[] };
type CampusTree = { code: string; name: string; buildings: readonly BuildingTree[] };

const NURSES_STATION: RoomTree = ["NS", "Nurses' station"];
const MED_ROOM: RoomTree = ["MED", "Med room"];

const RIVERSIDE: CampusTree = {
  code: "RMC",
  name: "Riverside Medical Center",
  buildings: [
    {
      code: "A",
      name: "Main Tower",
      floors: [
        { code: "1", name: "Floor 1", units: [
          { code: "ED", name: "Emergency Department", criticalCare: true,
            rooms: [["TRIAGE", "Triage"], ["B3", "Bay 3"], ["B7", "Bay 7"], ["TR1", "Trauma 1"], NURSES_STATION, MED_ROOM] },
          { code: "ADM", name: "Registration & Admitting",
            rooms: [["DESK", "Admitting desk"], ["R1", "Registration booth 1"], ["R2", "Registration booth 2"], ["BED", "Bed management office"]] },
          { code: "RAD", name: "Radiology",
            rooms: [["CT1", "CT scanner 1"], ["MRI", "MRI suite"], ["XR2", "X-ray room 2"], ["READ", "Reading room"]] },
        ] },
        { code: "2", name: "Floor 2", units: [
          { code: "OR", name: "Operating Rooms", criticalCare: true,
            rooms: [["OR1", "OR 1"], ["OR2", "OR 2"], ["OR5", "OR 5"], ["CORE", "Sterile core"], ["DESK", "OR control desk"]] },
          { code: "PACU", name: "Post-Anesthesia Care (PACU)", criticalCare: true,
            rooms: [["B1", "Bay 1"], ["B2", "Bay 2"], ["B6", "Bay 6"], NURSES_STATION] },
          { code: "ENDO", name: "Endoscopy",
            rooms: [["P1", "Procedure room 1"], ["P2", "Procedure room 2"], ["REC", "Recovery"], ["SCOPE", "Scope cleaning room"]] },
        ] },
        { code: "3", name: "Floor 3", units: [
          { code: "ICU", name: "Intensive Care Unit", criticalCare: true,
            rooms: [["301", "Room 301"], ["304", "Room 304"], ["310", "Room 310"], NURSES_STATION, MED_ROOM] },
          { code: "LD", name: "Labor & Delivery", criticalCare: true,
            rooms: [["LDR1", "Delivery room 1"], ["LDR4", "Delivery room 4"], ["TRI", "OB triage"], ["CS", "C-section OR"], NURSES_STATION] },
          { code: "NICU", name: "Neonatal Intensive Care (NICU)", criticalCare: true,
            rooms: [["POD1", "Pod 1"], ["POD2", "Pod 2"], ["ISO", "Isolation room"], ["MILK", "Milk room"], NURSES_STATION] },
        ] },
        { code: "4", name: "Floor 4", units: [
          { code: "4W", name: "4 West Med-Surg",
            rooms: [["412", "Room 412"], ["414", "Room 414"], ["420", "Room 420"], NURSES_STATION, MED_ROOM] },
        ] },
        { code: "5", name: "Floor 5", units: [
          { code: "5E", name: "5 East Cardiac Telemetry",
            rooms: [["502", "Room 502"], ["508", "Room 508"], ["MON", "Central monitoring"], NURSES_STATION, MED_ROOM] },
        ] },
      ],
    },
    {
      code: "B",
      name: "Diagnostics Building",
      floors: [
        { code: "1", name: "Floor 1", units: [
          { code: "PHARM", name: "Pharmacy",
            rooms: [["IV", "IV compounding room"], ["VAULT", "Controlled substances vault"], ["WIN", "Dispensing window"], ["OFF", "Pharmacist office"]] },
          { code: "LAB", name: "Laboratory",
            rooms: [["CHEM", "Chemistry"], ["HEME", "Hematology"], ["MICRO", "Microbiology"], ["BB", "Blood bank"], ["RECV", "Specimen receiving"]] },
        ] },
      ],
    },
  ],
};

const NORTHGATE: CampusTree = {
  code: "NGC",
  name: "Northgate Campus",
  buildings: [
    {
      code: "M",
      name: "Medical Office Building",
      floors: [
        { code: "1", name: "Floor 1", units: [
          { code: "REG", name: "Patient Registration",
            rooms: [["DESK", "Front desk"], ["R1", "Registration booth 1"], ["R2", "Registration booth 2"]] },
          { code: "FM", name: "Family Medicine Clinic",
            rooms: [["EX1", "Exam room 1"], ["EX2", "Exam room 2"], ["EX3", "Exam room 3"], ["CHK", "Check-in desk"]] },
          { code: "ORTHO", name: "Orthopedic Clinic",
            rooms: [["EX1", "Exam room 1"], ["EX4", "Exam room 4"], ["CAST", "Cast room"], ["XR", "X-ray room"]] },
        ] },
        { code: "2", name: "Floor 2", units: [
          { code: "ONC", name: "Oncology Infusion Center",
            rooms: [["C1", "Infusion chair 1"], ["C8", "Infusion chair 8"], ["PRIV", "Private infusion room"], NURSES_STATION] },
          { code: "DIAL", name: "Dialysis",
            rooms: [["S1", "Station 1"], ["S6", "Station 6"], ["H2O", "Water treatment room"], NURSES_STATION] },
        ] },
      ],
    },
    {
      code: "R",
      name: "Rehabilitation Pavilion",
      floors: [
        { code: "1", name: "Floor 1", units: [
          { code: "REHAB", name: "Inpatient Rehabilitation",
            rooms: [["112", "Room 112"], ["118", "Room 118"], ["GYM", "Therapy gym"], NURSES_STATION] },
        ] },
        { code: "2", name: "Floor 2", units: [
          { code: "BH", name: "Behavioral Health",
            rooms: [["204", "Room 204"], ["207", "Room 207"], ["DAY", "Day room"], ["INTAKE", "Intake room"], NURSES_STATION] },
        ] },
      ],
    },
  ],
};

type Node = { code: string; name: string; criticalCare?: boolean };

// Steps of 10 leave room to slot a new unit between two existing ones without renumbering.
function location(kind: LocationKind, node: Node, parentCode: string | null, index: number): SeedLocation {
  const code = parentCode ? `${parentCode}-${node.code}` : node.code;
  return { kind, code, name: node.name, parentCode, criticalCare: node.criticalCare ?? false, sortOrder: (index + 1) * 10 };
}

function flattenUnit(unit: UnitTree, floorCode: string, index: number): SeedLocation[] {
  const unitRow = location(LocationKind.UNIT, unit, floorCode, index);
  const rooms = unit.rooms.map(([code, name], roomIndex) =>
    location(LocationKind.ROOM, { code, name }, unitRow.code, roomIndex),
  );
  return [unitRow, ...rooms];
}

function flattenCampus(campus: CampusTree, index: number): SeedLocation[] {
  const campusRow = location(LocationKind.CAMPUS, campus, null, index);
  return [
    campusRow,
    ...campus.buildings.flatMap((building, buildingIndex) => {
      const buildingRow = location(LocationKind.BUILDING, building, campusRow.code, buildingIndex);
      return [
        buildingRow,
        ...building.floors.flatMap((floor, floorIndex) => {
          const floorRow = location(LocationKind.FLOOR, floor, buildingRow.code, floorIndex);
          return [floorRow, ...floor.units.flatMap((unit, unitIndex) => flattenUnit(unit, floorRow.code, unitIndex))];
        }),
      ];
    }),
  ];
}

/** Every location, each parent listed before its children. */
export const LOCATIONS: readonly SeedLocation[] = [RIVERSIDE, NORTHGATE].flatMap(flattenCampus);
