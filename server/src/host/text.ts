/** Drops a byte-order mark: editors do not count it in columns. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
