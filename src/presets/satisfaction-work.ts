import type { PolicyInput } from "../policy/schema/policy";

/**
 * P1 — Satisfaction work appraisal of a service unit (客户满意度工作考评管理办法): 50 points of
 * standards compliance (−1 per inspection finding), 20 by survey tier (mean of the answers),
 * 30 for complaints (−6 per valid, −12 per major), each never below 0; excellent from 95,
 * pass from 90; no opinion for a month without inspection and without complaints; two or more
 * failing months in a year lose the year-end award (the series rule `year-end-eligibility`).
 *
 * @example
 * ```ts
 * compile(satisfactionWork).score({ subject: "Unit A", inspected: true, findings: 5,
 *   survey: "很满意", valid_complaints: 0, major_complaints: 0 }); // total 95, excellent
 * ```
 */
export const satisfactionWork = {
  id: "satisfaction-work",
  version: "1.0.0",
  name: { en: "Satisfaction work appraisal", "zh-CN": "客户满意度工作考评" },
  description: {
    en: "Monthly appraisal of a service unit: standards compliance, satisfaction survey and service complaints.",
    "zh-CN": "对服务单位的月度考评：服务工作标准执行情况、客户满意度调查、服务投诉。",
  },
  cycle: "month",
  maxScore: 100,
  inputs: {
    inspected: {
      type: "boolean",
      name: { en: "inspected this month", "zh-CN": "本月是否检查" },
    },
    findings: {
      type: "count",
      name: { en: "inspection findings", "zh-CN": "检查发现的问题" },
    },
    survey: {
      type: "tier",
      many: true,
      name: { en: "satisfaction survey answers", "zh-CN": "满意度调查答案" },
      options: [
        { id: "very-satisfied", name: { en: "very satisfied", "zh-CN": "很满意" } },
        { id: "basically-satisfied", name: { en: "basically satisfied", "zh-CN": "基本满意" } },
        { id: "average", name: { en: "average", "zh-CN": "一般" } },
        { id: "not-very-satisfied", name: { en: "not very satisfied", "zh-CN": "不太满意" } },
        { id: "very-dissatisfied", name: { en: "very dissatisfied", "zh-CN": "很不满意" } },
      ],
    },
    complaints: {
      type: "counts",
      keys: ["valid", "major"],
      name: { en: "service complaints", "zh-CN": "服务投诉" },
      columns: { valid: "valid_complaints", major: "major_complaints" },
      names: {
        valid: { en: "valid complaints", "zh-CN": "有效服务投诉" },
        major: { en: "major complaints", "zh-CN": "重大服务投诉" },
      },
    },
  },
  components: [
    {
      id: "standards",
      kind: "deduction",
      name: { en: "Standards compliance", "zh-CN": "服务工作标准执行情况" },
      max: 50,
      per: [{ input: "findings", points: 1 }],
    },
    {
      id: "survey",
      kind: "tiers",
      name: { en: "Satisfaction survey", "zh-CN": "客户满意度调查" },
      max: 20,
      input: "survey",
      aggregate: "mean",
      points: {
        "very-satisfied": 20,
        "basically-satisfied": 16,
        average: 12,
        "not-very-satisfied": 8,
        "very-dissatisfied": 4,
      },
    },
    {
      id: "complaints",
      kind: "deduction",
      name: { en: "Service complaints", "zh-CN": "服务投诉" },
      max: 30,
      per: [
        { input: "complaints.valid", points: 6 },
        { input: "complaints.major", points: 12 },
      ],
    },
  ],
  grades: [
    { id: "excellent", name: { en: "excellent", "zh-CN": "优秀" }, min: 95 },
    { id: "pass", name: { en: "pass", "zh-CN": "合格" }, min: 90 },
    { id: "fail", name: { en: "fail", "zh-CN": "不合格" } },
  ],
  noOpinion: {
    all: [
      { input: "inspected", eq: false },
      { input: "complaints", eq: 0 },
    ],
  },
  display: { places: 2, rounding: "half-up" },
  // The seed names no tie-breaker: equal totals share a rank (1, 2, 2, 4).
  ranking: { method: "competition" },
  series: [
    {
      id: "year-end-eligibility",
      name: { en: "Year-end award eligibility lost", "zh-CN": "丧失年终评先资格" },
      description: {
        en: "Two or more failing months (below 90) in a year, counted cumulatively, not only consecutively, lose the unit's eligibility for year-end awards. Months without an opinion do not count.",
        "zh-CN":
          "一年内累计（不限连续）两个月及以上考评不合格（低于90分）的单位，取消年终评先资格；不出具考评意见的月份不计入。",
      },
      window: "year",
      when: { grade: "fail" },
      atLeast: 2,
    },
  ],
} as const satisfies PolicyInput;
