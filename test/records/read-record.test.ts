import { describe, expect, it } from "vitest";
import { compile, Decimal, type PolicyInput, type Rejection } from "../../src/index";
import { assertPolicy } from "../../src/policy/parse";
import { requiredColumns } from "../../src/records/columns";
import { subjectOf } from "../../src/records/read-record";
import { p1Policy, p1Row } from "../helpers/p1";

const appraiser = compile(p1Policy());

function rejected(record: unknown): Rejection {
  const result = appraiser.score(record);
  if (result.status !== "rejected") throw new Error(`expected a rejection, got ${result.status}`);
  return result;
}

const codes = (r: Rejection) => r.issues.map((issue) => [issue.code, issue.path.join(".")]);

describe("records checked against the policy's inputs", () => {
  it("reads yes/no in English and Chinese, and counts from numbers or digits", () => {
    for (const inspected of [true, "true", "TRUE", "yes", "1", 1, "是"]) {
      expect(appraiser.score(p1Row({ inspected })).status).toBe("graded");
    }
    expect(appraiser.score(p1Row({ findings: 3 }))).toMatchObject({ total: new Decimal(97) });
    expect(appraiser.score(p1Row({ findings: " 3 " }))).toMatchObject({ total: new Decimal(97) });
  });

  it("rejects a record with every issue it has, naming the field", () => {
    const result = rejected(
      p1Row({ inspected: "maybe", findings: "-1", survey: "great", major_complaints: "1.5" }),
    );
    expect(codes(result)).toEqual([
      ["record.not-a-boolean", "inspected"],
      ["record.not-a-count", "findings"],
      ["record.unknown-tier", "survey"],
      ["record.not-a-count", "major_complaints"],
    ]);
    expect(result.subject).toBe("Unit A");
    expect(result.issues[0]?.message).toBe(
      '"inspected" must be true or false (yes/no, 1/0, 是/否); got "maybe".',
    );
  });

  it("rejects missing required values and a missing subject", () => {
    const result = rejected({ findings: "1", survey: "", valid_complaints: null });
    expect(codes(result)).toEqual([
      ["record.missing-subject", "subject"],
      ["record.missing-value", "inspected"],
      ["record.missing-value", "survey"],
      ["record.missing-value", "valid_complaints"],
      ["record.missing-value", "major_complaints"],
    ]);
  });

  it("rejects what is not a record", () => {
    for (const value of [null, 3, "row", [1, 2]])
      expect(codes(rejected(value))).toEqual([["record.not-an-object", ""]]);
  });

  it("accepts counts as an object, a left-out key counting 0, and rejects unknown keys", () => {
    const base = { subject: "A", inspected: true, findings: 0, survey: ["very-satisfied"] };
    const ok = appraiser.score({ ...base, complaints: { valid: 2 } });
    expect(ok.status !== "rejected" && ok.components[2]?.score.toString()).toBe("18");
    expect(codes(rejected({ ...base, complaints: { valid: 1, minor: 2 } }))).toEqual([
      ["record.unknown-key", "complaints.minor"],
    ]);
  });

  it("never reads inherited properties as fields", () => {
    const record = JSON.parse(
      '{"subject":"A","inspected":true,"findings":0,"survey":"很满意","complaints":{"__proto__":{"valid":9}}}',
    );
    const result = appraiser.score(record);
    expect(result.status === "rejected" && codes(result)).toEqual([
      ["record.unknown-key", "complaints.__proto__"],
    ]);
    expect(({} as Record<string, unknown>).valid).toBeUndefined();
    const constructorInput = { ...p1Row(), constructor: "x" };
    expect(appraiser.score(constructorInput).status).toBe("graded");
  });

  it("rejects several answers where the input takes one", () => {
    const policy = p1Policy() as PolicyInput & { inputs: { survey: { many?: boolean } } };
    policy.inputs.survey.many = false;
    const single = compile(policy);
    const result = single.score(p1Row({ survey: "很满意;一般" }));
    expect(result.status === "rejected" && result.issues.map((i) => i.code)).toEqual([
      "record.too-many-answers",
    ]);
  });

  it("uses defaults and lets optional inputs be left out", () => {
    const policy = p1Policy() as PolicyInput & { inputs: Record<string, Record<string, unknown>> };
    policy.inputs.findings = { type: "count", default: 0 };
    policy.inputs.inspected = { type: "boolean", required: false };
    const lenient = compile(policy);
    const card = lenient.score({ subject: "A", survey: "很满意", valid_complaints: 0, major_complaints: 0 });
    expect(card.status).toBe("graded"); // no inspection known: the no-opinion condition cannot hold
    expect(card.status !== "rejected" && card.total.toString()).toBe("100");
  });

  it("scores a component with no data as 0 and says so", () => {
    const policy = p1Policy() as PolicyInput & { inputs: Record<string, Record<string, unknown>> };
    policy.inputs.findings = { type: "count", required: false };
    const card = compile(policy).score(p1Row({ findings: "" }));
    if (card.status === "rejected") throw new Error("unexpected rejection");
    expect(card.components[0]).toMatchObject({ id: "standards", noData: true, trace: [] });
    expect(card.components[0]?.score.toString()).toBe("0");
  });

  it("checks decimal inputs and their bounds", () => {
    const policy = {
      ...p1Policy(),
      inputs: { ...p1Policy().inputs, rate: { type: "decimal", min: 0, max: "1" } },
    } as PolicyInput;
    const withRate = compile(policy);
    expect(withRate.score(p1Row({ rate: "0.95" })).status).toBe("graded");
    const over = withRate.score(p1Row({ rate: "1.01" }));
    expect(over.status === "rejected" && over.issues.map((i) => [i.code, i.values])).toEqual([
      ["record.out-of-range", { input: "rate", received: "1.01", min: "0", max: "1" }],
    ]);
    const word = withRate.score(p1Row({ rate: "1e3" }));
    expect(word.status === "rejected" && word.issues.map((i) => i.code)).toEqual(["record.not-a-decimal"]);
  });

  it("lists the columns a table must have", () => {
    expect(requiredColumns(assertPolicy(p1Policy()))).toEqual([
      "subject",
      "inspected",
      "findings",
      "survey",
      "valid_complaints",
      "major_complaints",
    ]);
  });

  it("keeps a record's period", () => {
    const card = appraiser.score(p1Row({ period: " 2026-11 " }));
    expect(card.status !== "rejected" && card.period).toBe("2026-11");
  });

  it("trims a subject as String.prototype.trim does, white space of any kind", () => {
    const spaces = [" ", "\t", "\n", "\u00a0", "\u3000", "\ufeff", "\u2028"];
    const subjects = ["Unit A", "A", "第一营业厅", "-1", "~x!"];
    for (const subject of subjects) {
      for (const space of ["", ...spaces]) {
        for (const text of [space + subject, subject + space, space + subject + space]) {
          expect(subjectOf(text)).toBe(text.trim());
        }
      }
    }
    expect([subjectOf(""), subjectOf(" "), subjectOf("\u3000"), subjectOf(7), subjectOf(null)]).toEqual([
      "",
      "",
      "",
      "7",
      "",
    ]);
  });
});
