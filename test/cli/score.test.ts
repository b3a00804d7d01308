import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { folder, runCli } from "../helpers/cli";
import { WORKED_CSV } from "../helpers/p1";

const HEADER = "subject,inspected,findings,survey,valid_complaints,major_complaints";

const score = (cwd: string, ...args: string[]) =>
  runCli(["score", "-p", "satisfaction-work", "-i", "units.csv", ...args], { cwd });

describe("kaoping score", () => {
  const cwd = folder({ "units.csv": WORKED_CSV });

  it("prints a table by default and exits 0", async () => {
    const { code, stdout, stderr } = await score(cwd);
    expect(code).toBe(0);
    // P1 ranks: East 100 first … Workshop 4 fourth (competition ranking, by hand).
    expect(stdout).toMatch(/^\s+1\s+East\s+graded\s+100\.00\s+excellent/m);
    expect(stdout).toMatch(/^\s+4\s+Workshop\s+graded\s+4\.00\s+fail/m);
    expect(stderr).toBe("4 records scored (4 graded, 0 without opinion), 0 rejected.\n");
  });

  it("writes JSON with P1's worked totals: 87 fail, 100 excellent, 4 fail, 95 excellent", async () => {
    const { code, stdout } = await score(cwd, "--format", "json", "--quiet");
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(
      json.results.map((r: { total: string; grade: string; line: number }) => [r.line, r.total, r.grade]),
    ).toEqual([
      [2, "87", "fail"],
      [3, "100", "excellent"],
      [4, "4", "fail"],
      [5, "95", "excellent"],
    ]);
  });

  it("writes NDJSON, CSV, Markdown and HTML", async () => {
    const ndjson = await score(cwd, "-f", "ndjson", "-q");
    expect(
      ndjson.stdout
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l).total),
    ).toEqual(["87", "100", "4", "95"]);
    const csv = await score(cwd, "-f", "csv", "-q");
    expect(csv.stdout.split("\r\n")[1]).toMatch(/^2,North,,graded,87\.00,fail,fail,3,47\.00,16\.00,24\.00,/);
    const markdown = await score(cwd, "-f", "markdown", "-q", "--locale", "zh-CN");
    expect(markdown.stdout).toContain("| 优秀 | 2 | 50.0% |");
    const html = await score(cwd, "-f", "html", "-q");
    expect(html.stdout).toContain('data-subject="West" data-total="95"');
  });

  it("writes a UTF-8 BOM before CSV when asked, for Excel", async () => {
    const { stdout } = await score(cwd, "-f", "csv", "-q", "--bom");
    expect(stdout.startsWith("\uFEFFline,subject,")).toBe(true);
  });

  it("writes to --out and says so", async () => {
    const dir = folder({ "units.csv": WORKED_CSV });
    const { code, stdout, stderr } = await score(dir, "-f", "html", "--out", "report.html");
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toContain("Wrote report.html.");
    expect(readFileSync(join(dir, "report.html"), "utf8")).toMatch(/^<!doctype html>/);
  });

  it("reads CSV with a BOM, NDJSON, JSON arrays and standard input", async () => {
    const dir = folder({
      "bom.csv": `\uFEFF${WORKED_CSV}`,
      "units.ndjson": `{"subject":"A","inspected":true,"findings":3,"survey":"基本满意","valid_complaints":1,"major_complaints":0}\n\n{"subject":"B","inspected":"yes","findings":"x","survey":"很满意","valid_complaints":0,"major_complaints":0}\n`,
      "units.json": `[\n  {"subject":"A","inspected":true,"findings":0,"survey":"很满意","valid_complaints":0,"major_complaints":0},\n  {"subject":"B"}\n]\n`,
    });
    const bom = await runCli(["score", "-p", "satisfaction-work", "-i", "bom.csv", "-f", "json", "-q"], {
      cwd: dir,
    });
    expect(JSON.parse(bom.stdout).results[0]).toMatchObject({ subject: "North", total: "87" });
    const nd = await runCli(["score", "-p", "satisfaction-work", "-i", "units.ndjson", "-f", "json", "-q"], {
      cwd: dir,
    });
    expect(nd.code).toBe(1);
    expect(JSON.parse(nd.stdout).results[0]).toMatchObject({ total: "87", line: 1 });
    // The blank line 2 is skipped; the bad record is line 3.
    expect(nd.stderr).toContain(
      'units.ndjson:3: [B] findings: "findings" must be a whole number, 0 or more; got "x".',
    );
    const json = await runCli(["score", "-p", "satisfaction-work", "-i", "units.json", "-f", "json", "-q"], {
      cwd: dir,
    });
    expect(JSON.parse(json.stdout).results[0]).toMatchObject({ total: "100", line: 2 });
    expect(json.stderr).toContain(
      'units.json:3: [B] inspected: "inspected" is missing: the policy requires it.',
    );
    const stdin = await runCli(["score", "-p", "satisfaction-work", "-i", "-", "-f", "ndjson", "-q"], {
      stdin: WORKED_CSV,
    });
    expect(stdin.stdout.split("\n")).toHaveLength(5);
  });

  it("reads a YAML policy, and reports a bad one with its file and line (exit 1)", async () => {
    const dir = folder({ "units.csv": WORKED_CSV });
    const shown = await runCli(["presets", "show", "satisfaction-work", "--format", "yaml"], { cwd: dir });
    writeFileSync(join(dir, "policy.yaml"), shown.stdout);
    const good = await runCli(["score", "-p", "policy.yaml", "-i", "units.csv", "-f", "json", "-q"], {
      cwd: dir,
    });
    expect(JSON.parse(good.stdout).results.map((r: { total: string }) => r.total)).toEqual([
      "87",
      "100",
      "4",
      "95",
    ]);
    writeFileSync(join(dir, "bad.yaml"), shown.stdout.replace("maxScore: 100", "maxScore: 90"));
    const bad = await runCli(["score", "-p", "bad.yaml", "-i", "units.csv"], { cwd: dir });
    expect(bad.code).toBe(1);
    // The issue is about the list of components: its line is that of the list's first item.
    const line = shown.stdout.split("\n").findIndex((l) => l.startsWith("components:")) + 2;
    expect(bad.stderr).toContain(
      `bad.yaml:${line}: components: The components' maxima add up to 100, but maxScore is 90`,
    );
  });

  it("exits 2 for an unknown preset, a missing file or a bad option", async () => {
    const preset = await runCli(["score", "-p", "nope", "-i", "units.csv"], { cwd });
    expect(preset.code).toBe(2);
    expect(preset.stderr).toContain('"nope" is neither a file nor a preset');
    const file = await runCli(["score", "-p", "satisfaction-work", "-i", "missing.csv"], { cwd });
    expect(file.code).toBe(2);
    expect(file.stderr).toContain("Cannot read missing.csv: no such file.");
    const option = await score(cwd, "--format", "pdf");
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("argument 'pdf' is invalid");
    const count = await score(cwd, "--max-rejected", "many");
    expect(count.code).toBe(2);
    expect(count.stderr).toContain('expected a whole number, 0 or more, got "many"');
  });
});

describe("kaoping score on malformed CSV", () => {
  // Line 1 header; 2 good; 3 a wrong type; 4 a missing cell; 5 good; 6 an unclosed quote to the end.
  const broken = [
    HEADER,
    "North,true,3,basically-satisfied,1,0",
    "East,true,three,very-satisfied,0,0",
    "West,true,5,very-satisfied,0",
    "Hall,true,0,very-satisfied,0,0",
    '"Workshop,true,60,very-dissatisfied,0,3',
    "Depot,true,0,very-satisfied,0,0",
    "",
  ].join("\n");
  const cwd = folder({ "units.csv": broken });

  it("names the file, the line, the field and what was expected; good rows are still scored (exit 1)", async () => {
    const { code, stdout, stderr } = await score(cwd, "--format", "json", "--quiet");
    expect(code).toBe(1);
    expect(stderr).toContain(
      'units.csv:3: [East] findings: "findings" must be a whole number, 0 or more; got "three".',
    );
    expect(stderr).toContain(
      "units.csv:4: The row has 5 cells, but the header has 6 (subject, inspected, findings, survey, valid_complaints, major_complaints): check for a missing or an extra comma.",
    );
    expect(stderr).toContain(
      'units.csv:6: A quote (") opened on this line is never closed, so lines up to 7 could not be read',
    );
    const json = JSON.parse(stdout);
    expect(json.results.map((r: { subject: string; line: number }) => [r.subject, r.line])).toEqual([
      ["North", 2],
      ["Hall", 5],
    ]);
    expect(
      json.rejected.map((r: { line: number; issues: { code: string }[] }) => [r.line, r.issues[0]?.code]),
    ).toEqual([
      [3, "record.not-a-count"],
      [4, "file.wrong-cell-count"],
      [6, "file.unclosed-quote"],
    ]);
  });

  it("reports a header without a column the policy needs once, at line 1", async () => {
    const dir = folder({
      "units.csv": "subject,inspected,findings,survey,valid_complaints\nA,true,0,average,0\n",
    });
    const { code, stderr } = await score(dir, "-q", "-f", "json");
    expect(code).toBe(1);
    expect(stderr).toBe(
      'units.csv:1: major_complaints: The header has no column "major_complaints", which the policy needs.\n',
    );
  });

  it("reports a text-format table's rejected rows in the table, not twice", async () => {
    const { stdout, stderr } = await score(cwd, "-q");
    expect(stdout).toContain("Rejected records (3):");
    expect(stdout).toContain('line 3: findings: "findings" must be a whole number');
    expect(stderr).toBe("");
  });

  it("stops a mostly broken file with --max-rejected, saying where (exit 1)", async () => {
    const { code, stdout, stderr } = await score(cwd, "--max-rejected", "1", "--format", "json", "-q");
    expect(code).toBe(1);
    expect(stderr).toContain("Stopped at line 4: more than 1 record was rejected (--max-rejected 1).");
    const json = JSON.parse(stdout);
    expect(json.stopped).toEqual({ line: 4, maxRejected: 1 });
    expect(json.results.map((r: { subject: string }) => r.subject)).toEqual(["North"]);
  });

  it("words messages in Chinese with --locale zh-CN", async () => {
    const { stderr } = await score(cwd, "-f", "json", "-q", "-l", "zh-CN");
    expect(stderr).toContain(
      'units.csv:3: [East] findings: “findings”必须是不小于 0 的整数，实际为 "three"。',
    );
  });
});

describe("kaoping score with encodings", () => {
  const cwd = folder({
    "utf8.csv": readFileSync(join(__dirname, "../fixtures/units-utf8.csv")),
    "gb.csv": readFileSync(join(__dirname, "../fixtures/units-gb18030.csv")),
  });

  it("scores a GB18030 CSV of Chinese answers the same as its UTF-8 twin", async () => {
    const gbBytes = readFileSync(join(cwd, "gb.csv"));
    // The fixture really is GB18030: it is not valid UTF-8.
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(gbBytes)).toThrow();
    const utf8 = await runCli(["score", "-p", "satisfaction-work", "-i", "utf8.csv", "-f", "json", "-q"], {
      cwd,
    });
    for (const encoding of ["gb18030", "gbk"]) {
      const gb = await runCli(
        ["score", "-p", "satisfaction-work", "-i", "gb.csv", "--encoding", encoding, "-f", "json", "-q"],
        { cwd },
      );
      expect(gb.code).toBe(0);
      expect(gb.stdout).toBe(utf8.stdout);
    }
    // By hand: 客服一部 47 + 16 + 24 = 87 fail; 热线组 no opinion (not inspected, but a valid complaint → graded).
    const results = JSON.parse(utf8.stdout).results;
    expect(results[0]).toMatchObject({ subject: "客服一部", total: "87", grade: "fail" });
    expect(results[4]).toMatchObject({ subject: "热线组", total: "90", grade: "pass" });
    expect(results[5]).toMatchObject({ subject: "营业厅", status: "no-opinion" });
  });

  it("says which line is not UTF-8 and how to read it (exit 2)", async () => {
    const { code, stderr } = await runCli(["score", "-p", "satisfaction-work", "-i", "gb.csv", "-q"], {
      cwd,
    });
    expect(code).toBe(2);
    expect(stderr).toContain("gb.csv:2: The file is not valid UTF-8 text");
    expect(stderr).toContain("--encoding gb18030");
  });
});

describe("progress", () => {
  const cwd = folder({ "units.csv": WORKED_CSV });

  it("is drawn on a terminal, with rows, rows per second and rejected, then cleared", async () => {
    let clock = 0;
    const { stderr } = await runCli(["score", "-p", "satisfaction-work", "-i", "units.csv", "-f", "ndjson"], {
      cwd,
      isTTY: true,
      now: () => (clock += 500),
    });
    // Each row takes 500 ms of the fake clock: 2 rows in 1000 ms is 2 rows/s.
    expect(stderr).toContain("2 rows · 2 rows/s · 0 rejected");
    expect(stderr).toContain("\r\x1b[2K4 records scored");
  });

  it("is silent with --quiet, or when standard error is not a terminal", async () => {
    const quiet = await runCli(["score", "-p", "satisfaction-work", "-i", "units.csv", "-q"], {
      cwd,
      isTTY: true,
    });
    expect(quiet.stderr).toBe("");
    const piped = await runCli(["score", "-p", "satisfaction-work", "-i", "units.csv", "-f", "csv"], { cwd });
    expect(piped.stderr).not.toContain("rows/s");
  });
});
