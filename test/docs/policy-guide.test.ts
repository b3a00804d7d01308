import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { componentSchema } from "../../src/components/registry";
import { en } from "../../src/i18n/en";

const GUIDES = ["policy-guide.md", "policy-guide.zh-CN.md"];

/** The codes a guide gives a heading of their own: lines such as "#### `record.not-a-count`". */
function headings(file: string): Set<string> {
  const text = readFileSync(join(__dirname, "../../docs", file), "utf8");
  return new Set([...text.matchAll(/^#{2,4} `([^`]+)`$/gm)].map((match) => match[1] as string));
}

// The catalogs are typed to have every code (a missing one does not compile), so they list them all.
const issueCodes = Object.keys(en.issues);
const traceCodes = Object.keys(en.trace);
const kinds = componentSchema.options.map((option) => option.shape.kind.value as string);

describe.each(GUIDES)("docs/%s", (file) => {
  const documented = headings(file);

  it("says what to do about every issue code", () => {
    expect(issueCodes.length).toBeGreaterThan(30);
    expect(issueCodes.filter((code) => !documented.has(code))).toEqual([]);
  });

  it("explains every trace step", () => {
    expect(traceCodes.filter((code) => !documented.has(code))).toEqual([]);
  });

  it("has a section with an example for every component kind", () => {
    expect(kinds.filter((kind) => !documented.has(kind))).toEqual([]);
  });

  it("documents nothing that does not exist", () => {
    const known = new Set([...issueCodes, ...traceCodes, ...kinds]);
    expect([...documented].filter((code) => !known.has(code))).toEqual([]);
  });
});
