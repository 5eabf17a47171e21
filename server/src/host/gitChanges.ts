import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The Markdown files that differ from `ref` in the git work tree around `cwd`: changed, staged or new (untracked, not ignored). */
export function changedMarkdownFiles(ref: string, cwd: string): string[] {
  const git = (...args: string[]): string[] => {
    try {
      return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).split('\n').filter(Boolean);
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0];
      throw new Error(stderr || (error as Error).message);
    }
  };
  // Deleted files have nothing to check; paths relative to cwd, as the other operands are.
  const changed = git('diff', '--name-only', '--relative', '--diff-filter=d', ref, '--');
  const added = git('ls-files', '--others', '--exclude-standard');
  return [...new Set([...changed, ...added])].filter((path) => /\.(?:md|markdown)$/i.test(path)).map((path) => resolve(cwd, path)).sort();
}
