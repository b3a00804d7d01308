import type { PolicyInput } from "../policy/schema/policy";
import { surveyQuestion } from "./p2-pay";

/** A part of a weighted component as a preset writes it. */
type PartInput = Extract<PolicyInput["components"][number], { kind: "weighted" }>["parts"][number];

/** A satisfaction part of the questionnaire: top-2-box share, full marks at 90%, none at 50% (example values). */
function questionPart(id: string, measure: string, en: string, zh: string): PartInput {
  return {
    weight: 25,
    component: {
      id,
      kind: "linear",
      name: { en, "zh-CN": zh },
      max: 100,
      measure,
      target: 0.9,
      floor: 0.5,
    },
  };
}

/** A rate where higher is better: full marks at the target, none at the floor (example values). */
function ratePart(
  weight: number,
  id: string,
  measure: string,
  en: string,
  zh: string,
  target: number,
  floor: number,
): PartInput {
  return {
    weight,
    component: { id, kind: "linear", name: { en, "zh-CN": zh }, max: 100, measure, target, floor },
  };
}

/**
 * P4 — customer-satisfaction indicators (服务客户满意度工作考评): each computed for the period
 * from raw data — questionnaire satisfaction on four questions, complaint rate, retention,
 * renewal, repeat and referral rates — then weighted into a 100-point score and graded.
 * **The targets, floors and weights are example values** (P4 says: set targets first).
 *
 * @example
 * ```ts
 * compile(customerIndicators).score({ subject: "Service Dept", quality_survey: "5;4;4;3", ... });
 * ```
 */
export const customerIndicators = {
  id: "customer-indicators",
  version: "1.0.0",
  name: { en: "Customer-satisfaction indicators", "zh-CN": "客户满意度指标考评" },
  description: {
    en: "P4's indicators from raw data: questionnaire satisfaction (product quality, response speed, service attitude, after-sales support), complaint rate, retention, renewal, repeat and referral rates. EXAMPLE VALUES: the targets, floors and weights are examples for the company to set.",
    "zh-CN":
      "按原始数据计算的客户满意度指标：问卷满意度（产品质量、响应速度、服务态度、售后支持）、客户投诉率、客户保持率、续单率、回头率、推荐率。示例值：目标值、底线值与权重均为示例，由公司自行设定。",
  },
  cycle: "month",
  maxScore: 100,
  inputs: {
    quality_survey: surveyQuestion("product quality answers", "产品质量评价"),
    speed_survey: surveyQuestion("response speed answers", "响应速度评价"),
    attitude_survey: surveyQuestion("service attitude answers", "服务态度评价"),
    support_survey: surveyQuestion("after-sales support answers", "售后支持评价"),
    complaints: { type: "count", name: { en: "complaints", "zh-CN": "客户投诉数" } },
    customers_served: { type: "count", name: { en: "customers served", "zh-CN": "服务客户数" } },
    customers_start: { type: "count", name: { en: "customers at the start", "zh-CN": "期初客户数" } },
    customers_end: { type: "count", name: { en: "customers at the end", "zh-CN": "期末客户数" } },
    customers_new: { type: "count", name: { en: "new customers", "zh-CN": "新增客户数" } },
    due_to_renew: { type: "count", name: { en: "customers due to renew", "zh-CN": "应续单客户数" } },
    renewed: { type: "count", name: { en: "customers who renewed", "zh-CN": "续单客户数" } },
    earlier_buyers: { type: "count", name: { en: "earlier buyers", "zh-CN": "老客户数" } },
    repeat_buyers: { type: "count", name: { en: "earlier buyers who bought again", "zh-CN": "回头客户数" } },
    customers_asked: {
      type: "count",
      name: { en: "customers asked to recommend", "zh-CN": "调查推荐意愿的客户数" },
    },
    customers_recommending: {
      type: "count",
      name: { en: "customers who recommended", "zh-CN": "推荐客户数" },
    },
  },
  measures: {
    "quality-satisfaction": {
      kind: "csat",
      name: { en: "product quality satisfaction", "zh-CN": "产品质量满意度" },
      input: "quality_survey",
      minResponses: 5,
    },
    "speed-satisfaction": {
      kind: "csat",
      name: { en: "response speed satisfaction", "zh-CN": "响应速度满意度" },
      input: "speed_survey",
      minResponses: 5,
    },
    "attitude-satisfaction": {
      kind: "csat",
      name: { en: "service attitude satisfaction", "zh-CN": "服务态度满意度" },
      input: "attitude_survey",
      minResponses: 5,
    },
    "support-satisfaction": {
      kind: "csat",
      name: { en: "after-sales support satisfaction", "zh-CN": "售后支持满意度" },
      input: "support_survey",
      minResponses: 5,
    },
    "complaint-rate": {
      kind: "rate",
      name: { en: "complaint rate", "zh-CN": "客户投诉率" },
      numerator: "complaints",
      denominator: "customers_served",
    },
    retention: {
      kind: "retention",
      name: { en: "retention rate", "zh-CN": "客户保持率" },
      start: "customers_start",
      end: "customers_end",
      new: "customers_new",
    },
    "renewal-rate": {
      kind: "rate",
      name: { en: "renewal rate", "zh-CN": "客户续单率" },
      numerator: "renewed",
      denominator: "due_to_renew",
    },
    "repeat-rate": {
      kind: "rate",
      name: { en: "repeat rate", "zh-CN": "客户回头率" },
      numerator: "repeat_buyers",
      denominator: "earlier_buyers",
    },
    "referral-rate": {
      kind: "rate",
      name: { en: "referral rate", "zh-CN": "客户推荐率" },
      numerator: "customers_recommending",
      denominator: "customers_asked",
    },
  },
  components: [
    {
      id: "indicators",
      kind: "weighted",
      name: { en: "Customer-satisfaction indicators", "zh-CN": "客户满意度指标" },
      description: {
        en: "Example targets, floors and weights: set your own.",
        "zh-CN": "目标值、底线值与权重为示例值，请按公司制度设定。",
      },
      max: 100,
      noData: "redistribute",
      parts: [
        {
          weight: 30,
          component: {
            id: "questionnaire",
            kind: "weighted",
            name: { en: "Questionnaire satisfaction", "zh-CN": "问卷满意度" },
            max: 100,
            noData: "redistribute",
            parts: [
              questionPart("quality", "quality-satisfaction", "Product quality", "产品质量"),
              questionPart("speed", "speed-satisfaction", "Response speed", "响应速度"),
              questionPart("attitude", "attitude-satisfaction", "Service attitude", "服务态度"),
              questionPart("support", "support-satisfaction", "After-sales support", "售后支持"),
            ],
          },
        },
        {
          weight: 15,
          component: {
            id: "complaints",
            kind: "linear",
            name: { en: "Complaint rate", "zh-CN": "客户投诉率" },
            max: 100,
            measure: "complaint-rate",
            target: 0,
            floor: 0.05,
          },
        },
        ratePart(15, "retention", "retention", "Retention rate", "客户保持率", 0.9, 0.6),
        ratePart(15, "renewal", "renewal-rate", "Renewal rate", "客户续单率", 0.8, 0.4),
        ratePart(15, "repeat", "repeat-rate", "Repeat rate", "客户回头率", 0.5, 0.1),
        ratePart(10, "referral", "referral-rate", "Referral rate", "客户推荐率", 0.3, 0),
      ],
    },
  ],
  grades: [
    { id: "excellent", name: { en: "excellent", "zh-CN": "优秀" }, min: 90 },
    { id: "good", name: { en: "good", "zh-CN": "良好" }, min: 75 },
    { id: "pass", name: { en: "pass", "zh-CN": "合格" }, min: 60 },
    { id: "fail", name: { en: "fail", "zh-CN": "不合格" } },
  ],
  display: { places: 2, rounding: "half-up" },
} as const satisfies PolicyInput;
