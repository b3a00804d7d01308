/**
 * json-logic-js, the original JSON Logic interpreter (`jsonLogic.apply` walks the rule on every
 * call). Floats.
 */
import jsonLogic from "json-logic-js";
import { centsOf, outcomeRule, toStrings, totalRule } from "./json-logic-rules.mjs";

/** @returns {import("./index.mjs").Engine} */
export function create() {
  return {
    async: false,
    score(record) {
      const total = jsonLogic.apply(totalRule, record);
      const [grade, pay] = jsonLogic.apply(outcomeRule, { total, record });
      return { total, grade, pay: centsOf(pay) };
    },
    toStrings,
  };
}
