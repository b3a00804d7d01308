/**
 * json-rules-engine 7: conditions as JSON, events for outcomes. It has no arithmetic, so — as
 * its users do — the component scores are dynamic facts computed in JS (floats), and the
 * rules decide the grade, no opinion and the withholding. One awaited `engine.run` per record.
 */
import { Engine } from "json-rules-engine";
import { tierPoints } from "./tier-points.mjs";

const opinion = {
  any: [
    { fact: "inspected", operator: "equal", value: true },
    { fact: "valid_complaints", operator: "greaterThan", value: 0 },
    { fact: "major_complaints", operator: "greaterThan", value: 0 },
  ],
};

const grade = (id, conditions) => ({
  conditions: { all: [opinion, ...conditions] },
  event: { type: "grade", params: { grade: id } },
});

const RULES = [
  {
    conditions: {
      all: [
        { fact: "inspected", operator: "equal", value: false },
        { fact: "valid_complaints", operator: "equal", value: 0 },
        { fact: "major_complaints", operator: "equal", value: 0 },
      ],
    },
    event: { type: "grade", params: { grade: "no-opinion" } },
  },
  grade("excellent", [{ fact: "total", operator: "greaterThanInclusive", value: 95 }]),
  grade("pass", [
    { fact: "total", operator: "greaterThanInclusive", value: 90 },
    { fact: "total", operator: "lessThan", value: 95 },
  ]),
  grade("fail", [{ fact: "total", operator: "lessThan", value: 90 }]),
  {
    conditions: { all: [{ fact: "total", operator: "lessThan", value: 60 }] },
    event: { type: "withhold", params: { kept: 0.7 } },
  },
];

/** @returns {import("./index.mjs").Engine} */
export function create() {
  const engine = new Engine(RULES);
  // Fact names differ from the record's fields: a record's own fields are runtime facts and would win.
  engine.addFact("standardsScore", async (_params, almanac) =>
    Math.max(0, 50 - (await almanac.factValue("findings"))),
  );
  engine.addFact("surveyScore", async (_params, almanac) => {
    const answers = await almanac.factValue("survey");
    if (answers.length === 0) return 0;
    let sum = 0;
    for (const answer of answers) sum += tierPoints(answer);
    return sum / answers.length;
  });
  engine.addFact("complaintsScore", async (_params, almanac) => {
    const valid = await almanac.factValue("valid_complaints");
    const major = await almanac.factValue("major_complaints");
    return Math.max(0, 30 - 6 * valid - 12 * major);
  });
  engine.addFact("total", async (_params, almanac) => {
    const [standards, survey, complaints] = await Promise.all([
      almanac.factValue("standardsScore"),
      almanac.factValue("surveyScore"),
      almanac.factValue("complaintsScore"),
    ]);
    return standards + survey + complaints;
  });
  return {
    async: true,
    async score(record) {
      const { events, almanac } = await engine.run(record);
      const total = await almanac.factValue("total");
      let gradeId = "";
      let kept = 1;
      for (const event of events) {
        if (event.type === "grade") gradeId = event.params.grade;
        else if (event.type === "withhold") kept = event.params.kept;
      }
      const pay = ((Number(record.performance_base) * total) / 100) * kept;
      return { total, grade: gradeId, pay: Math.round(pay * 100) / 100 };
    },
    toStrings: ({ total, grade, pay }) => ({ total: total.toFixed(2), grade, pay: pay.toFixed(2) }),
  };
}
