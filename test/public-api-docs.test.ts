import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const INDEX = join(import.meta.dirname, "..", "src", "index.ts");

/** Every export of the public index with what its TSDoc says. */
function publicExports() {
  const program = ts.createProgram([INDEX], {
    strict: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(INDEX);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error("cannot read src/index.ts");
  return checker.getExportsOfModule(module).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const isValue =
      (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class)) !== 0;
    const docs = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    const example = symbol.getJsDocTags(checker).some((tag) => tag.name === "example");
    return { name: exported.name, isValue, docs, example };
  });
}

describe("the public API is documented", () => {
  const exports = publicExports();

  it("exports a hand-picked set of names", () => {
    expect(exports.length).toBeGreaterThan(20);
  });

  it("every exported value has TSDoc with an @example", () => {
    const missing = exports.filter((e) => e.isValue && (e.docs === "" || !e.example)).map((e) => e.name);
    expect(missing).toEqual([]);
  });

  it("every exported type has TSDoc", () => {
    const missing = exports.filter((e) => !e.isValue && e.docs === "").map((e) => e.name);
    expect(missing).toEqual([]);
  });
});
