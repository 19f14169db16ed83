// Runs one queue worker with the fake coder, slowly and in small batches, so that a test can kill it
// part way: node --import tsx test/queue-worker-child.ts <postgres-url> <delay-ms>
import { startWorker } from '../src/queue/worker.ts';
import { fakeCoder } from './ingest-helpers.ts';

const [url, delay] = process.argv.slice(2);
const worker = await startWorker({ url, coder: fakeCoder(Number(delay)), batchSize: 2, expiryCheckSeconds: 1, pollSeconds: 0.5 });
process.stdout.write('started\n');
process.on('SIGTERM', async () => {
  process.stdout.write(JSON.stringify(await worker.stop()) + '\n');
});
