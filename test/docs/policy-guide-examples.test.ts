import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { componentSchema } from "../../src/components/registry";
import { compile, type PolicyInput, parsePolicy, type Scorecard } from "../../src/index";
import { p1Policy, p1Row } from "../helpers/p1";

// The guides' JSON examples are what policy owners copy: they must parse, fit together into a
// valid policy, and score as the guides say. (```jsonc blocks show mistakes on purpose.)
const GUIDES = ["policy-guide.md", "policy-guide.zh-CN.md"];
const KINDS = new Set(componentSchema.options.map((option) => option.shape.kind.value as string));

type Fragment = Record<string, unknown>;

/** Every ```json block of a guide as JSON; a fragment such as `"grades": [...]` is read inside braces. */
function fragments(file: string): Fragment[] {
  const text = readFileSync(join(__dirname, "../../docs", file), "utf8");
  return [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => {
    const body = (match[1] as string).trim();
    return JSON.parse(body.startsWith("{") ? body : `{${body}}`) as Fragment;
  });
}

const isComponent = (fragment: Fragment) => typeof fragment.kind === "string" && KINDS.has(fragment.kind);

/** The guide's policy fields merged: inputs and measures by id, lists appended, on top of P1's inputs. */
function fields(all: readonly Fragment[]): Record<string, unknown> {
  const merged: Record<string, unknown> = { inputs: { ...p1Policy().inputs }, measures: {} };
  for (const fragment of all.filter((f) => !isComponent(f))) {
    for (const [key, value] of Object.entries(fragment)) {
      const before = merged[key];
      if (Array.isArray(value)) merged[key] = [...((before as unknown[] | undefined) ?? []), ...value];
      else if (typeof value === "object" && value !== null) merged[key] = { ...(before as object), ...value };
      else merged[key] = value;
    }
  }
  return merged;
}

/** A policy of the guide's fields around the given components. */
function policyOf(
  all: readonly Fragment[],
  components: readonly Fragment[],
  extra: Fragment = {},
): PolicyInput {
  const { payouts: _payouts, ...rest } = fields(all);
  return {
    id: "guide",
    version: "1",
    name: { en: "guide", "zh-CN": "指南" },
    cycle: "month",
    maxScore: components.reduce((sum, component) => sum + Number(component.max), 0),
    ...rest,
    components,
    ...extra,
  } as unknown as PolicyInput;
}

function componentOfKind(all: readonly Fragment[], kind: string): Fragment {
  const found = all.find((fragment) => isComponent(fragment) && fragment.kind === kind);
  if (found === undefined) throw new Error(`no ${kind} example`);
  return found;
}

function graded(result: Scorecard | { status: "rejected" }): Scorecard {
  if (result.status === "rejected") throw new Error(`rejected: ${JSON.stringify(result)}`);
  return result;
}

describe.each(GUIDES)("docs/%s JSON examples", (file) => {
  const all = fragments(file);

  it("fit together into one valid policy that scores a record", () => {
    // Components share ids across sections ("complaints"): number them apart.
    const components = all
      .filter(isComponent)
      .map((c, i): Fragment => ({ ...c, id: `${c.id as string}-${i}` }));
    expect(components.map((c) => c.kind)).toEqual(
      expect.arrayContaining(["deduction", "tiers", "bands", "linear", "given", "weighted"]),
    );
    const policy = policyOf(all, components, { payouts: fields(all).payouts });
    const parsed = parsePolicy(policy);
    expect(parsed.success ? [] : parsed.issues.map((issue) => `${issue.code} ${issue.message}`)).toEqual([]);
    const card = compile(policy).score(
      p1Row({
        customers_served: "120",
        customers_start: "200",
        customers_end: "210",
        customers_new: "30",
        survey_answers: "5;5;5;5;4;4;4;3",
        recommend: "10;9;3;2;0",
        score: "85",
        performance_base: "3000.00",
      }),
    );
    expect(card.status).not.toBe("rejected");
  });

  it("are the same in both guides", () => {
    expect(all).toEqual(fragments(GUIDES[0] as string));
  });
});

describe("the guide's worked examples", () => {
  const all = fragments("policy-guide.md");
  const row = (overrides: Record<string, unknown>) =>
    p1Row({
      customers_served: "100",
      customers_start: "0",
      customers_end: "0",
      customers_new: "0",
      score: "50",
      performance_base: "0.00",
      ...overrides,
    });

  it("computes the measures of the table: 3/120, (210 − 30)/200, 7 of 8 in the top two boxes, (2 − 3) × 100 / 5", () => {
    const policy = policyOf(all, [componentOfKind(all, "given")]);
    const card = graded(
      compile(policy).score(
        row({
          valid_complaints: "3",
          customers_served: "120",
          customers_start: "200",
          customers_end: "210",
          customers_new: "30",
          survey_answers: "5;5;5;5;4;4;4;3",
          recommend: "10;9;3;2;0",
          score: "50",
        }),
      ),
    );
    const value = (id: string) => card.measures?.find((m) => m.id === id)?.value?.toString();
    expect([value("complaint-rate"), value("retention"), value("csat"), value("nps")]).toEqual([
      "0.025",
      "0.9",
      "0.875",
      "-20",
    ]);
  });

  it("bands: 1, 2, 3 and 8 complaints per 100 customers give 20, 15, 15 and 0", () => {
    const appraiser = compile(policyOf(all, [componentOfKind(all, "bands")]));
    const points = ["1", "2", "3", "8"].map((n) =>
      graded(appraiser.score(row({ valid_complaints: n }))).total.toString(),
    );
    expect(points).toEqual(["20", "15", "15", "0"]);
  });

  it("linear: CSAT 0.875 gives 30 × 0.275 / 0.35 = 23.57; 1 gives 30; 0.6 or less gives 0", () => {
    const appraiser = compile(policyOf(all, [componentOfKind(all, "linear")]));
    const total = (answers: string) =>
      graded(appraiser.score(row({ survey_answers: answers })))
        .total.toDecimalPlaces(2)
        .toString();
    expect([total("5;5;5;5;4;4;4;3"), total("5;5;5;5;5"), total("5;4;4;3;3;3;3;3;3;3")]).toEqual([
      "23.57",
      "30",
      "0",
    ]);
  });

  it("given: 85 and 72.35 are taken as given; 101 of 100 rejects the record", () => {
    const appraiser = compile(policyOf(all, [componentOfKind(all, "given")]));
    expect(graded(appraiser.score(row({ score: "85" }))).total.toString()).toBe("85");
    expect(graded(appraiser.score(row({ score: "72.35" }))).total.toString()).toBe("72.35");
    const rejected = appraiser.score(row({ score: "101" }));
    expect(rejected.status === "rejected" ? rejected.issues.map((issue) => issue.code) : []).toEqual([
      "record.out-of-range",
    ]);
  });

  it("weighted: 78.57 × 60% + 60 × 40% = 71.14; without answers the complaints part counts 100%: 60", () => {
    const appraiser = compile(policyOf(all, [componentOfKind(all, "weighted")]));
    const total = (overrides: Record<string, unknown>) =>
      graded(appraiser.score(row({ valid_complaints: "3", ...overrides })))
        .total.toDecimalPlaces(2)
        .toString();
    expect(total({ survey_answers: "5;5;5;5;4;4;4;3" })).toBe("71.14");
    expect(total({ survey_answers: "" })).toBe("60");
  });

  it("payouts: P2's examples pay 2550.00, 1800.00, 1249.50 and 2551.45; an excellent month adds the bonus", () => {
    const policy = policyOf(all, [componentOfKind(all, "given")], { payouts: fields(all).payouts });
    const appraiser = compile(policy);
    const pay = (score: string, base: string) =>
      graded(appraiser.score(row({ score, performance_base: base }))).payouts?.map((p) => [p.id, p.amount]);
    expect(pay("85", "3000.00")).toEqual([
      ["performance-pay", "2550.00"],
      ["excellence-bonus", "0.00"],
    ]);
    expect(pay("60", "3000.00")?.[0]).toEqual(["performance-pay", "1800.00"]);
    expect(pay("59.5", "3000.00")?.[0]).toEqual(["performance-pay", "1249.50"]);
    expect(pay("85", "3001.70")?.[0]).toEqual(["performance-pay", "2551.45"]);
    // 3000.00 × 96 / 100 = 2880.00, and excellent (96 ≥ 95) adds 800.00.
    expect(graded(appraiser.score(row({ score: "96", performance_base: "3000.00" }))).pay).toBe("3680.00");
  });
});

// Links between the guides rot silently (a renamed heading, a file lost in a merge): check them.
describe("links in the documentation", () => {
  const root = join(__dirname, "../..");
  const files = [
    "README.md",
    ...[
      "README.md",
      "policy-guide.md",
      "policy-guide.zh-CN.md",
      "policy-language.md",
      "sla.md",
      "periods-and-ranking.md",
    ].map((f) => `docs/${f}`),
  ];
  const withoutCode = (text: string) => text.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  /** GitHub's heading anchors: lower case, punctuation dropped (letters of any script kept), spaces to "-". */
  const anchorsOf = (file: string) =>
    new Set(
      [
        ...readFileSync(join(root, file), "utf8")
          .replace(/```[\s\S]*?```/g, "")
          .matchAll(/^#{1,6} (.+)$/gm),
      ].map((match) =>
        (match[1] as string)
          .trim()
          .toLowerCase()
          .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, "")
          .replace(/\s/g, "-"),
      ),
    );

  it.each(files)("%s links to files and headings that exist", (file) => {
    const text = withoutCode(readFileSync(join(root, file), "utf8"));
    const broken: string[] = [];
    for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const link = match[1] as string;
      if (/^[a-z]+:/.test(link)) continue; // https:, mailto:
      const [target, anchor] = link.split("#") as [string, string | undefined];
      const resolved = target === "" ? file : join(dirname(file), target);
      if (!existsSync(join(root, resolved))) broken.push(link);
      else if (
        anchor !== undefined &&
        resolved.endsWith(".md") &&
        !anchorsOf(resolved).has(decodeURIComponent(anchor))
      )
        broken.push(link);
    }
    expect(broken).toEqual([]);
  });
});
