// Longer strings are left as they are: rebuilding one costs more than writing it saves.
const MAX_LENGTH = 4096;

/**
 * `s` kept by the engine (V8) one byte per character when every character fits in one. A string
 * cut from a text with any character past U+00FF (a curly quote) is kept two bytes wide, and so
 * is every string built from it; the language server writes the messages of up to 1,000 findings
 * as JSON and UTF-8 at every keystroke, which takes half as long again for such strings.
 */
export function oneByte(s: string): string {
  if (s.length > MAX_LENGTH) return s;
  const codes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code > 0xff) return s;
    codes.push(code);
  }
  return String.fromCharCode(...codes);
}
