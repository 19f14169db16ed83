import type { ActorRef } from '../core/event.ts';
import type { StoredEvent } from '../store/store.ts';
import type { OutputFormat } from './format.ts';

/** The GDELT-like TSV header: GDELT 2.0 event columns Parley can fill, then Parley's own. */
export const GDELT_COLUMNS = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1Type1Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2Type1Code', 'IsRootEvent', 'EventCode', 'EventBaseCode',
  'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'SourceURL',
  'Status', 'MergedEventID', 'DocumentID', 'Trigger',
] as const;

/** An actor's name as GDELT gives it: the entity's name when known, else the words of the text. */
function actorName(actor: ActorRef): string {
  return actor.entity ?? actor.text;
}

/** One GDELT-like TSV row (in `GDELT_COLUMNS` order). */
export function gdeltRow(stored: StoredEvent): (string | number | null)[] {
  const { event, merged } = stored;
  const day = stored.day?.replace(/-/g, '') ?? null;
  const [source, target] = [event.source[0], event.target[0]];
  return [
    event.id, day, day?.slice(0, 6) ?? null, day?.slice(0, 4) ?? null,
    source?.code ?? null, source ? actorName(source) : null, source?.country ?? null, source?.sector ?? null,
    target?.code ?? null, target ? actorName(target) : null, target?.country ?? null, target?.sector ?? null,
    // GDELT marks events from the lead paragraph; Parley marks those from the first sentence
    event.sentence === 0 ? 1 : 0,
    event.cameo.code, event.cameo.code.slice(0, 3), event.cameo.root, event.cameo.quadClass, event.cameo.goldstein,
    merged.mentions, merged.independentSources, merged.documents, stored.url,
    stored.statusClass, merged.id, stored.documentId, event.trigger.text,
  ];
}

/** A TSV line: tabs and line breaks inside values become spaces. */
export function tsvLine(values: readonly (string | number | null)[]): string {
  return values.map((value) => (value === null ? '' : String(value).replace(/[\t\r\n]+/g, ' '))).join('\t') + '\n';
}

/** The GDELT-like TSV of stored events (columns in the README). */
export const gdeltFormat: OutputFormat = {
  name: 'gdelt',
  describe: 'a GDELT-like TSV of stored events (columns in the README)',
  mediaType: 'text/tab-separated-values; charset=utf-8',
  async writeEvents(events, write) {
    write(tsvLine(GDELT_COLUMNS));
    let count = 0;
    for await (const stored of events) {
      write(tsvLine(gdeltRow(stored)));
      count++;
    }
    return count;
  },
};
