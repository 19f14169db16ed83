import { bandKeys, contentHash, minhashSignature } from './minhash.ts';

/** What the store derives from a document's text: its content hash, MinHash signature and band keys. */
export interface TextPrint {
  hash: string;
  signature: Uint32Array;
  bands: string[];
}

const prints = new WeakMap<object, TextPrint & { text: string }>();

/**
 * The print of a document's text, computed once per document object: a batch's write locks, its
 * reads and its merge each need it (a SHA-256 and a MinHash of the whole text), and a worker's main
 * thread would otherwise compute them three times. A document whose text changed is printed again.
 */
export function textPrint(document: { text: string }): TextPrint {
  const known = prints.get(document);
  if (known && known.text === document.text) return known;
  const signature = minhashSignature(document.text);
  const print = { text: document.text, hash: contentHash(document.text), signature, bands: bandKeys(signature) };
  prints.set(document, print);
  return print;
}
