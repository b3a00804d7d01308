import type { PolicyInput } from "../../src/index";
import { indicatorPolicy } from "./indicator-policy";

const given = (id: string, input: string, max: number, en: string, zh: string) => ({
  id,
  kind: "given",
  max,
  input,
  name: { en, "zh-CN": zh },
});

/**
 * A policy with every kind of step an explanation shows: a weighted component (its parts' own
 * steps), a component an optional input can leave without data, and a payout with a withholding.
 * KPI (60): quality a/10 × 50%, speed b/100 × 30%, support c/5 × 20%; manager's mark m (40);
 * pay = base × total / 100, 30% withheld below 60, half-up to the cent.
 */
export function weightedPayPolicy(): PolicyInput {
  return indicatorPolicy({
    inputs: {
      a: { type: "decimal", name: { en: "quality", "zh-CN": "质量" } },
      b: { type: "decimal", name: { en: "speed", "zh-CN": "速度" } },
      c: { type: "decimal", required: false, name: { en: "support", "zh-CN": "支持" } },
      m: { type: "decimal", required: false, name: { en: "manager's mark", "zh-CN": "主管评分" } },
      base: { type: "money", name: { en: "performance base", "zh-CN": "绩效基数" } },
    },
    components: [
      {
        id: "kpi",
        kind: "weighted",
        name: { en: "KPI", "zh-CN": "关键指标" },
        max: 60,
        noData: "redistribute",
        parts: [
          { weight: 50, component: given("quality", "a", 10, "Quality", "质量") },
          { weight: 30, component: given("speed", "b", 100, "Speed", "速度") },
          { weight: 20, component: given("support", "c", 5, "Support", "支持") },
        ],
      },
      given("manager", "m", 40, "Manager's mark", "主管评分"),
    ],
    payouts: [
      {
        id: "pay",
        kind: "proportional",
        name: { en: "Performance pay", "zh-CN": "绩效工资" },
        base: "base",
        withhold: [
          { name: { en: "below 60", "zh-CN": "低于60分" }, when: { score: "total", lt: 60 }, percent: 30 },
        ],
        rounding: { mode: "half-up", places: 2 },
      },
    ],
  });
}

/**
 * `explain` of the record `a 8, b 60, c 4, base 1000.00` (no manager's mark), worked by hand:
 * quality 8/10 × 50% × 60 = 24, speed 60/100 × 30% × 60 = 10.8, support 4/5 × 20% × 60 = 9.6;
 * KPI 44.4, the manager's mark no data (0 of 40): total 44.4, below 60, so fail;
 * pay 1000.00 × 44.4 / 100 = 444, 30% of it (133.2) withheld: 310.80.
 */
export const WORKED_EXPLANATION = [
  "KPI: 44.4 of 60 points.",
  "  +24 Quality: 8 of 10, weighted 50%",
  "      +8 quality: 8 of 10, as given",
  "  +10.8 Speed: 60 of 100, weighted 30%",
  "      +60 speed: 60 of 100, as given",
  "  +9.6 Support: 4 of 5, weighted 20%",
  "      +4 support: 4 of 5, as given",
  "Manager's mark: no data, so 0 of 40 points: the record has no value to score it by (an optional input left empty, or an indicator that cannot be computed: too few answers, or nothing to divide by).",
  "Total: 44.4 of 100 points, grade: fail.",
  "Performance pay: 310.80.",
  "  +444 performance base 1000.00 × score 44.4 / 100",
  "  −133.2 30% of 444 withheld (below 60)",
  "  +0 310.8 rounded half-up to 2 decimal places: 310.80",
];
