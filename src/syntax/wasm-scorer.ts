/**
 * The shipped scorer's inner loop as a small WebAssembly function, assembled here from its
 * instructions (no build step, no binary file): it adds the sparse weights of a list of feature
 * rows into one score per class. It does what the loop in JavaScript did, with integer sums, so
 * its scores are exactly the same (integer addition in any order gives the same sum); it is faster
 * for three reasons: the few rows with many weights (those of frequent features: about 2,000 of the
 * parser's two million rows hold 87% of the weights a sentence adds) are also kept dense, every
 * class's weight in a row, and added four classes at a time with SIMD instructions into sums held
 * in registers; for the sparse rows it first looks up where every row's weights start and touches
 * each row's first weights (independent memory loads that the CPU overlaps, where the adding loop
 * waits for each row in turn); and the loops have no bounds checks or number conversions. The
 * tagger and parser spend most of the pipeline's time here (about 100 rows and 1,000-2,600
 * weights per decision).
 *
 * Memory of one scorer (bytes): the row numbers given (MAX_ROWS words, turned into each sparse
 * row's first entry's address in place), each sparse row's end address (MAX_ROWS words), the sums
 * (one word per class, padded to a multiple of four classes), one word the touching loop writes,
 * the addresses of the dense rows of this call (MAX_ROWS words), then the row starts (`rowStart`,
 * one word per row and one more) and the entries (one word each: the class times 4 in the high
 * half, the weight in the low half), then one word of padding (the touch of an empty last row
 * reads it), then the table of dense rows (two words a slot: row + 1, or 0 for an empty slot, and
 * the row's dense address; open addressing from the row's low bits, with no wrap: the table ends
 * with as many spare slots as it has rows), then the dense rows (one word per class, padded), then
 * one bit per row, set when the row has weights: most rows are empty (two thirds of the parser's,
 * and one in eight of those a sentence asks for), and an empty row is passed over on its bit,
 * which stays in the cache, without reading its row start and touching entries far apart.
 */

import { ParleyError } from '../core/errors.ts';

/** The most feature rows one call may score. */
export const MAX_ROWS = 256;
/** Rows with at least this many weights are kept dense too (about 2,000 of the parser's rows, under 1 MB); 16 or 32 scored no faster. */
export const DENSE_FROM = 24;

const ROWS_AT = 0;
const ENDS_AT = MAX_ROWS * 4;
const SUMS_AT = 2 * MAX_ROWS * 4;
/** Classes are stored as a byte (`entryClass`), so at most 256. */
const MAX_CLASSES = 256;
/** Where the touch loop leaves its (unused) sum, so that its loads are not dropped. */
const SINK_AT = SUMS_AT + MAX_CLASSES * 4;
/** Where the scorer keeps the address of its bits of non-empty rows. */
const BITS_ADDRESS_AT = SINK_AT + 4;
const DENSE_LIST_AT = SINK_AT + 16;
const ROW_STARTS_AT = DENSE_LIST_AT + MAX_ROWS * 4;
/** Dense rows are added in groups of this many four-class blocks, each block's sum in a register. */
const BLOCKS_PER_PASS = 12;

/** A scorer whose weights live in WebAssembly memory. */
export interface WasmScorer {
  /** The row starts, a view into the scorer's memory (what `SparseWeights.rowStart` holds). */
  readonly rowStart: Uint32Array;
  /** Views of the scorer's own rows (MAX_ROWS) and scores (`classes`): given to `score`, they are read and written in place, with no copy (scoring overwrites the rows). */
  readonly buffers: ScorerBuffers;
  /** Adds the weights of `count` rows from `rows` into `scores` (length `classes`), which it clears first. */
  score(rows: Int32Array, count: number, scores: Float32Array): void;
}

/** Where a scorer reads its rows and leaves its scores (see `WasmScorer.buffers`). */
export interface ScorerBuffers {
  readonly rows: Int32Array;
  readonly scores: Float32Array;
}

/**
 * Copies sparse weights (the layout of `SparseWeights`) into WebAssembly memory and returns their
 * scorer; rows with at least `denseFrom` weights are kept dense too.
 */
export function createWasmScorer(classes: number, rowStart: Uint32Array, entryClass: Uint8Array, entryWeight: Int16Array, denseFrom = DENSE_FROM): WasmScorer {
  if (classes > MAX_CLASSES) throw new ParleyError('MODEL_INVALID', `a scorer takes at most ${MAX_CLASSES} classes, not ${classes}`);
  const entries = entryClass.length;
  const rows = rowStart.length - 1;
  const padded = Math.ceil(classes / 4) * 4;
  const denseRows: number[] = [];
  for (let r = 0; r < rows; r++) if (rowStart[r + 1] - rowStart[r] >= Math.max(1, denseFrom)) denseRows.push(r);
  // table slots: a power of two at least twice the dense rows, then as many spare slots as rows, then one empty slot
  const tableSize = 2 ** Math.max(4, Math.ceil(Math.log2(2 * denseRows.length + 1)));
  const tableSlots = tableSize + denseRows.length + 1;
  const entriesAt = ROW_STARTS_AT + rowStart.length * 4;
  const tableAt = Math.ceil((entriesAt + (entries + 1) * 4) / 16) * 16;
  const denseAt = Math.ceil((tableAt + tableSlots * 8) / 16) * 16;
  const bitsAt = Math.ceil((denseAt + denseRows.length * padded * 4) / 16) * 16;
  const bytes = bitsAt + Math.ceil(rows / 32) * 4;
  const memory = scorerMemory(bytes);
  const instance = new WebAssembly.Instance(scoreModule(padded / 4), { env: { memory } });
  const run = instance.exports.score as (count: number, rowStarts: number, entries: number, sumBytes: number, table: number, tableMask: number) => void;

  const starts = new Uint32Array(memory.buffer, ROW_STARTS_AT, rowStart.length);
  starts.set(rowStart);
  const packed = new Int32Array(memory.buffer, entriesAt, entries);
  for (let e = 0; e < entries; e++) packed[e] = ((entryClass[e] * 4) << 16) | (entryWeight[e] & 0xffff);
  const table = new Int32Array(memory.buffer, tableAt, tableSlots * 2);
  const dense = new Int32Array(memory.buffer, denseAt, denseRows.length * padded);
  denseRows.forEach((r, d) => {
    for (let e = rowStart[r]; e < rowStart[r + 1]; e++) dense[d * padded + entryClass[e]] += entryWeight[e];
    let slot = r & (tableSize - 1);
    while (table[slot * 2] !== 0) slot++;
    table[slot * 2] = r + 1;
    table[slot * 2 + 1] = denseAt + d * padded * 4;
  });
  const bits = new Int32Array(memory.buffer, bitsAt, Math.ceil(rows / 32));
  for (let r = 0; r < rows; r++) if (rowStart[r + 1] > rowStart[r]) bits[r >>> 5] |= 1 << (r & 31);
  new Int32Array(memory.buffer, BITS_ADDRESS_AT, 1)[0] = bitsAt;
  const rowsIn = new Int32Array(memory.buffer, ROWS_AT, MAX_ROWS);
  const sums = new Float32Array(memory.buffer, SUMS_AT, classes);
  return {
    rowStart: starts,
    buffers: { rows: rowsIn, scores: sums },
    score(rows, count, scores) {
      if (count > MAX_ROWS) throw new ParleyError('INPUT_INVALID', `a scorer takes at most ${MAX_ROWS} feature rows per call, not ${count}`);
      if (rows !== rowsIn) for (let f = 0; f < count; f++) rowsIn[f] = rows[f];
      run(count, ROW_STARTS_AT, entriesAt, padded * 4, tableAt, tableSize - 1);
      if (scores !== sums) scores.set(sums);
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

const compiled = new Map<number, WebAssembly.Module>();

/** The compiled module for `blocks` four-class blocks (compiled once per process; every scorer instantiates it with its own memory). */
function scoreModule(blocks: number): WebAssembly.Module {
  let module = compiled.get(blocks);
  if (!module) compiled.set(blocks, (module = new WebAssembly.Module(assemble(blocks))));
  return module;
}

// Instruction bytes (WebAssembly 1.0 core, plus memory.fill from bulk memory, in Node since v12).
// SIMD (v128) is in Node since v16.4.
const I32 = 0x7f;
const V128 = 0x7b;
const BLOCK = [0x02, 0x40];
const LOOP = [0x03, 0x40];
const IF = [0x04, 0x40];
const END = 0x0b;
const BR = 0x0c;
const EQZ = 0x45;
const EQ = 0x46;
const AND = 0x71;
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
const loadVector = (offset: number) => [0xfd, 0x00, 4, ...unsignedLeb(offset)];
const storeVector = (offset: number) => [0xfd, 0x0b, 4, ...unsignedLeb(offset)];
const ADD_VECTORS = [0xfd, 0xae, 0x01];
const INTEGERS_TO_FLOATS = [0xfd, 0xfa, 0x01];

/**
 * `score(count, rowStarts, entries, sumBytes, table, tableMask)` for sums of `blocks` four-class
 * blocks: the row numbers are at ROWS_AT, the sums go to SUMS_AT (as floats). Locals: 6 end of the sparse rows,
 * 7 cursor over the rows, 8 entry address, 9 end address, 10 entry or touched sum, 11 address,
 * 12 row, 13 end of the dense rows' addresses, 14 address of the bits of non-empty rows, then one
 * v128 sum per block of a pass.
 */
function assemble(blocks: number): Uint8Array<ArrayBuffer> {
  const [COUNT, ROW_STARTS, ENTRIES, SUM_BYTES, TABLE, TABLE_MASK, ROWS_END, AT, ENTRY_AT, ENTRY_END, VALUE, ADDRESS, ROW, DENSE_END, BITS, SUM] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
  /** Runs `body` with AT over the words from `from` up to the local `end`, if there is any. */
  const over = (from: number, end: number, body: number[]) => [
    ...constant(from), ...set(AT),
    ...BLOCK, ...get(AT), ...get(end), GE_U, ...branchIf(0),
    ...LOOP, ...body, ...get(AT), ...constant(4), ADD, ...tee(AT), ...get(end), LT_U, ...branchIf(0), END,
    END,
  ];
  const overRows = (body: number[]) => over(ROWS_AT, ROWS_END, body);
  /** entries + rowStart[ROW + offset] * 4 */
  const entryAddress = (offset: number) => [...get(ADDRESS), ...load(offset), ...constant(2), SHL, ...get(ENTRIES), ADD];
  /** Adds the dense rows into the sums of blocks first..last - 1, each block's sum in a register. */
  const densePass = (first: number, last: number) => {
    const range = Array.from({ length: last - first }, (_, k) => first + k);
    return [
      ...range.flatMap((b) => [...constant(0), ...loadVector(SUMS_AT + 16 * b), ...set(SUM + b - first)]),
      ...over(DENSE_LIST_AT, DENSE_END, [
        ...get(AT), ...load(), ...set(ADDRESS),
        ...range.flatMap((b) => [...get(SUM + b - first), ...get(ADDRESS), ...loadVector(16 * b), ...ADD_VECTORS, ...set(SUM + b - first)]),
      ]),
      ...range.flatMap((b) => [...constant(0), ...get(SUM + b - first), ...storeVector(SUMS_AT + 16 * b)]),
    ];
  };
  const passes: number[] = [];
  for (let first = 0; first < blocks; first += BLOCKS_PER_PASS) passes.push(...densePass(first, Math.min(blocks, first + BLOCKS_PER_PASS)));
  const code = [
    ...constant(SUMS_AT), ...constant(0), ...get(SUM_BYTES), ...MEMORY_FILL,
    ...constant(0), ...load(BITS_ADDRESS_AT), ...set(BITS),
    ...constant(ROWS_AT), ...get(COUNT), ...constant(2), SHL, ADD, ...set(ROWS_END),
    // 1. An empty row is dropped; a dense row's address goes to the dense list; a sparse row's number becomes the address of
    // its first entry, moved down to the next sparse place (never past the row being read), its end to ENDS_AT.
    ...constant(ROWS_AT), ...set(VALUE),
    ...constant(DENSE_LIST_AT), ...set(DENSE_END),
    ...overRows([
      ...get(AT), ...load(), ...set(ROW),
      ...get(ROW), ...get(TABLE_MASK), AND, ...constant(3), SHL, ...get(TABLE), ADD, ...set(ADDRESS),
      ...BLOCK,
      ...get(ROW), ...constant(5), SHR_U, ...constant(2), SHL, ...get(BITS), ADD, ...load(),
      ...get(ROW), ...constant(31), AND, SHR_U, ...constant(1), AND, EQZ, ...branchIf(0),
      ...BLOCK,
      ...LOOP,
      ...get(ADDRESS), ...load(), ...tee(ENTRY_AT), EQZ, ...branchIf(1),
      ...get(ENTRY_AT), ...get(ROW), ...constant(1), ADD, EQ,
      ...IF, ...get(DENSE_END), ...get(ADDRESS), ...load(4), ...store(), ...get(DENSE_END), ...constant(4), ADD, ...set(DENSE_END), BR, 3, END,
      ...get(ADDRESS), ...constant(8), ADD, ...set(ADDRESS), BR, 0,
      END,
      END,
      ...get(ROW_STARTS), ...get(ROW), ...constant(2), SHL, ADD, ...set(ADDRESS),
      ...get(VALUE), ...entryAddress(0), ...store(),
      ...get(VALUE), ...entryAddress(4), ...store(ENDS_AT),
      ...get(VALUE), ...constant(4), ADD, ...set(VALUE),
      END,
    ]),
    ...get(VALUE), ...set(ROWS_END),
    ...constant(0), ...set(VALUE),
    // 2. Touch each sparse row's first entry, so that the memory loads of all rows are under way together.
    ...overRows([...get(AT), ...load(), ...load(), ...get(VALUE), ADD, ...set(VALUE)]),
    ...constant(SINK_AT), ...get(VALUE), ...store(),
    // 3. Add each sparse entry's weight (low half, sign-extended) to the sum of its class (high half, times 4).
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
    // 4. Add the dense rows, four classes at a time.
    ...passes,
    // 5. Turn the integer sums into floats, in place. Integer sums of 16-bit weights over a few
    // hundred rows stay far below 2^24: exact in a float.
    ...Array.from({ length: blocks }, (_, b) => [...constant(0), ...constant(0), ...loadVector(SUMS_AT + 16 * b), ...INTEGERS_TO_FLOATS, ...storeVector(SUMS_AT + 16 * b)]).flat(),
    END,
  ];
  const body = [...vector([[9, I32], [Math.min(blocks, BLOCKS_PER_PASS), V128]]), ...code];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vector([[0x60, ...vector([[I32], [I32], [I32], [I32], [I32], [I32]]), 0]])),
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
