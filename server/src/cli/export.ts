import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseLedger } from '../core/ledger';
import { toClaimReview, toCslJson } from '../core/export';
import { discoverClaimsFile, readClaimsText } from '../host/claimsFile';
import { describeReadError } from '../host/files';
import { nodeFiles } from '../host/nodeFiles';
import { UsageError } from './args';

// `fact-check export`: the claims file for publishing, as CSL JSON (Pandoc renders the drafts'
// "[@id]" citations with it) or as schema.org ClaimReview JSON-LD (to embed in the story).

export const EXPORT_USAGE = `Usage: fact-check export --to csl|claimreview [options]

Writes the claims file for publishing: as CSL JSON, so that Pandoc renders a
draft's [@id] citations of it (pandoc --citeproc --bibliography claims.csl.json),
or as schema.org ClaimReview JSON-LD, one review per checked entry.

Options:
  --to csl|claimreview  what to write
  --claims FILE         claims file (default: claims.yaml, claims.yml or
                        claims.json here or in a folder above, up to the
                        repository root)
  --url URL             claimreview: the published story's address; each
                        review's url is it with the entry's id as anchor
  --publisher NAME      claimreview: who reviewed the claims (the newsroom)
  -o, --output FILE     write to FILE (default: standard output)

Unverified entries, and entries without a claim, have no verdict to publish:
claimreview leaves them out and says so.`;

export interface ExportResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `fact-check export` with the arguments after "export". */
export async function runExport(argv: readonly string[]): Promise<ExportResult> {
  let args: ExportArgs;
  try {
    args = parseExportArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { status: 2, stdout: '', stderr: `fact-check: ${error.message}\nRun "fact-check export --help" for usage.\n` };
  }
  if (args.help) return { status: 0, stdout: `${EXPORT_USAGE}\n`, stderr: '' };
  // Without --claims, the claims file a draft in this folder would use.
  const path = args.claims === undefined ? (await discoverClaimsFile(nodeFiles, join(process.cwd(), 'draft.md')))?.path : resolve(args.claims);
  if (path === undefined) return { status: 2, stdout: '', stderr: 'fact-check: no claims file here or above: name one with --claims\n' };
  let text: string;
  try {
    const read = await readClaimsText(nodeFiles, path);
    if (read.invalidAt !== undefined) throw new Error('it is not valid UTF-8');
    text = read.text;
  } catch (error) {
    return { status: 2, stdout: '', stderr: `fact-check: cannot read claims file ${path}: ${describeReadError(error)}\n` };
  }
  const parsed = parseLedger(text);
  if (!parsed.readable) return { status: 2, stdout: '', stderr: `fact-check: the claims file ${path} cannot be read as a whole: run fact-check on a draft to see its problems\n` };
  let json: unknown;
  let note = '';
  if (args.to === 'csl') {
    json = toCslJson(parsed.entries);
  } else {
    const { jsonLd, skipped } = toClaimReview(parsed.entries, { url: args.url ?? '', publisher: args.publisher ?? '' });
    json = jsonLd;
    if (skipped.length > 0) note = `fact-check: left out ${skipped.length} ${skipped.length === 1 ? 'entry' : 'entries'} with no verdict to publish (unverified, or no claim): ${skipped.join(', ')}\n`;
  }
  const out = `${JSON.stringify(json, null, 2)}\n`;
  if (args.output === undefined) return { status: 0, stdout: out, stderr: note };
  try {
    writeFileSync(args.output, out);
  } catch (error) {
    return { status: 2, stdout: '', stderr: `fact-check: cannot write ${args.output}: ${describeReadError(error)}\n` };
  }
  return { status: 0, stdout: '', stderr: note };
}

interface ExportArgs {
  readonly to: 'csl' | 'claimreview';
  readonly claims?: string;
  readonly url?: string;
  readonly publisher?: string;
  readonly output?: string;
  readonly help: boolean;
}

function parseExportArgs(argv: readonly string[]): ExportArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        to: { type: 'string' },
        claims: { type: 'string' },
        url: { type: 'string' },
        publisher: { type: 'string' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const help = values.help === true;
  const to = values.to;
  if (!help && to !== 'csl' && to !== 'claimreview') throw new UsageError(`export needs --to csl or --to claimreview${to === undefined ? '' : `, not "${to}"`}.`);
  if (to === 'claimreview') {
    if (values.url === undefined || !/^https?:\/\/\S+$/i.test(values.url)) throw new UsageError('--to claimreview needs --url, the published story\'s http(s) address.');
    if (values.publisher === undefined || values.publisher.trim() === '') throw new UsageError('--to claimreview needs --publisher, the name of the newsroom that reviewed the claims.');
  }
  return { to: to === 'claimreview' ? 'claimreview' : 'csl', claims: values.claims, url: values.url, publisher: values.publisher?.trim(), output: values.output, help };
}
