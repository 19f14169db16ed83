import { Option, type Command } from 'commander';
import { isIsoDate } from '../../coder.ts';
import { ParleyError } from '../../core/errors.ts';
import { STATUS_CLASSES, type StatusClass } from '../../core/status-class.ts';
import type { EventQuery } from '../../store/store.ts';

/** The store file used when `--db` is not given. */
export const DEFAULT_STORE = './parley.db';

/** Options shared by `query` and `export`: which events. */
export interface FilterFlags {
  db: string;
  source?: string;
  target?: string;
  either?: boolean;
  cameo?: string;
  root?: string;
  plover?: string;
  status?: string;
  from?: string;
  to?: string;
  text?: string;
  document?: string;
  merged?: boolean;
  limit?: string;
}

/** Adds the store and event filter options to a command. */
export function addFilterOptions(command: Command): Command {
  return command
    .option('--db <file>', 'the store', DEFAULT_STORE)
    .option('--source <code>', 'source actor code or prefix (IRN matches IRNGOV)')
    .option('--target <code>', 'target actor code or prefix')
    .option('--either', 'match either direction: source and target swapped too; with one actor, the actor on either side')
    .option('--cameo <code>', 'CAMEO code or prefix (03 matches 036)')
    .option('--root <root>', 'CAMEO root, two digits')
    .option('--plover <type>', 'PLOVER event type (AGREE, ACCUSE ...)')
    .option('--status <classes>', `comma-separated status classes: ${STATUS_CLASSES.join(', ')}, or all`)
    .option('--from <date>', 'first day, YYYY-MM-DD')
    .option('--to <date>', 'last day, YYYY-MM-DD')
    .option('--text <query>', 'full-text search over document titles and texts (SQLite FTS5 syntax)')
    .option('--document <id>', 'events of one document')
    .option('--merged', 'one row per merged event (its first report) instead of one per report');
}

/** Adds `--limit`. */
export function addLimitOption(command: Command, defaultLimit?: string): Command {
  return command.addOption(new Option('--limit <n>', 'at most this many events').default(defaultLimit));
}

/** Parses comma-separated status classes ("all" for every one), pushing problems. */
export function parseStatus(value: string | undefined, problems: string[]): StatusClass[] | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === 'all') return [...STATUS_CLASSES];
  const classes = value.split(',').map((part) => part.trim()).filter(Boolean);
  for (const part of classes) {
    if (!STATUS_CLASSES.includes(part as StatusClass)) problems.push(`--status: "${part}" is not one of ${STATUS_CLASSES.join(', ')}, all`);
  }
  return classes as StatusClass[];
}

/** Checks the filter flags, reporting every problem at once, and returns the store query. */
export function parseFilters(flags: FilterFlags): EventQuery {
  const problems: string[] = [];
  for (const name of ['from', 'to'] as const) {
    const value = flags[name];
    if (value !== undefined && !isIsoDate(value)) problems.push(`--${name}: "${value}" is not a date of the form YYYY-MM-DD`);
  }
  if (flags.root !== undefined && !/^\d{2}$/.test(flags.root)) problems.push(`--root: "${flags.root}" is not a two-digit CAMEO root`);
  if (flags.cameo !== undefined && !/^\d{1,4}$/.test(flags.cameo)) problems.push(`--cameo: "${flags.cameo}" is not a CAMEO code or prefix (digits)`);
  let limit: number | undefined;
  if (flags.limit !== undefined) {
    limit = Number(flags.limit);
    if (!Number.isInteger(limit) || limit < 0) problems.push(`--limit: "${flags.limit}" is not a whole number`);
  }
  if (flags.either && flags.source === undefined && flags.target === undefined) problems.push('--either needs --source or --target');
  const status = parseStatus(flags.status, problems);
  if (problems.length) throw new ParleyError('USAGE', 'invalid options', problems);
  return {
    source: flags.source,
    target: flags.target,
    eitherDirection: flags.either,
    cameo: flags.cameo,
    root: flags.root,
    ploverType: flags.plover,
    status,
    from: flags.from,
    to: flags.to,
    text: flags.text,
    documentId: flags.document,
    mergedOnly: flags.merged,
    limit,
  };
}
