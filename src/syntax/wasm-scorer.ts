/**
 * The shipped scorer's inner loop as a small WebAssembly function, assembled here from its
 * instructions (no build step, no binary file): it adds the sparse weights of a list of feature
 * rows into one score per class. It does what the loop in JavaScript did, with integer sums, so
 * its scores are exactly the same; it is faster for two reasons: it first looks up where every
 * row's weights start and touches each row's first weights (independent memory loads that the CPU
 * overlaps, where the adding loop waits for each row in turn), and the adding loop itself has no
 * bounds checks or number conversions. The tagger and parser spend most of the pipeline's time
 * here (about 100 rows and 1,000-2,600 weights per decision).
 *
 * Memory of one scorer (bytes): the row numbers given (MAX_ROWS words, turned into each row's
 * first entry's address in place), each row's end address (MAX_ROWS words), the sums (one word per
 * class), one word the touching loop writes, then the row starts (`rowStart`, one word per row and one more) and the entries (one
 * word each: the class times 4 in the high half, the weight in the low half), then one word of
 * padding (the touch of an empty last row reads it).
 */

import { ParleyError } from '../core/errors.ts';

/** The most feature rows one call may score. */
export const MAX_ROWS = 256;

const ROWS_AT = 0;
const ENDS_AT = MAX_ROWS * 4;
const SUMS_AT = 2 * MAX_ROWS * 4;
/** Classes are stored as a byte (`entryClass`), so at most 256. */
const MAX_CLASSES = 256;
/** Where the touch loop leaves its (unused) sum, so that its loads are not dropped. */
const SINK_AT = SUMS_AT + MAX_CLASSES * 4;
const ROW_STARTS_AT = SINK_AT + 4;

/** A scorer whose weights live in WebAssembly memory. */
export interface WasmScorer {
  /** The row starts, a view into the scorer's memory (what `SparseWeights.rowStart` holds). */
  readonly rowStart: Uint32Array;
  /** Adds the weights of `count` rows from `rows` into `scores` (length `classes`), which it clears first. */
  score(rows: Int32Array, count: number, scores: Float32Array): void;
}

/** Copies sparse weights (the layout of `SparseWeights`) into WebAssembly memory and returns their scorer. */
export function createWasmScorer(classes: number, rowStart: Uint32Array, entryClass: Uint8Array, entryWeight: Int16Array): WasmScorer {
  if (classes > MAX_CLASSES) throw new ParleyError('MODEL_INVALID', `a scorer takes at most ${MAX_CLASSES} classes, not ${classes}`);
  const entries = entryClass.length;
  const entriesAt = ROW_STARTS_AT + rowStart.length * 4;
  const bytes = entriesAt + (entries + 1) * 4;
  const memory = scorerMemory(bytes);
  const instance = new WebAssembly.Instance(scoreModule(), { env: { memory } });
  const run = instance.exports.score as (count: number, rowStarts: number, entries: number, sumBytes: number) => void;

  const starts = new Uint32Array(memory.buffer, ROW_STARTS_AT, rowStart.length);
  starts.set(rowStart);
  const packed = new Int32Array(memory.buffer, entriesAt, entries);
  for (let e = 0; e < entries; e++) packed[e] = ((entryClass[e] * 4) << 16) | (entryWeight[e] & 0xffff);
  const rowsIn = new Int32Array(memory.buffer, ROWS_AT, MAX_ROWS);
  const sums = new Int32Array(memory.buffer, SUMS_AT, classes);
  return {
    rowStart: starts,
    score(rows, count, scores) {
      if (count > MAX_ROWS) throw new ParleyError('INPUT_INVALID', `a scorer takes at most ${MAX_ROWS} feature rows per call, not ${count}`);
      for (let f = 0; f < count; f++) rowsIn[f] = rows[f];
      run(count, ROW_STARTS_AT, entriesAt, classes * 4);
      // Integer sums of 16-bit weights over a few hundred rows stay far below 2^24: exact in a float.
      for (let c = 0; c < classes; c++) scores[c] = sums[c];
    },
  };
}

/** WebAssembly memory of `bytes` (at most 4 GiB), or a ParleyError naming the size when it cannot be had. */
export function scorerMemory(bytes: number): WebAssembly.Memory {
  const pages = Math.ceil(bytes / 65536);
  const mib = Math.ceil(bytes / 2 ** 20);
  if (pages > 65536) throw new ParleyError('MODEL_INVALID', `the model's weights need ${mib} MiB of scorer memory; a scorer holds at most 4 GiB`);
  try {
    return new WebAssembly.Memory({ initial: pages });
  } catch (error) {
    throw new ParleyError('MODEL_INVALID', `could not allocate ${mib} MiB of scorer memory for the model's weights: ${(error as Error).message}`);
  }
}

let compiled: WebAssembly.Module | undefined;

/** The compiled module (compiled once per process; every scorer instantiates it with its own memory). */
function scoreModule(): WebAssembly.Module {
  compiled ??= new WebAssembly.Module(assemble());
  return compiled;
}

// Instruction bytes (WebAssembly 1.0 core, plus memory.fill from bulk memory, in Node since v12).
const I32 = 0x7f;
const BLOCK = [0x02, 0x40];
const LOOP = [0x03, 0x40];
const END = 0x0b;
const ADD = 0x6a;
const SHL = 0x74;
const SHR_U = 0x76;
const SHR_S = 0x75;
const GE_U = 0x4f;
const LT_U = 0x49;
const MEMORY_FILL = [0xfc, 0x0b, 0x00];
const get = (local: number) => [0x20, local];
const set = (local: number) => [0x21, local];
const tee = (local: number) => [0x22, local];
const constant = (value: number) => [0x41, ...signedLeb(value)];
const load = (offset = 0) => [0x28, 2, ...unsignedLeb(offset)];
const store = (offset = 0) => [0x36, 2, ...unsignedLeb(offset)];
const branchIf = (depth: number) => [0x0d, depth];

/**
 * `score(count, rowStarts, entries, sumBytes)`: the row numbers are at ROWS_AT, the sums go to
 * SUMS_AT. Locals: 4 end of the rows, 5 cursor over the rows, 6 entry address, 7 end address,
 * 8 entry or touched sum, 9 address.
 */
function assemble(): Uint8Array<ArrayBuffer> {
  const [COUNT, ROW_STARTS, ENTRIES, SUM_BYTES, ROWS_END, AT, ENTRY_AT, ENTRY_END, VALUE, ADDRESS] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  /** Runs `body` with AT over the row words (ROWS_AT up to ROWS_END), if there is any. */
  const overRows = (body: number[]) => [
    ...constant(ROWS_AT), ...set(AT),
    ...BLOCK, ...get(AT), ...get(ROWS_END), GE_U, ...branchIf(0),
    ...LOOP, ...body, ...get(AT), ...constant(4), ADD, ...tee(AT), ...get(ROWS_END), LT_U, ...branchIf(0), END,
    END,
  ];
  /** entries + rowStart[word at ADDRESS + offset] * 4 */
  const entryAddress = (offset: number) => [...get(ADDRESS), ...load(offset), ...constant(2), SHL, ...get(ENTRIES), ADD];
  const code = [
    ...constant(SUMS_AT), ...constant(0), ...get(SUM_BYTES), ...MEMORY_FILL,
    ...constant(ROWS_AT), ...get(COUNT), ...constant(2), SHL, ADD, ...set(ROWS_END),
    // 1. Each row number becomes the address of its first entry; its end goes to ENDS_AT.
    ...overRows([
      ...get(ROW_STARTS), ...get(AT), ...load(), ...constant(2), SHL, ADD, ...set(ADDRESS),
      ...get(AT), ...entryAddress(0), ...store(),
      ...get(AT), ...entryAddress(4), ...store(ENDS_AT),
    ]),
    // 2. Touch each row's first entry, so that the memory loads of all rows are under way together.
    ...overRows([...get(AT), ...load(), ...load(), ...get(VALUE), ADD, ...set(VALUE)]),
    ...constant(SINK_AT), ...get(VALUE), ...store(),
    // 3. Add each entry's weight (low half, sign-extended) to the sum of its class (high half, times 4).
    ...overRows([
      ...get(AT), ...load(), ...set(ENTRY_AT),
      ...get(AT), ...load(ENDS_AT), ...set(ENTRY_END),
      ...BLOCK, ...get(ENTRY_AT), ...get(ENTRY_END), GE_U, ...branchIf(0),
      ...LOOP,
      ...get(ENTRY_AT), ...load(), ...set(VALUE),
      ...constant(SUMS_AT), ...get(VALUE), ...constant(16), SHR_U, ADD, ...tee(ADDRESS),
      ...get(ADDRESS), ...load(), ...get(VALUE), ...constant(16), SHL, ...constant(16), SHR_S, ADD, ...store(),
      ...get(ENTRY_AT), ...constant(4), ADD, ...tee(ENTRY_AT), ...get(ENTRY_END), LT_U, ...branchIf(0),
      END,
      END,
    ]),
    END,
  ];
  const body = [...vector([[6, I32]]), ...code];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vector([[0x60, ...vector([[I32], [I32], [I32], [I32]]), 0]])),
    ...section(2, vector([[...name('env'), ...name('memory'), 0x02, 0x00, 0x01]])),
    ...section(3, vector([[0]])),
    ...section(7, vector([[...name('score'), 0x00, 0]])),
    ...section(10, vector([[...unsignedLeb(body.length), ...body]])),
  ]);
}

function section(id: number, body: number[]): number[] {
  return [id, ...unsignedLeb(body.length), ...body];
}

function vector(items: number[][]): number[] {
  return [...unsignedLeb(items.length), ...items.flat()];
}

function name(text: string): number[] {
  return [...unsignedLeb(text.length), ...Buffer.from(text, 'utf8')];
}

function unsignedLeb(value: number): number[] {
  const out: number[] = [];
  let rest = value >>> 0;
  do {
    const byte = rest & 0x7f;
    rest >>>= 7;
    out.push(rest ? byte | 0x80 : byte);
  } while (rest);
  return out;
}

function signedLeb(value: number): number[] {
  const out: number[] = [];
  let rest = value | 0;
  for (;;) {
    const byte = rest & 0x7f;
    rest >>= 7;
    if ((rest === 0 && !(byte & 0x40)) || (rest === -1 && byte & 0x40)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}
