import { describe, expect, it } from "vitest";
import { policyJsonSchema } from "../../src/index";

describe("policyJsonSchema", () => {
  const schema = policyJsonSchema() as {
    $schema: string;
    properties: Record<string, unknown>;
    required: string[];
    additionalProperties: boolean;
  };

  it("is a draft 2020-12 schema of the policy file", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining([
        "id",
        "version",
        "name",
        "cycle",
        "maxScore",
        "inputs",
        "components",
        "grades",
      ]),
    );
  });

  it("describes every component kind and lets a file name its schema", () => {
    const text = JSON.stringify(schema);
    for (const kind of ["deduction", "tiers"]) expect(text).toContain(`"const":"${kind}"`);
    expect(Object.keys(schema.properties)).toContain("$schema");
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});
