import { displayWidth } from "./display-width";
import { escapeHtml as esc } from "./html-escape";

/** A bar of a bar chart. */
export interface Bar {
  readonly label: string;
  /** The bar's length in the chart's units (a count or a score), as a decimal string or number. */
  readonly value: number;
  /** The text written after the bar. */
  readonly text: string;
  readonly color: string;
}

/** A vertical guide line across a chart, such as a grade threshold. */
export interface Guide {
  readonly value: number;
  readonly label: string;
}

const FONT = 12;
const ROW = 22;

/**
 * A horizontal bar chart as inline SVG: one row per bar, labels on the left, value after the bar,
 * dashed guides (grade thresholds) across. Lengths are scaled to `max`.
 *
 * @example
 * ```ts
 * barChart("Grades", [{ label: "excellent", value: 2, text: "2", color: "#2e7d32" }], 2);
 * //=> '<svg xmlns="http://www.w3.org/2000/svg" role="img" ...'
 * ```
 */
export function barChart(
  title: string,
  bars: readonly Bar[],
  max: number,
  guides: readonly Guide[] = [],
): string {
  const labelWidth = Math.min(180, Math.max(60, ...bars.map((bar) => displayWidth(bar.label) * 7 + 12)));
  const plot = 360;
  const width = labelWidth + plot + 70;
  // Guide labels alternate between two heights, so that close thresholds (90, 95) stay legible.
  const top = guides.length > 1 ? 30 : guides.length > 0 ? 18 : 6;
  const height = top + bars.length * ROW + 8;
  const scale = (value: number) => (max <= 0 ? 0 : (Math.max(0, Math.min(value, max)) / max) * plot);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-size="${FONT}">`,
    `<title>${esc(title)}</title>`,
  ];
  bars.forEach((bar, i) => {
    const y = top + i * ROW;
    const length = scale(bar.value);
    parts.push(
      `<g><title>${esc(`${bar.label}: ${bar.text}`)}</title>`,
      `<text x="${labelWidth - 8}" y="${fixed(y + ROW / 2 + 4)}" text-anchor="end">${esc(truncate(bar.label, labelWidth - 12))}</text>`,
      `<rect x="${labelWidth}" y="${y + 4}" width="${fixed(length)}" height="${ROW - 8}" fill="${bar.color}"/>`,
      `<text x="${fixed(labelWidth + length + 6)}" y="${fixed(y + ROW / 2 + 4)}">${esc(bar.text)}</text></g>`,
    );
  });
  guides.forEach((guide, i) => {
    const x = fixed(labelWidth + scale(guide.value));
    parts.push(
      `<line x1="${x}" y1="${top - 4 - (i % 2) * 12}" x2="${x}" y2="${height - 4}" stroke="#555" stroke-dasharray="4 3"/>`,
      `<text x="${x}" y="${top - 7 - (i % 2) * 12}" text-anchor="middle" font-size="10" fill="#555">${esc(guide.label)}</text>`,
    );
  });
  parts.push("</svg>");
  return parts.join("");
}

/** A line of a line chart: one value per period, `undefined` where the subject has none. */
export interface Line {
  readonly label: string;
  readonly values: readonly (number | undefined)[];
  readonly color: string;
}

/**
 * A line chart as inline SVG: periods along the bottom, `0 … max` up the side, one line per
 * subject (broken where a period has no value), dashed guides (grade thresholds), and a legend.
 *
 * @example
 * ```ts
 * lineChart("Totals", ["2026-01", "2026-02"], [{ label: "A", values: [87, 95], color: "#1565c0" }], 100);
 * //=> '<svg xmlns="http://www.w3.org/2000/svg" role="img" ...'
 * ```
 */
export function lineChart(
  title: string,
  periods: readonly string[],
  lines: readonly Line[],
  max: number,
  guides: readonly Guide[] = [],
): string {
  const left = 44;
  const plotWidth = Math.max(320, Math.min(640, periods.length * 70));
  const plotHeight = 220;
  const top = 10;
  const legendTop = top + plotHeight + 34;
  const legendRows = Math.ceil(lines.length / 3);
  const width = left + plotWidth + 20;
  const height = legendTop + legendRows * 18 + 4;
  const x = (i: number) =>
    left + (periods.length === 1 ? plotWidth / 2 : (i / (periods.length - 1)) * plotWidth);
  const y = (value: number) =>
    top + plotHeight - (max <= 0 ? 0 : (Math.max(0, Math.min(value, max)) / max) * plotHeight);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-size="${FONT}">`,
    `<title>${esc(title)}</title>`,
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotHeight}" stroke="#999"/>`,
    `<line x1="${left}" y1="${top + plotHeight}" x2="${left + plotWidth}" y2="${top + plotHeight}" stroke="#999"/>`,
    `<text x="${left - 6}" y="${top + 4}" text-anchor="end" font-size="10">${max}</text>`,
    `<text x="${left - 6}" y="${top + plotHeight}" text-anchor="end" font-size="10">0</text>`,
  ];
  for (const guide of guides) {
    const gy = fixed(y(guide.value));
    parts.push(
      `<line x1="${left}" y1="${gy}" x2="${left + plotWidth}" y2="${gy}" stroke="#555" stroke-dasharray="4 3"/>`,
      `<text x="${left - 6}" y="${fixed(y(guide.value) + 3)}" text-anchor="end" font-size="10" fill="#555">${esc(guide.label)}</text>`,
    );
  }
  periods.forEach((period, i) => {
    parts.push(
      `<text x="${fixed(x(i))}" y="${top + plotHeight + 16}" text-anchor="middle" font-size="10">${esc(period)}</text>`,
    );
  });
  for (const line of lines) {
    // A period without a value breaks the line rather than drawing through it.
    let segment: string[] = [];
    const flush = () => {
      if (segment.length > 1) {
        parts.push(
          `<polyline fill="none" stroke="${line.color}" stroke-width="2" points="${segment.join(" ")}"/>`,
        );
      }
      segment = [];
    };
    line.values.forEach((value, i) => {
      if (value === undefined) {
        flush();
        return;
      }
      const px = fixed(x(i));
      const py = fixed(y(value));
      segment.push(`${px},${py}`);
      parts.push(
        `<circle cx="${px}" cy="${py}" r="3" fill="${line.color}"><title>${esc(`${line.label} ${periods[i]}: ${value}`)}</title></circle>`,
      );
    });
    flush();
  }
  lines.forEach((line, i) => {
    const lx = left + (i % 3) * Math.floor(plotWidth / 3);
    const ly = legendTop + Math.floor(i / 3) * 18;
    parts.push(
      `<rect x="${lx}" y="${ly - 9}" width="12" height="4" fill="${line.color}"/>`,
      `<text x="${lx + 16}" y="${ly - 4}">${esc(truncate(line.label, Math.floor(plotWidth / 3) - 24))}</text>`,
    );
  });
  parts.push("</svg>");
  return parts.join("");
}

/** Shortens a label to a width in pixels (about 7 per column; CJK characters take two). */
function truncate(label: string, pixels: number): string {
  const columns = Math.max(4, Math.floor(pixels / 7));
  if (displayWidth(label) <= columns) return label;
  let out = "";
  for (const char of label) {
    if (displayWidth(`${out}${char}…`) > columns) break;
    out += char;
  }
  return `${out}…`;
}

/** Coordinates to one place: enough for a chart, and the same text on every machine. */
function fixed(value: number): string {
  return (Math.round(value * 10) / 10).toString();
}
