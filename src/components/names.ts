import type { LocalizedText } from "../i18n/locale";
import type { ResolvedRef } from "../policy/input-ref";

/**
 * The name a trace shows for a referenced input: the key's name for `counts.key`, else the input's.
 *
 * @example
 * ```ts
 * inputNameOf(resolveInputRef("complaints.major", inputs)!); //=> { en: "major complaints", "zh-CN": "重大服务投诉" }
 * ```
 */
export function inputNameOf(ref: ResolvedRef): LocalizedText | undefined {
  const { declaration } = ref;
  if (ref.key !== undefined && declaration.type === "counts") return declaration.names?.[ref.key];
  return declaration.name;
}
