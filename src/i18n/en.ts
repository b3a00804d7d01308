import type { Catalog } from "./catalog";
import { plural } from "./plural";
import { reportEn } from "./report-en";

const quoted = (items: readonly string[]) => items.map((item) => `"${item}"`).join(", ");
/** Period kinds in words, for messages about windows and cycles. */
const PERIOD_WORDS: Readonly<Record<string, string>> = { "half-year": "half year" };
const periodWord = (kind: string) => PERIOD_WORDS[kind] ?? kind;

/** English wording of every issue, trace step and explanation. */
export const en: Catalog = {
  issues: {
    "schema.invalid-type": (v) => `Expected ${v.expected}, got ${v.received}.`,
    "schema.unknown-key": (v) => `Unknown field "${v.key}": check its spelling, or remove it.`,
    "schema.invalid-value": (v) => `Expected one of ${quoted(v.options)}, got ${v.received}.`,
    "schema.too-small": (v) =>
      `Must be ${v.inclusive ? "at least" : "greater than"} ${v.minimum}, got ${v.received}.`,
    "schema.too-big": (v) =>
      `Must be ${v.inclusive ? "at most" : "less than"} ${v.maximum}, got ${v.received}.`,
    "schema.not-a-decimal": (v) =>
      `Expected a number or a decimal string such as "12.50", got ${v.received}.`,
    "schema.invalid-format": (v) => `Expected ${v.format}, got ${v.received}.`,
    "schema.invalid": (v) => `This value is not valid here: ${v.received}.`,
    "schema.not-money": (v) =>
      `Expected an amount of money, 0 or more with at most 2 decimal places (such as "500.00"), got ${v.received}.`,
    "schema.not-a-percent": (v) => `Expected a percentage from 0 to 100, got ${v.received}.`,
    "policy.max-mismatch": (v) =>
      `The components' maxima add up to ${v.sum}, but maxScore is ${v.maxScore}: they must be equal.`,
    "policy.grades-not-descending": (v) =>
      `Grade "${v.grade}" starts at ${v.min}, which is not below the previous grade's ${v.previous}: list grades from the highest threshold down.`,
    "policy.duplicate-grade": (v) => `Grade "${v.grade}" is declared more than once.`,
    "policy.grade-fallback-missing": (v) =>
      `The last grade ("${v.grade}") has a minimum: leave "min" out of the last grade so that every total gets a grade.`,
    "policy.duplicate-component": (v) => `Component "${v.component}" is declared more than once.`,
    "policy.unknown-input": (v) =>
      `Input "${v.input}" is not declared under "inputs" (declared: ${v.known.length > 0 ? quoted(v.known) : "none"}).`,
    "policy.input-type-mismatch": (v) =>
      `Input "${v.input}" is of type "${v.actual}", but this needs ${v.expected.length === 1 ? "" : "one of "}${quoted(v.expected)}.`,
    "policy.negative-points": (v) => `Points cannot be negative, got ${v.received}.`,
    "policy.unknown-tier": (v) => `Tier "${v.tier}" is not an option of input "${v.input}".`,
    "policy.tier-without-points": (v) =>
      `Tier "${v.tier}" of input "${v.input}" has no points in this component.`,
    "policy.tier-points-above-max": (v) =>
      `Tier "${v.tier}" gives ${v.points} points, above the component's maximum of ${v.max}.`,
    "policy.duplicate-tier": (v) => `Tier "${v.tier}" (or an alias of it) is declared more than once.`,
    "policy.unknown-score": (v) =>
      `"${v.score}" is neither "total" nor a component id (components: ${quoted(v.known)}).`,
    "policy.unknown-grade": (v) =>
      `Grade "${v.grade}" is not declared under "grades" (grades: ${quoted(v.known)}).`,
    "policy.condition-not-allowed": (v) =>
      `A condition here cannot test ${{ input: "an input", score: "a score", grade: "the grade" }[v.test]}: it is decided before that is known.`,
    "policy.unknown-measure": (v) =>
      `Measure "${v.measure}" is not declared under "measures" (declared: ${v.known.length > 0 ? quoted(v.known) : "none"}).`,
    "policy.exactly-one": (v) =>
      `Give exactly one of ${quoted(v.fields)}; ${v.count === 0 ? "none is given" : `${v.count} are given`}.`,
    "policy.bands-overlap": (v) =>
      `Band ${v.band + 1} overlaps band ${v.other + 1}: a value would fall in both; make one bound exclusive (gt/lt) where they meet.`,
    "policy.band-bounds": (v) =>
      `A band has two ${v.bound} bounds: give ${v.bound === "lower" ? '"gt" or "gte"' : '"lt" or "lte"'}, not both.`,
    "policy.band-empty": (v) => `This band holds no value at all (${v.range}): check its bounds.`,
    "policy.points-above-max": (v) => `${v.points} points is above the component's maximum of ${v.max}.`,
    "policy.linear-flat": (v) =>
      `The target and the floor are both ${v.target}: full points at the target, none at the floor needs two different values.`,
    "policy.weights-sum": (v) => `The parts' weights add up to ${v.sum}%, but they must add up to 100%.`,
    "policy.unknown-flag": (v) =>
      `Flag "${v.flag}" is not a flag of input "${v.input}" (flags: ${v.known.length > 0 ? quoted(v.known) : "none"}).`,
    "policy.nps-scale": (v) =>
      `NPS needs a 0–10 question in whole numbers, but input "${v.input}" has the scale ${v.min}–${v.max} in steps of ${v.step}.`,
    "policy.scale-invalid": (v) =>
      `The scale ${v.min}–${v.max} in steps of ${v.step} is not valid: the lowest answer must be below the highest, and the step must divide the distance between them.`,
    "policy.duplicate-payout": (v) => `Payout "${v.payout}" is declared more than once.`,
    "policy.cap-below-floor": (v) => `The cap (${v.cap}) is below the floor (${v.floor}).`,
    "record.not-an-object": (v) => `A record must be an object of fields, got ${v.received}.`,
    "record.missing-subject": () => `The record has no "subject": say which unit or person it is about.`,
    "record.missing-value": (v) => `"${v.input}" is missing: the policy requires it.`,
    "record.not-a-count": (v) => `"${v.input}" must be a whole number, 0 or more; got ${v.received}.`,
    "record.not-a-boolean": (v) =>
      `"${v.input}" must be true or false (yes/no, 1/0, 是/否); got ${v.received}.`,
    "record.not-a-decimal": (v) => `"${v.input}" must be a decimal number such as 12.50; got ${v.received}.`,
    "record.out-of-range": (v) =>
      `"${v.input}" is ${v.received}, outside ${v.min ?? "−∞"} … ${v.max ?? "+∞"}.`,
    "record.unknown-tier": (v) =>
      `"${v.input}" has the answer ${v.received}, which is not one of ${quoted(v.options)}.`,
    "record.too-many-answers": (v) => `"${v.input}" takes one answer, got ${v.count}.`,
    "record.unknown-key": (v) => `"${v.input}" has no key "${v.key}" (keys: ${quoted(v.known)}).`,
    "record.too-many-places": (v) =>
      `"${v.input}" is ${v.received}, with more than ${v.places} decimal places: an amount of money is given to the cent, never rounded by kaoping.`,
    "record.invalid-answer": (v) =>
      `"${v.input}" has the answer ${v.received}, which is not on the scale ${v.min}–${v.max} (steps of ${v.step}).`,
    "record.unknown-flag": (v) =>
      `"${v.input}" has an answer flagged "${v.flag}", which is not a declared flag (flags: ${v.known.length > 0 ? quoted(v.known) : "none"}).`,
    "record.count-exceeds": (v) =>
      `"${v.field}" is ${v.value}, more than "${v.limitField}" (${v.limit}): measure "${v.measure}" cannot be above 1.`,
    "file.unreadable": (v) => `Cannot read ${v.file}: ${v.reason}.`,
    "file.parse-error": (v) => `The file cannot be parsed: ${v.reason}.`,
    "file.missing-column": (v) => `The header has no column "${v.column}", which the policy needs.`,
    "file.unknown-preset": (v) => `"${v.name}" is neither a file nor a preset (presets: ${quoted(v.known)}).`,
    "policy.tie-breaker-on-total": () =>
      `Ties are ties of the total: break them on an input or a component's score, not on "total".`,
    "policy.duplicate-group": (v) => `Ranking group "${v.group}" is declared more than once.`,
    "policy.unknown-group": (v) =>
      `Ranking group "${v.group}" is not declared under "ranking.groups" (groups: ${v.known.length > 0 ? quoted(v.known) : "none"}).`,
    "policy.duplicate-series": (v) => `Series rule "${v.rule}" is declared more than once.`,
    "policy.series-window-too-short": (v) =>
      `A ${periodWord(v.window)} window cannot hold several periods of a ${periodWord(v.cycle)} cycle: choose a longer window.`,
    "policy.series-unreachable": (v) =>
      `A ${periodWord(v.window)} holds only ${v.periods} ${periodWord(v.cycle)} ${plural(v.periods, "period", "periods")}, so "atLeast": ${v.atLeast} can never be reached.`,
    "policy.duplicate-milestone": (v) => `Schedule milestone "${v.milestone}" is declared more than once.`,
    "policy.schedule-window-reversed": (v) =>
      `Milestone "${v.milestone}" starts after it ends: "from" must come on or before "to".`,
    "policy.duplicate-reward": (v) => `Reward or penalty "${v.reward}" is declared more than once.`,
    "policy.reward-without-condition": (v) =>
      `"${v.reward}" has neither "rank" nor "when", so every subject would get it: say who gets it.`,
    "record.invalid-period": (v) =>
      `"period" must be a month (2026-11), a quarter (2026-Q4), a half year (2026-H2) or a year (2026); got ${v.received}.`,
    "record.period-cycle-mismatch": (v) =>
      `The period ${v.period} is a ${periodWord(v.kind)}, but the policy appraises every ${periodWord(v.cycle)}.`,
    "record.duplicate-subject": (v) =>
      `"${v.subject}" has ${v.count} records for ${v.period === "" ? "the same period" : v.period}: keep one (none of them is scored).`,
    "plan.duplicate-id": (v) => `Improvement plan "${v.plan}" is declared more than once.`,
    "file.wrong-cell-count": (v) =>
      `The row has ${v.received} ${v.received === 1 ? "cell" : "cells"}, but the header has ${v.expected} (${v.columns.join(", ")}): check for a missing or an extra comma.`,
    "file.unclosed-quote": (v) =>
      `A quote (") opened on this line is never closed, so lines up to ${v.lastLine} could not be read: close the quote, or double a quote inside a quoted cell ("").`,
    "file.bad-quote": () =>
      `A quoted cell has text after its closing quote: quote the whole cell, and double each quote inside it ("").`,
    "file.wrong-encoding": (v) =>
      `The file is not valid ${v.encoding} text: read it with the encoding it was saved in (${v.suggestion}).`,
    "file.not-an-array": (v) => `Expected a JSON array of records, got ${v.received}.`,
    "sla.unknown-zone": (v) => `"${v.zone}" is not a time zone: use an IANA name such as "Asia/Shanghai".`,
    "sla.zone-missing": (v) =>
      `Calendar "${v.calendar}" names no time zone: add "zone" (such as "Asia/Shanghai"), or build on "base": "cn".`,
    "sla.unknown-calendar": (v) => `Calendar "${v.calendar}" is not known (calendars: ${quoted(v.known)}).`,
    "sla.invalid-date": (v) => `"${v.date}" is not a date of the calendar.`,
    "sla.day-listed-twice": (v) => `${v.date} is listed more than once (as a holiday or a working day).`,
    "sla.shift-order": (v) => `The shift "${v.shift}" does not start before it ends.`,
    "sla.shifts-overlap": (v) =>
      `The shift "${v.shift}" starts before the previous one ("${v.previous}") ends: list shifts in order, without overlap.`,
    "sla.no-working-hours": (v) => `Calendar "${v.calendar}" has no working hours on any day of the week.`,
    "sla.duplicate-priority": (v) =>
      `The priority "${v.priority}" (an id, name or alias) is declared more than once.`,
    "sla.unknown-priority": (v) =>
      `Priority "${v.priority}" is not declared under "priorities" (priorities: ${quoted(v.known)}).`,
    "sla.priority-without-rule": (v) =>
      `No rule matches priority "${v.priority}": its tickets would have no window.`,
    "sla.no-targets": () => `The rule sets no window: give "firstResponse", "resolution" or both.`,
    "sla.unreachable-rule": (v) =>
      `Rule ${v.position}${v.rule === undefined ? "" : ` ("${v.rule}")`} is never used: rule ${v.after}${v.afterRule === undefined ? "" : ` ("${v.afterRule}")`}, before it, matches every ticket.`,
    "ticket.invalid-time": (v) =>
      `"${v.field}" must be an ISO 8601 date and time such as 2026-02-13T17:00 or 2026-02-13T17:00+08:00; got ${v.received}.`,
    "ticket.unknown-priority": (v) => `The priority ${v.received} is not one of ${quoted(v.options)}.`,
    "ticket.before-opening": (v) => `"${v.field}" (${v.time}) is before the ticket was opened (${v.opened}).`,
    "ticket.no-rule": (v) =>
      `No rule of the SLA matches priority "${v.priority}"${v.category === undefined ? "" : ` in category "${v.category}"`}.`,
    "ticket.invalid-pause": (v) =>
      `A pause must be "start/end" in ISO 8601 (end left out: still paused), the end not before the start; got ${v.received}.`,
    "ticket.opened-after-as-of": (v) =>
      `The ticket was opened (${v.opened}) after the as-of time (${v.asOf}).`,
    "ticket.duplicate": (v) =>
      `Ticket "${v.ticket}" appears on ${v.count} rows: keep one (none of them counts).`,
    "sla.missing": () => `The policy has no "sla" section: it sets no response windows.`,
  },
  trace: {
    "component.full": (v) => `starts at full marks, ${v.max} ${plural(v.max, "point", "points")}`,
    "deduction.per-unit": (v, w) =>
      `${w.input}: ${v.count} × ${v.points} ${plural(v.points, "point", "points")} taken off`,
    "deduction.cap": (v) => `the deduction is capped at ${v.cap} (${v.deducted} before the cap)`,
    "deduction.floor": (v) => `the score cannot go below 0 (${v.deducted} deducted from ${v.max})`,
    "tiers.answer": (v, w) => `the answer "${w.tier(v.tier, v.tierName)}" is worth ${v.points}`,
    "tiers.mean": (v, w) =>
      `the mean of ${v.count} answers (${v.answers.map((a) => `${w.tier(a.tier, a.tierName)} ${a.points}`).join(", ")}): ${v.sum} / ${v.count}`,
    "measure.rate": (v, w) => `${w.input}: ${v.numerator} / ${v.denominator} = ${v.value}`,
    "measure.retention": (v, w) => `${w.input}: (${v.end} − ${v.new}) / ${v.start} = ${v.value}`,
    "measure.csat": (v, w) =>
      `${w.input}: ${
        v.method === "mean"
          ? `the mean of ${v.counted} counted ${plural(v.counted, "answer", "answers")}`
          : `${v.inBox} of ${v.counted} counted ${plural(v.counted, "answer", "answers")} in the ${v.method === "top-box" ? "top box" : "top 2 boxes"}`
      } = ${v.value}${v.excluded > 0 ? ` (${v.excluded} flagged ${plural(v.excluded, "answer", "answers")} left out)` : ""}`,
    "measure.nps": (v, w) =>
      `${w.input}: (${v.promoters} ${plural(v.promoters, "promoter", "promoters")} − ${v.detractors} ${plural(v.detractors, "detractor", "detractors")}) × 100 / ${v.counted} counted = ${v.value}${v.excluded > 0 ? ` (${v.excluded} flagged ${plural(v.excluded, "answer", "answers")} left out)` : ""}`,
    "bands.band": (v, w) =>
      `${w.input} is ${v.value}, in the band ${v.range}${v.bandName ? ` (${w.text(v.bandName)})` : ""}: ${v.points} ${plural(v.points, "point", "points")}`,
    "bands.otherwise": (v, w) =>
      `${w.input} is ${v.value}, in no band: ${v.points} ${plural(v.points, "point", "points")}`,
    "linear.target": (v, w) => `${w.input} is ${v.value}, at the target ${v.target} or better: full marks`,
    "linear.floor": (v, w) => `${w.input} is ${v.value}, at the floor ${v.floor} or worse: no points`,
    "linear.between": (v, w) =>
      `${w.input} is ${v.value}, between the floor ${v.floor} and the target ${v.target}: ${v.max} × (${v.value} − ${v.floor}) / (${v.target} − ${v.floor})`,
    "given.score": (v, w) => `${w.input}: ${v.value} of ${v.max}, as given`,
    "weighted.part": (v, w) =>
      `${w.input}: ${v.score} of ${v.max}, weighted ${v.share}%${v.share === v.weight ? "" : ` (its ${v.weight}% plus a share of the weight of parts without data)`}`,
    "weighted.no-data": (v, w) =>
      `${w.input} has no data: ${v.rule === "redistribute" ? `its ${v.weight}% weight is spread over the other parts` : `it scores 0 of its ${v.weight}% weight`}`,
    "payout.proportional": (v, w) =>
      `${w.input} ${v.base} × ${v.of === "total" ? "score" : `score of ${v.of}`} ${v.score}${v.exactScore === undefined ? "" : ` (${v.exactScore} rounded)`} / ${v.maxScore}`,
    "payout.by-grade": (v, w) => `grade "${w.text(v.gradeName, v.grade)}" pays ${v.amount}`,
    "payout.no-amount": (v, w) =>
      v.grade === undefined ? "nothing to pay on" : `grade "${w.text(v.gradeName, v.grade)}" pays nothing`,
    "payout.withhold": (v, w) =>
      `${
        v.percent !== undefined
          ? `${v.percent}% of ${v.before} withheld`
          : v.withheld === v.amount
            ? `${v.amount} withheld`
            : v.withheld === "0"
              ? `nothing withheld of ${v.amount} due, as nothing was left`
              : `${v.withheld} withheld of ${v.amount} due, all that was left`
      }${v.reason ? ` (${w.text(v.reason)})` : ""}`,
    "payout.cap": (v) => `capped at ${v.cap} (${v.before} before the cap)`,
    "payout.floor": (v) => `raised to the floor of ${v.floor} (${v.before} before)`,
    "payout.round": (v) =>
      `${v.before} rounded ${v.mode} to ${v.places} decimal ${plural(v.places, "place", "places")}: ${v.after}`,
  },
  series: {
    heading: (subject, rule, window) => `${subject}, ${window} — ${rule}`,
    verdict: (v) => {
      const list = v.periods.length > 0 ? ` (${v.periods.join(", ")})` : "";
      const run = v.consecutive ? " in a row" : "";
      const periods = `${v.count} ${plural(v.count, "period", "periods")}${run}`;
      return v.triggered
        ? `Triggered: ${periods} met the condition${list}; ${v.atLeast}${run} ${plural(v.atLeast, "triggers", "trigger")} the rule.`
        : `Not triggered: ${periods} met the condition${list}; ${v.atLeast}${run} would trigger the rule${v.complete ? "" : ", and the window is not complete"}.`;
    },
    step: {
      "series.met": (v) => `${v.period}: meets the condition (total ${v.total}, ${v.grade})`,
      "series.not-met": (v) => `${v.period}: does not meet it (total ${v.total}, ${v.grade})`,
      "series.no-opinion": (v) => `${v.period}: no appraisal opinion, not counted`,
      "series.missing": (v) => `${v.period}: no record`,
    },
  },
  line: (line) => `line ${line}:`,
  list: (items) => items.join("; "),
  yesNo: (value) => (value ? "yes" : "no"),
  explain: {
    heading: (subject, policy, period) => `${subject}${period ? ` (${period})` : ""} — ${policy}`,
    component: (name, score, max) => `${name}: ${score} of ${max} points.`,
    noData: (name, score, max) =>
      `${name}: no data, so ${score} of ${max} points: the record has no value to score it by (an optional input left empty, or an indicator that cannot be computed: too few answers, or nothing to divide by).`,
    graded: (total, max, grade) => `Total: ${total} of ${max} points, grade: ${grade}.`,
    noOpinion: (total, max, inputs) =>
      `Total: ${total} of ${max} points, but no appraisal opinion is given: the policy's no-opinion condition holds (${inputs}). No grade, no rank, and the period does not count as failing.`,
    points: (delta) => `${delta.startsWith("-") ? `−${delta.slice(1)}` : `+${delta}`}`,
    payout: (name, amount) => `${name}: ${amount}.`,
    money: (delta) => `${delta.startsWith("-") ? `−${delta.slice(1)}` : `+${delta}`}`,
    pay: (amount) => `Pay: ${amount}.`,
  },
  report: reportEn,
};
