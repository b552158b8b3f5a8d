import { describe, expect, it } from "vitest";
import { locationIndex, locationOptions, placeLine, placeWords, walkGroup } from "./location-words";

const tree = [
  { id: "c", kind: "CAMPUS", name: "Riverside", parentId: null, active: true },
  { id: "b", kind: "BUILDING", name: "Main Tower", parentId: "c", active: true },
  { id: "f", kind: "FLOOR", name: "Floor 4", parentId: "b", active: true },
  { id: "u", kind: "UNIT", name: "4 West", parentId: "f", active: true },
  { id: "r", kind: "ROOM", name: "Room 412", parentId: "u", active: true },
  { id: "old", kind: "UNIT", name: "Closed ward", parentId: "f", active: false },
];
const index = locationIndex(tree);

describe("placeWords", () => {
  it("names every level from the room up", () => {
    expect(placeWords(index, "r")).toEqual({ campus: "Riverside", building: "Main Tower", floor: "Floor 4", unit: "4 West", room: "Room 412" });
    expect(placeLine(placeWords(index, "r"))).toBe("Main Tower › Floor 4 › 4 West › Room 412");
    expect(walkGroup(placeWords(index, "r"))).toBe("Main Tower › Floor 4");
  });

  it("falls back to the campus, then to plain words, and never loops on a broken tree", () => {
    expect(placeLine(placeWords(index, "c"))).toBe("Riverside");
    expect(placeLine(placeWords(index, "missing"))).toBe("Place not given");
    const loop = locationIndex([{ id: "a", kind: "UNIT", name: "A", parentId: "a", active: true }]);
    expect(placeLine(placeWords(loop, "a"))).toBe("A");
  });
});

describe("locationOptions", () => {
  it("offers active buildings, floors and units with their paths", () => {
    expect(locationOptions(tree).map((option) => option.label)).toEqual(["Main Tower", "Main Tower › Floor 4", "Main Tower › Floor 4 › 4 West"]);
  });
});
