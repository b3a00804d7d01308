import { describe, expect, it } from "vitest";
import { getPreset, parsePolicy, presetNames, presets } from "../../src/index";

describe("presets", () => {
  it("are all valid policies", () => {
    for (const name of presetNames()) {
      const result = parsePolicy(getPreset(name));
      expect(result.success ? "valid" : result.issues).toBe("valid");
    }
  });

  it("are named after their id", () => {
    for (const name of presetNames()) expect(getPreset(name)?.id).toBe(name);
  });

  it("are frozen, and getPreset returns a copy that is safe to edit", () => {
    const shared = presets["satisfaction-work"] as { maxScore: unknown; components: unknown[] };
    expect(() => {
      shared.maxScore = 5;
    }).toThrow(TypeError);
    expect(Object.isFrozen(shared.components[0])).toBe(true);
    const copy = getPreset("satisfaction-work") as { maxScore: unknown };
    copy.maxScore = 5;
    expect(getPreset("satisfaction-work")?.maxScore).toBe(100);
  });

  it("gives undefined for an unknown or inherited name", () => {
    expect(getPreset("nope")).toBeUndefined();
    expect(getPreset("constructor")).toBeUndefined();
    expect(getPreset("__proto__")).toBeUndefined();
  });

  it("P1 says what POLICIES.md says", () => {
    const p1 = getPreset("satisfaction-work") as unknown as {
      maxScore: number;
      components: {
        id: string;
        max: number;
        per?: { input: string; points: number }[];
        points?: Record<string, number>;
      }[];
      grades: { id: string; min?: number }[];
    };
    expect(p1.maxScore).toBe(100);
    expect(p1.components.map((c) => [c.id, c.max])).toEqual([
      ["standards", 50],
      ["survey", 20],
      ["complaints", 30],
    ]);
    expect(p1.components[0]?.per).toEqual([{ input: "findings", points: 1 }]);
    expect(p1.components[1]?.points).toEqual({
      "very-satisfied": 20,
      "basically-satisfied": 16,
      average: 12,
      "not-very-satisfied": 8,
      "very-dissatisfied": 4,
    });
    expect(p1.components[2]?.per).toEqual([
      { input: "complaints.valid", points: 6 },
      { input: "complaints.major", points: 12 },
    ]);
    expect(p1.grades).toEqual([
      expect.objectContaining({ id: "excellent", min: 95 }),
      expect.objectContaining({ id: "pass", min: 90 }),
      { id: "fail", name: { en: "fail", "zh-CN": "不合格" } },
    ]);
  });
});
