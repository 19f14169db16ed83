import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';

/** One line or bar series of a chart. */
export interface ChartSeries {
  label: string;
  values: (number | null)[];
  colour: string;
  kind: 'line' | 'dashed' | 'bars';
}

/** Charts that zoom together: dragging across one zooms all of them; `reset` shows everything again. */
export interface ChartGroup {
  charts: Set<uPlot>;
  reset(): void;
}

/** A group of charts that zoom together. */
export function createChartGroup(): ChartGroup {
  const charts = new Set<uPlot>();
  return {
    charts,
    reset() {
      for (const chart of charts) {
        const times = chart.data[0];
        if (times.length) chart.setScale('x', { min: times[0], max: times[times.length - 1] });
      }
    },
  };
}

interface Props {
  title: string;
  /** Period starts, in seconds since 1970. */
  times: number[];
  /** Half the width of a period (seconds), to pad the time axis. */
  halfPeriod: number;
  series: ChartSeries[];
  testId: string;
  /** The charts this one zooms with. */
  group?: ChartGroup;
  /** Counts: ticks on whole numbers only. */
  counts?: boolean;
}

/** Steps between ticks of a count axis: whole numbers only. */
const COUNT_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000];

/** A uPlot time chart; redrawn when its data changes. Drag across it to zoom (every chart of its group follows). */
export function SeriesChart({ title, times, halfPeriod, series, testId, group, counts }: Props) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const bars = uPlot.paths.bars?.({ size: [0.6, 40] });
    const width = () => Math.max(200, element.clientWidth - 16);
    const options: uPlot.Options = {
      title,
      width: width(),
      height: 260,
      // a single period is drawn one period wide, centred, instead of a zero-width range
      // uPlot passes every range through this, its own and the group's: a range over all the data is
      // the data padded by half a period (one period is drawn one period wide, centred); a zoom stays as chosen
      scales: { x: { time: true, range: (_chart, min, max) => (min <= times[0] && max >= times[times.length - 1] ? [times[0] - halfPeriod, times[times.length - 1] + halfPeriod] : [min, max]) } },
      axes: [
        // ticks on period starts only (a month is never labelled twice), at least 80 pixels apart
        {
          splits: (chart, _axis, min, max) => {
            const kept: number[] = [];
            const pixels = (time: number) => ((time - min) / Math.max(1, max - min)) * chart.width;
            for (const time of times) if (time >= min && time <= max && (!kept.length || pixels(time) - pixels(kept[kept.length - 1]) >= 80)) kept.push(time);
            return kept;
          },
          values: (_chart, splits) => splits.map((time) => formatPeriod(time, halfPeriod)),
        },
        counts ? { size: 50, incrs: COUNT_STEPS, values: (_chart, splits) => splits.map((value) => String(Math.round(value))) } : { size: 50 },
      ],
      cursor: { drag: { x: true, y: false } },
      hooks: {
        setScale: [
          (chart, key) => {
            if (key !== 'x' || !group) return;
            const { min, max } = chart.scales.x;
            // uPlot applies a new scale later, then fires this hook on that chart: pass a range on
            // only to charts that do not show it yet, so that the echo stops there
            for (const other of group.charts) {
              if (other === chart || (other.scales.x.min === min && other.scales.x.max === max)) continue;
              other.setScale('x', { min: min as number, max: max as number });
            }
          },
        ],
      },
      series: [
        {},
        ...series.map((entry) => ({
          label: entry.label,
          stroke: entry.colour,
          width: entry.kind === 'bars' ? 1 : 2,
          dash: entry.kind === 'dashed' ? [6, 4] : undefined,
          fill: entry.kind === 'bars' ? `${entry.colour}99` : undefined,
          paths: entry.kind === 'bars' ? bars : undefined,
          points: { show: entry.kind !== 'bars' },
          spanGaps: false,
        })),
      ],
    };
    const chart = new uPlot(options, [times, ...series.map((entry) => entry.values)] as uPlot.AlignedData, element);
    group?.charts.add(chart);
    const resize = () => chart.setSize({ width: width(), height: 260 });
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      group?.charts.delete(chart);
      chart.destroy();
    };
  }, [title, times, halfPeriod, series, group, counts]);
  return <div class="chart" data-testid={testId} ref={container} />;
}

/** How to zoom the charts of a group, with the button that resets them. */
export function ZoomHint({ group }: { group: ChartGroup }) {
  return (
    <p class="hint">
      Drag across a chart to zoom both;{' '}
      <button type="button" class="link" onClick={() => group.reset()}>
        reset zoom
      </button>
    </p>
  );
}

/** A time as the series writes its periods: the month for monthly series, else the day. */
function formatPeriod(time: number, halfPeriod: number): string {
  const iso = new Date(time * 1000).toISOString();
  return halfPeriod > 1_000_000 ? iso.slice(0, 7) : iso.slice(0, 10);
}
