import type { Command } from 'commander';
import { ParleyError } from '../../core/errors.ts';
import { enqueueInputs } from '../../queue/enqueue.ts';
import { DEFAULT_JOB_SETTINGS, openJobQueue } from '../../queue/job-queue.ts';
import { parseStoreLocation } from '../../store/open.ts';
import { openPostgresStore } from '../../store/postgres/postgres-store.ts';
import { redactLocation } from '../../store/redact-location.ts';
import type { CliOutput } from '../main.ts';
import { storeLocation, type StoreFlags } from './store-options.ts';

/** The flags of `parley ingest --queue`. */
export interface QueueFlags extends StoreFlags {
  queue?: boolean;
  lease: string;
  retries: string;
  retryDelay: string;
  published?: string;
  followLinks?: boolean;
  json?: boolean;
}

/** Adds `--queue` and the job settings to `parley ingest`. */
export function addQueueOptions(command: Command): Command {
  return command
    .option('--queue', 'do not code here: put one job per new document on the job queue of a PostgreSQL store, for `parley worker` processes')
    .option('--lease <seconds>', 'with --queue: how long a worker may hold a job before it comes back to the queue', String(DEFAULT_JOB_SETTINGS.leaseSeconds))
    .option('--retries <n>', 'with --queue: retries of a job that fails, before it goes to the dead letters', String(DEFAULT_JOB_SETTINGS.retries))
    .option('--retry-delay <seconds>', 'with --queue: seconds before the first retry (later ones back off)', String(DEFAULT_JOB_SETTINGS.retryDelaySeconds));
}

/** `parley ingest --queue`: reads the inputs and enqueues them; `problems` are those the ingest's own flags had. */
export async function enqueueCommand(inputs: string[], flags: QueueFlags, problems: string[], output: CliOutput): Promise<void> {
  const location = storeLocation(flags);
  const lease = Number(flags.lease);
  if (!Number.isInteger(lease) || lease < 1) problems.push(`--lease: "${flags.lease}" is not a whole number of seconds above 0`);
  const retries = Number(flags.retries);
  if (!Number.isInteger(retries) || retries < 0) problems.push(`--retries: "${flags.retries}" is not a whole number`);
  const retryDelay = Number(flags.retryDelay);
  if (!Number.isInteger(retryDelay) || retryDelay < 0) problems.push(`--retry-delay: "${flags.retryDelay}" is not a whole number of seconds`);
  if (parseStoreLocation(location).backend !== 'postgres') problems.push(`--queue: the job queue lives in a PostgreSQL store, and "${redactLocation(location)}" is not one: give --store postgres://…`);
  if (problems.length) throw new ParleyError('USAGE', 'invalid options', problems);

  const store = openPostgresStore(location);
  const queue = await openJobQueue(location, { onError: (error) => output.err(`parley: queue error: ${error.message}\n`) });
  try {
    const stats = await enqueueInputs({
      inputs,
      store,
      queue,
      jobs: { leaseSeconds: lease, retries, retryDelaySeconds: retryDelay },
      source: { followLinks: flags.followLinks ?? false, defaultPublished: flags.published },
      onProblem: (entry) => output.err(`parley: skipped ${entry.origin}: ${entry.message}\n`),
    });
    const summary = { documents_read: stats.read, queued: stats.queued, already_stored: stats.alreadyStored, already_queued: stats.alreadyQueued, problems: stats.problems, store: redactLocation(location) };
    if (flags.json) output.out(JSON.stringify(summary) + '\n');
    else {
      output.out(
        `Queued ${stats.queued} document(s) for coding (${stats.alreadyStored} already stored, ${stats.alreadyQueued} already queued, ${stats.problems} skipped).\n` +
          `Start workers to code them: parley worker --store ${redactLocation(location)}\n`,
      );
    }
    if (stats.problems) throw new ParleyError('INPUT_INVALID', `${stats.problems} input(s) were skipped (listed above); everything else was queued`);
  } finally {
    await queue.stop({ graceful: false, wait: true });
    await store.close();
  }
}
