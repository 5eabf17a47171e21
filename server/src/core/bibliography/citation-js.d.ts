// The part of Citation.js the bibliography reader uses: its input plugins, which turn BibTeX and
// BibLaTeX into CSL items (the library ships no types).
declare module '@citation-js/core' {
  export const plugins: {
    readonly input: {
      chain(data: string, options: { readonly forceType: string; readonly generateGraph: boolean }): Array<Record<string, unknown>>;
    };
  };
}
declare module '@citation-js/plugin-bibtex';
