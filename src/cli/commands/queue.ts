import type { Command } from 'commander';
import { ParleyError } from '../../core/errors.ts';
import { openJobQueue } from '../../queue/job-queue.ts';
import { queueStatus } from '../../queue/queue-status.ts';
import { parseStoreLocation } from '../../store/open.ts';
import { redactLocation } from '../../store/redact-location.ts';
import type { CliOutput } from '../main.ts';
import { addStoreOption, storeLocation, type StoreFlags } from './store-options.ts';

/** `parley queue status`: what the coding queue of a PostgreSQL store holds. */
export function registerQueue(program: Command, output: CliOutput): void {
  const queue = program.command('queue').description('the job queue of a PostgreSQL store (parley ingest --queue, parley worker)');
  const status = queue.command('status').description('jobs waiting, active, done and failed, and the latest dead letters with their errors');
  addStoreOption(status, 'the PostgreSQL store')
    .option('--json', 'print the status as JSON')
    .action(async (flags: StoreFlags & { json?: boolean }) => {
      const location = storeLocation(flags);
      if (parseStoreLocation(location).backend !== 'postgres') {
        throw new ParleyError('USAGE', 'invalid options', [`--store: the job queue lives in a PostgreSQL store, and "${redactLocation(location)}" is not one`]);
      }
      const boss = await openJobQueue(location);
      try {
        const current = await queueStatus(boss);
        if (flags.json) {
          output.out(JSON.stringify(current) + '\n');
          return;
        }
        output.out(`waiting ${current.waiting} (${current.retrying} to retry), active ${current.active}, done ${current.done}, failed ${current.failed}\n`);
        for (const letter of current.deadLetters) output.out(`dead letter ${letter.failedAt} ${letter.origin ?? '(no origin)'}: ${letter.error}\n`);
      } finally {
        await boss.stop({ graceful: false, wait: true });
      }
    });
}
