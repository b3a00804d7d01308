import { isNode, LineCounter, parseDocument } from "yaml";
import type { PathSegment } from "../issues/codes";
import { type Issue, makeIssue } from "../issues/issue";
import { type ParsePolicyResult, parsePolicy } from "./parse";

/**
 * Parses a policy file's text (YAML, or JSON, which YAML reads too) and validates it; every
 * issue carries the 1-based line of the field it is about.
 *
 * @example
 * ```ts
 * const result = parsePolicyText(await readFile("policy.yaml", "utf8"));
 * if (!result.success) result.issues.map((issue) => issue.line); //=> [12, 30]
 * ```
 */
export function parsePolicyText(text: string): ParsePolicyResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    const issues = document.errors.map((error) => ({
      ...makeIssue("file.parse-error", [], { reason: error.message.split("\n")[0] ?? error.code }),
      line: lineCounter.linePos(error.pos[0]).line,
    }));
    return { success: false, issues };
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias to an anchor that is not set, or an alias bomb: the text is not a usable document.
    return {
      success: false,
      issues: [{ ...makeIssue("file.parse-error", [], { reason: (error as Error).message }), line: 1 }],
    };
  }
  const result = parsePolicy(data);
  if (result.success) return result;
  const lineOf = (path: readonly PathSegment[]) => {
    // The deepest node the path reaches: a missing field is reported at the object that lacks it.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      const key = depth > 0 ? keyNodeLine(document, path.slice(0, depth), lineCounter) : undefined;
      if (key !== undefined) return key;
    }
    return undefined;
  };
  return {
    success: false,
    issues: result.issues.map((issue): Issue => {
      const line = lineOf(issue.path);
      return line === undefined ? issue : { ...issue, line };
    }),
  };
}

/** The line of a key whose value is a scalar without a node of its own (such as `null`). */
function keyNodeLine(
  document: ReturnType<typeof parseDocument>,
  path: readonly PathSegment[],
  lineCounter: LineCounter,
): number | undefined {
  const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
  if (!isNode(parent) || !("items" in parent)) return undefined;
  for (const item of parent.items as unknown[]) {
    const key = (item as { key?: unknown }).key;
    if (
      isNode(key) &&
      String((key as { value?: unknown }).value) === String(path[path.length - 1]) &&
      key.range
    ) {
      return lineCounter.linePos(key.range[0]).line;
    }
  }
  return undefined;
}
