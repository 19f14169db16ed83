import { Option, type Command } from 'commander';
import { ParleyError } from '../../core/errors.ts';
import { STATUS_FILTERS } from '../../core/status-class.ts';
import { eventFilters, toEventQuery } from '../../query/event-filters.ts';
import type { EventQuery } from '../../store/store.ts';

/** The store used when neither `--store` nor PARLEY_STORE names one (a path or a URL, see `openStore`). */
export const DEFAULT_STORE = './parley.db';

/** The largest `--limit` (SQLite takes no larger numbers than JavaScript counts exactly). */
const MAX_LIMIT = Number.MAX_SAFE_INTEGER;

/** The flags that name the store: `--store`, or its older name `--db`. */
export interface StoreFlags {
  store?: string;
  db?: string;
}

/** Adds `--store <location>` (and its older name `--db`) to a command; `what` says what the command does with it. */
export function addStoreOption(command: Command, what = 'the store'): Command {
  return command
    .option('--store <location>', `${what}: an SQLite file (./parley.db, sqlite:./parley.db) or a PostgreSQL URL (postgres://user@host/db); default: $PARLEY_STORE, else ${DEFAULT_STORE}`)
    .option('--db <location>', 'the same as --store');
}

/** The store a command uses: `--store` (or `--db`), else the environment's PARLEY_STORE, else `DEFAULT_STORE`. */
export function storeLocation(flags: StoreFlags): string {
  if (flags.store !== undefined && flags.db !== undefined && flags.store !== flags.db) {
    throw new ParleyError('USAGE', 'invalid options', [`--store and --db name different stores ("${flags.store}", "${flags.db}"): give one`]);
  }
  return flags.store ?? flags.db ?? (process.env.PARLEY_STORE || DEFAULT_STORE);
}

/** Options shared by `query` and `export`: which events. */
export interface FilterFlags extends StoreFlags {
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
  country?: string;
  bbox?: string;
  located?: boolean;
  merged?: boolean;
  limit?: string;
}

/** Adds the store and event filter options to a command. */
export function addFilterOptions(command: Command): Command {
  return addStoreOption(command)
    .option('--source <code>', 'source actor code or prefix (IRN matches IRNGOV)')
    .option('--target <code>', 'target actor code or prefix')
    .option('--either', 'match either direction: source and target swapped too; with one actor, the actor on either side')
    .option('--cameo <code>', 'CAMEO code or prefix (03 matches 036)')
    .option('--root <root>', 'CAMEO root, two digits')
    .option('--plover <type>', 'PLOVER event type (AGREE, ACCUSE ...)')
    .option('--status <classes>', `comma-separated statuses: ${STATUS_FILTERS.join(', ')} (claims relayed from a speaker, apart from actual, intended and future), or all`)
    .option('--from <date>', 'first day, YYYY-MM-DD')
    .option('--to <date>', 'last day, YYYY-MM-DD')
    .option('--text <query>', 'words that must all occur in the document title or text (plain words, no search syntax)')
    .option('--document <id>', 'events of one document')
    .option('--country <code>', 'events located in this country (ISO 3166-1 alpha-3: IRQ)')
    .option('--bbox <box>', 'events located in a box: west,south,east,north in degrees (38,29,49,38)')
    .option('--located', 'only events with a location')
    .option('--merged', 'one row per merged event (its first report) instead of one per report');
}

/** Adds `--limit`. */
export function addLimitOption(command: Command, defaultLimit?: string): Command {
  return command.addOption(new Option('--limit <n>', 'at most this many events').default(defaultLimit));
}

/** Checks the filter flags with the schema the HTTP API uses too, reporting every problem at once, and returns the store query. */
export function parseFilters(flags: FilterFlags): EventQuery {
  const problems: string[] = [];
  let limit: number | undefined;
  if (flags.limit !== undefined) {
    limit = Number(flags.limit);
    if (!/^\d+$/.test(flags.limit.trim()) || limit > MAX_LIMIT) problems.push(`--limit: "${flags.limit}" is not a whole number from 0 to ${MAX_LIMIT}`);
  }
  const { source, target, either, cameo, root, plover, status, from, to, text, document, country, bbox, located, merged } = flags;
  // the schema reads a query string, where a flag that is on says "true"
  const on = (value: boolean | undefined) => (value ? 'true' : undefined);
  const parsed = eventFilters.safeParse({ source, target, either: on(either), cameo, root, plover, status, from, to, text, document, country, bbox, located: on(located), merged: on(merged) });
  if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`));
  if (problems.length || !parsed.success) throw new ParleyError('USAGE', 'invalid options', problems);
  return { ...toEventQuery(parsed.data), limit };
}
