import type { PolicyInput } from "../policy/schema/policy";

/** Parts of a policy as a preset writes them (before validation). */
type PayoutInput = NonNullable<PolicyInput["payouts"]>[number];
type InputDeclarationInput = PolicyInput["inputs"][string];

/**
 * P2's pay rule, shared by the performance-pay presets (客户满意度与绩效考核制度): performance
 * pay = performance base × score / 100; a month below 60 fails and 30% of the performance pay
 * is withheld (exactly 60 passes); rounded half-up to the cent (四舍五入到分), once, at the end.
 *
 * @example
 * ```ts
 * compile(getPreset("performance-pay")!).score({ subject: "A", score: "59.5", performance_base: "3000.00" });
 * // pay "1249.50": 3000 × 0.595 × 0.7
 * ```
 */
export const p2PayRule = {
  id: "performance-pay",
  kind: "proportional",
  name: { en: "Performance pay", "zh-CN": "绩效工资" },
  base: "performance_base",
  withhold: [
    {
      name: { en: "failed month: score below 60", "zh-CN": "考核不合格（低于60分）" },
      when: { score: "total", lt: 60 },
      percent: 30,
    },
  ],
  rounding: { mode: "half-up", places: 2 },
} satisfies PayoutInput;

/** The performance base (绩效基数) of each member: money, to the cent. */
export const performanceBaseInput: InputDeclarationInput = {
  type: "money",
  name: { en: "performance base", "zh-CN": "绩效基数" },
};

/** P2's grades: 60 or more passes (合格), below 60 fails (不合格). */
export const p2Grades: PolicyInput["grades"] = [
  { id: "pass", name: { en: "pass", "zh-CN": "合格" }, min: 60 },
  { id: "fail", name: { en: "fail", "zh-CN": "不合格" } },
];

/**
 * A satisfaction question answered on a 1–5 scale (5 = very satisfied), where an answer may be
 * flagged malicious or untrue (恶意、不实评价) and is then not counted (P6).
 *
 * @example
 * ```ts
 * surveyQuestion("customer satisfaction answers", "客户满意度评价").type; //=> "scores"
 * ```
 */
export function surveyQuestion(en: string, zh: string): InputDeclarationInput {
  return {
    type: "scores",
    required: false,
    name: { en, "zh-CN": zh },
    scale: { min: 1, max: 5 },
    flags: ["malicious", "untrue"],
  };
}

/**
 * Complaint-handling satisfaction (投诉处理满意度), an indicator of both P2 departments: the
 * survey it comes from, its measure (top-2-box share) and its part of the KPI sheet (20%, full
 * points at 90%, none at 50% — example values a policy owner sets).
 *
 * @example
 * ```ts
 * complaintHandlingPart.weight; //=> 20
 * ```
 */
export const complaintHandlingSurvey: InputDeclarationInput = surveyQuestion(
  "complaint-handling satisfaction answers",
  "投诉处理满意度评价",
);

/** The complaint-handling satisfaction measure: see {@link complaintHandlingSurvey}. */
export const complaintHandlingSatisfaction = {
  kind: "csat",
  name: { en: "complaint-handling satisfaction", "zh-CN": "投诉处理满意度" },
  input: "complaint_handling_survey",
  method: "top-2-box",
} satisfies NonNullable<PolicyInput["measures"]>[string];

/** The complaint-handling part of a P2 KPI sheet: see {@link complaintHandlingSurvey}. */
export const complaintHandlingPart = {
  weight: 20,
  component: {
    id: "complaint-handling",
    kind: "linear",
    name: { en: "Complaint-handling satisfaction", "zh-CN": "投诉处理满意度" },
    max: 100,
    measure: "complaint-handling-satisfaction",
    target: 0.9,
    floor: 0.5,
  },
} as const;
