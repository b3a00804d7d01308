import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers/cli";

const dir = mkdtempSync(join(tmpdir(), "kaoping-cli-"));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return name;
};
const HEADER = "subject,inspected,findings,survey,valid_complaints,major_complaints";

// POLICIES.md's P1 worked examples, one per row (lines 2–5).
const worked = file(
  "worked.csv",
  [
    HEADER,
    "A,true,3,basically-satisfied,1,0",
    "B,true,0,very-satisfied,0,0",
    "C,true,60,很不满意,0,3",
    "D,true,5,很满意,0,0",
  ].join("\n"),
);

const scoreJson = async (input: string, ...more: string[]) => {
  const result = await cli(
    ["score", "--policy", "satisfaction-work", "--input", input, "--format", "json", ...more],
    { cwd: dir },
  );
  return { ...result, json: JSON.parse(result.stdout) };
};

describe("kaoping score", () => {
  it("gives P1's worked examples their totals and grades", async () => {
    const { code, json } = await scoreJson(worked);
    expect(code).toBe(0);
    expect(
      json.results.map((r: { subject: string; status: string; total: string; grade: string }) => [
        r.subject,
        r.status,
        r.total,
        r.grade,
      ]),
    ).toEqual([
      ["A", "graded", "87", "fail"],
      ["B", "graded", "100", "excellent"],
      ["C", "graded", "4", "fail"],
      ["D", "graded", "95", "excellent"],
    ]);
    expect(json.rejected).toEqual([]);
    expect(json.results[0].components.map((c: { id: string; score: string }) => [c.id, c.score])).toEqual([
      ["standards", "47"],
      ["survey", "16"],
      ["complaints", "24"],
    ]);
  });

  it("rejects bad rows with their line and issues, still scoring the good ones, exit 1", async () => {
    const input = file(
      "mixed.csv",
      [
        HEADER, // 1
        "A,true,3,basically-satisfied,1,0", // 2
        "B,maybe,x,很满意,0,0", // 3: two bad values
        '"C\nwith a newline",true,0,很满意,0,0', // 4–5: one record on two lines
        "D,true,0,很满意,0", // 6: a cell short
        "E,false,0,一般,0,0", // 7: no opinion
        "F,true,1,awesome,0,0", // 8: unknown answer
      ].join("\n"),
    );
    const { code, json } = await scoreJson(input);
    expect(code).toBe(1);
    expect(json.results.map((r: { subject: string; status: string }) => [r.subject, r.status])).toEqual([
      ["A", "graded"],
      ["C\nwith a newline", "graded"],
      ["E", "no-opinion"],
    ]);
    expect(
      json.rejected.map((r: { line: number; issues: { code: string; path: string[] }[] }) => [
        r.line,
        r.issues.map((i) => `${i.code}@${i.path.join(".")}`),
      ]),
    ).toEqual([
      [3, ["record.not-a-boolean@inspected", "record.not-a-count@findings"]],
      [6, ["file.wrong-cell-count@"]],
      [8, ["record.unknown-tier@survey"]],
    ]);
    expect(json.rejected[1].issues[0].message).toContain("The row has 5 cells, but the header has 6");
  });

  it("reports an unclosed quote at its line", async () => {
    const input = file(
      "unclosed.csv",
      [HEADER, "A,true,0,很满意,0,0", 'B,true,0,"很满意,0,0', "C,true,0,很满意,0,0"].join("\n"),
    );
    const { code, json } = await scoreJson(input);
    expect(code).toBe(1);
    expect(json.results.map((r: { subject: string }) => r.subject)).toEqual(["A"]);
    expect(
      json.rejected.map((r: { line: number; issues: { code: string }[] }) => [r.line, r.issues[0]?.code]),
    ).toEqual([[3, "file.unclosed-quote"]]);
  });

  it("reports a column the policy needs once, for the file", async () => {
    const input = file(
      "nocolumn.csv",
      ["subject,inspected,findings,survey,valid_complaints", "A,true,0,很满意,0"].join("\n"),
    );
    const { code, json } = await scoreJson(input);
    expect(code).toBe(1);
    expect(json.rejected).toEqual([
      {
        line: 1,
        issues: [
          expect.objectContaining({ code: "file.missing-column", values: { column: "major_complaints" } }),
        ],
      },
    ]);
  });

  it("reads UTF-8 with a BOM, NDJSON and JSON arrays, with lines", async () => {
    const bom = file("bom.csv", `\uFEFF${HEADER}\nA,true,3,basically-satisfied,1,0\n`);
    expect((await scoreJson(bom)).json.results[0].total).toBe("87");
    const ndjson = file(
      "units.ndjson",
      [
        '{"subject":"A","inspected":true,"findings":3,"survey":["基本满意"],"complaints":{"valid":1}}',
        "",
        '{"subject":"B","inspected":true,"findings":-1,"survey":"很满意","valid_complaints":0,"major_complaints":0}',
        "{not json",
      ].join("\n"),
    );
    const fromNdjson = await scoreJson(ndjson);
    expect(fromNdjson.json.results.map((r: { total: string }) => r.total)).toEqual(["87"]);
    expect(
      fromNdjson.json.rejected.map((r: { line: number; issues: { code: string }[] }) => [
        r.line,
        r.issues[0]?.code,
      ]),
    ).toEqual([
      [3, "record.not-a-count"],
      [4, "file.parse-error"],
    ]);
    const json = file(
      "units.json",
      '[\n  {"subject":"A","inspected":true,"findings":3,"survey":"基本满意","complaints":{"valid":1}},\n  {"subject":"B",\n   "inspected":"?","findings":0,"survey":"很满意","complaints":{}}\n]',
    );
    const fromJson = await scoreJson(json);
    expect(fromJson.json.results.map((r: { total: string }) => r.total)).toEqual(["87"]);
    expect(fromJson.json.rejected.map((r: { line: number }) => r.line)).toEqual([3]);
  });

  it("reads standard input", async () => {
    const stdin = `${HEADER}\nA,true,3,basically-satisfied,1,0\n`;
    const result = await cli(["score", "-p", "satisfaction-work", "-i", "-", "-f", "json"], { stdin });
    expect(JSON.parse(result.stdout).results[0].total).toBe("87");
  });

  it("prints a table, with explanations, in Chinese", async () => {
    const { code, stdout } = await cli(
      ["score", "-p", "satisfaction-work", "-i", worked, "--explain", "--locale", "zh-CN"],
      {
        cwd: dir,
      },
    );
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(
      /^名次\s+考评对象\s+状态\s+总分\s+等级\s+服务工作标准执行情况\s+客户满意度调查\s+服务投诉$/,
    );
    // Ranked by hand: B 100, D 95, A 87, C 4 — so A's row is the third.
    expect(lines[4]).toMatch(/^\s+3\s+A\s+已评定\s+87\.00\s+不合格\s+47\.00\s+16\.00\s+24\.00$/);
    expect(stdout).toContain("总分：87 分（满分 100 分），等级：不合格。");
  });

  it("leaves the trace out with --no-trace", async () => {
    const { json } = await scoreJson(worked, "--no-trace");
    expect(json.results[0].components[0].trace).toEqual([]);
    expect(json.results[0].total).toBe("87");
  });

  it("scores with a policy file, and refuses a broken one with its lines, exit 1", async () => {
    const policy = (await cli(["presets", "show", "satisfaction-work", "--format", "yaml"])).stdout;
    file("policy.yaml", policy);
    expect((await cli(["score", "-p", "policy.yaml", "-i", worked, "-f", "json"], { cwd: dir })).code).toBe(
      0,
    );
    file("broken.yaml", policy.replace("maxScore: 100", "maxScore: 90"));
    const broken = await cli(["score", "-p", "broken.yaml", "-i", worked], { cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe("");
    expect(broken.stderr).toMatch(
      /^broken\.yaml:\d+: components: The components' maxima add up to 100, but maxScore is 90/,
    );
  });

  it("exits 2 on usage errors, saying what went wrong", async () => {
    const unknownPreset = await cli(["score", "-p", "satisfaction", "-i", worked], { cwd: dir });
    expect(unknownPreset.code).toBe(2);
    expect(unknownPreset.stderr).toContain(
      '"satisfaction" is neither a file nor a preset (presets: "satisfaction-work"',
    );
    const missingFile = await cli(["score", "-p", "satisfaction-work", "-i", "nope.csv"], { cwd: dir });
    expect(missingFile.code).toBe(2);
    expect(missingFile.stderr).toContain("Cannot read nope.csv: no such file.");
    expect((await cli(["score", "-p", "satisfaction-work"])).code).toBe(2);
    expect(
      (await cli(["score", "-p", "satisfaction-work", "-i", worked, "--format", "xml"], { cwd: dir })).code,
    ).toBe(2);
    expect((await cli(["score", "-p", "satisfaction-work", "-i", "units.txt"], { cwd: dir })).code).toBe(2);
    expect((await cli(["frobnicate"])).code).toBe(2);
  });
});
