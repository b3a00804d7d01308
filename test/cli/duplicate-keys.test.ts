import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { duplicateFinder } from "../../src/cli/duplicate-keys";
import { openSpool } from "../../src/cli/spool";
import { tempDir } from "../helpers/cli";

const CARDS = [
  { subject: "A", period: "2026-03" }, // 0: A's March, twice (with 2)
  { subject: "B", period: "2026-03" }, // 1
  { subject: "A", period: "2026-03" }, // 2
  { subject: "A", period: "2026-04" }, // 3: another month
  { subject: "C" }, // 4: no period, three times (with 5 and 6)
  { subject: "C" }, // 5
  { subject: "C", period: "" }, // 6: an empty period is no period
  { subject: '["A","2026-03"]' }, // 7: a subject that looks like a key is still its own
];

async function counts(hash?: (key: string) => number): Promise<(number | undefined)[]> {
  const finder = duplicateFinder(openSpool(join(tempDir(), "keys.txt")), hash ? { hash } : {});
  for (const card of CARDS) await finder.add(card);
  const countOf = await finder.finish();
  return CARDS.map((_, index) => countOf(index));
}

describe("duplicateFinder", () => {
  const expected = [2, undefined, 2, undefined, 3, 3, 3, undefined];

  it("counts the records of each subject and period, by the record's number", async () => {
    expect(await counts()).toEqual(expected);
  });

  it("never takes equal hashes for equal keys: every key hashing alike gives the same counts", async () => {
    expect(await counts(() => 42)).toEqual(expected);
    // Two hash values, each shared by keys that differ.
    expect(await counts((key) => key.length % 2)).toEqual(expected);
  });

  it("finds no duplicates among distinct keys, and none in no records", async () => {
    const finder = duplicateFinder(openSpool(join(tempDir(), "keys.txt")));
    // More records than the first block of hashes holds (65,536), so that it grows.
    for (let i = 0; i < 70_000; i++) await finder.add({ subject: `Unit ${i}`, period: "2026-03" });
    await finder.add({ subject: "Unit 69999", period: "2026-03" });
    const countOf = await finder.finish();
    expect([countOf(0), countOf(65_536), countOf(69_999), countOf(70_000)]).toEqual([
      undefined,
      undefined,
      2,
      2,
    ]);
    const empty = duplicateFinder(openSpool(join(tempDir(), "keys.txt")));
    expect((await empty.finish())(0)).toBeUndefined();
  });
});
