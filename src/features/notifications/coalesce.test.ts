import { describe, expect, it } from "vitest";
import { coalesced } from "./coalesce";

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe("coalesced background runs", () => {
  it("does not start the work inside the caller", async () => {
    let runs = 0;
    const runner = coalesced(async () => void (runs += 1), () => {});
    runner.trigger();
    expect(runs).toBe(0);
    await runner.idle();
    expect(runs).toBe(1);
  });

  it("turns any number of triggers during a run into exactly one more run", async () => {
    const first = gate();
    let runs = 0;
    let concurrent = 0;
    let maxConcurrent = 0;
    const runner = coalesced(async () => {
      runs += 1;
      concurrent += 1;
      maxConcurrent = Math.max(maxConcurrent, concurrent);
      if (runs === 1) await first.opened;
      concurrent -= 1;
    }, () => {});
    runner.trigger();
    await new Promise((resolve) => setImmediate(resolve));
    for (let i = 0; i < 5; i += 1) runner.trigger();
    first.open();
    await runner.idle();
    expect(runs).toBe(2);
    expect(maxConcurrent).toBe(1);
  });

  it("reports a failure and keeps working for the next trigger", async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const runner = coalesced(async () => {
      runs += 1;
      if (runs === 1) throw new Error("relay down");
    }, (error) => errors.push(error));
    expect(() => runner.trigger()).not.toThrow();
    await runner.idle();
    runner.trigger();
    await runner.idle();
    expect(errors).toHaveLength(1);
    expect(runs).toBe(2);
  });
});
