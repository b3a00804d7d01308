import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en";
import { compile, type Issue, PolicyError, parsePolicy } from "../../src/index";
import type { IssueValuesByCode } from "../../src/issues/codes";
import { parsePolicyText } from "../../src/policy/parse-text";
import { p1Policy } from "../helpers/p1";

// `npm run fuzz` runs these far longer (FUZZ_RUNS); `npm test` keeps them quick.
const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 300) };

/** Keys that have tripped JavaScript parsers into prototype pollution. */
const NASTY_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"];

/** JSON with objects whose keys include the nasty ones, built through JSON.parse as a file would be. */
const nastyJson = fc
  .letrec((tie) => ({
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, "", "abc", "-0", "1e3", "NaN"),
      fc.array(tie("value"), { maxLength: 4 }),
      fc.dictionary(fc.oneof(fc.constantFrom(...NASTY_KEYS), fc.string({ maxLength: 6 })), tie("value"), {
        maxKeys: 4,
      }),
    ),
  }))
  .value.map((value) => JSON.parse(JSON.stringify(value).replaceAll('"proto_"', '"__proto__"')));

const KNOWN_CODES = new Set<string>(Object.keys(en.issues) satisfies string[] as (keyof IssueValuesByCode)[]);

function expectIssueList(issues: readonly Issue[]) {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(typeof issue.code).toBe("string");
    expect(Array.isArray(issue.path)).toBe(true);
    expect(KNOWN_CODES.has(issue.code)).toBe(true);
    // Quoted text is the user's own input; the wording around it must not leak JS values.
    expect(issue.message.replace(/"[^"]*"|“[^”]*”/g, "")).not.toMatch(/undefined|NaN|\[object Object\]/);
  }
}

function expectNoPollution() {
  const probe = {} as Record<string, unknown>;
  for (const key of ["polluted", "valid", "type", "id", "min"]) expect(probe[key]).toBeUndefined();
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
}

/** All paths into a JSON value, to replace one subtree with garbage. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => paths(v, [...prefix, i])));
  if (value !== null && typeof value === "object") {
    return here.concat(...Object.entries(value).map(([k, v]) => paths(v, [...prefix, k])));
  }
  return here;
}

function replaceAt(root: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = replacement;
  return copy;
}

const P1 = p1Policy();
const P1_PATHS = paths(P1);

describe("fuzz: arbitrary input never throws past the API", () => {
  it("parsePolicy returns issues for arbitrary JSON", () => {
    fc.assert(
      fc.property(nastyJson, (value) => {
        const result = parsePolicy(value);
        if (!result.success) expectIssueList(result.issues);
        expectNoPollution();
      }),
      RUNS,
    );
  });

  it("parsePolicy and compile handle P1 with any one part replaced by garbage", () => {
    fc.assert(
      fc.property(fc.constantFrom(...P1_PATHS), nastyJson, (path, garbage) => {
        const policy = replaceAt(P1, path, garbage);
        const result = parsePolicy(policy);
        if (!result.success) {
          expectIssueList(result.issues);
          expect(() => compile(policy as never)).toThrow(PolicyError);
          return;
        }
        const card = compile(result.data).score({
          subject: "A",
          inspected: true,
          findings: 1,
          survey: "很满意",
          valid_complaints: 0,
          major_complaints: 0,
        });
        if (card.status !== "rejected") expect(card.total.isFinite()).toBe(true);
        expectNoPollution();
      }),
      RUNS,
    );
  });

  it("scoring returns a scorecard or a rejection for any record, never NaN or Infinity", () => {
    const appraiser = compile(P1);
    const field = fc.oneof(
      nastyJson,
      fc.constantFrom("3", "很满意", "basically satisfied;一般", "是", "1e5", " 7 ", "-0"),
    );
    const record = fc.record(
      {
        subject: field,
        inspected: field,
        findings: field,
        survey: field,
        valid_complaints: field,
        major_complaints: field,
        complaints: field,
        __proto__: field,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(record, nastyJson), (raw) => {
        const result = appraiser.score(raw);
        if (result.status === "rejected") expectIssueList(result.issues);
        else {
          expect(result.total.isFinite()).toBe(true);
          expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);
        }
        expectNoPollution();
      }),
      RUNS,
    );
  });

  it("parsePolicyText handles arbitrary text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          nastyJson.map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const result = parsePolicyText(text);
          if (!result.success) expectIssueList(result.issues);
          expectNoPollution();
        },
      ),
      RUNS,
    );
  });

  it("a policy file with __proto__ keys pollutes nothing and is rejected", () => {
    const text = JSON.stringify({ ...P1, inputs: { ...P1.inputs, proto_: { type: "count" } } }).replace(
      '"proto_"',
      '"__proto__"',
    );
    const result = parsePolicy(JSON.parse(text));
    expect(result.success).toBe(false);
    expectNoPollution();
    const yamlResult = parsePolicyText(text);
    expect(yamlResult.success).toBe(false);
    expectNoPollution();
  });
});
