import type { PolicyInput } from "../policy/schema/policy";

/**
 * P5 — composite service appraisal of a branch's units (综合客户服务评价考核): five areas —
 * mid/high-end customer retention (中高端保有), complaints (投诉), installation and maintenance
 * (装维), channel/store service quality (渠道(厅店)服务质量) and full-service compliance
 * (全业务服务达标) — weighted into a 100-point score, graded A–D, with a monthly service
 * incentive by grade. **Weights, standards and incentive amounts are example values.**
 *
 * @example
 * ```ts
 * compile(branchService).score({ subject: "Tongchuan County Branch", high_value_start: 1200, ... });
 * ```
 */
export const branchService = {
  id: "branch-service",
  version: "1.0.0",
  name: { en: "Branch composite service appraisal", "zh-CN": "分公司综合客户服务评价" },
  description: {
    en: "P5: five service areas of each unit of a branch, weighted into a 100-point score, graded A–D; the grade sets the monthly service incentive. EXAMPLE VALUES: the weights (25/20/20/15/20), standards and incentive amounts are examples for the company to set.",
    "zh-CN":
      "分公司各单位（县分公司、营销中心、营业部）的五项服务：中高端保有、投诉、装维、渠道（厅店）服务质量、全业务服务达标，加权为百分制得分并评定 A–D 等级，等级决定月度服务激励。示例值：权重（25/20/20/15/20）、评分标准与激励金额均为示例，由公司自行设定。",
  },
  cycle: "month",
  maxScore: 100,
  inputs: {
    high_value_start: {
      type: "count",
      name: { en: "mid/high-end customers at the start", "zh-CN": "期初中高端客户数" },
    },
    high_value_end: {
      type: "count",
      name: { en: "mid/high-end customers at the end", "zh-CN": "期末中高端客户数" },
    },
    high_value_new: {
      type: "count",
      name: { en: "new mid/high-end customers", "zh-CN": "新增中高端客户数" },
    },
    complaints: { type: "count", name: { en: "complaints", "zh-CN": "投诉数" } },
    customers: { type: "count", name: { en: "customers", "zh-CN": "客户数" } },
    installs: { type: "count", name: { en: "installation and repair orders", "zh-CN": "装维工单数" } },
    installs_on_time: {
      type: "count",
      name: { en: "orders completed on time", "zh-CN": "及时完成的装维工单数" },
    },
    store_quality: {
      type: "decimal",
      name: { en: "store service quality score", "zh-CN": "厅店服务质量得分" },
    },
    compliance_checks: {
      type: "count",
      name: { en: "service standards checked", "zh-CN": "检查的服务标准项数" },
    },
    compliance_met: { type: "count", name: { en: "service standards met", "zh-CN": "达标项数" } },
  },
  measures: {
    "high-value-retention": {
      kind: "retention",
      name: { en: "mid/high-end retention", "zh-CN": "中高端保有率" },
      start: "high_value_start",
      end: "high_value_end",
      new: "high_value_new",
    },
    "complaint-rate": {
      kind: "rate",
      name: { en: "complaint rate", "zh-CN": "投诉率" },
      numerator: "complaints",
      denominator: "customers",
    },
    "install-on-time": {
      kind: "rate",
      name: { en: "installation and repair on time", "zh-CN": "装维及时率" },
      numerator: "installs_on_time",
      denominator: "installs",
    },
    compliance: {
      kind: "rate",
      name: { en: "full-service compliance", "zh-CN": "全业务服务达标率" },
      numerator: "compliance_met",
      denominator: "compliance_checks",
    },
  },
  components: [
    {
      id: "service",
      kind: "weighted",
      name: { en: "Composite service score", "zh-CN": "综合客户服务得分" },
      description: {
        en: "Example weights and scoring standards: set your own.",
        "zh-CN": "权重与评分标准为示例值，请按公司制度设定。",
      },
      max: 100,
      noData: "zero",
      parts: [
        {
          weight: 25,
          component: {
            id: "retention",
            kind: "linear",
            name: { en: "Mid/high-end retention", "zh-CN": "中高端保有" },
            max: 100,
            measure: "high-value-retention",
            target: 0.98,
            floor: 0.85,
          },
        },
        {
          weight: 20,
          component: {
            id: "complaints",
            kind: "bands",
            name: { en: "Complaints", "zh-CN": "投诉" },
            max: 100,
            measure: "complaint-rate",
            bands: [
              { lte: 0.0005, points: 100 },
              { gt: 0.0005, lte: 0.001, points: 80 },
              { gt: 0.001, lte: 0.002, points: 60 },
            ],
            otherwise: 0,
          },
        },
        {
          weight: 20,
          component: {
            id: "installation",
            kind: "linear",
            name: { en: "Installation and maintenance", "zh-CN": "装维" },
            max: 100,
            measure: "install-on-time",
            target: 0.98,
            floor: 0.8,
          },
        },
        {
          weight: 15,
          component: {
            id: "stores",
            kind: "given",
            name: { en: "Channel/store service quality", "zh-CN": "渠道（厅店）服务质量" },
            max: 100,
            input: "store_quality",
          },
        },
        {
          weight: 20,
          component: {
            id: "compliance",
            kind: "bands",
            name: { en: "Full-service compliance", "zh-CN": "全业务服务达标" },
            max: 100,
            measure: "compliance",
            bands: [
              { gte: 1, points: 100 },
              { gte: 0.95, lt: 1, points: 80 },
              { gte: 0.9, lt: 0.95, points: 60 },
            ],
            otherwise: 0,
          },
        },
      ],
    },
  ],
  grades: [{ id: "A", min: 90 }, { id: "B", min: 80 }, { id: "C", min: 70 }, { id: "D" }],
  payouts: [
    {
      id: "service-incentive",
      kind: "by-grade",
      name: { en: "Monthly service incentive (example amounts)", "zh-CN": "月度服务激励（示例金额）" },
      amounts: { A: "5000.00", B: "3000.00", C: "1000.00", D: "0.00" },
    },
  ],
  display: { places: 2, rounding: "half-up" },
} as const satisfies PolicyInput;
