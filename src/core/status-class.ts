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
