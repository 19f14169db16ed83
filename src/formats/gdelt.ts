import type { ActorRef } from '../core/event.ts';
import type { EventLocation } from '../core/place.ts';
import { fipsCountry } from '../geo/fips.ts';
import type { StoredEvent } from '../store/store.ts';
import type { OutputFormat } from './format.ts';

/** The GDELT-like TSV header: GDELT 2.0 event columns Parley can fill, then Parley's own. */
export const GDELT_COLUMNS = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1Type1Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2Type1Code', 'IsRootEvent', 'EventCode', 'EventBaseCode',
  'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID', 'SourceURL',
  'Status', 'MergedEventID', 'DocumentID', 'Trigger',
] as const;

/** An actor's name as GDELT gives it: the entity's name when known, else the words of the text. */
function actorName(actor: ActorRef): string {
  return actor.entity ?? actor.text;
}

/**
 * The ActionGeo columns of an event's location, as GDELT fills them: the type (1 country, 2 US
 * state, 3 US city, 4 world city, 5 world region), the full name ("Najaf, IRQ"), the country as
 * GDELT writes it (FIPS 10-4: "IZ"; empty where FIPS has no code), the FIPS country and the
 * GeoNames first-level administrative code (GeoNames keeps FIPS admin codes for most countries),
 * the point, and the feature id (the GeoNames id, or the name of a region or country).
 */
export function actionGeo(location: EventLocation | null): (string | number | null)[] {
  if (!location) return [null, null, null, null, null, null, null];
  const us = location.country === 'USA';
  const type = location.kind === 'country' ? 1 : location.kind === 'region' ? (us ? 2 : 5) : us ? 3 : 4;
  const fullName = location.kind === 'country' ? location.name : `${location.name}, ${location.country}`;
  const fips = fipsCountry(location.country, location) ?? null;
  const adm1 = fips && location.admin1 ? `${fips}${location.admin1}` : fips;
  return [type, fullName, fips, adm1, location.lat, location.lon, location.geonameid ?? location.name];
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
    merged.mentions, merged.independentSources, merged.documents,
    ...actionGeo(event.location ?? null),
    stored.url,
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
