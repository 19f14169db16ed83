import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { text } from '../actors/gazetteer/cells.ts';
import type { Mention } from '../core/document.ts';
import { ParleyError } from '../core/errors.ts';
import type { Event } from '../core/event.ts';
import { REPOSITORY_ROOT } from '../core/paths.ts';
import type { EventLocation, Place } from '../core/place.ts';
import { parseTsv } from '../core/tsv.ts';
import type { Tree } from '../syntax/tree.ts';

/** Parley's list of the seats of international organisations (data/geo/seats.tsv). */
export const DEFAULT_SEATS_FILE = join(REPOSITORY_ROOT, 'data/geo/seats.tsv');

const seatRowSchema = z.object({
  code: z.string().regex(/^IGO[A-Z]{3,9}$/, 'expected an organisation code (IGO...)'),
  seat: text,
  geonameid: z.coerce.number().int().positive('expected a GeoNames id'),
});

/** Reads data/geo/seats.tsv into GeoNames ids by organisation code; every bad row is reported at once. */
export function readSeats(file: string = DEFAULT_SEATS_FILE): Map<string, number> {
  const problems: string[] = [];
  const rows = parseTsv(readFileSync(file, 'utf8'), file, seatRowSchema, problems, { exactCells: true });
  const seats = new Map<string, number>();
  for (const { value, source } of rows) {
    if (seats.has(value.code)) problems.push(`${source}: code: ${value.code} is listed twice`);
    seats.set(value.code, value.geonameid);
  }
  if (problems.length) throw new ParleyError('DATA_INVALID', `${problems.length} problem(s) in ${file}`, problems);
  return seats;
}

/** How many steps up the parse the organisation may be from the event's trigger ("signed a protocol with two neighbours at the OPCW": the parser may hang the phrase on "neighbours"). */
const MAX_SEAT_STEPS = 3;

/**
 * The seat of an organisation the event takes place at: a phrase "at" + the organisation ("talks
 * at the IAEA", "a vote at the United Nations") attached to the event's trigger in the parse (or to the
 * verb that takes the trigger noun as its object: "held talks at the IAEA"), or right after the
 * trigger noun whatever the parse ("agreed on a date for a summit at the UN"), for
 * events of words and cooperation (quad classes 1 to 3; "fired at UN peacekeepers" is no meeting).
 * `seat` gives an organisation code's seat, if it has one.
 */
export function seatLocation(tree: Tree, event: Event, mentions: readonly Mention[], seat: (code: string) => Place | undefined): EventLocation | undefined {
  if (event.cameo.quadClass === 4) return undefined;
  const trigger = new Set<number>();
  tree.tokens.forEach((token, k) => {
    if (token.start < event.trigger.end && token.end > event.trigger.start) trigger.add(k);
  });
  // a noun the verb before it takes as its object ("held talks at the IAEA"): the phrase may hang on the verb
  for (const k of [...trigger]) {
    const verb = tree.head(k);
    if (verb >= 0 && tree.tokens[k].deprel === 'obj' && tree.tokens[k].upos === 'NOUN' && tree.tokens[verb].upos === 'VERB') trigger.add(verb);
  }
  for (const mention of mentions) {
    if (mention.sentence !== event.sentence) continue;
    const place = seat(mention.code);
    if (!place) continue;
    let first = tree.tokens.findIndex((token) => token.start >= mention.start);
    if (first < 0 || tree.tokens[first].start >= mention.end) continue;
    if (tree.tokens[first].text.toLowerCase() === 'the') first++;
    const before = tree.tokens[first - 1]?.text.toLowerCase() === 'the' ? first - 2 : first - 1;
    if (tree.tokens[before]?.text.toLowerCase() !== 'at') continue;
    // the organisation's head word, then up the parse to the trigger
    let head = first;
    while (tree.head(head) >= 0 && tree.tokens[tree.head(head)].start < mention.end && tree.tokens[tree.head(head)].start >= mention.start) head = tree.head(head);
    // "a summit at the UN": right after the event's noun, the phrase is the noun's, wherever the parser hangs it ("agreed on a date for a summit at ...")
    const onNoun = trigger.has(before - 1) && tree.tokens[before - 1].upos === 'NOUN';
    let k = tree.head(head);
    for (let steps = 1; k >= 0 && steps <= MAX_SEAT_STEPS && !trigger.has(k); steps++) k = tree.head(k);
    if (!onNoun && (k < 0 || !trigger.has(k))) continue;
    const location: EventLocation = { start: mention.start, end: mention.end, text: mention.text, name: place.name, country: place.country, lat: place.lat, lon: place.lon, kind: place.kind, basis: 'implied', reason: `the event is at "${mention.text}", which sits in ${place.name}` };
    if (place.admin1) location.admin1 = place.admin1;
    if (place.geonameid !== undefined) location.geonameid = place.geonameid;
    return location;
  }
  return undefined;
}
