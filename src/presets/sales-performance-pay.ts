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
 * P2 — performance pay of the sales department (销售部): four indicators from the month's raw
 * data — sales-process service satisfaction, customer satisfaction, complaint rate (客诉率) and
 * complaint-handling satisfaction — weighted into a 100-point score, then P2's pay rule.
 * **The weights and scoring standards are example values**: the seed lost the monthly forms,
 * so a policy owner sets them (`kaoping presets show sales-performance-pay --format yaml`).
 *
 * @example
 * ```ts
 * compile(salesPerformancePay).score({ subject: "Wang Fang", sales_process_survey: "5;5;4", ... });
 * ```
 */
export const salesPerformancePay = {
  id: "sales-performance-pay",
  version: "1.0.0",
  name: { en: "Sales performance pay", "zh-CN": "销售部绩效工资" },
  description: {
    en: "P2 for the sales department: four satisfaction and complaint indicators weighted into a 100-point score, then performance pay = base × score / 100, 30% withheld below 60. EXAMPLE VALUES: the weights (30/30/20/20), targets, floors and bands are examples for the company to set.",
    "zh-CN":
      "销售部绩效考核：销售过程服务满意度、客户满意度、客诉率、投诉处理满意度加权为百分制得分，绩效工资 = 绩效基数 × 得分 / 100，低于 60 分扣 30%。示例值：权重（30/30/20/20）、目标值、底线值与分档均为示例，由公司自行设定。",
  },
  cycle: "month",
  maxScore: 100,
  inputs: {
    sales_process_survey: surveyQuestion(
      "sales-process service satisfaction answers",
      "销售过程服务满意度评价",
    ),
    customer_survey: surveyQuestion("customer satisfaction answers", "客户满意度评价"),
    complaints: { type: "count", name: { en: "complaints", "zh-CN": "客户投诉数" } },
    customers_served: { type: "count", name: { en: "customers served", "zh-CN": "服务客户数" } },
    complaint_handling_survey: complaintHandlingSurvey,
    performance_base: performanceBaseInput,
  },
  measures: {
    "sales-process-satisfaction": {
      kind: "csat",
      name: { en: "sales-process service satisfaction", "zh-CN": "销售过程服务满意度" },
      input: "sales_process_survey",
      method: "top-2-box",
      minResponses: 3,
    },
    "customer-satisfaction": {
      kind: "csat",
      name: { en: "customer satisfaction", "zh-CN": "客户满意度" },
      input: "customer_survey",
      method: "top-2-box",
      minResponses: 5,
    },
    "complaint-rate": {
      kind: "rate",
      name: { en: "complaint rate", "zh-CN": "客诉率" },
      numerator: "complaints",
      denominator: "customers_served",
    },
    "complaint-handling-satisfaction": complaintHandlingSatisfaction,
  },
  components: [
    {
      id: "kpi",
      kind: "weighted",
      name: { en: "Sales KPI sheet", "zh-CN": "销售部考核表" },
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
            id: "sales-process",
            kind: "linear",
            name: { en: "Sales-process service satisfaction", "zh-CN": "销售过程服务满意度" },
            max: 100,
            measure: "sales-process-satisfaction",
            target: 0.95,
            floor: 0.6,
          },
        },
        {
          weight: 30,
          component: {
            id: "customer",
            kind: "linear",
            name: { en: "Customer satisfaction", "zh-CN": "客户满意度" },
            max: 100,
            measure: "customer-satisfaction",
            target: 0.95,
            floor: 0.6,
          },
        },
        {
          weight: 20,
          component: {
            id: "complaints",
            kind: "bands",
            name: { en: "Complaint rate", "zh-CN": "客诉率" },
            max: 100,
            measure: "complaint-rate",
            bands: [
              { lte: 0.01, points: 100 },
              { gt: 0.01, lte: 0.02, points: 80 },
              { gt: 0.02, lte: 0.05, points: 60 },
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
