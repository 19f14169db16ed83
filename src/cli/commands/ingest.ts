import { Option, type Command } from 'commander';
import { SingleBar } from 'cli-progress';
import { createCoder, isIsoDate } from '../../coder.ts';
import { ParleyError } from '../../core/errors.ts';
import { boundWorkerCount, createCodingPool, defaultWorkerCount, type DocumentCoder } from '../../ingest/coding-pool.ts';
import { countDocuments } from '../../ingest/count.ts';
import { ingest, type IngestStats } from '../../ingest/ingest.ts';
import { DEFAULT_MERGE_OPTIONS, type MergeFamily } from '../../store/merge.ts';
import { openStore } from '../../store/open.ts';
import type { CliOutput } from '../main.ts';
import { enqueueCommand, addQueueOptions, type QueueFlags } from './ingest-queue.ts';
import { addStoreOption, storeLocation, type StoreFlags } from './store-options.ts';
import { redactLocation } from '../../store/redact-location.ts';

interface IngestFlags extends StoreFlags, QueueFlags {
  workers?: string;
  batchSize: string;
  followLinks?: boolean;
  published?: string;
  dictionary: string[];
  mergeBy: MergeFamily;
  mergeWindow: string;
  progress: boolean;
  json?: boolean;
}

/** `parley ingest`: codes files, folders, JSONL, feeds and pages into the store. */
export function registerIngest(program: Command, output: CliOutput): void {
  const command = program
    .command('ingest')
    .description('code text files, folders, JSONL, RSS/Atom feeds and HTML pages (files or URLs) into the store, or (--queue) put them on the job queue for `parley worker`')
    .argument('<inputs...>', 'files, folders or http(s) URLs; JSONL lines are {id?, title?, text, published?, url?, source?}');
  addQueueOptions(addStoreOption(command, 'the store, created if missing'))
    .option('--workers <n>', `coding worker threads (default: one per core, ${defaultWorkerCount()} here; 0 codes in the main thread)`)
    .option('--batch-size <n>', 'documents written per transaction', '64')
    .option('--follow-links', 'for feed entries, fetch the linked page and code its article instead of the summary')
    .option('--published <date>', 'publication date (YYYY-MM-DD) of documents that give none')
    .option('--dictionary <file>', 'a user dictionary of actors and agents (JSON); repeat for more', (file: string, files: string[]) => [...files, file], [] as string[])
    .addOption(new Option('--merge-by <family>', 'merge reports with the same CAMEO root or the same full code').choices(['root', 'code']).default(DEFAULT_MERGE_OPTIONS.family))
    .option('--merge-window <days>', 'the most days between the first and last report of one merged event', String(DEFAULT_MERGE_OPTIONS.windowDays))
    .option('--no-progress', 'no progress bar or progress lines')
    .option('--json', 'print the summary as JSON')
    .action(async (inputs: string[], flags: IngestFlags) => {
      const problems: string[] = [];
      const workers = flags.workers === undefined ? defaultWorkerCount() : Number(flags.workers);
      if (!Number.isInteger(workers) || workers < 0) problems.push(`--workers: "${flags.workers}" is not a whole number`);
      const batchSize = Number(flags.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1) problems.push(`--batch-size: "${flags.batchSize}" is not a whole number above 0`);
      const windowDays = Number(flags.mergeWindow);
      if (!Number.isInteger(windowDays) || windowDays < 0) problems.push(`--merge-window: "${flags.mergeWindow}" is not a whole number of days`);
      if (flags.published !== undefined && !isIsoDate(flags.published)) problems.push(`--published: "${flags.published}" is not a date of the form YYYY-MM-DD`);
      if (flags.queue) return enqueueCommand(inputs, flags, problems, output);
      if (problems.length) throw new ParleyError('USAGE', 'invalid options', problems);

      const bounded = boundWorkerCount(workers);
      if (bounded.note) output.err(`parley: ${bounded.note}\n`);
      const location = storeLocation(flags);
      const store = openStore(location, { merge: { family: flags.mergeBy, windowDays } });
      const coder: DocumentCoder = workers === 0 ? createCoder({ dictionaries: flags.dictionary }) : createCodingPool({ workers: bounded.workers, dictionaries: flags.dictionary });
      const bar = flags.progress ? await startProgress(inputs) : null;
      let stats: IngestStats;
      try {
        stats = await ingest({
          inputs,
          store,
          coder,
          batchSize,
          source: { followLinks: flags.followLinks ?? false, defaultPublished: flags.published },
          onProgress: (current) => bar?.update(current.read, progressPayload(current)),
          onProblem: (entry) => output.err(`parley: skipped ${entry.origin}: ${entry.message}\n`),
        });
      } finally {
        bar?.stop();
        await coder.close?.();
      }
      const totals = await store.counts();
      await store.close();
      const summary = {
        documents_read: stats.read,
        documents_stored: stats.stored,
        already_stored: stats.duplicates,
        near_duplicates: stats.nearDuplicates,
        events: stats.events,
        undated_documents: stats.undated,
        problems: stats.problems,
        seconds: Math.round(stats.elapsedMs / 100) / 10,
        store: { file: redactLocation(location), documents: totals.documents, events: totals.events, merged_events: totals.mergedEvents, merged_groups: totals.mergedGroups },
      };
      if (flags.json) output.out(JSON.stringify(summary) + '\n');
      else {
        output.out(
          `Ingested ${stats.stored} document(s) with ${stats.events} event(s) in ${summary.seconds} s` +
            ` (${stats.duplicates} already stored, ${stats.nearDuplicates} near-duplicate(s), ${stats.problems} skipped).\n` +
            `${redactLocation(location)} now holds ${totals.documents} document(s), ${totals.events} event report(s) merged into ${totals.mergedEvents} event(s)` +
            ` (${totals.mergedGroups} with several reports).\n`,
        );
      }
      if (stats.undated) {
        output.err(
          `parley: warning: ${stats.undated} of ${stats.coded} coded document(s) have no publication date (none given, no dated dateline): ` +
            'their events are dated only where their own words name a year; give --published YYYY-MM-DD or a "published" field\n',
        );
      }
      if (stats.problems) {
        throw new ParleyError('INPUT_INVALID', `${stats.problems} input(s) were skipped (listed above); everything else was stored`);
      }
    });
}

function progressPayload(stats: IngestStats) {
  const seconds = stats.elapsedMs / 1000;
  return {
    stored: stats.stored,
    duplicates: stats.duplicates,
    events: stats.events,
    problems: stats.problems,
    rate: seconds > 0 ? ((stats.coded + stats.duplicates) / seconds).toFixed(1) : '0.0',
  };
}

/** A progress bar on a terminal; on anything else, a plain progress line every few seconds (on standard error). */
async function startProgress(inputs: string[]): Promise<SingleBar> {
  const total = await countDocuments(inputs);
  const counts = '{value} read | {stored} stored | {duplicates} already stored | {events} events | {problems} skipped | {rate} docs/s';
  const bar = new SingleBar({
    format: total === undefined ? `ingest | ${counts}` : `ingest [{bar}] {percentage}% | ${counts} | eta {eta_formatted}`,
    noTTYOutput: true,
    notTTYSchedule: 5000,
    hideCursor: true,
    stream: process.stderr,
  });
  bar.start(total ?? 0, 0, { stored: 0, duplicates: 0, events: 0, problems: 0, rate: '0.0' });
  return bar;
}
