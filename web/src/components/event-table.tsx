import { decodeForDisplay as clean } from '../../../src/text/normalize.ts';
import type { ActorRef } from '../../../src/core/event.ts';
import { displayStatus } from '../status.ts';
import type { EventView } from '../types.ts';
import { ActorCodes, CameoCode } from './actor-code.tsx';
import { StatusChip } from './status-chip.tsx';

/** Actor codes joined for display. */
export function actorList(actors: readonly ActorRef[]): string {
  return actors.map((actor) => actor.code).join(', ') || '—';
}

interface Props {
  text: string;
  events: readonly EventView[];
  active: number | null;
  onHover: (event: number | null) => void;
}

/** The events of one document; hovering a row highlights its evidence in the text. */
export function EventTable({ text, events, active, onHover }: Props) {
  if (events.length === 0) return <p class="empty">No events coded in this text.</p>;
  const cut = (span?: { start: number; end: number }) => (span ? clean(text.slice(span.start, span.end)) : '');
  return (
    <table class="events cards" data-testid="event-table">
      <thead>
        <tr>
          <th>#</th>
          <th>source</th>
          <th>event</th>
          <th>target</th>
          <th>status</th>
          <th>evidence</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event, index) => {
          const status = displayStatus(event);
          return (
            <tr
              key={event.id}
              class={active === index ? 'active' : undefined}
              data-event={index}
              data-source={actorList(event.source)}
              data-target={actorList(event.target)}
              data-status={status}
              onMouseEnter={() => onHover(index)}
              onMouseLeave={() => onHover(null)}
            >
              <td data-label="#">{index + 1}</td>
              <td data-label="source">
                <ActorCodes actors={event.source} />
              </td>
              <td data-label="event">
                <CameoCode code={event.cameo.code} name={event.cameo.name} />
                {event.plover && <span class="plover"> · {event.plover.type}</span>}
                <div class="goldstein">Goldstein {event.cameo.goldstein}</div>
              </td>
              <td data-label="target">
                <ActorCodes actors={event.target} />
              </td>
              <td data-label="status">
                <StatusChip status={status} />
              </td>
              <td data-label="evidence" class="evidence">
                <q>{clean(event.trigger.text)}</q>
                {event.status.condition && <div class="condition-text">if: {cut(event.status.condition)}</div>}
                {event.status.speaker && <div>said by: {clean(event.status.speaker.text)}</div>}
                {event.status.anchor && <div>when: {cut(event.status.anchor)}</div>}
                {event.date && <div>date: {event.date}</div>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
