import type { Readable } from "node:stream";

/** The text encodings input files may be in: UTF-8 (with or without BOM), or GB18030/GBK as spreadsheets saved in China are. */
export const INPUT_ENCODINGS = ["utf8", "gb18030", "gbk"] as const;

/** An encoding of input files. */
export type InputEncoding = (typeof INPUT_ENCODINGS)[number];

/** A file that is not valid text in the encoding it was read with, and the line where that shows. */
export class EncodingError extends Error {
  override readonly name = "EncodingError";
  constructor(
    readonly encoding: InputEncoding,
    readonly line: number,
  ) {
    super(`not valid ${encoding} at line ${line}`);
  }
}

/**
 * Decodes a byte stream into text, chunk by chunk (a character split across chunks is kept
 * whole). UTF-8 is checked strictly, so that a GB18030 file read as UTF-8 is reported, at its
 * line, instead of scoring garbled answers; a UTF-8 BOM is dropped. GB18030 and GBK use the
 * WHATWG decoders built into Node.js (full ICU), so no extra dependency is needed.
 *
 * @example
 * ```ts
 * for await (const text of decodeText(createReadStream("导出.csv"), "gb18030")) parser.write(text);
 * ```
 */
export async function* decodeText(input: Readable, encoding: InputEncoding): AsyncGenerator<string> {
  const label = encoding === "utf8" ? "utf-8" : encoding;
  const decoder = new TextDecoder(label, { fatal: encoding === "utf8" });
  let line = 1;
  for await (const chunk of input) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : (chunk as Uint8Array);
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      // Find the line of the first bad byte: decode this chunk leniently and look for the replacement.
      const lenient = new TextDecoder(label).decode(bytes);
      const bad = lenient.indexOf("\uFFFD");
      throw new EncodingError(encoding, line + countLines(lenient.slice(0, Math.max(0, bad))));
    }
    line += countLines(text);
    if (text !== "") yield text;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    throw new EncodingError(encoding, line);
  }
  if (rest !== "") yield rest;
}

function countLines(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}
