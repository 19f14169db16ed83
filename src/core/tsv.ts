import type { z } from 'zod';

/** One checked row of a TSV file, with where it came from ("file:line"). */
export interface TsvRow<T> {
  value: T;
  source: string;
}

/** How strictly `parseTsv` reads rows. */
export interface TsvOptions {
  /** Columns whose empty cell is the empty list (kept, so the schema sees ""), not an absent value. */
  listColumns?: ReadonlySet<string>;
  /** Refuse rows with fewer cells than columns (otherwise missing trailing cells are empty). */
  exactCells?: boolean;
}

/**
 * Parses Parley's TSV data files: `#` lines and blank lines are skipped, the first other line must
 * name the schema's columns in order, empty cells are absent, and each row is checked with the
 * schema. Every problem goes to `problems` as "file:line: column: message"; rows with problems
 * are left out.
 */
export function parseTsv<T>(text: string, label: string, schema: z.ZodType<T> & { shape: object }, problems: string[], options: TsvOptions = {}): TsvRow<T>[] {
  const columns = Object.keys(schema.shape);
  const rows: TsvRow<T>[] = [];
  let header = false;
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const source = `${label}:${index + 1}`;
    const cells = line.split('\t').map((cell) => cell.trim());
    if (!header) {
      header = true;
      if (cells.join('\t') !== columns.join('\t')) {
        problems.push(`${source}: header must be "${columns.join('<tab>')}", found "${cells.join('<tab>')}"`);
      }
      continue;
    }
    if (cells.length > columns.length || (options.exactCells && cells.length < columns.length)) {
      problems.push(`${source}: ${cells.length} cells but ${columns.length} columns (a missing or stray tab?)`);
      continue;
    }
    const record: Record<string, string> = {};
    for (const [column, name] of columns.entries()) {
      const cell = cells[column] ?? '';
      if (cell !== '' || options.listColumns?.has(name)) record[name] = cell;
    }
    const parsed = schema.safeParse(record);
    if (parsed.success) rows.push({ value: parsed.data, source });
    else for (const issue of parsed.error.issues) problems.push(`${source}: ${issue.path.join('.') || 'row'}: ${issue.message}`);
  }
  if (!header) problems.push(`${label}: no header row`);
  return rows;
}
