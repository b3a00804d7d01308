import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "..", "src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const core = files(SRC).filter((path) => !relative(SRC, path).startsWith("cli"));

/** What the core must never contain, and why. */
const FORBIDDEN: readonly [RegExp, string][] = [
  [
    /from\s+["']node:|require\(["']node:|from\s+["'](fs|path|os|stream|child_process)["']/,
    "a Node.js module (the core runs in browsers)",
  ],
  [/\beval\s*\(|new\s+Function\s*\(/, "code generated at run time"],
  [
    /Date\.now\s*\(|new\s+Date\s*\(\s*\)|Math\.random\s*\(/,
    "a clock or randomness (scoring must be deterministic)",
  ],
  [/Decimal\.set\s*\(/, "a global decimal setting"],
];

describe("the core stays pure", () => {
  it("has source files to check", () => {
    expect(core.length).toBeGreaterThan(10);
  });

  for (const [pattern, what] of FORBIDDEN) {
    it(`uses no ${what}`, () => {
      const offenders = core
        .filter((path) => pattern.test(readFileSync(path, "utf8")))
        .map((path) => relative(SRC, path));
      expect(offenders).toEqual([]);
    });
  }
});
