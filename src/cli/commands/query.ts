import { Option, type Command } from 'commander';
import { ParleyError } from '../../core/errors.ts';
import { openStore } from '../../store/open.ts';
import type { Interval, StoredEvent } from '../../store/store.ts';
import type { CliOutput } from '../main.ts';
import { addFilterOptions, addLimitOption, parseFilters, type FilterFlags, storeLocation } from './store-options.ts';

/** `parley query`: events from the store by actor pair, code, type, status and date, or a time series of a pair. */
export function registerQuery(program: Command, output: CliOutput): void {
  const command = program
    .command('query')
    .description('list stored events matching the filters, or (with --series) a time series of a pair of actors')
    .addOption(new Option('--series <interval>', 'time series per day, week (from Monday) or month: counts by quad class, Goldstein sum and mean').choices(['day', 'week', 'month']))
    .option('--all-reports', 'with --series: count every report, not each merged event once')
    .option('--json', 'print JSON lines (one event, or one period, per line)');
  addLimitOption(addFilterOptions(command), '50');
  command.action(async (flags: FilterFlags & { series?: Interval; json?: boolean; allReports?: boolean }) => {
    const query = parseFilters(flags);
    const store = openStore(storeLocation(flags), { readonly: true });
    try {
      if (flags.series) {
        if (query.source === undefined || query.target === undefined) throw new ParleyError('USAGE', '--series needs a pair of actors: --source and --target');
        const series = await store.timeSeries({
          source: query.source,
          target: query.target,
          eitherDirection: query.eitherDirection,
          interval: flags.series,
          status: query.status,
          from: query.from,
          to: query.to,
          merged: !flags.allReports,
        });
        if (flags.json) {
          for (const point of series) output.out(JSON.stringify(point) + '\n');
          return;
        }
        output.out(['period', 'events', 'verbal_coop', 'material_coop', 'verbal_conflict', 'material_conflict', 'goldstein_sum', 'goldstein_mean'].join('\t') + '\n');
        for (const point of series) {
          output.out([point.period, point.events, point.quadClass[1], point.quadClass[2], point.quadClass[3], point.quadClass[4], point.goldsteinSum, point.goldsteinMean].join('\t') + '\n');
        }
        return;
      }
      const events = await store.queryEvents(query);
      if (flags.json) {
        for (const stored of events) output.out(JSON.stringify(stored) + '\n');
        return;
      }
      for (const stored of events) output.out(describeEvent(stored) + '\n');
      output.err(`${events.length} event(s)${query.limit !== undefined && events.length === query.limit ? ` (the first ${query.limit}; use --limit for more)` : ''}\n`);
    } finally {
      await store.close();
    }
  });
}

/** One readable line per event: day, dyad, code, status, trigger, place, and how many reports back it. */
function describeEvent(stored: StoredEvent): string {
  const { event, merged } = stored;
  const source = event.source.map((actor) => actor.code).join('+') || '?';
  const target = event.target.map((actor) => actor.code).join('+') || '?';
  const status = stored.statusClass === 'actual' ? '' : ` [${stored.statusClass}]`;
  const backing = merged.mentions > 1 ? `; merged #${merged.id}: ${merged.mentions} reports, ${merged.documents} documents, ${merged.independentSources} independent` : '';
  const place = event.location ? `  at ${event.location.name} (${event.location.country})` : '';
  return `${stored.day ?? '----------'}  ${source} -> ${target}  ${event.cameo.code} ${event.cameo.name}${status}  "${event.trigger.text}"${place}  (${stored.documentId}${backing})`;
}
