// The Porter2 stemmer of wink-porter2-stemmer (the library ships no types): a word to its stem.
declare module 'wink-porter2-stemmer' {
  function stem(word: string): string;
  export = stem;
}
