import type { Event } from './event.ts';

/**
 * What the text says about whether an event happened, as one value: reports are merged only
 * within the same class, so a denial or a guess never swells the count of something that happened.
 */
export type StatusClass = 'actual' | 'negated' | 'historical' | 'intended' | 'future' | 'hypothetical' | 'speculative' | 'conditional';

/** Every status class, in the order queries list them. */
export const STATUS_CLASSES: readonly StatusClass[] = ['actual', 'negated', 'historical', 'intended', 'future', 'hypothetical', 'speculative', 'conditional'];

/**
 * The status class of an event. Negation wins over everything, then background (historical), then
 * a condition, then the modality. Reported events keep the class of what is reported.
 */
export function classifyStatus(event: Event): StatusClass {
  const status = event.status;
  if (status.polarity === 'negative') return 'negated';
  if (status.historical) return 'historical';
  if (status.conditional) return 'conditional';
  return status.modality;
}

/**
 * What a status filter selects (queries, the API, the dashboard): a status class, or `reported`
 * for a claim the text relays from a speaker about something that happened, is intended or will
 * happen. The values split the events with no overlap: `actual`, `intended` and `future` leave
 * out the reported ones, so a relayed claim never counts as something that happened.
 */
export type StatusFilter = StatusClass | 'reported';

/** Every status filter value, in the order queries list them. */
export const STATUS_FILTERS: readonly StatusFilter[] = [...STATUS_CLASSES, 'reported'];

/** The classes whose reported events the `reported` filter takes from them. */
export const REPORTABLE_CLASSES: readonly StatusClass[] = ['actual', 'intended', 'future'];

/** The status filter value an event answers to. */
export function statusFilterOf(event: Pick<Event, 'status'>, statusClass: StatusClass): StatusFilter {
  return event.status.reported && REPORTABLE_CLASSES.includes(statusClass) ? 'reported' : statusClass;
}
