import type { PolicyInput } from "../policy/schema/policy";
import {
  complaintHandlingPart,
  complaintHandlingSatisfaction,
  complaintHandlingSurvey,
  p2Grades,
  p2PayRule,
  performanceBaseInput,
  surveyQuestion,
} from "./p2-pay";
import { performancePaySchedule } from "./schedules";

/**
 * P2 — performance pay of the after-sales service department (售后服务部): repair-process
 * service satisfaction, reception satisfaction, complaint rate (complaints per repair order)
 * and complaint-handling satisfaction, weighted into a 100-point score, then P2's pay rule.
 * **The weights and scoring standards are example values** for a policy owner to set.
 *
 * @example
 * ```ts
 * compile(afterSalesPerformancePay).score({ subject: "Zhao Qiang", repair_process_survey: "5;4;4", ... });
 * ```
 */
export const afterSalesPerformancePay = {
  id: "after-sales-performance-pay",
  version: "1.0.0",
  name: { en: "After-sales performance pay", "zh-CN": "售后服务部绩效工资" },
  description: {
    en: "P2 for the after-sales service department: four satisfaction and complaint indicators weighted into a 100-point score, then performance pay = base × score / 100, 30% withheld below 60. EXAMPLE VALUES: the weights (30/25/25/20), targets, floors and bands are examples for the company to set.",
    "zh-CN":
      "售后服务部绩效考核：维修过程服务满意度、接待满意度、客诉率、投诉处理满意度加权为百分制得分，绩效工资 = 绩效基数 × 得分 / 100，低于 60 分扣 30%。示例值：权重（30/25/25/20）、目标值、底线值与分档均为示例，由公司自行设定。",
  },
  cycle: "month",
  maxScore: 100,
  inputs: {
    repair_process_survey: surveyQuestion(
      "repair-process service satisfaction answers",
      "维修过程服务满意度评价",
    ),
    reception_survey: surveyQuestion("reception satisfaction answers", "接待满意度评价"),
    complaints: { type: "count", name: { en: "complaints", "zh-CN": "客户投诉数" } },
    repair_orders: { type: "count", name: { en: "repair orders", "zh-CN": "维修单数" } },
    complaint_handling_survey: complaintHandlingSurvey,
    performance_base: performanceBaseInput,
  },
  measures: {
    "repair-process-satisfaction": {
      kind: "csat",
      name: { en: "repair-process service satisfaction", "zh-CN": "维修过程服务满意度" },
      input: "repair_process_survey",
      method: "top-2-box",
      minResponses: 3,
    },
    "reception-satisfaction": {
      kind: "csat",
      name: { en: "reception satisfaction", "zh-CN": "接待满意度" },
      input: "reception_survey",
      method: "top-2-box",
      minResponses: 3,
    },
    "complaint-rate": {
      kind: "rate",
      name: { en: "complaint rate (per repair order)", "zh-CN": "客诉率（按维修单）" },
      numerator: "complaints",
      denominator: "repair_orders",
    },
    "complaint-handling-satisfaction": complaintHandlingSatisfaction,
  },
  components: [
    {
      id: "kpi",
      kind: "weighted",
      name: { en: "After-sales KPI sheet", "zh-CN": "售后服务部考核表" },
      description: {
        en: "Example weights and scoring standards: set your own.",
        "zh-CN": "权重与评分标准为示例值，请按公司制度设定。",
      },
      max: 100,
      noData: "redistribute",
      parts: [
        {
          weight: 30,
          component: {
            id: "repair-process",
            kind: "linear",
            name: { en: "Repair-process service satisfaction", "zh-CN": "维修过程服务满意度" },
            max: 100,
            measure: "repair-process-satisfaction",
            target: 0.95,
            floor: 0.6,
          },
        },
        {
          weight: 25,
          component: {
            id: "reception",
            kind: "linear",
            name: { en: "Reception satisfaction", "zh-CN": "接待满意度" },
            max: 100,
            measure: "reception-satisfaction",
            target: 0.95,
            floor: 0.6,
          },
        },
        {
          weight: 25,
          component: {
            id: "complaints",
            kind: "bands",
            name: { en: "Complaint rate", "zh-CN": "客诉率" },
            max: 100,
            measure: "complaint-rate",
            bands: [
              { lte: 0.01, points: 100 },
              { gt: 0.01, lte: 0.03, points: 80 },
              { gt: 0.03, lte: 0.05, points: 60 },
            ],
            otherwise: 0,
          },
        },
        complaintHandlingPart,
      ],
    },
  ],
  grades: p2Grades,
  payouts: [p2PayRule],
  schedule: performancePaySchedule,
  display: { places: 2, rounding: "half-up" },
} as const satisfies PolicyInput;
