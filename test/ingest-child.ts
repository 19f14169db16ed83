// Runs one ingest with the fake coder, slowly and in small batches, so that a test can kill it
// part way: node --import tsx test/ingest-child.ts <store> <corpus.jsonl> <delay-ms>
import { ingest } from '../src/ingest/ingest.ts';
import { openStore } from '../src/store/open.ts';
import { fakeCoder } from './ingest-helpers.ts';

const [storeFile, corpus, delay] = process.argv.slice(2);
const store = openStore(storeFile);
const stats = await ingest({ inputs: [corpus], store, coder: fakeCoder(Number(delay)), batchSize: 5, maxInFlight: 4 });
await store.close();
process.stdout.write(JSON.stringify(stats) + '\n');
