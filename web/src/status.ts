import type { EventView, StatusClass } from './types.ts';

/**
 * How the dashboard colours an event: by what the text says about whether it happened. Reported
 * events that would otherwise be actual, intended or future get their own colour, since the text
 * only relays someone's claim.
 */
export type DisplayStatus = 'actual' | 'negated' | 'conditional' | 'uncertain' | 'reported' | 'intended' | 'historical';

export const DISPLAY_STATUSES: readonly { status: DisplayStatus; label: string; description: string }[] = [
  { status: 'actual', label: 'actual', description: 'the text says it happened' },
  { status: 'negated', label: 'negated', description: 'the text says it did not happen' },
  { status: 'conditional', label: 'conditional', description: 'only if a condition holds' },
  { status: 'uncertain', label: 'hypothetical or speculative', description: 'a possibility or a guess' },
  { status: 'reported', label: 'reported', description: 'someone says it happened' },
  { status: 'intended', label: 'intended or future', description: 'planned or announced' },
  { status: 'historical', label: 'historical', description: 'background, not news of the day' },
];

/** The display status of an event. */
export function displayStatus(event: Pick<EventView, 'statusClass' | 'status'>): DisplayStatus {
  const statusClass: StatusClass = event.statusClass;
  if (statusClass === 'negated' || statusClass === 'historical' || statusClass === 'conditional') return statusClass;
  if (statusClass === 'hypothetical' || statusClass === 'speculative') return 'uncertain';
  if (event.status.reported) return 'reported';
  if (statusClass === 'intended' || statusClass === 'future') return 'intended';
  return 'actual';
}

/** The label of a display status. */
export function statusLabel(status: DisplayStatus): string {
  return DISPLAY_STATUSES.find((entry) => entry.status === status)?.label ?? status;
}
