/**
 * P1 + P2's pay rule in JSON Logic, shared by the two JSON Logic engines (json-logic-js and
 * json-logic-engine implement the same language). Two rules, as a JSON Logic user writes
 * them: the total from the record, then grade and pay from the total. JSON Logic computes in
 * JS numbers (floats); it has no rounding operator, so the adapters round to cents in JS.
 */

const v = (path) => ({ var: path });

// A survey answer's points; an unknown answer gives null, which turns the mean into NaN (a visible mismatch).
const tierPoints = {
  if: [
    { "==": [v(""), "very-satisfied"] },
    20,
    { "==": [v(""), "basically-satisfied"] },
    16,
    { "==": [v(""), "average"] },
    12,
    { "==": [v(""), "not-very-satisfied"] },
    8,
    { "==": [v(""), "very-dissatisfied"] },
    4,
    null,
  ],
};

/** The total: standards (50 − 1/finding) + survey (mean of tier points) + complaints (30 − 6/valid − 12/major). */
export const totalRule = {
  "+": [
    { max: [0, { "-": [50, v("findings")] }] },
    {
      if: [
        { ">": [v("survey.length"), 0] },
        {
          "/": [
            { reduce: [{ map: [v("survey"), tierPoints] }, { "+": [v("current"), v("accumulator")] }, 0] },
            v("survey.length"),
          ],
        },
        0,
      ],
    },
    {
      max: [
        0,
        { "-": [30, { "+": [{ "*": [6, v("valid_complaints")] }, { "*": [12, v("major_complaints")] }] }] },
      ],
    },
  ],
};

/** `[grade, pay]` from `{ total, record }`: no opinion, else by thresholds; pay = base × total / 100 (× 0.7 below 60). */
export const outcomeRule = [
  {
    if: [
      {
        and: [
          { "!": v("record.inspected") },
          { "==": [{ "+": [v("record.valid_complaints"), v("record.major_complaints")] }, 0] },
        ],
      },
      "no-opinion",
      { ">=": [v("total"), 95] },
      "excellent",
      { ">=": [v("total"), 90] },
      "pass",
      "fail",
    ],
  },
  {
    "*": [
      { "/": [{ "*": [v("record.performance_base"), v("total")] }, 100] },
      { if: [{ "<": [v("total"), 60] }, 0.7, 1] },
    ],
  },
];

/** Rounds to cents the way JS code usually does. */
export function centsOf(amount) {
  return Math.round(amount * 100) / 100;
}

/** The outcome as text. */
export function toStrings({ total, grade, pay }) {
  return { total: total.toFixed(2), grade, pay: pay.toFixed(2) };
}
