import type { PolicyInput } from "../policy/schema/policy";

const PRIORITY_NAMES = {
  urgent: { en: "urgent fault", "zh-CN": "紧急故障" },
  general: { en: "general fault", "zh-CN": "一般故障" },
  enquiry: { en: "ordinary enquiry", "zh-CN": "普通问题咨询" },
} as const;

/**
 * P3 — After-sales response windows (售后服务管理办法-客户满意度评估标准): an urgent fault answered
 * within 30 minutes, a general fault within 2 hours, an ordinary enquiry within 24 hours; calendar
 * time by default (`compileSla(policy, { calendar: "cn" })` for working time on the PRC calendar).
 * The points are example values (the source is silent): 100, less 10 per urgent, 5 per general
 * and 2 per enquiry window breached; no opinion while no ticket is decided.
 *
 * @example
 * ```ts
 * const batch = compileSla(afterSalesResponse).evaluateAll(tickets, { asOf: "2026-03-01T00:00" });
 * compile(afterSalesResponse).scoreAll(slaRecords(batch.subjects));
 * ```
 */
export const afterSalesResponse = {
  id: "after-sales-response",
  version: "1.0.0",
  name: { en: "After-sales response windows", "zh-CN": "售后服务响应时间考评" },
  description: {
    en: "Response windows by request: urgent fault 30 minutes, general fault 2 hours, ordinary enquiry 24 hours. The points per breached window are example values: set your own.",
    "zh-CN":
      "按请求类型设定响应时限：紧急故障 30 分钟，一般故障 2 小时，普通问题咨询 24 小时。每次超时扣分为示例值，请按本单位规定修改。",
  },
  cycle: "month",
  maxScore: 100,
  inputs: {
    met: {
      type: "counts",
      keys: ["urgent", "general", "enquiry"],
      name: { en: "tickets answered in time", "zh-CN": "按时响应的工单" },
      names: PRIORITY_NAMES,
    },
    breached: {
      type: "counts",
      keys: ["urgent", "general", "enquiry"],
      name: { en: "response windows breached", "zh-CN": "超时响应的工单" },
      names: {
        urgent: { en: "urgent faults answered late", "zh-CN": "紧急故障超时响应" },
        general: { en: "general faults answered late", "zh-CN": "一般故障超时响应" },
        enquiry: { en: "enquiries answered late", "zh-CN": "普通问题咨询超时响应" },
      },
    },
  },
  components: [
    {
      id: "response",
      kind: "deduction",
      name: { en: "Response time", "zh-CN": "服务响应时间" },
      max: 100,
      per: [
        { input: "breached.urgent", points: 10 },
        { input: "breached.general", points: 5 },
        { input: "breached.enquiry", points: 2 },
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
      { input: "met", eq: 0 },
      { input: "breached", eq: 0 },
    ],
  },
  display: { places: 2, rounding: "half-up" },
  sla: {
    zone: "Asia/Shanghai",
    clock: "calendar",
    calendar: "cn",
    priorities: [
      { id: "urgent", name: PRIORITY_NAMES.urgent },
      { id: "general", name: PRIORITY_NAMES.general },
      { id: "enquiry", name: PRIORITY_NAMES.enquiry },
    ],
    rules: [
      {
        id: "urgent",
        name: { en: "respond within 30 minutes, then dispatch staff", "zh-CN": "30 分钟内响应并派员" },
        when: { priority: "urgent" },
        targets: { firstResponse: { minutes: 30 } },
      },
      {
        id: "general",
        name: { en: "respond within 2 hours with a first proposal", "zh-CN": "2 小时内响应并提出初步方案" },
        when: { priority: "general" },
        targets: { firstResponse: { hours: 2 } },
      },
      {
        id: "enquiry",
        name: { en: "answer within 24 hours", "zh-CN": "24 小时内答复" },
        when: { priority: "enquiry" },
        targets: { firstResponse: { hours: 24 } },
      },
    ],
  },
} as const satisfies PolicyInput;
