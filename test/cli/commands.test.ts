import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sampleCsv } from "../../src/cli/sample-records";
import { assertPolicy, getPreset, parsePolicy } from "../../src/index";
import { runCli, tempDir } from "../helpers/cli";
import { WORKED_CSV } from "../helpers/p1";

describe("kaoping explain", () => {
  const cwd = tempDir();
  writeFileSync(join(cwd, "units.csv"), `${WORKED_CSV}Broken,true,x,average,0,0\n`);

  it("explains one subject in sentences, in English and Chinese", async () => {
    const en = await runCli(["explain", "-p", "satisfaction-work", "-i", "units.csv", "-s", "North"], {
      cwd,
    });
    expect(en.code).toBe(0);
    expect(en.stdout).toBe(
      [
        "North — Satisfaction work appraisal",
        "Standards compliance: 47 of 50 points.",
        "  +50 starts at full marks, 50 points",
        "  −3 inspection findings: 3 × 1 point taken off",
        "Satisfaction survey: 16 of 20 points.",
        '  +16 the answer "basically satisfied" is worth 16',
        "Service complaints: 24 of 30 points.",
        "  +30 starts at full marks, 30 points",
        "  −6 valid complaints: 1 × 6 points taken off",
        "Total: 87 of 100 points, grade: fail.",
        "",
      ].join("\n"),
    );
    const zh = await runCli(
      ["explain", "-p", "satisfaction-work", "-i", "units.csv", "-s", "Workshop", "-l", "zh-CN"],
      {
        cwd,
      },
    );
    expect(zh.stdout).toContain("  +10 分 扣完为止，不计负分（满分 50 分，应扣 60 分）");
    expect(zh.stdout).toContain("总分：4 分（满分 100 分），等级：不合格。");
  });

  it("says why a subject's record was rejected (exit 1), and when there is none (exit 2)", async () => {
    const broken = await runCli(["explain", "-p", "satisfaction-work", "-i", "units.csv", "-s", "Broken"], {
      cwd,
    });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toBe(
      'units.csv:6: [Broken] findings: "findings" must be a whole number, 0 or more; got "x".\n',
    );
    const none = await runCli(["explain", "-p", "satisfaction-work", "-i", "units.csv", "-s", "Nobody"], {
      cwd,
    });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('kaoping: No record for subject "Nobody".\n');
  });

  it("picks a period when records carry several", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "year.csv"),
      "subject,period,inspected,findings,survey,valid_complaints,major_complaints\nA,2026-01,true,0,很满意,0,0\nA,2026-02,true,5,很满意,0,0\n",
    );
    const { stdout } = await runCli(
      ["explain", "-p", "satisfaction-work", "-i", "year.csv", "-s", "A", "--period", "2026-02"],
      { cwd: dir },
    );
    expect(stdout.split("\n")[0]).toBe("A (2026-02) — Satisfaction work appraisal");
    expect(stdout).toContain("Total: 95 of 100 points, grade: excellent.");
  });
});

describe("kaoping init", () => {
  it("writes a valid policy pointing at its schema, the schema and sample records", async () => {
    const cwd = tempDir();
    const { code, stdout } = await runCli(["init", "demo"], { cwd });
    expect(code).toBe(0);
    expect(stdout).toContain("Created demo/policy.json");
    expect(stdout).toContain(
      "npx kaoping score --policy policy.json --input units.csv --format html --out report.html",
    );
    const policy = JSON.parse(readFileSync(join(cwd, "demo/policy.json"), "utf8"));
    expect(policy.$schema).toBe("./policy.schema.json");
    expect(parsePolicy(policy).success).toBe(true);
    expect(JSON.parse(readFileSync(join(cwd, "demo/policy.schema.json"), "utf8")).$schema).toContain(
      "json-schema.org",
    );
    expect(readFileSync(join(cwd, "demo/units.csv"), "utf8").split("\n")[0]).toBe(
      "subject,inspected,findings,survey,valid_complaints,major_complaints",
    );
  });

  it("refuses to overwrite without --force (exit 2), and writes YAML when asked", async () => {
    const cwd = tempDir();
    await runCli(["init", "demo"], { cwd });
    const again = await runCli(["init", "demo"], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("demo/policy.json already exists");
    expect((await runCli(["init", "demo", "--force"], { cwd })).code).toBe(0);
    const yaml = await runCli(["init", "y", "--format", "yaml", "-l", "zh-CN"], { cwd });
    expect(yaml.stdout).toContain("已创建 y/policy.yaml");
    const validated = await runCli(["validate", "y/policy.yaml"], { cwd });
    expect(validated.stdout).toBe("y/policy.yaml: policy satisfaction-work 1.0.0 is valid.\n");
  });

  it("makes sample rows with the columns any policy needs", () => {
    const policy = assertPolicy({
      ...getPreset("satisfaction-work")!,
      id: "other",
      inputs: { ...getPreset("satisfaction-work")!.inputs, score: { type: "decimal", max: 10 } },
    });
    const [header, first] = sampleCsv(policy).split("\n");
    expect(header).toBe("subject,inspected,findings,survey,valid_complaints,major_complaints,score");
    expect(first).toBe("Unit A,true,0,very-satisfied,0,0,10");
  });
});

describe("--help", () => {
  it("shows examples for every command and the exit codes", async () => {
    const top = await runCli(["--help"]);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain("Exit codes: 0 all good; 1 some input rejected");
    const commands = [...top.stdout.matchAll(/^ {2}([a-z]+)\b/gm)]
      .map((m) => m[1]!)
      .filter((c) => c !== "help");
    expect(commands).toEqual(
      expect.arrayContaining(["score", "validate", "presets", "schema", "explain", "init"]),
    );
    for (const command of [...commands.map((c) => [c]), ["presets", "show"]]) {
      const help = await runCli([...command, "--help"]);
      expect(help.stdout, command.join(" ")).toMatch(/Examples?:\n {2}\$ kaoping /);
    }
  });
});
