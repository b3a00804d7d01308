import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { compile, parsePolicy } from "../../src/index";

// Every JSON fragment of docs/policy-language.md, assembled into one policy: the docs must not rot.
const doc = readFileSync(resolve(import.meta.dirname, "../../docs/policy-language.md"), "utf8");
const fragments = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => {
  const text = (match[1] as string).trim();
  return JSON.parse(text.startsWith("{") ? text : `{${text}}`) as Record<string, unknown>;
});

describe("docs/policy-language.md", () => {
  test("has a JSON example for every new input type, measure kind, component kind and payout kind", () => {
    const kinds = fragments.flatMap((fragment) => [
      ...Object.values((fragment.inputs ?? {}) as Record<string, { type: string }>).map(
        (input) => input.type,
      ),
      ...Object.values((fragment.measures ?? {}) as Record<string, { kind: string }>).map((m) => m.kind),
      ...((fragment.payouts ?? []) as { kind: string }[]).map((payout) => payout.kind),
      ...(typeof fragment.kind === "string" ? [fragment.kind] : []),
    ]);
    for (const kind of [
      "money",
      "scores",
      "rate",
      "retention",
      "csat",
      "nps",
      "bands",
      "linear",
      "given",
      "weighted",
      "proportional",
      "by-grade",
    ]) {
      expect(kinds).toContain(kind);
    }
  });

  test("its fragments make a valid policy that scores", () => {
    const components = fragments.filter((fragment) => typeof fragment.kind === "string");
    const maxScore = components.reduce((sum, component) => sum + Number(component.max), 0);
    const policy = {
      id: "docs",
      version: "1",
      name: { en: "docs", "zh-CN": "文档" },
      cycle: "month",
      maxScore,
      inputs: Object.assign(
        {
          recommend: { type: "scores", required: false, scale: { min: 0, max: 10 } },
          complaints: { type: "count" },
          customers_served: { type: "count" },
          renewed: { type: "count" },
          due_to_renew: { type: "count" },
          customers_start: { type: "count" },
          customers_end: { type: "count" },
          customers_new: { type: "count" },
          score: { type: "decimal" },
        },
        ...fragments.map((fragment) => fragment.inputs ?? {}),
      ),
      measures: Object.assign({}, ...fragments.map((fragment) => fragment.measures ?? {})),
      components,
      grades: [{ id: "A", min: maxScore - 10 }, { id: "B", min: maxScore / 2 }, { id: "C" }],
      payouts: fragments.flatMap((fragment) => (fragment.payouts ?? []) as unknown[]),
    };
    const result = parsePolicy(policy);
    expect(result.success ? [] : result.issues.map((issue) => issue.message)).toEqual([]);
    const card = compile(policy as never).score({
      subject: "S",
      survey: "5;4;4;5;5;1!malicious",
      complaints: 1,
      customers_served: 100,
      renewed: 3,
      due_to_renew: 4,
      customers_start: 10,
      customers_end: 11,
      customers_new: 2,
      score: 80,
      performance_base: "3001.70",
    });
    expect(card.status).not.toBe("rejected");
  });
});
