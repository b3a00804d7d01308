import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

/** Debian's Chromium, or the one `KAOPING_CHROMIUM` names. */
export const CHROMIUM = process.env.KAOPING_CHROMIUM ?? "/usr/bin/chromium";

/** Where browser tests leave their screenshots and PDFs for people to look at. */
export const OUTPUT = join(__dirname, "../../test-output");

/**
 * Starts headless Chromium with a fresh profile and the flags this closed network needs (no
 * background connections). Fails with the fix when Chromium is not installed.
 */
export async function launch(): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: the HTML report is checked in a real browser. Install it with "apt-get install -y chromium" (.ci/run does), or set KAOPING_CHROMIUM to a Chromium binary.`,
    );
  }
  mkdirSync(OUTPUT, { recursive: true });
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "kaoping-chromium-")), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
