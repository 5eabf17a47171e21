/**
 * The e2e checks' reporting: one `PASS name` or `FAIL name: reason` line per check, counted by
 * test/e2e/run.sh into "e2e tests: N passed, M failed". Shared by the browser driver and the
 * extension-host suite, so it uses nothing but the language.
 */
export class Checks {
  passed = 0;
  failed = 0;

  constructor(private readonly log: (line: string) => void = console.log) {}

  /** Runs one check; a failure is reported and the run goes on with the next check. */
  async check(name: string, body: () => Promise<void>): Promise<boolean> {
    try {
      await body();
      this.passed++;
      this.log(`PASS ${name}`);
      return true;
    } catch (error) {
      this.failed++;
      this.log(`FAIL ${name}: ${(error as Error).message.split('\n')[0]}`);
      return false;
    }
  }
}

/**
 * Polls `probe` until it returns something other than undefined, and returns that. Waits are
 * generous because the box running the tests may be busy; they bound a condition, never a delay.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 60_000, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const reason = lastError instanceof Error ? ` (last error: ${lastError.message.split('\n')[0]})` : '';
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${reason}`);
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
