// The PRC's official public holidays and make-up working days (调休), as published each year by
// the State Council, from the maintained `chinese-days` package. Its data file is read, not its
// functions: those key dates by the host's local time and shift every day by one in time zones
// west of UTC (see docs/sla.md). The build bundles the data, so kaoping needs nothing at run time.
import { holidays as rawHolidays, workdays as rawWorkdays } from "chinese-days/dist/chinese-days.json";
import { version } from "chinese-days/package.json";
import type { LocalizedText } from "../i18n/locale";

/** A day the PRC calendar lists, with the name of the holiday it belongs to. */
export interface ListedDay {
  readonly date: string;
  readonly name: LocalizedText;
}

/** The data's entries read `"Spring Festival,春节,4"`: English name, Chinese name, days of leave. */
function read(raw: Readonly<Record<string, string>>): ReadonlyMap<string, LocalizedText> {
  const days = new Map<string, LocalizedText>();
  for (const [date, entry] of Object.entries(raw)) {
    const [en, zh] = entry.split(",");
    days.set(date, { en: en?.trim() || undefined, "zh-CN": zh?.trim() || undefined });
  }
  return days;
}

/** Official days off (放假), by date `YYYY-MM-DD`. */
export const CN_HOLIDAYS: ReadonlyMap<string, LocalizedText> = read(rawHolidays);

/** Make-up working days (调休上班), usually a Saturday or Sunday, by date. */
export const CN_WORKDAYS: ReadonlyMap<string, LocalizedText> = read(rawWorkdays);

/** The years the data covers: the first and the last with any listed day. */
export const CN_YEARS: { readonly from: number; readonly to: number } = (() => {
  const years = [...CN_HOLIDAYS.keys()].map((date) => Number(date.slice(0, 4)));
  return { from: Math.min(...years), to: Math.max(...years) };
})();

/** Where the data comes from: the package and its version, as bundled. */
export const CN_SOURCE: { readonly package: string; readonly version: string } = {
  package: "chinese-days",
  version,
};
