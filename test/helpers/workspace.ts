import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fixturePath } from './fixtures';

/** A fresh workspace folder in the temp directory, with the given files (text, or `fixture:name` to copy a fixture). */
export function makeWorkspace(files: Readonly<Record<string, string>> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'fact-check-ws-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    if (content.startsWith('fixture:')) cpSync(fixturePath(content.slice('fixture:'.length)), path);
    else writeFileSync(path, content);
  }
  return dir;
}
