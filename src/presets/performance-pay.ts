import type { PolicyInput } from "../policy/schema/policy";
import { p2Grades, p2PayRule, performanceBaseInput } from "./p2-pay";
import { performancePaySchedule } from "./schedules";

/**
 * P2 — performance pay from a given score (绩效工资): the monthly score (0–100) is appraised
 * elsewhere and given in the record; performance pay = performance base × score / 100, with
 * 30% withheld below 60. CSV columns: `subject,score,performance_base`.
 *
 * @example
 * ```ts
 * const card = compile(performancePay).score({ subject: "Li Lei", score: "85", performance_base: "3001.70" });
 * card.status !== "rejected" && card.pay; //=> "2551.45"
 * ```
 */
export const performancePay = {
  id: "performance-pay",
  version: "1.0.0",
  name: { en: "Performance pay", "zh-CN": "绩效工资" },
  description: {
    en: "P2's pay rule on a given monthly score: performance pay = performance base × score / 100; below 60 the month fails and 30% of the performance pay is withheld; half-up to the cent. The base salary is never touched.",
    "zh-CN":
      "按给定的月度考核得分计发绩效工资：绩效工资 = 绩效基数 × 得分 / 100；低于 60 分为不合格，扣除 30% 绩效工资；四舍五入到分。基本工资不扣。",
  },
  cycle: "month",
  maxScore: 100,
  inputs: {
    score: { type: "decimal", name: { en: "appraisal score", "zh-CN": "考核得分" } },
    performance_base: performanceBaseInput,
  },
  components: [
    {
      id: "score",
      kind: "given",
      name: { en: "Monthly score", "zh-CN": "月度考核得分" },
      max: 100,
      input: "score",
    },
  ],
  grades: p2Grades,
  payouts: [p2PayRule],
  schedule: performancePaySchedule,
  display: { places: 2, rounding: "half-up" },
} as const satisfies PolicyInput;
