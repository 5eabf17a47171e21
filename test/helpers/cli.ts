import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './fixtures';

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the bundled command line as a user would. A run that hangs is killed (status null) when
 * mocha's timeout would be, since mocha cannot time out a test blocked in spawnSync.
 */
export function factCheck(args: readonly string[], cwd = repoRoot, timeout = 20_000): Run {
  // Room for the report of a draft with a hundred thousand findings.
  const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8', timeout, maxBuffer: 256 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A finding as `--format json` writes it. */
export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}
