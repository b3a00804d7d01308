import type { LocalizedText } from "../i18n/locale";
import { type WorkingCalendar, workingCalendar } from "./calendar";
import { CN_SOURCE, CN_YEARS } from "./cn-days";
import type { CalendarSpec } from "./schema";

/** Options of {@link cnCalendar}: anything of a calendar spec but its base. */
export type CnCalendarOptions = Omit<CalendarSpec, "base">;

/**
 * The PRC working calendar (`cn`): Monday to Friday 09:00–18:00 in Asia/Shanghai, minus the
 * official public holidays (放假), plus the make-up working days (调休上班), from the data of the
 * `chinese-days` package. Hours, zone, and further holidays or working days are options (a
 * company's own days off, next year's days before a kaoping release carries them).
 *
 * @throws {PolicyError} when the options are not a valid calendar (a bad zone, shifts out of order).
 * @example
 * ```ts
 * const cn = cnCalendar();
 * cn.day("2026-02-14"); //=> { date: "2026-02-14", kind: "workday", name: { en: "Spring Festival", "zh-CN": "春节" }, shifts: [[540, 1080]] }
 * cn.day("2026-02-16").kind; //=> "holiday"
 * cnCalendar({ hours: { mon: ["09:00-12:00", "13:30-18:00"] }, holidays: ["2026-12-31"] });
 * ```
 */
export function cnCalendar(options: CnCalendarOptions = {}): WorkingCalendar {
  return workingCalendar({ ...options, base: "cn" }, { id: "cn" });
}

/**
 * What the built-in `cn` calendar knows: the years its holiday data covers and where the data
 * comes from. A date outside these years has only the weekly hours (and the days you add).
 *
 * @example
 * ```ts
 * cnCalendarInfo(); //=> { from: 2004, to: 2026, source: { package: "chinese-days", version: "1.5.7" }, name: {...} }
 * ```
 */
export function cnCalendarInfo(): {
  readonly from: number;
  readonly to: number;
  readonly source: { readonly package: string; readonly version: string };
  readonly name: LocalizedText;
} {
  return {
    ...CN_YEARS,
    source: CN_SOURCE,
    name: { en: "PRC public holidays and make-up working days", "zh-CN": "中国法定节假日与调休" },
  };
}
