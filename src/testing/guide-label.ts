import type { Event } from '../core/event.ts';

/** A status as one label of the AG News guide (../shared/eval/agnews-guide.md). */
export type GuideStatusLabel = 'negated' | 'conditional' | 'hypothetical' | 'intended' | 'historical' | 'reported' | 'asserted';

/** The guide's reduction of an event's status to one label, by its priority (negated > conditional > hypothetical > intended > historical > reported > asserted). */
export function guideStatusLabel(event: Pick<Event, 'status'>): GuideStatusLabel {
  const s = event.status;
  if (s.polarity === 'negative') return 'negated';
  if (s.conditional) return 'conditional';
  if (s.modality === 'hypothetical' || s.modality === 'speculative') return 'hypothetical';
  if (s.modality === 'intended' || s.modality === 'future') return 'intended';
  return s.historical ? 'historical' : s.reported ? 'reported' : 'asserted';
}
