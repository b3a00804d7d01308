import type { Catalog } from "./catalog";
import { en } from "./en";
import type { Locale } from "./locale";
import { zhCN } from "./zh-CN";

const CATALOGS: Readonly<Record<Locale, Catalog>> = { en, "zh-CN": zhCN };

/** The wording of one locale, with a typed lookup for issue messages. */
export interface Messages extends Catalog {
  issue<C extends keyof Catalog["issues"]>(code: C, values: Parameters<Catalog["issues"][C]>[0]): string;
}

const MESSAGES: Readonly<Record<Locale, Messages>> = {
  en: withLookup(CATALOGS.en),
  "zh-CN": withLookup(CATALOGS["zh-CN"]),
};

function withLookup(catalog: Catalog): Messages {
  return {
    ...catalog,
    issue: (code, values) => (catalog.issues[code] as (v: typeof values) => string)(values),
  };
}

/**
 * The wording of a locale (English for anything unknown).
 *
 * @example
 * ```ts
 * messagesFor("zh-CN").yesNo(true); //=> "是"
 * ```
 */
export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale] ?? MESSAGES.en;
}
