import { useMemo, useState } from 'preact/hooks';
import type { Mark } from '../highlight.ts';
import { displayStatus } from '../status.ts';
import type { DocumentView, EventView } from '../types.ts';
import { HighlightedText } from './highlighted-text.tsx';
import { actorList, EventTable } from './event-table.tsx';
import { StatusLegend } from './status-chip.tsx';

/** The marks of a coded document: every actor mention, and each event's trigger, actors, condition, speaker and anchor. */
export function documentMarks(document: DocumentView): Mark[] {
  const marks: Mark[] = document.mentions.map((mention) => ({
    start: mention.start,
    end: mention.end,
    kind: 'mention',
    title: `${mention.code}${mention.entity ? ` (${mention.entity})` : ''}`,
  }));
  document.events.forEach((event, index) => {
    const status = displayStatus(event);
    const label = `event ${index + 1}: ${actorList(event.source)} → ${event.cameo.code} ${event.cameo.name} → ${actorList(event.target)} (${status})`;
    marks.push({ start: event.trigger.start, end: event.trigger.end, kind: 'trigger', event: index, status, title: label });
    for (const actor of event.source) marks.push({ start: actor.start, end: actor.end, kind: 'source', event: index, title: `source of event ${index + 1}: ${actor.code}` });
    for (const actor of event.target) marks.push({ start: actor.start, end: actor.end, kind: 'target', event: index, title: `target of event ${index + 1}: ${actor.code}` });
    const { condition, speaker, anchor } = event.status;
    if (condition) marks.push({ ...span(condition), kind: 'condition', event: index, title: `condition of event ${index + 1}` });
    if (speaker && 'start' in speaker) marks.push({ ...span(speaker), kind: 'speaker', event: index, title: `speaker of event ${index + 1}` });
    if (anchor) marks.push({ ...span(anchor), kind: 'anchor', event: index, title: `time anchor of event ${index + 1}` });
  });
  return marks;
}

const span = (value: { start: number; end: number }) => ({ start: value.start, end: value.end });

/** A document's text with its evidence highlighted beside the table of its events; hovering either highlights the other. */
export function CodedDocument({ document }: { document: DocumentView }) {
  const [active, setActive] = useState<number | null>(null);
  const marks = useMemo(() => documentMarks(document), [document]);
  return (
    <div class="coded">
      <section class="coded-text">
        <StatusLegend />
        <HighlightedText text={document.text} marks={marks} active={active} onHover={setActive} />
      </section>
      <section class="coded-events">
        <h2>
          {document.events.length} event{document.events.length === 1 ? '' : 's'}
        </h2>
        <EventTable text={document.text} events={document.events as EventView[]} active={active} onHover={setActive} />
      </section>
    </div>
  );
}
