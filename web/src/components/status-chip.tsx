import { DISPLAY_STATUSES, statusLabel, type DisplayStatus } from '../status.ts';

/** A status in its colour. */
export function StatusChip({ status }: { status: DisplayStatus }) {
  return <span class={`chip status-${status}`}>{statusLabel(status)}</span>;
}

/** The colours of the statuses, with what each means. */
export function StatusLegend() {
  return (
    <ul class="legend" aria-label="status colours">
      {DISPLAY_STATUSES.map((entry) => (
        <li key={entry.status} title={entry.description}>
          <StatusChip status={entry.status} />
        </li>
      ))}
      <li>
        <span class="hl hl-actor">actor</span>
      </li>
      <li>
        <span class="hl hl-condition">condition</span>
      </li>
    </ul>
  );
}
