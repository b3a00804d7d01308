import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { getPreset, policyJsonSchema } from "../../src/index";
import { cli } from "../helpers/cli";

const dir = mkdtempSync(join(tmpdir(), "kaoping-cmd-"));

describe("kaoping validate", () => {
  it("says a valid policy is valid, exit 0", async () => {
    const result = await cli(["validate", "satisfaction-work"]);
    expect(result).toMatchObject({
      code: 0,
      stdout: "preset satisfaction-work: policy satisfaction-work 1.0.0 is valid.\n",
    });
  });

  it("lists every issue with its file, line and path, exit 1", async () => {
    const policy = { ...getPreset("satisfaction-work"), maxScore: 120 } as Record<string, unknown>;
    policy.grades = [{ id: "pass", min: 90 }, { id: "pass" }, { id: "fail" }];
    (policy.components as { per?: { input: string }[] }[])[0]!.per![0]!.input = "findngs";
    writeFileSync(join(dir, "three.json"), JSON.stringify(policy, null, 2));
    const result = await cli(["validate", "three.json"], { cwd: dir });
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^three\.json:\d+: components: The components' maxima add up to 100, but maxScore is 120/,
    );
    expect(lines[1]).toMatch(
      /^three\.json:\d+: components\[0\]\.per\[0\]\.input: Input "findngs" is not declared/,
    );
    expect(lines[2]).toMatch(/^three\.json:\d+: grades\[1\]\.id: Grade "pass" is declared more than once\.$/);
    expect(result.stderr).toBe("3 issues found.\n");
  });

  it("speaks Chinese", async () => {
    writeFileSync(join(dir, "bad.yaml"), "id: x\n");
    const result = await cli(["validate", "bad.yaml", "--locale", "zh-CN"], { cwd: dir });
    expect(result.stdout).toContain("bad.yaml:1: version: 应为 string，实际为 nothing。");
  });
});

describe("kaoping presets", () => {
  it("lists the presets with their names", async () => {
    const result = await cli(["presets"]);
    // Names are padded to the longest preset name, which grows as presets are added.
    expect(result.stdout).toMatch(/^satisfaction-work +Satisfaction work appraisal \(客户满意度工作考评\)$/m);
    expect(result.stdout).toMatch(
      /^after-sales-response +After-sales response windows \(售后服务响应时间考评\)$/m,
    );
  });

  it("prints a preset as JSON or YAML, equal to the preset", async () => {
    const json = await cli(["presets", "show", "satisfaction-work", "--format", "json"]);
    expect(JSON.parse(json.stdout)).toEqual(getPreset("satisfaction-work"));
    const yaml = await cli(["presets", "show", "satisfaction-work", "--format", "yaml"]);
    expect(parse(yaml.stdout)).toEqual(getPreset("satisfaction-work"));
  });

  it("refuses an unknown preset, exit 2", async () => {
    const result = await cli(["presets", "show", "nope"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"nope" is neither a file nor a preset');
  });
});

describe("kaoping schema", () => {
  it("prints the JSON Schema of a policy", async () => {
    const result = await cli(["schema"]);
    expect(JSON.parse(result.stdout)).toEqual(policyJsonSchema());
  });
});

describe("help", () => {
  for (const command of ["score", "validate", "presets", "schema"]) {
    it(`kaoping ${command} --help shows usage and examples, exit 0`, async () => {
      const result = await cli([command, "--help"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Usage: kaoping ${command}`);
      expect(result.stdout).toContain("Example");
    });
  }
});
