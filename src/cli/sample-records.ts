import type { Policy } from "../policy/schema/policy";
import { requiredColumns } from "../records/columns";

/** Sample units for P1 (satisfaction-work): the four worked examples of the policy, and a few more. */
const SATISFACTION_WORK = `subject,inspected,findings,survey,valid_complaints,major_complaints
North Service Hall,true,3,basically-satisfied,1,0
East Service Center,true,0,very-satisfied,0,0
Repair Workshop,true,60,very-dissatisfied,0,3
West Service Hall,true,5,very-satisfied,0,0
客服一部,是,2,很满意;基本满意,0,0
客服二部,否,0,基本满意,0,0
Hotline Team,false,0,average;basically-satisfied;very-satisfied,1,0
`;

const CURATED: Readonly<Record<string, string>> = { "satisfaction-work": SATISFACTION_WORK };

/**
 * A small CSV of sample records for a policy: the curated sample of a preset when there is one,
 * else a header of the columns the policy needs and three rows of plausible values.
 *
 * @example
 * ```ts
 * sampleCsv(policy).split("\n")[0]; //=> "subject,inspected,findings,survey,valid_complaints,major_complaints"
 * ```
 */
export function sampleCsv(policy: Policy): string {
  const curated = CURATED[policy.id];
  if (curated !== undefined) return curated;
  const columns = requiredColumns(policy);
  const cellOf = new Map<string, (row: number) => string>();
  for (const [id, input] of Object.entries(policy.inputs)) {
    switch (input.type) {
      case "boolean":
        cellOf.set(input.column ?? id, (row) => String(row !== 2));
        break;
      case "count":
        cellOf.set(input.column ?? id, (row) => String(row));
        break;
      case "decimal":
        cellOf.set(input.column ?? id, () => String(input.max ?? input.min ?? input.default ?? "0"));
        break;
      case "tier":
        cellOf.set(input.column ?? id, (row) => input.options[row % input.options.length]?.id ?? "");
        break;
      case "counts":
        for (const key of input.keys)
          cellOf.set(input.columns?.[key] ?? `${id}.${key}`, (row) => String(row % 2));
        break;
    }
  }
  const rows = [0, 1, 2].map((row) =>
    columns.map((column) =>
      column === "subject" ? `Unit ${"ABC"[row]}` : (cellOf.get(column)?.(row) ?? ""),
    ),
  );
  return `${[columns, ...rows].map((cells) => cells.join(",")).join("\n")}\n`;
}
