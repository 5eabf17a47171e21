/**
 * Bibliographies, the works a draft may cite besides claims-file entries, as Pandoc reads them:
 * BibTeX and BibLaTeX, CSL JSON and CSL YAML files, and a draft's own `references`. The hosts read
 * the files; this door parses them and joins their works to the claims file.
 */
export { draftBibliography, type DraftBibliography } from './frontMatter';
export { clashes, clashMessage, withReferences } from './library';
export { bibliographyFormat, parseBibliography, type BibliographyFormat, type BibliographyParseResult } from './parse';
export type { Reference } from './reference';
