import { decodeForDisplay as clean } from '../../../src/text/normalize.ts';
import { useMemo } from 'preact/hooks';
import { segmentText, type Mark } from '../highlight.ts';

interface Props {
  text: string;
  marks: readonly Mark[];
  /** The event whose evidence is highlighted, if any. */
  active: number | null;
  onHover: (event: number | null) => void;
}

/**
 * The text with its marks. Every piece of the text goes into the page as a text node (Preact
 * escapes strings), never as HTML, whatever markup the article contains.
 */
export function HighlightedText({ text, marks, active, onHover }: Props) {
  const segments = useMemo(() => segmentText(text.length, marks), [text, marks]);
  return (
    <div class="document-text" data-testid="document-text">
      {segments.map((segment) => {
        // wire noise shown decoded: runs start and end on whole entities, so each decodes alone
        const words = clean(text.slice(segment.start, segment.end));
        if (segment.marks.length === 0) return words;
        const kinds = new Set(segment.marks.map((mark) => mark.kind));
        const trigger = segment.marks.find((mark) => mark.kind === 'trigger');
        const events = [...new Set(segment.marks.flatMap((mark) => (mark.event === undefined ? [] : [mark.event])))];
        const classes = ['hl'];
        if (kinds.has('mention') || kinds.has('source') || kinds.has('target')) classes.push('hl-actor');
        if (trigger) classes.push('hl-trigger', `status-${trigger.status}`);
        if (kinds.has('condition')) classes.push('hl-condition');
        if (kinds.has('speaker')) classes.push('hl-speaker');
        if (kinds.has('anchor')) classes.push('hl-anchor');
        if (active !== null && events.includes(active)) classes.push('active');
        const eventOfTrigger = trigger?.event;
        return (
          <span
            key={segment.start}
            class={classes.join(' ')}
            data-events={events.join(' ')}
            title={[...new Set(segment.marks.map((mark) => mark.title))].join('\n')}
            onMouseEnter={eventOfTrigger === undefined ? undefined : () => onHover(eventOfTrigger)}
            onMouseLeave={eventOfTrigger === undefined ? undefined : () => onHover(null)}
          >
            {words}
          </span>
        );
      })}
    </div>
  );
}
