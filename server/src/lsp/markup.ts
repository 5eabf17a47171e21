import { MarkupKind, type MarkupContent } from 'vscode-languageserver';
import type { LedgerEntry } from '../core';

/** A claims-file entry as Markdown lines: what hovers and completion documentation show. */
export function entryText(entry: LedgerEntry): string[] {
  const lines = [`**Claims file: \`${entry.id}\`** — rated **${entry.rating}**`];
  if (entry.claim) lines.push(`> ${entry.claim}`);
  for (const s of entry.sources) {
    const title = s.title ?? s.url ?? 'source';
    const meta = [s.publisher, s.date].filter(Boolean).join(', ');
    lines.push(`- ${s.url ? `[${title}](${s.url})` : title}${meta ? ` (${meta})` : ''}`);
  }
  if (entry.sources.length === 0) lines.push('No sources recorded yet.');
  const review = [entry.reviewed && `Reviewed ${entry.reviewed}`, entry.reviewer && `by ${entry.reviewer}`].filter(Boolean).join(' ');
  if (review) lines.push(review);
  if (entry.notes) lines.push(`Notes: ${entry.notes}`);
  return lines;
}

/** Markdown when the client renders it; otherwise the same text with the Markdown markup removed. */
export function render(lines: readonly string[], markdown: boolean): MarkupContent {
  const text = lines.join('\n\n');
  if (markdown) return { kind: MarkupKind.Markdown, value: text };
  const plain = text
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1 <$2>')
    .replace(/\*\*|`/g, '')
    .replace(/^---$/gm, '────────');
  return { kind: MarkupKind.PlainText, value: plain };
}
