import { Option, type Command } from 'commander';
import { ParleyError } from '../../core/errors.ts';
import { DEFAULT_BATCH_SIZE, describeCoding, describeStats, startWorker } from '../../queue/worker.ts';
import { DEFAULT_MERGE_OPTIONS, type MergeFamily } from '../../store/merge.ts';
import { parseStoreLocation } from '../../store/open.ts';
import { redactLocation } from '../../store/redact-location.ts';
import type { CliOutput } from '../main.ts';
import { untilStopSignal } from '../stop-signal.ts';
import { addStoreOption, storeLocation, type StoreFlags } from './store-options.ts';

interface WorkerFlags extends StoreFlags {
  concurrency: string;
  batchSize: string;
  dictionary: string[];
  mergeBy: MergeFamily;
  mergeWindow: string;
  checkExpired: string;
  stopTimeout: string;
}

/** `parley worker`: codes the documents queued by `parley ingest --queue`, until stopped. */
export function registerWorker(program: Command, output: CliOutput): void {
  const command = program
    .command('worker')
    .description('code documents from the job queue of a PostgreSQL store (queued by parley ingest --queue) until stopped; run as many as you like, on any machine that reaches the database');
  addStoreOption(command, 'the PostgreSQL store whose queue to work on')
    .option('--concurrency <n>', 'documents coded at once: 1 on the main thread, more each in a worker thread (about one per core)', '1')
    .option('--batch-size <n>', 'jobs taken from the queue at once and written in one transaction (by each of the worker\'s concurrency + 1 loops)', String(DEFAULT_BATCH_SIZE))
    .option('--dictionary <file>', 'a user dictionary of actors and agents (JSON); repeat for more', (file: string, files: string[]) => [...files, file], [] as string[])
    .addOption(new Option('--merge-by <family>', 'merge reports with the same CAMEO root or the same full code').choices(['root', 'code']).default(DEFAULT_MERGE_OPTIONS.family))
    .option('--merge-window <days>', 'the most days between the first and last report of one merged event', String(DEFAULT_MERGE_OPTIONS.windowDays))
    .option('--check-expired <seconds>', 'how often to return jobs whose worker died (lease run out) to the queue', '30')
    .option('--stop-timeout <seconds>', 'on SIGTERM or SIGINT, how long to finish the jobs held before handing them back', '30')
    .action(async (flags: WorkerFlags) => {
      const location = storeLocation(flags);
      const problems: string[] = [];
      const number = (flag: string, value: string, min: number) => {
        const parsed = Number(value);
        if (!Number.isInteger(parsed) || parsed < min) problems.push(`--${flag}: "${value}" is not a whole number${min > 0 ? ` of at least ${min}` : ''}`);
        return parsed;
      };
      const concurrency = number('concurrency', flags.concurrency, 1);
      const batchSize = number('batch-size', flags.batchSize, 1);
      const windowDays = number('merge-window', flags.mergeWindow, 0);
      const checkExpired = number('check-expired', flags.checkExpired, 1);
      const stopTimeout = number('stop-timeout', flags.stopTimeout, 1);
      if (parseStoreLocation(location).backend !== 'postgres') problems.push(`--store: workers take their jobs from a PostgreSQL store, and "${redactLocation(location)}" is not one: give --store postgres://…`);
      if (problems.length) throw new ParleyError('USAGE', 'invalid options', problems);

      const log = (message: string) => output.err(`parley ${message}\n`);
      const worker = await startWorker({
        url: location,
        concurrency,
        batchSize,
        dictionaries: flags.dictionary,
        merge: { family: flags.mergeBy, windowDays },
        expiryCheckSeconds: checkExpired,
        log,
      });
      output.out(`Parley worker on ${redactLocation(location)}, ${describeCoding(concurrency)}; SIGTERM or Ctrl+C stops it after the jobs it holds.\n`);
      await untilStopSignal();
      log('worker: stopping: finishing the jobs held');
      const stats = await worker.stop(stopTimeout * 1000);
      output.out(`Stopped: ${describeStats(stats)}.\n`);
    });
}
