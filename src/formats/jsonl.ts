import { codedDocumentView } from './document-view.ts';
import type { OutputFormat } from './format.ts';

/** JSON Lines: one analysed document per input record, or one stored event per line as the store holds it. */
export const jsonlFormat: OutputFormat = {
  name: 'jsonl',
  describe: 'one line per input record, or per stored event',
  mediaType: 'application/x-ndjson',
  writeDocuments(docs, write) {
    for (const doc of docs) write(JSON.stringify(codedDocumentView(doc)) + '\n');
  },
  async writeEvents(events, write) {
    let count = 0;
    for await (const stored of events) {
      write(JSON.stringify(stored) + '\n');
      count++;
    }
    return count;
  },
};
