import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

export default defineConfig([
  {
    // The library: dual ESM + CJS with declarations for both.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    // The PRC holiday data is bundled from chinese-days' JSON: nothing to install or load at run time.
    noExternal: ["chinese-days"],
  },
  {
    // The CLI: ESM only, run by Node.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    define: { __KAOPING_VERSION__: JSON.stringify(version) },
  },
]);
