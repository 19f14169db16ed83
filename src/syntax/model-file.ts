import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ParleyError } from '../core/errors.ts';
import { createSparseWeights, type SparseWeights } from './perceptron.ts';
import { hashString } from '../core/hash.ts';
import type { ParserModel } from './parser.ts';
import type { TaggerModel } from './tagger.ts';

/** The tagger and parser together, as shipped in one file. */
export interface SyntaxModel {
  tagger: TaggerModel;
  parser: ParserModel;
  /** What produced the model (treebank, date, dev scores), for `parley --version` and the benchmark. */
  info: Record<string, unknown>;
}

const MAGIC = 'PARLEYSYNTAX';
const VERSION = 1;

/**
 * File layout (gzip-compressed): MAGIC, u32 version, u32 header length, header JSON, then for
 * each weights block (tagger, parser): u8 entry count per row (2^bits rows), u8 class per
 * entry, i16 weight per entry, each little-endian, in that order.
 */
interface Header {
  info: Record<string, unknown>;
  tagger: WeightsHeader & {
    tags: string[];
    ambiguityClasses: string[];
    ambiguityWords: Record<string, number>;
    /** Gazetteer name words and their flags (src/syntax/name-words.ts); absent in older models, which lack the news features. */
    nameWords?: Record<string, number>;
    /** Verb lemmas of the training data (with nameWords). */
    verbWords?: string[];
    /** The tagger has the clause feature (tagger.ts); absent in models without it. */
    clause?: boolean;
  };
  parser: WeightsHeader & { labels: string[] };
}

interface WeightsHeader {
  bits: number;
  classes: number;
  entries: number;
  scale: number;
}

/**
 * Serialises a model; `ambiguityNames` maps known words to their ambiguity class names, `names`
 * the gazetteer name words the tagger was trained with.
 */
export function serializeSyntaxModel(
  tagger: { tags: string[]; weights: SparseWeights; ambiguityNames: Map<string, string>; names?: Map<string, number>; verbs?: Set<string>; clause?: boolean },
  parser: { labels: string[]; weights: SparseWeights },
  info: Record<string, unknown>,
): Buffer {
  const classNames = [...new Set(tagger.ambiguityNames.values())].sort();
  const classIndex = new Map(classNames.map((name, i) => [name, i]));
  const ambiguityWords: Record<string, number> = {};
  for (const [word, name] of [...tagger.ambiguityNames].sort()) ambiguityWords[word] = classIndex.get(name)!;
  const header: Header = {
    info,
    tagger: {
      ...weightsHeader(tagger.weights),
      tags: tagger.tags,
      ambiguityClasses: classNames,
      ambiguityWords,
      ...(tagger.names ? { nameWords: Object.fromEntries([...tagger.names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) } : {}),
      ...(tagger.verbs ? { verbWords: [...tagger.verbs].sort() } : {}),
      ...(tagger.clause ? { clause: true } : {}),
    },
    parser: { ...weightsHeader(parser.weights), labels: parser.labels },
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(MAGIC.length + 8);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(VERSION, MAGIC.length);
  prefix.writeUInt32LE(headerBytes.length, MAGIC.length + 4);
  return gzipSync(Buffer.concat([prefix, headerBytes, ...weightsBlocks(tagger.weights), ...weightsBlocks(parser.weights)]), { level: 9 });
}

function weightsHeader(weights: SparseWeights): WeightsHeader {
  return { bits: weights.bits, classes: weights.classes, entries: weights.entryClass.length, scale: weights.scale };
}

function weightsBlocks(weights: SparseWeights): Buffer[] {
  const rows = 1 << weights.bits;
  const counts = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) counts[r] = weights.rowStart[r + 1] - weights.rowStart[r];
  const entryWeight = Buffer.alloc(weights.entryWeight.length * 2);
  weights.entryWeight.forEach((value, i) => entryWeight.writeInt16LE(value, i * 2));
  return [Buffer.from(counts.buffer), Buffer.from(weights.entryClass.buffer, weights.entryClass.byteOffset, weights.entryClass.byteLength), entryWeight];
}

/** Parses a model file's bytes; `source` names the file in errors. */
export function parseSyntaxModel(compressed: Buffer, source: string): SyntaxModel {
  const fail = (what: string): never => {
    throw new ParleyError('MODEL_INVALID', `${source}: ${what}; rebuild it with \`npm run train:syntax\` or restore it from git`);
  };
  let bytes: Buffer;
  try {
    bytes = gunzipSync(compressed);
  } catch {
    return fail('not a gzip-compressed syntax model (corrupt or truncated)');
  }
  if (bytes.length < MAGIC.length + 8 || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) fail('not a Parley syntax model');
  const version = bytes.readUInt32LE(MAGIC.length);
  if (version !== VERSION) fail(`model format version ${version}, but this Parley reads version ${VERSION}`);
  const headerLength = bytes.readUInt32LE(MAGIC.length + 4);
  let offset = MAGIC.length + 8;
  let header: Header;
  try {
    header = JSON.parse(bytes.toString('utf8', offset, offset + headerLength)) as Header;
  } catch {
    return fail('its header is not valid JSON');
  }
  offset += headerLength;
  const readWeights = (block: WeightsHeader, name: string): SparseWeights => {
    const rows = 1 << block.bits;
    const needed = rows + block.entries * 3;
    if (offset + needed > bytes.length) fail(`the ${name} weights are truncated`);
    const counts = bytes.subarray(offset, offset + rows);
    offset += rows;
    const rowStart = new Uint32Array(rows + 1);
    let total = 0;
    for (let r = 0; r < rows; r++) {
      rowStart[r] = total;
      total += counts[r];
    }
    rowStart[rows] = total;
    if (total !== block.entries) fail(`the ${name} weights have ${total} entries where the header says ${block.entries}`);
    const entryClass = new Uint8Array(bytes.subarray(offset, offset + block.entries));
    offset += block.entries;
    const entryWeight = new Int16Array(block.entries);
    for (let e = 0; e < block.entries; e++) entryWeight[e] = bytes.readInt16LE(offset + 2 * e);
    offset += block.entries * 2;
    for (let e = 0; e < block.entries; e++) if (entryClass[e] >= block.classes) fail(`the ${name} weights name class ${entryClass[e]} of ${block.classes}`);
    return createSparseWeights(block.bits, block.classes, rowStart, entryClass, entryWeight, block.scale);
  };
  const taggerWeights = readWeights(header.tagger, 'tagger');
  const parserWeights = readWeights(header.parser, 'parser');
  if (offset !== bytes.length) fail(`${bytes.length - offset} unexpected bytes after the weights`);
  const classHashes = header.tagger.ambiguityClasses.map((name) => hashString(name));
  const ambiguity = new Map<string, number>();
  const baseVerbs = new Set<string>();
  const baseVerbClass = header.tagger.ambiguityClasses.map((name) => name.split('|').includes('VB'));
  for (const [word, index] of Object.entries(header.tagger.ambiguityWords)) {
    ambiguity.set(word, classHashes[index]);
    if (baseVerbClass[index]) baseVerbs.add(word);
  }
  // A model with name words was trained with the news features (see tagger.ts).
  const { nameWords, verbWords, clause } = header.tagger;
  const news = nameWords ? { names: new Map(Object.entries(nameWords)), verbs: new Set(verbWords ?? []), ...(clause ? { clause: true } : {}) } : {};
  return {
    tagger: { tags: header.tagger.tags, ambiguity, weights: taggerWeights, baseVerbs, ...news },
    parser: { labels: header.parser.labels, weights: parserWeights },
    info: header.info,
  };
}

/** Default location of the shipped model. */
export const DEFAULT_SYNTAX_MODEL = new URL('../../data/models/syntax.bin', import.meta.url);

/** Reads the syntax model from a file (the shipped one by default). */
export function loadSyntaxModel(path: string | URL = DEFAULT_SYNTAX_MODEL): SyntaxModel {
  let compressed: Buffer;
  try {
    compressed = readFileSync(path);
  } catch (error) {
    throw new ParleyError(
      'MODEL_MISSING',
      `cannot read the syntax model ${String(path instanceof URL ? path.pathname : path)}: ${(error as Error).message}; run \`npm run train:syntax\` to build it`,
    );
  }
  return parseSyntaxModel(compressed, String(path instanceof URL ? path.pathname : path));
}
