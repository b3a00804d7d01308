import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/decimal";
import { sentence } from "../../src/engine/explain";
import type { TraceCode, TraceStep, TraceValuesByCode } from "../../src/engine/trace";
import { LOCALES } from "../../src/i18n/locale";
import { messagesFor } from "../../src/i18n/messages";
import type { IssueCode, IssueValuesByCode } from "../../src/issues/codes";
import { formatIssue, makeIssue } from "../../src/issues/issue";

// One sample per code: adding a code without a sample here fails the typecheck.
const ISSUE_SAMPLES: { readonly [C in IssueCode]: IssueValuesByCode[C] } = {
  "schema.invalid-type": { expected: "number", received: '"x"' },
  "schema.unknown-key": { key: "extra" },
  "schema.invalid-value": { options: ["month", "year"], received: '"week"' },
  "schema.too-small": { minimum: "1", inclusive: true, received: "0 items" },
  "schema.too-big": { maximum: "10", inclusive: false, received: "11" },
  "schema.not-a-decimal": { received: '"abc"' },
  "schema.invalid-format": { format: "an identifier", received: '"1x"' },
  "schema.invalid": { received: "-1" },
  "policy.max-mismatch": { sum: "95", maxScore: "100" },
  "policy.grades-not-descending": { grade: "pass", min: "95", previous: "90" },
  "policy.duplicate-grade": { grade: "pass" },
  "policy.grade-fallback-missing": { grade: "fail" },
  "policy.duplicate-component": { component: "survey" },
  "policy.unknown-input": { input: "findngs", known: ["findings"] },
  "policy.input-type-mismatch": { input: "findings", expected: ["tier"], actual: "count" },
  "policy.negative-points": { received: "-1" },
  "policy.unknown-tier": { tier: "superb", input: "survey" },
  "policy.tier-without-points": { tier: "average", input: "survey" },
  "policy.tier-points-above-max": { tier: "very-satisfied", points: "25", max: "20" },
  "policy.duplicate-tier": { tier: "很满意" },
  "policy.unknown-score": { score: "standard", known: ["standards"] },
  "policy.unknown-grade": { grade: "gold", known: ["pass", "fail"] },
  "policy.condition-not-allowed": { test: "grade" },
  "record.not-an-object": { received: "an array" },
  "record.missing-subject": {},
  "record.missing-value": { input: "findings" },
  "record.not-a-count": { input: "findings", received: '"x"' },
  "record.not-a-boolean": { input: "inspected", received: '"maybe"' },
  "record.not-a-decimal": { input: "base", received: '"1e3"' },
  "record.out-of-range": { input: "rate", received: "1.5", min: "0", max: "1" },
  "record.unknown-tier": { input: "survey", received: '"great"', options: ["very-satisfied"] },
  "record.too-many-answers": { input: "survey", count: 2 },
  "record.unknown-key": { input: "complaints", key: "minor", known: ["valid", "major"] },
  "file.unreadable": { file: "units.csv", reason: "no such file" },
  "file.parse-error": { reason: "Quote Not Closed" },
  "file.missing-column": { column: "major_complaints" },
  "file.unknown-preset": { name: "nope", known: ["satisfaction-work"] },
  "policy.tie-breaker-on-total": {},
  "policy.duplicate-group": { group: "branch" },
  "policy.unknown-group": { group: "region", known: ["branch"] },
  "policy.duplicate-series": { rule: "year-end-eligibility" },
  "policy.series-window-too-short": { window: "quarter", cycle: "year" },
  "policy.series-unreachable": { atLeast: 5, periods: 4, window: "year", cycle: "quarter" },
  "policy.duplicate-milestone": { milestone: "pay" },
  "policy.schedule-window-reversed": { milestone: "collect" },
  "policy.duplicate-reward": { reward: "best-unit" },
  "policy.reward-without-condition": { reward: "best-unit" },
  "record.invalid-period": { received: '"2026-13"' },
  "record.period-cycle-mismatch": { period: "2026-Q4", kind: "quarter", cycle: "month" },
  "record.duplicate-subject": { subject: "Unit A", period: "2026-11", count: 2 },
  "plan.duplicate-id": { plan: "p1" },
  "file.wrong-cell-count": { expected: 6, received: 5, columns: ["subject", "inspected"] },
  "file.unclosed-quote": { lastLine: 9 },
  "file.bad-quote": {},
  "file.wrong-encoding": { encoding: "utf8", suggestion: "gb18030" },
  "file.not-an-array": { received: "an object" },
  "sla.missing": {},
  "sla.unknown-zone": { zone: "Mars/Olympus" },
  "sla.zone-missing": { calendar: "office" },
  "sla.unknown-calendar": { calendar: "office", known: ["24x7", "cn"] },
  "sla.invalid-date": { date: "2026-02-30" },
  "sla.day-listed-twice": { date: "2026-02-14" },
  "sla.shift-order": { shift: "13:00-12:00" },
  "sla.shifts-overlap": { shift: "11:00-14:00", previous: "09:00-12:00" },
  "sla.no-working-hours": { calendar: "office" },
  "sla.duplicate-priority": { priority: "urgent" },
  "sla.unknown-priority": { priority: "high", known: ["urgent", "general"] },
  "sla.priority-without-rule": { priority: "enquiry" },
  "sla.no-targets": {},
  "sla.unreachable-rule": { position: 3, rule: "general", after: 2 },
  "ticket.invalid-time": { field: "opened_at", received: '"yesterday"' },
  "ticket.unknown-priority": { received: '"P9"', options: ["urgent", "general"] },
  "ticket.before-opening": {
    field: "responded_at",
    time: "2026-02-13T16:00:00+08:00",
    opened: "2026-02-13T17:00:00+08:00",
  },
  "ticket.no-rule": { priority: "general", category: "billing" },
  "ticket.invalid-pause": { received: '"17:00"' },
  "ticket.opened-after-as-of": { opened: "2026-03-02T09:00:00+08:00", asOf: "2026-03-01T00:00:00+08:00" },
  "ticket.duplicate": { ticket: "T1", count: 2 },
  "schema.not-money": { received: '"12.345"' },
  "schema.not-a-percent": { received: '"130%"' },
  "policy.unknown-measure": { measure: "csat", known: ["complaint-rate"] },
  "policy.exactly-one": { fields: ["input", "measure"], count: 2 },
  "policy.bands-overlap": { band: 1, other: 0 },
  "policy.band-bounds": { bound: "lower" },
  "policy.band-empty": { range: "[5, 5)" },
  "policy.points-above-max": { points: "25", max: "20" },
  "policy.linear-flat": { target: "0.9" },
  "policy.weights-sum": { sum: "95" },
  "policy.unknown-flag": { flag: "spam", input: "answers", known: ["malicious"] },
  "policy.nps-scale": { input: "recommend", min: "1", max: "5", step: "1" },
  "policy.scale-invalid": { min: "5", max: "1", step: "1" },
  "policy.duplicate-payout": { payout: "pay" },
  "policy.cap-below-floor": { cap: "100", floor: "200" },
  "record.too-many-places": { input: "performance_base", received: "3000.125", places: 2 },
  "record.invalid-answer": { input: "answers", received: "6", min: "1", max: "5", step: "1" },
  "record.unknown-flag": { input: "answers", flag: "spam", known: ["malicious"] },
  "record.count-exceeds": {
    measure: "complaint-rate",
    field: "complaints",
    value: "12",
    limitField: "customers",
    limit: "10",
  },
};

const TRACE_SAMPLES: { readonly [C in TraceCode]: TraceValuesByCode[C] } = {
  "component.full": { max: "50" },
  "deduction.per-unit": { count: "3", points: "1" },
  "deduction.cap": { cap: "20", deducted: "24" },
  "deduction.floor": { deducted: "60", max: "50" },
  "tiers.answer": { tier: "average", tierName: { en: "average", "zh-CN": "一般" }, points: "12" },
  "tiers.mean": {
    count: 2,
    sum: "36",
    answers: [
      { tier: "very-satisfied", points: "20" },
      { tier: "basically-satisfied", tierName: { "zh-CN": "基本满意" }, points: "16" },
    ],
  },
  "measure.rate": { numerator: "3", denominator: "120", value: "0.025" },
  "measure.retention": { start: "100", end: "110", new: "20", value: "0.9" },
  "measure.csat": { method: "top-2-box", counted: 10, excluded: 1, inBox: 8, value: "0.8" },
  "measure.nps": { counted: 10, excluded: 0, promoters: 6, detractors: 2, value: "40" },
  "bands.band": {
    value: "0.92",
    range: "[0.9, 0.95)",
    points: "8",
    bandName: { en: "good", "zh-CN": "良好" },
  },
  "bands.otherwise": { value: "0.5", points: "0" },
  "linear.target": { value: "0.99", target: "0.95", floor: "0.8", max: "10" },
  "linear.floor": { value: "0.7", target: "0.95", floor: "0.8" },
  "linear.between": { value: "0.9", target: "0.95", floor: "0.8", max: "10", points: "6.67" },
  "given.score": { value: "85", max: "100" },
  "weighted.part": { part: "csat", score: "8", max: "10", weight: "40", share: "40", steps: [] },
  "weighted.no-data": { part: "nps", weight: "20", rule: "redistribute" },
  "payout.proportional": { base: "3000.00", score: "85", maxScore: "100", of: "2550" },
  "payout.by-grade": { grade: "A", gradeName: { en: "A", "zh-CN": "甲" }, amount: "500.00" },
  "payout.no-amount": { grade: "D" },
  "payout.withhold": { percent: "30", withheld: "535.5", before: "1785.00" },
  "payout.cap": { cap: "5000.00", before: "5200.00" },
  "payout.floor": { floor: "100.00", before: "80.00" },
  "payout.round": { mode: "half-up", places: 2, before: "2551.445", after: "2551.45" },
};

const CJK = /[\u4e00-\u9fff]/;
const LEAK = /undefined|NaN|\[object Object\]/;

describe("every issue is worded in English and Chinese", () => {
  for (const [code, values] of Object.entries(ISSUE_SAMPLES) as [IssueCode, never][]) {
    it(code, () => {
      const issue = makeIssue(code, ["a", 0], values);
      const english = formatIssue(issue, "en");
      const chinese = formatIssue(issue, "zh-CN");
      expect(english).toMatch(/^a\[0\]: \S/);
      expect(english).not.toMatch(LEAK);
      expect(chinese).toMatch(CJK);
      expect(chinese).not.toMatch(LEAK);
      expect(chinese).not.toBe(english);
    });
  }
});

describe("every trace step is worded in English and Chinese", () => {
  for (const [code, values] of Object.entries(TRACE_SAMPLES) as [TraceCode, never][]) {
    it(code, () => {
      const inputName = { en: "complaints", "zh-CN": "投诉" };
      const step = {
        code,
        component: "c",
        input: "findings",
        inputName,
        delta: new Decimal(1),
        values,
      } as TraceStep;
      const texts = LOCALES.map((locale) => sentence(step, locale));
      for (const text of texts) expect(text).not.toMatch(LEAK);
      expect(texts[1]).toMatch(CJK);
      expect(texts[0]).not.toBe(texts[1]);
    });
  }
});

describe("the small words", () => {
  it("say yes and no, lines and lists in both languages", () => {
    expect(LOCALES.map((l) => messagesFor(l).yesNo(true))).toEqual(["yes", "是"]);
    expect(LOCALES.map((l) => messagesFor(l).line(3))).toEqual(["line 3:", "第 3 行："]);
    expect(LOCALES.map((l) => messagesFor(l).list(["a", "b"]))).toEqual(["a; b", "a；b"]);
  });
});
