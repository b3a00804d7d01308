import { InvalidArgumentError, Option } from "commander";
import type { Locale } from "../i18n/locale";
import { parseLocale } from "./context";
import { INPUT_ENCODINGS } from "./decode";

/** `--locale en|zh-CN`, for any command that words something. */
export function localeOption(description = "the language of the output: en or zh-CN"): Option {
  return new Option("-l, --locale <locale>", description).argParser(localeArg).default("en");
}

/** `--encoding`, for any command that reads records. */
export function encodingOption(): Option {
  return new Option(
    "-e, --encoding <encoding>",
    "the input's text encoding (GB18030/GBK: spreadsheets saved in China)",
  )
    .choices([...INPUT_ENCODINGS])
    .default("utf8");
}

/** `--input-format`, for an input whose name does not tell. */
export function inputFormatOption(): Option {
  return new Option("--input-format <format>", "the input's format, when its name does not tell").choices([
    "csv",
    "json",
    "ndjson",
  ]);
}

/** Parses a whole number, 0 or more (`--max-rejected`). */
export function countArg(value: string): number {
  if (!/^\d+$/.test(value.trim()))
    throw new InvalidArgumentError(`expected a whole number, 0 or more, got "${value}"`);
  return Number(value);
}

function localeArg(value: string): Locale {
  try {
    return parseLocale(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}
