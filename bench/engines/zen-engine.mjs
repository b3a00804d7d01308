/**
 * @gorules/zen-engine 0.52.1 (Rust, through a Node binding): P1 + P2's pay rule as a JDM
 * decision graph — an expression node for the scores and the pay, a decision table for the
 * grade. ZEN computes in decimals (rust_decimal) and rounds half away from zero, so with its
 * results returned as strings it is exact; but it hands numbers back to JS as floats, hence
 * `string(...)` in the graph. Its binding only evaluates asynchronously: one awaited
 * `evaluate` per record, which measures the hop to its thread pool as much as the engine.
 */
import { ZenEngine } from "@gorules/zen-engine";

const at = { x: 0, y: 0 }; // node positions only matter to the graph editor

// Points of one survey answer (`#` is the element inside `map`); an unknown answer gives null.
const TIER_POINTS =
  "# == 'very-satisfied' ? 20 : # == 'basically-satisfied' ? 16 : # == 'average' ? 12 : " +
  "# == 'not-very-satisfied' ? 8 : # == 'very-dissatisfied' ? 4 : null";

/** The JDM graph: request → scores (expressions) → grade (decision table, first hit) → response. */
export const graph = {
  contentType: "application/vnd.gorules.decision",
  nodes: [
    { id: "request", type: "inputNode", name: "Request", position: at },
    {
      id: "scores",
      type: "expressionNode",
      name: "Scores and pay",
      position: at,
      content: {
        expressions: [
          { id: "standards", key: "standards", value: "max([0, 50 - findings])" },
          { id: "survey", key: "survey", value: `len(survey) > 0 ? avg(map(survey, ${TIER_POINTS})) : 0` },
          {
            id: "complaints",
            key: "complaints",
            value: "max([0, 30 - 6 * valid_complaints - 12 * major_complaints])",
          },
          { id: "total", key: "total", value: "$.standards + $.survey + $.complaints" },
          {
            id: "noOpinion",
            key: "noOpinion",
            value: "not inspected and valid_complaints + major_complaints == 0",
          },
          { id: "totalText", key: "totalText", value: "string(round($.total, 2))" },
          {
            id: "pay",
            key: "pay",
            value: "string(round(number(performance_base) * $.total / 100 * ($.total < 60 ? 0.7 : 1), 2))",
          },
        ],
      },
    },
    {
      id: "grade",
      type: "decisionTableNode",
      name: "Grade",
      position: at,
      content: {
        hitPolicy: "first",
        passThrough: true,
        inputs: [
          { id: "noOpinion", name: "No opinion", field: "noOpinion" },
          { id: "total", name: "Total", field: "total" },
        ],
        outputs: [{ id: "grade", name: "Grade", field: "grade" }],
        rules: [
          { _id: "no-opinion", noOpinion: "true", total: "", grade: "'no-opinion'" },
          { _id: "excellent", noOpinion: "", total: ">= 95", grade: "'excellent'" },
          { _id: "pass", noOpinion: "", total: ">= 90", grade: "'pass'" },
          { _id: "fail", noOpinion: "", total: "", grade: "'fail'" },
        ],
      },
    },
    { id: "response", type: "outputNode", name: "Response", position: at },
  ],
  edges: [
    { id: "request-scores", sourceId: "request", targetId: "scores", type: "edge" },
    { id: "scores-grade", sourceId: "scores", targetId: "grade", type: "edge" },
    { id: "grade-response", sourceId: "grade", targetId: "response", type: "edge" },
  ],
};

/** @returns {import("./index.mjs").Engine} */
export function create() {
  const engine = new ZenEngine();
  const decision = engine.createDecision(graph);
  return {
    async: true,
    async score(record) {
      const { result } = await decision.evaluate(record);
      return { total: result.totalText, grade: result.grade, pay: result.pay };
    },
    // Already text: ZEN's decimals only survive the trip to JS as strings.
    toStrings: (outcome) => outcome,
    dispose() {
      engine.dispose();
    },
  };
}
