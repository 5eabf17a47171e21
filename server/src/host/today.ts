/** Today's date on this machine's calendar (YYYY-MM-DD): what the engine ages claims-file reviews by. */
export function today(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
