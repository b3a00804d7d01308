import { describe, expect, it } from "vitest";
import { columnReader, type Take } from "../../src/engine/fast/columns";

describe("columnReader", () => {
  it("hands every column's value to its own take, in order, past the lines of its own", () => {
    for (const count of [0, 1, 11, 12, 13, 20]) {
      const names = Array.from({ length: count }, (_, i) => `c${i}`);
      const take: Take<string[]> = (seen, value) => seen.push(String(value)) > 0;
      const read = columnReader(names.map((name) => [name, take] as const));
      const record = Object.fromEntries(names.map((name, i) => [name, i * 10]));
      const seen: string[] = [];
      expect(read(record, seen)).toBe(true);
      expect(seen).toEqual(names.map((_, i) => String(i * 10)));
    }
  });

  it("stops at the first value refused, and reads a missing column as undefined", () => {
    const names = Array.from({ length: 15 }, (_, i) => `c${i}`);
    for (const refused of [0, 5, 11, 12, 14]) {
      const seen: number[] = [];
      const read = columnReader(
        names.map(
          (name, i) =>
            [name, (state: number[], value: unknown) => state.push(i) > 0 && value !== "no"] as const,
        ),
      );
      const record: Record<string, unknown> = Object.fromEntries(names.map((name) => [name, "yes"]));
      record[`c${refused}`] = "no";
      delete record.c1;
      expect(read(record, seen)).toBe(false);
      expect(seen).toEqual(names.slice(0, refused + 1).map((_, i) => i));
    }
    const values: unknown[] = [];
    columnReader([["absent", (state: unknown[], value) => state.push(value) > 0] as const])({}, values);
    expect(values).toEqual([undefined]);
  });
});
