/** `make`, called the first time the result is asked for and kept: a table that ships is read only when first needed. */
export function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}
