import { geoGraticule10, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { api, queryString } from '../api.ts';
import { actorList } from '../components/event-table.tsx';
import { FilterForm, filtersOf, type Filters } from '../components/filter-form.tsx';
import { documentHref, navigate } from '../router.tsx';
import { displayStatus, statusLabel } from '../status.ts';
import type { EventPage, StoredEventView } from '../types.ts';

// The map of stored events: one point per located event, drawn offline from Natural Earth shapes
// (world-atlas, 1:110m) with d3-geo; no tile server and no network beyond Parley's own API.

/** The quad classes, with the colour of their points. */
const QUADS = [
  { quad: 1, label: 'verbal cooperation', colour: '#2e7d32' },
  { quad: 2, label: 'material cooperation', colour: '#1565c0' },
  { quad: 3, label: 'verbal conflict', colour: '#ef6c00' },
  { quad: 4, label: 'material conflict', colour: '#c62828' },
] as const;

const WIDTH = 960;
const HEIGHT = 500;
/** Most events the map asks the API for (pages of 500). */
const MAX_EVENTS = 5000;

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
const LAND = feature(topology, topology.objects.countries);
const BORDERS = mesh(topology, topology.objects.countries, (a, b) => a !== b);
const GRATICULE = geoGraticule10();
/** The smallest stretch of the map a zoom shows, in degrees, so that one place still has its surroundings. */
const MIN_SPAN = 24;

/** The projection of the whole world, or of the stretch around the given points (with a margin). */
function projectionFor(located: readonly { lat: number; lon: number }[], zoom: boolean): GeoProjection {
  const projection = geoNaturalEarth1();
  if (!zoom || located.length === 0) return projection.fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
  const lons = located.map((point) => point.lon);
  const lats = located.map((point) => point.lat);
  const widen = (low: number, high: number, limit: number) => {
    const margin = Math.max(MIN_SPAN - (high - low), 0) / 2 + 4;
    return [Math.max(low - margin, -limit), Math.min(high + margin, limit)];
  };
  const [west, east] = widen(Math.min(...lons), Math.max(...lons), 180);
  const [south, north] = widen(Math.min(...lats), Math.max(...lats), 85);
  return projection.fitExtent([[10, 10], [WIDTH - 10, HEIGHT - 10]], { type: 'MultiPoint', coordinates: [[west, south], [east, north], [west, north], [east, south]] });
}

/** The events of every page of a query, up to MAX_EVENTS. */
async function fetchAll(filters: Filters, signal: AbortSignal): Promise<{ events: StoredEventView[]; truncated: boolean }> {
  const events: StoredEventView[] = [];
  let offset: number | null = 0;
  while (offset !== null && events.length < MAX_EVENTS) {
    const page: EventPage = await api<EventPage>(`/api/events${queryString({ ...filters, located: 'true', limit: 500, offset })}`, { signal });
    events.push(...page.events);
    offset = page.nextOffset;
  }
  return { events, truncated: offset !== null };
}

/** Located events as points; several events at one place share it, drawn a little apart. */
function points(events: readonly StoredEventView[], projection: GeoProjection) {
  const seen = new Map<string, number>();
  return events.flatMap((stored) => {
    const location = stored.event.location;
    if (!location) return [];
    const xy = projection([location.lon, location.lat]);
    if (!xy) return [];
    const key = `${xy[0].toFixed(0)},${xy[1].toFixed(0)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    // a spiral: the n-th event at one spot goes a little further round
    const angle = n * 2.4;
    const radius = n === 0 ? 0 : 7 * Math.sqrt(n);
    return [{ stored, location, x: xy[0] + radius * Math.cos(angle), y: xy[1] + radius * Math.sin(angle) }];
  });
}

/** The map page: the events pages' filters (time, actor pair, CAMEO code, country, status ...); a click on a point opens its document. */
export function MapPage({ search }: { search: URLSearchParams }) {
  const applied = useMemo(() => filtersOf(search), [search.toString()]);
  const [events, setEvents] = useState<StoredEventView[] | null>(null);
  const [truncated, setTruncated] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [hover, setHover] = useState<StoredEventView | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    fetchAll(applied, controller.signal)
      .then((result) => {
        setEvents(result.events);
        setTruncated(result.truncated);
      })
      .catch((failure: Error) => failure.name !== 'AbortError' && setError(failure.message));
    return () => controller.abort();
  }, [applied]);

  const [zoom, setZoom] = useState(true);
  const map = useMemo(() => {
    const projection = projectionFor((events ?? []).flatMap((stored) => (stored.event.location ? [stored.event.location] : [])), zoom);
    const path = geoPath(projection);
    return { drawn: points(events ?? [], projection), land: path(LAND) ?? '', borders: path(BORDERS) ?? '', graticule: path(GRATICULE) ?? '', sphere: path({ type: 'Sphere' }) ?? '' };
  }, [events, zoom]);
  const { drawn } = map;
  return (
    <div class="page map-page">
      <h1>Where events happened</h1>
      <FilterForm path="/map" applied={applied} omit={['located']} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <p class="hint">
        {events === null ? 'Loading events…' : `${drawn.length} located event${drawn.length === 1 ? '' : 's'} of ${events.length} matching${truncated ? ` (the first ${MAX_EVENTS} only: narrow the filters)` : ''}.`} Filled points: the text says the event happened; rings: negated, conditional, intended, reported or
        otherwise not asserted. Click a point to open its document.{' '}
        <label class="check">
          <input type="checkbox" name="zoom" checked={zoom} onChange={(event) => setZoom((event.target as HTMLInputElement).checked)} /> zoom to the events
        </label>
      </p>
      <figure class="map">
        <svg class="map-canvas" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="world map of the matching events">
          <clipPath id="map-frame">
            <rect width={WIDTH} height={HEIGHT} />
          </clipPath>
          <g clip-path="url(#map-frame)">
            <path d={map.sphere} class="sphere" />
            <path d={map.graticule} class="graticule" />
            <path d={map.land} class="land" />
            <path d={map.borders} class="borders" />
          </g>
          {drawn.map(({ stored, location, x, y }) => {
            const status = displayStatus(stored.event);
            const colour = QUADS[stored.event.cameo.quadClass - 1].colour;
            const asserted = status === 'actual';
            return (
              <circle
                key={stored.event.id}
                class={`event-point status-${status}`}
                data-event={stored.event.id}
                cx={x}
                cy={y}
                r={asserted ? 4.5 : 4}
                fill={asserted ? colour : 'white'}
                stroke={colour}
                stroke-width={asserted ? 1 : 2}
                onClick={() => navigate(documentHref(stored.documentId))}
                onMouseEnter={() => setHover(stored)}
                onMouseLeave={() => setHover(null)}
              >
                <title>{`${stored.day ?? ''} ${actorList(stored.event.source)} ${stored.event.cameo.name} ${actorList(stored.event.target)} (${statusLabel(status)}): ${location.name}, ${location.country}`}</title>
              </circle>
            );
          })}
        </svg>
        <figcaption class="legend">
          {QUADS.map((quad) => (
            <span key={quad.quad}>
              <svg width="12" height="12" aria-hidden="true">
                <circle cx="6" cy="6" r="5" fill={quad.colour} />
              </svg>
              {quad.label}
            </span>
          ))}
          <span>
            <svg width="12" height="12" aria-hidden="true">
              <circle cx="6" cy="6" r="4" fill="white" stroke="#5f6368" stroke-width="2" />
            </svg>
            not asserted (status)
          </span>
          <span class="meta">Country shapes: Natural Earth (public domain), via world-atlas.</span>
        </figcaption>
      </figure>
      {hover && hover.event.location && (
        <p class="map-detail">
          <strong>{hover.day ?? 'undated'}</strong> {actorList(hover.event.source)} — {hover.event.cameo.name} — {actorList(hover.event.target)}; {statusLabel(displayStatus(hover.event))}; at {hover.event.location.name} ({hover.event.location.country}), {hover.event.location.basis}: {hover.event.location.reason}
        </p>
      )}
    </div>
  );
}
