/**
 * json-logic-engine 5, compiled (`engine.build`): its fastest mode. Floats: version 5.0.7 ships
 * no decimal mode (its precision hook is typed but not implemented).
 */
import { LogicEngine } from "json-logic-engine";
import { centsOf, outcomeRule, toStrings, totalRule } from "./json-logic-rules.mjs";

/** @returns {import("./index.mjs").Engine} */
export function create() {
  const engine = new LogicEngine();
  const totalOf = engine.build(totalRule);
  const outcomeOf = engine.build(outcomeRule);
  return {
    async: false,
    score(record) {
      const total = totalOf(record);
      const [grade, pay] = outcomeOf({ total, record });
      return { total, grade, pay: centsOf(pay) };
    },
    toStrings,
  };
}
