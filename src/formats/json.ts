import { codedDocumentView } from './document-view.ts';
import type { OutputFormat } from './format.ts';

/** JSON: the analysed document (one text) or the list of them (records), indented. */
export const jsonFormat: OutputFormat = {
  name: 'json',
  describe: 'the analysed document(s)',
  mediaType: 'application/json',
  writeDocuments(docs, write, options) {
    const json = options.single ? codedDocumentView(docs[0]) : docs.map(codedDocumentView);
    write(JSON.stringify(json, null, 2) + '\n');
  },
};
