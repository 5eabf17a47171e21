import { readdirSync, readFileSync } from 'node:fs';

/**
 * The ids of the running processes whose command line contains `needle` (Linux /proc), e.g. the
 * language servers started from one extension folder. The e2e tests kill them to simulate crashes.
 */
export function pidsRunning(needle: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (argv.some((arg) => arg.includes(needle))) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}
