/** Cell types shared by the gazetteer's TSV schemas. */
import { z } from 'zod';

/** A code cell matching `pattern`. */
export const code = (pattern: RegExp, what: string) => z.string().regex(pattern, `expected ${what}`);

/** An optional date cell: YYYY, YYYY-MM or YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date YYYY, YYYY-MM or YYYY-MM-DD')
  .optional();

/** A required, trimmed text cell. */
export const text = z.string().trim().min(1, 'must not be empty');

/** An optional, trimmed text cell. */
export const optionalText = z.string().trim().optional();

/** One name of a list cell with its flags. */
export interface FlaggedName {
  text: string;
  ambiguous: boolean;
  caseSensitive: boolean;
}

/** A list cell: "Iranian | Iranians"; an item may end with flags: "Georgia[ambiguous]", "WHO[case]". */
export const listCell = z.string().transform((cell, context) => {
  const items: FlaggedName[] = [];
  for (const raw of cell.split('|').map((part) => part.trim()).filter(Boolean)) {
    const match = /^(.*?)\s*(?:\[([a-z, ]+)\])?$/.exec(raw)!;
    const flags = (match[2] ?? '').split(',').map((flag) => flag.trim()).filter(Boolean);
    const unknown = flags.filter((flag) => flag !== 'ambiguous' && flag !== 'case');
    if (unknown.length) context.addIssue({ code: 'custom', message: `unknown flag "${unknown[0]}" in "${raw}" (use ambiguous or case)` });
    items.push({ text: match[1], ambiguous: flags.includes('ambiguous'), caseSensitive: flags.includes('case') });
  }
  return items;
});

/** A flags cell of its own: "ambiguous", "case" or both, comma-separated. */
export const flagsCell = z
  .string()
  .optional()
  .transform((cell, context) => {
    const flags = (cell ?? '').split(',').map((flag) => flag.trim()).filter(Boolean);
    for (const flag of flags) {
      if (flag !== 'ambiguous' && flag !== 'case') context.addIssue({ code: 'custom', message: `unknown flag "${flag}" (use ambiguous or case)` });
    }
    return { ambiguous: flags.includes('ambiguous'), caseSensitive: flags.includes('case') };
  });

/** A list cell of exactly one name (with optional flags): the `name` column of places and peoples. */
export const oneName = listCell.refine((items) => items.length === 1, 'expected one name').transform((items) => items[0]);

/** Columns read as list cells (their `|` separators are not checked as stray text). */
export const LIST_COLUMNS = new Set(['demonyms', 'capitals', 'aliases', 'short', 'words', 'countries', 'name']);
