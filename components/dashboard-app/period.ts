/** The default period: the last twelve months, this month included. */
export function lastTwelveMonths(now: Date): { from: string; to: string } {
  const to = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  const start = new Date(now.getFullYear(), now.getMonth() - 11, 1);
  const from = `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}`;
  return { from, to };
}
