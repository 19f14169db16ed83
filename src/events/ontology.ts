import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ParleyError } from '../core/errors.ts';
import { parseTsv } from '../core/tsv.ts';
import { REPOSITORY_ROOT } from '../core/paths.ts';

/** The shipped table of CAMEO codes (format in data/ontology/README.md). */
export const DEFAULT_ONTOLOGY_FILE = path.join(REPOSITORY_ROOT, 'data/ontology/cameo.tsv');

/** Classes of CAMEO roots that coding rules use (data/ontology/roots.tsv). */
export const ROOT_CLASSES = ['cooperation', 'force', 'domestic'] as const;

/** A class of CAMEO roots: "cooperation" (04-08), "force" (15-20), "domestic". */
export type RootClass = (typeof ROOT_CLASSES)[number];

/** The PLOVER event types of the current manual (draft 2.0), in the manual's order. */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE',
  'COOPERATE', 'AID', 'RETREAT',
  'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN',
  'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

/** A PLOVER event type ("AGREE", "SANCTION"). */
export type PloverType = (typeof PLOVER_TYPES)[number];

/** GDELT quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

/** What the CAMEO→PLOVER crosswalk makes of a CAMEO code. */
export interface PloverMapping {
  /** The type an event with this code takes. */
  type: PloverType;
  /** Every type the code covers: `[type]`, except for a root PLOVER splits (08: CONCEDE, RETREAT). */
  types: readonly PloverType[];
  /** The mode the code implies, in the crosswalk's words ("visit", "restrict"). */
  mode?: string;
  /** The contexts the code implies ("diplomatic", "military"); often none. */
  context: readonly string[];
}

/** One CAMEO event code with its weight, quad class and PLOVER mapping. */
export interface CameoCode {
  /** The code as text, leading zero kept: "036", "0211", "19". */
  code: string;
  /** Its two-digit root: "03". */
  root: string;
  /** Short English label: "Express intent to meet or negotiate". */
  name: string;
  /** Goldstein conflict-cooperation weight, -10 to +10. */
  goldstein: number;
  quadClass: QuadClass;
  /** Null when PLOVER does not code the event (roots 01 and 02). */
  plover: PloverMapping | null;
  /** Where the code is defined: "data/ontology/cameo.tsv:57". */
  source: string;
}

/** One parsed line of the ontology table, before the lines are checked against each other. */
export interface OntologyRow {
  code: string;
  goldstein: number;
  quad: QuadClass;
  /** Empty when PLOVER does not code the event. */
  plover: PloverType[];
  mode?: string;
  context: string[];
  name: string;
  /** "file:line", for messages. */
  source: string;
}

/** Lookups over the CAMEO codes. */
export interface Ontology {
  /** The code's record; throws ParleyError('DATA_INVALID') for a code not in the table (test with `isCode`). */
  cameo(code: string): CameoCode;
  /** The record of the code's two-digit root (`root("0361")` is the record of "03"). */
  root(code: string): CameoCode;
  /** True when `code` is in the table. */
  isCode(code: string): boolean;
  /** Every code, in codebook order (01, 010, 011, …, 2042). */
  codes(): string[];
  /** The PLOVER types some code maps to, in the manual's order. */
  ploverTypes(): PloverType[];
  /** True when the root of `code` (its first two digits) is in `rootClass` (roots.tsv). */
  inRootClass(code: string, rootClass: RootClass): boolean;
}

/** One line of the root-class table. */
export interface RootClassRow {
  root: string;
  classes: RootClass[];
  /** "file:line", for messages. */
  source: string;
}

// ---------------------------------------------------------------------------------------------
// Row schema

const WORD = /^[a-z][a-z_-]*$/;

/** A root 01-20, then nothing, one digit, or two. */
const CODE = /^(0[1-9]|1\d|20)(\d\d?)?$/;

/** A "|"-separated list cell; the empty cell is the empty list. */
const listCell = z.string().transform((cell) => cell.split('|').map((item) => item.trim()).filter(Boolean));

/** The columns of `cameo.tsv`, in order; cells are text, empty cells absent. */
export const ontologyRowSchema = z.object({
  code: z.string().regex(CODE, 'expected a CAMEO code: a root 01-20 and up to two more digits ("036", "0211")'),
  goldstein: z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, 'expected a number such as "4.0" or "-8.0"')
    .transform(Number)
    .refine((value) => value >= -10 && value <= 10, 'expected a weight from -10 to 10'),
  quad: z.enum(['1', '2', '3', '4'], 'expected a quad class 1, 2, 3 or 4').transform((value) => Number(value) as QuadClass),
  plover: listCell.pipe(
    z.array(z.enum(PLOVER_TYPES, `expected a PLOVER type (${PLOVER_TYPES.join(', ')})`)).max(2, 'expected at most two PLOVER types'),
  ),
  mode: z.string().regex(WORD, 'expected a lower-case mode such as "visit"').optional(),
  context: listCell.pipe(z.array(z.string().regex(WORD, 'expected lower-case contexts such as "military | legal"'))),
  name: z.string().trim().min(1, 'must not be empty'),
});

const LIST_COLUMNS = new Set(['plover', 'context']);

/** The columns of `roots.tsv`: a root and its classes. */
export const rootClassRowSchema = z.object({
  root: z.string().regex(/^(0[1-9]|1\d|20)$/, 'expected a CAMEO root 01-20'),
  classes: listCell.pipe(z.array(z.enum(ROOT_CLASSES, `expected a root class (${ROOT_CLASSES.join(', ')})`)).min(1, 'expected at least one class')),
});

/** The quad class of a root: 01-05 → 1, 06-09 → 2, 10-14 → 3, 15-20 → 4. */
export function quadClassOfRoot(root: string): QuadClass {
  const number = Number(root);
  return number <= 5 ? 1 : number <= 9 ? 2 : number <= 14 ? 3 : 4;
}

// ---------------------------------------------------------------------------------------------
// Loading

/**
 * Reads the table (`#` lines are comments, the first other line names the columns, empty cells
 * are absent), one row per code. Problems go to `problems` as "file:line: column: message".
 */
export function readOntologyRows(text: string, label: string, problems: string[]): OntologyRow[] {
  return parseTsv(text, label, ontologyRowSchema, problems, { listColumns: LIST_COLUMNS, exactCells: true }).map(({ value, source }) => ({ ...value, source }));
}

/** Reads the root-class table (same conventions as `readOntologyRows`). */
export function readRootClassRows(text: string, label: string, problems: string[]): RootClassRow[] {
  return parseTsv(text, label, rootClassRowSchema, problems, { listColumns: new Set(['classes']), exactCells: true }).map(({ value, source }) => ({ ...value, source }));
}

/** Problems between rows: duplicates, missing parents, quad classes that disagree with the root. */
export function checkOntologyRows(rows: readonly OntologyRow[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const row of rows) {
    const earlier = seen.get(row.code);
    if (earlier) problems.push(`${row.source}: code "${row.code}" is already defined at ${earlier}`);
    else seen.set(row.code, row.source);
  }
  for (const row of rows) {
    const where = `${row.source}: code "${row.code}"`;
    if (row.code.length > 2) {
      const parent = row.code.slice(0, row.code.length === 4 ? 3 : 2);
      if (!seen.has(parent)) problems.push(`${where}: its parent "${parent}" is missing; add the parent's row first`);
    }
    const quad = quadClassOfRoot(row.code.slice(0, 2));
    if (row.quad !== quad) problems.push(`${where}: quad class ${row.quad}, but root ${row.code.slice(0, 2)} is quad class ${quad}`);
    if (row.plover.length > 1 && row.code.length > 2) {
      problems.push(`${where}: only a root may list several PLOVER types; give "${row.code}" one`);
    }
    if (row.plover.length === 0 && (row.mode !== undefined || row.context.length > 0)) {
      problems.push(`${where}: a PLOVER mode or context needs a PLOVER type`);
    }
  }
  return problems;
}

/**
 * Builds the lookups from rows; pure, so a test can build an ontology from three rows. Throws
 * ParleyError('DATA_INVALID') listing every problem between the rows.
 */
export function createOntology(rows: readonly OntologyRow[], rootClassRows: readonly RootClassRow[] = []): Ontology {
  const problems = [...checkOntologyRows(rows), ...checkRootClassRows(rootClassRows, rows)];
  if (problems.length) throw invalid(problems);
  const byCode = new Map<string, CameoCode>();
  for (const row of rows) {
    const plover: PloverMapping | null = row.plover.length
      ? {
          type: row.plover[0],
          types: row.plover,
          ...(row.mode !== undefined && { mode: row.mode }),
          context: row.context,
        }
      : null;
    byCode.set(row.code, {
      code: row.code,
      root: row.code.slice(0, 2),
      name: row.name,
      goldstein: row.goldstein,
      quadClass: row.quad,
      plover,
      source: row.source,
    });
  }
  const codes = [...byCode.keys()];
  const used = new Set(rows.flatMap((row) => row.plover));
  const ploverTypes = PLOVER_TYPES.filter((type) => used.has(type));
  const rootClasses = new Map(rootClassRows.map((row) => [row.root, new Set<RootClass>(row.classes)]));

  function cameo(code: string): CameoCode {
    const entry = byCode.get(code);
    if (!entry) {
      const hint = byCode.has(`0${code}`) ? ` (a leading zero dropped? "0${code}" is known)` : '';
      throw new ParleyError('DATA_INVALID', `unknown CAMEO code "${code}"${hint}; known codes are listed in data/ontology/cameo.tsv`);
    }
    return entry;
  }

  return {
    cameo,
    root: (code) => cameo(cameo(code).root),
    isCode: (code) => byCode.has(code),
    codes: () => [...codes],
    ploverTypes: () => [...ploverTypes],
    inRootClass: (code, rootClass) => rootClasses.get(code.slice(0, 2))?.has(rootClass) ?? false,
  };
}

/** Problems of the root-class rows: roots listed twice or missing from the codes. */
export function checkRootClassRows(rootClassRows: readonly RootClassRow[], rows: readonly OntologyRow[]): string[] {
  const problems: string[] = [];
  const codes = new Set(rows.map((row) => row.code));
  const seen = new Map<string, string>();
  for (const row of rootClassRows) {
    const earlier = seen.get(row.root);
    if (earlier) problems.push(`${row.source}: root "${row.root}" is already listed at ${earlier}`);
    else seen.set(row.root, row.source);
    if (!codes.has(row.root)) problems.push(`${row.source}: root "${row.root}" is not in the code table`);
  }
  return problems;
}

/**
 * Loads the CAMEO/PLOVER table, by default the shipped one, with the root classes beside it. Throws ParleyError('DATA_INVALID')
 * listing every problem found, each with its file and line.
 */
export function loadOntology(file: string = DEFAULT_ONTOLOGY_FILE, rootClassFile: string = path.join(path.dirname(file), 'roots.tsv')): Ontology {
  const labelOf = (name: string) => {
    const relative = path.relative(REPOSITORY_ROOT, name);
    return relative.startsWith('..') || path.isAbsolute(relative) ? name : relative;
  };
  const label = labelOf(file);
  if (!existsSync(file)) throw new ParleyError('DATA_INVALID', `${label}: file is missing`);
  const problems: string[] = [];
  const rows = readOntologyRows(readFileSync(file, 'utf8'), label, problems);
  // Root classes sit in roots.tsv beside the codes; a table without one (a test's) has none.
  const rootClassRows = existsSync(rootClassFile) ? readRootClassRows(readFileSync(rootClassFile, 'utf8'), labelOf(rootClassFile), problems) : [];
  // Report the rows' relations too, so that one run names every problem.
  if (problems.length) throw invalid([...problems, ...checkOntologyRows(rows), ...checkRootClassRows(rootClassRows, rows)]);
  return createOntology(rows, rootClassRows);
}

function invalid(problems: string[]): ParleyError {
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return new ParleyError('DATA_INVALID', `the CAMEO ontology has ${count}; fix the lines named below`, problems);
}
