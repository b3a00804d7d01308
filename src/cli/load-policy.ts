import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { formatIssue, getPreset, type Issue, type Policy, parsePolicy } from "../index";
import { parsePolicyText } from "../policy/parse-text";
import { unknownPreset } from "../presets/index";
import { UsageError } from "./io";

/** A policy as the CLI found it: from a file or a preset, valid or with its issues. */
export type LoadedPolicy =
  | { readonly ok: true; readonly policy: Policy; readonly source: string }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly source: string };

/**
 * Loads `--policy`: a path to a .json/.yaml/.yml file (issues carry their lines), or a preset name.
 * A name that is neither is a usage error.
 */
export async function loadPolicy(nameOrPath: string, cwd: string): Promise<LoadedPolicy> {
  const path = resolve(cwd, nameOrPath);
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT" || error.code === "EISDIR") return undefined;
    throw new UsageError(`Cannot read ${nameOrPath}: ${error.message}`);
  });
  if (text !== undefined) {
    const result = parsePolicyText(text.replace(/^\uFEFF/, ""));
    return result.success
      ? { ok: true, policy: result.data, source: nameOrPath }
      : { ok: false, issues: result.issues, source: nameOrPath };
  }
  const preset = getPreset(nameOrPath);
  if (preset === undefined) throw new UsageError(formatIssue(unknownPreset(nameOrPath)));
  const result = parsePolicy(preset);
  return result.success
    ? { ok: true, policy: result.data, source: `preset ${nameOrPath}` }
    : { ok: false, issues: result.issues, source: `preset ${nameOrPath}` };
}

/** Each issue of a policy file on its own line, prefixed with the file and line. */
export function formatPolicyIssues(source: string, issues: readonly Issue[], locale: "en" | "zh-CN"): string {
  return issues
    .map((issue) => {
      const { line, ...rest } = issue;
      return `${line === undefined ? source : `${source}:${line}`}: ${formatIssue(rest as Issue, locale)}`;
    })
    .join("\n");
}
