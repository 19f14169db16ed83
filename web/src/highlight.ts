import type { Span } from '../../src/core/span.ts';
import type { DisplayStatus } from './status.ts';

/** Something to highlight in a text: an actor mention, or a part of an event's evidence. */
export interface Mark extends Span {
  kind: 'mention' | 'source' | 'target' | 'trigger' | 'condition' | 'speaker' | 'anchor';
  /** Index of the event the mark is evidence of (none for plain mentions). */
  event?: number;
  status?: DisplayStatus;
  /** Shown on hover. */
  title: string;
}

/** A run of text covered by the same marks. */
export interface Segment extends Span {
  marks: Mark[];
}

/**
 * Cuts a text into runs at every mark boundary, so that overlapping and nested marks each become
 * flat runs with the list of marks that cover them. Marks outside the text are clipped.
 */
export function segmentText(length: number, marks: readonly Mark[]): Segment[] {
  const clipped = marks
    .map((mark) => ({ ...mark, start: Math.max(0, mark.start), end: Math.min(length, mark.end) }))
    .filter((mark) => mark.start < mark.end);
  const cuts = new Set<number>([0, length]);
  for (const mark of clipped) {
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    segments.push({ start, end, marks: clipped.filter((mark) => mark.start <= start && end <= mark.end) });
  }
  return segments;
}
