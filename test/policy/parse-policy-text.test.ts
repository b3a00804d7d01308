import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { parsePolicyText } from "../../src/policy/parse-text";
import { p1Policy } from "../helpers/p1";

describe("parsePolicyText", () => {
  it("reads a YAML policy", () => {
    expect(parsePolicyText(stringify(p1Policy())).success).toBe(true);
  });

  it("reads a JSON policy", () => {
    expect(parsePolicyText(JSON.stringify(p1Policy(), null, 2)).success).toBe(true);
  });

  it("gives each issue the line of its field in YAML", () => {
    const text = [
      "id: broken", // 1
      "version: 1.0.0", // 2
      "name: { en: Broken, zh-CN: 坏 }", // 3
      "cycle: weekly", // 4
      "maxScore: 100", // 5
      "inputs:", // 6
      "  findings: { type: count }", // 7
      "components:", // 8
      "  - id: standards", // 9
      "    kind: deduction", // 10
      "    max: 100", // 11
      "    per:", // 12
      "      - input: findngs", // 13
      "        points: 1", // 14
      "grades:", // 15
      "  - { id: pass, min: 90 }", // 16
      "  - { id: pass }", // 17
    ].join("\n");
    const result = parsePolicyText(text);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => [issue.code, issue.line])).toEqual([
      ["schema.invalid-value", 4],
      ["policy.unknown-input", 13],
      ["policy.duplicate-grade", 17],
    ]);
  });

  it("gives each issue the line of its field in JSON", () => {
    const policy = { ...p1Policy(), maxScore: 90 };
    const text = JSON.stringify(policy, null, 2);
    const result = parsePolicyText(text);
    if (result.success) throw new Error("expected issues");
    const line = text.split("\n").findIndex((l) => l.includes('"components"')) + 1;
    expect(result.issues.map((issue) => [issue.code, issue.line])).toEqual([["policy.max-mismatch", line]]);
  });

  it("reports a missing field at the object that lacks it", () => {
    const result = parsePolicyText("id: x\nversion: '1'\nname: { en: X, zh-CN: X }\ncycle: month\n");
    if (result.success) throw new Error("expected issues");
    expect(result.issues.every((issue) => issue.line === 1)).toBe(true);
    expect(result.issues.map((issue) => issue.path[0])).toEqual([
      "maxScore",
      "inputs",
      "components",
      "grades",
    ]);
  });

  it("reports malformed YAML with its line, without throwing", () => {
    const result = parsePolicyText("id: x\nname: [unclosed\nversion: 1\n");
    if (result.success) throw new Error("expected issues");
    expect(result.issues[0]?.code).toBe("file.parse-error");
    expect(result.issues[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it("reports duplicate keys instead of keeping the last", () => {
    const result = parsePolicyText("id: x\nid: y\n");
    if (result.success) throw new Error("expected issues");
    expect(result.issues[0]?.code).toBe("file.parse-error");
    expect(result.issues[0]?.line).toBe(2);
  });
});
