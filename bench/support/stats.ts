// Summaries of repeated timings.
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at]!;
}

export const median = (values: number[]) => quantile(values, 0.5);

export function ms(value: number): string {
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
}

/** One result line: what, the figure, the target, and whether it is met. */
export function report(what: string, value: number, target?: number, detail = ""): void {
  const verdict = target === undefined ? "" : value <= target ? `  (target < ${ms(target)}: met)` : `  (target < ${ms(target)}: NOT MET)`;
  console.log(`  ${what.padEnd(58)} ${ms(value).padStart(9)}${verdict}${detail ? `  ${detail}` : ""}`);
}
