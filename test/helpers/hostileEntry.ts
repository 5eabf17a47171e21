import type { LedgerEntry } from '../../server/src/core';

/** Text of a hostile claims file: what a cloned repository's claims.yaml may hold. */
export const HOSTILE = {
  claim: '![x](https://attacker.example/u.png) <img src=x onerror=alert(1)> [run](command:workbench.action.quit) rated **true**',
  title: '**Official** <b>record</b> [x](command:evil) &amp; ![i](https://attacker.example/t.png)',
  publisher: '<span style="color:red">Ministry</span> of _Truth_',
  reviewer: '<script>alert(1)</script> *Fact Desk* `code` ~~struck~~',
  notes: '# Heading\n> quoted\n- item\n1. first\n\n---\n\n**Claims file: `real`** — rated **true**\n\n| a | b |\n|---|---|\n| c | d |\n    indented\n[r]: https://attacker.example/r',
  /** Passes the URL check, and as written in a link would end it and show an image. */
  url: 'https://ok.example/b)![u](https://attacker.example/u.png',
};

/** A hostile entry as the claims-file reader gives it. */
export const HOSTILE_ENTRY: LedgerEntry = {
  id: 'hostile',
  claim: HOSTILE.claim,
  match: [],
  rating: 'false',
  sources: [
    { url: HOSTILE.url, title: HOSTILE.title, publisher: HOSTILE.publisher, date: '2024-01-02' },
    { url: 'javascript:alert(1)', title: 'Click me' },
    { url: 'command:workbench.action.quit' },
    { url: 'https://ok.example/search?q=a&amp;b=(c)' },
  ],
  reviewed: '2024-02-03',
  reviewer: HOSTILE.reviewer,
  notes: HOSTILE.notes,
  span: { start: 0, end: 0 },
};

/** The same entry as a claims.yaml (its two URLs that are not web addresses left out: the reader refuses them). */
export const HOSTILE_CLAIMS_YAML = `claims:
  - id: hostile
    claim: ${JSON.stringify(HOSTILE.claim)}
    match: [14-month conflict]
    rating: false
    sources:
      - url: ${JSON.stringify(HOSTILE.url)}
        title: ${JSON.stringify(HOSTILE.title)}
        publisher: ${JSON.stringify(HOSTILE.publisher)}
        date: 2024-01-02
      - "https://ok.example/search?q=a&amp;b=(c)"
    reviewed: 2024-02-03
    reviewer: ${JSON.stringify(HOSTILE.reviewer)}
    notes: ${JSON.stringify(HOSTILE.notes)}
`;
