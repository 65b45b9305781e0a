/** How a figure reads: "12 次", "85.5%", "4.6 分", "—" where there is nothing to divide. */
export function formatFigure(value: number | null, unit: string): string {
  if (value === null) return '—';
  if (unit === '%') return `${value}%`;
  return unit ? `${value} ${unit}` : String(value);
}
