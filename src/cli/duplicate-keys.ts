import { type SubjectPeriod, subjectPeriodKey } from "../cycle/duplicates";
import type { Spool } from "./spool";

/** Finds, among records seen one by one, the subjects with several records for one period. */
export interface DuplicateFinder {
  /** Notes the next record's subject and period (records are numbered 0, 1, … in the order added). */
  add(card: SubjectPeriod): Promise<void>;
  /**
   * Once every record is added: for a record's number, how many records share its subject and
   * period when there are several, else `undefined`.
   */
  finish(): Promise<(index: number) => number | undefined>;
}

/** Options of {@link duplicateFinder}. */
export interface DuplicateFinderOptions {
  /** The hash of a key, a whole number below 2^53 (tests pass one that collides). */
  readonly hash?: (key: string) => number;
}

/**
 * A duplicate finder whose memory does not grow with the records' text: it holds an 8-byte hash
 * per record and writes the keys themselves to a spool. Equal hashes are only suspects: when
 * there are any, the spool is read back and the suspects' keys are compared exactly, so a hash
 * collision never rejects a record.
 *
 * @example
 * ```ts
 * const finder = duplicateFinder(openSpool(join(dir, "keys.txt")));
 * for (const card of cards) await finder.add(card);
 * const countOf = await finder.finish();
 * countOf(3); //=> 2 when record 3 and one other record are the same subject's, in one period
 * ```
 */
export function duplicateFinder(keys: Spool, options: DuplicateFinderOptions = {}): DuplicateFinder {
  const hash = options.hash ?? hash53;
  let hashes = new Float64Array(1 << 16);
  let size = 0;
  return {
    async add(card) {
      const key = subjectPeriodKey(card);
      if (size === hashes.length) {
        const grown = new Float64Array(hashes.length * 2);
        grown.set(hashes);
        hashes = grown;
      }
      hashes[size++] = hash(key);
      await keys.write(key);
    },
    async finish() {
      await keys.end();
      // Sorted in place (no copy): a suspect's records are found again by hashing the spooled keys.
      const sorted = hashes.subarray(0, size).sort();
      const suspects = new Set<number>();
      for (let i = 1; i < size; i++) if (sorted[i] === sorted[i - 1]) suspects.add(sorted[i] as number);
      hashes = new Float64Array(0);
      if (suspects.size === 0) return () => undefined;
      // Read back the keys, keep only the suspects', and count them exactly.
      const keyOf = new Map<number, string>();
      const counts = new Map<string, number>();
      let index = 0;
      for await (const key of keys.lines()) {
        if (suspects.has(hash(key))) {
          keyOf.set(index, key);
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        index++;
      }
      return (at) => {
        const key = keyOf.get(at);
        const count = key === undefined ? 0 : (counts.get(key) ?? 0);
        return count > 1 ? count : undefined;
      };
    },
  };
}

/**
 * cyrb53 (public domain): a fast 53-bit string hash with good spread, so that 1,000,000 distinct
 * keys rarely give two equal hashes (about 1 in 18,000 runs), and then only cost a re-read.
 */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
