import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The browser tests (test/browser) need Chromium. CI always runs them (and fails if it is missing);
// elsewhere they run when Chromium is installed, or when asked for with KAOPING_BROWSER=1.
const browser =
  process.env.CI === "true" ||
  process.env.KAOPING_BROWSER === "1" ||
  existsSync(process.env.KAOPING_CHROMIUM ?? "/usr/bin/chromium");

export default defineConfig({
  // Examples import "kaoping" as users do; tests resolve it to the source.
  resolve: { alias: { kaoping: fileURLToPath(new URL("./src/index.ts", import.meta.url)) } },
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["**/node_modules/**", ...(browser ? [] : ["test/browser/**"])],
    testTimeout: 60_000,
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/cli/**"],
      thresholds: { lines: 90 },
    },
  },
});
