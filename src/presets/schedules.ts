import type { PolicyInput } from "../policy/schema/policy";

/**
 * P2's monthly schedule (客户满意度与绩效考核制度): each month's figures are collected from the
 * 10th to the 15th of the following month, then checked and approved; performance pay is paid
 * by the 20th, moved back to the last working day before it when the 20th is not one. A
 * fragment to put under `schedule` in a P2 policy.
 *
 * @example
 * ```ts
 * scheduleDates(performancePaySchedule, "2026-11").map((m) => [m.id, m.from?.date, m.to.date]);
 * //=> [["collect", "2026-12-10", "2026-12-15"], ["pay", undefined, "2026-12-18"]]
 * ```
 */
export const performancePaySchedule = {
  milestones: [
    {
      id: "collect",
      name: { en: "Figures collected and checked", "zh-CN": "数据收集与审核" },
      from: { day: 10 },
      to: { day: 15 },
    },
    {
      id: "pay",
      name: { en: "Performance pay paid", "zh-CN": "发放绩效工资" },
      to: { day: 20, shift: "previous-working-day" },
    },
  ],
} as const satisfies NonNullable<PolicyInput["schedule"]>;
