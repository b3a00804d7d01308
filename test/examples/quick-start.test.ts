import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");

describe("examples/quick-start.ts", () => {
  afterEach(() => vi.restoreAllMocks());

  it("prints what its comments say (P1's first worked example)", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    await import("../../examples/quick-start");
    expect(log.mock.calls[0]).toEqual(["87", "fail"]);
    expect(log.mock.calls[1]?.[0]).toContain("总分：87 分（满分 100 分），等级：不合格。");
    expect(JSON.parse(log.mock.calls[2]?.[0] as string).total).toBe("87");
  });

  it("is the code example the README shows, word for word", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const example = readFileSync(join(ROOT, "examples", "quick-start.ts"), "utf8");
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
  });
});
