import type { PolicyInput } from "../../src/index";

/** A small valid policy to build tests on: 100 points, pass from 60; override any part. */
export function indicatorPolicy(parts: Partial<Record<keyof PolicyInput, unknown>>): PolicyInput {
  return {
    id: "test",
    version: "1.0.0",
    name: { en: "Test", "zh-CN": "测试" },
    cycle: "month",
    maxScore: 100,
    inputs: {},
    components: [],
    grades: [{ id: "pass", min: 60 }, { id: "fail" }],
    ...parts,
  } as PolicyInput;
}
