import fc from "fast-check";
import type { PolicyInput } from "../../src/index";

/** A generated component with the inputs it reads. */
interface Part {
  readonly component: Record<string, unknown>;
  readonly inputs: Record<string, Record<string, unknown>>;
  readonly max: number;
}

/** Points as policy owners write them: whole numbers, or decimal strings with up to 2 places. */
const points = (limit: number) =>
  fc.oneof(
    fc.integer({ min: 0, max: limit }),
    fc.integer({ min: 0, max: limit * 100 }).map((cents) => (cents / 100).toFixed(2)),
  );

const deductionPart = (index: number) =>
  fc
    .record({
      max: fc.integer({ min: 1, max: 60 }),
      per: fc.array(points(15), { minLength: 1, maxLength: 3 }),
      cap: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      keyed: fc.boolean(),
    })
    .map(({ max, per, cap, keyed }): Part => {
      const id = `d${index}`;
      const inputs: Part["inputs"] = keyed
        ? { [`${id}k`]: { type: "counts", keys: per.map((_, j) => `k${j}`) } }
        : Object.fromEntries(per.map((_, j) => [`${id}c${j}`, { type: "count" }]));
      const refs = per.map((_, j) => (keyed ? `${id}k.k${j}` : `${id}c${j}`));
      return {
        max,
        inputs,
        component: {
          id,
          kind: "deduction",
          max,
          per: per.map((p, j) => ({ input: refs[j], points: p })),
          ...(cap !== undefined && { cap }),
        },
      };
    });

const tiersPart = (index: number) =>
  fc
    .record({
      max: fc.integer({ min: 1, max: 40 }),
      options: fc.integer({ min: 1, max: 5 }),
      seed: fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
    })
    .map(({ max, options, seed }): Part => {
      const id = `t${index}`;
      const ids = Array.from({ length: options }, (_, j) => `o${j}`);
      // Points between 0 and max, some with 2 decimals.
      const tierPoints = ids.map((_, j) => ((seed[j] as number) % (max * 4 + 1)) / 4);
      return {
        max,
        inputs: { [`${id}in`]: { type: "tier", many: true, options: ids.map((o) => ({ id: o })) } },
        component: {
          id,
          kind: "tiers",
          max,
          input: `${id}in`,
          points: Object.fromEntries(ids.map((o, j) => [o, tierPoints[j]])),
        },
      };
    });

/** A valid policy of 1–4 deduction and tiers components, with grades and maybe a no-opinion rule. */
export const policyArb: fc.Arbitrary<PolicyInput> = fc
  .array(fc.boolean(), { minLength: 1, maxLength: 4 })
  .chain((kinds) => fc.tuple(...kinds.map((deduction, i) => (deduction ? deductionPart(i) : tiersPart(i)))))
  .chain((parts) => {
    const maxScore = parts.reduce((sum, part) => sum + part.max, 0);
    return fc
      .tuple(fc.uniqueArray(fc.integer({ min: 1, max: maxScore * 4 }), { maxLength: 3 }), fc.boolean())
      .map(([thresholds, noOpinion]) => {
        const mins = [...thresholds].sort((a, b) => b - a).map((quarter) => quarter / 4);
        const policy: Record<string, unknown> = {
          id: "generated",
          version: "1",
          name: { en: "Generated", "zh-CN": "生成" },
          cycle: "month",
          maxScore,
          inputs: Object.assign({ flag: { type: "boolean" } }, ...parts.map((part) => part.inputs)),
          components: parts.map((part) => part.component),
          grades: [...mins.map((min, g) => ({ id: `g${g}`, min })), { id: "last" }],
        };
        if (noOpinion) policy.noOpinion = { input: "flag", eq: true };
        return policy as PolicyInput;
      });
  });

/** A record for a policy: counts 0–40 for every count or key, 1–4 answers for every tier input. */
export function recordArb(policy: PolicyInput, subject = "S"): fc.Arbitrary<Record<string, unknown>> {
  const fields: Record<string, fc.Arbitrary<unknown>> = { subject: fc.constant(subject) };
  for (const [id, input] of Object.entries(policy.inputs as Record<string, Record<string, unknown>>)) {
    if (input.type === "boolean") fields[id] = fc.boolean();
    if (input.type === "count") fields[id] = fc.integer({ min: 0, max: 40 });
    if (input.type === "counts") {
      const keys = input.keys as string[];
      fields[id] = fc
        .tuple(...keys.map(() => fc.integer({ min: 0, max: 40 })))
        .map((counts) => Object.fromEntries(keys.map((key, j) => [key, counts[j]])));
    }
    if (input.type === "tier") {
      const options = (input.options as { id: string }[]).map((option) => option.id);
      fields[id] = fc.array(fc.constantFrom(...options), { minLength: 1, maxLength: 4 });
    }
  }
  return fc.record(fields);
}

/** A policy with a record for it. */
export const policyAndRecord = policyArb.chain((policy) =>
  recordArb(policy).map((record) => ({ policy, record })),
);
