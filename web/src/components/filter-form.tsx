import { useEffect, useState } from 'preact/hooks';
import { api, queryString } from '../api.ts';
import { useCodebook, type Codebook } from '../codebook.ts';
import { navigate } from '../router.tsx';
import { ActorInput } from './actor-input.tsx';

/** The event filters a page reads from its address. */
export const FILTERS = ['source', 'target', 'either', 'cameo', 'root', 'plover', 'status', 'from', 'to', 'text', 'merged', 'country', 'located'] as const;

/** The name of an event filter in the address. */
type FilterName = (typeof FILTERS)[number];

/** Filter values as the address holds them. */
export type Filters = Partial<Record<FilterName, string>>;

/** The filters of an address's query string. */
export function filtersOf(search: URLSearchParams): Filters {
  return Object.fromEntries(FILTERS.flatMap((name) => (search.get(name) ? [[name, search.get(name) as string]] : []))) as Filters;
}

/** An actor field's value as a code: a code as typed, else the first actor a name search finds ("iran" → IRN). */
async function toActorCode(value: string | undefined): Promise<string | undefined> {
  const typed = value?.trim();
  if (!typed || /^[A-Za-z]{3,}$/.test(typed) && typed === typed.toUpperCase()) return typed || undefined;
  const found = await api<{ actors: { code: string }[] }>(`/api/actors${queryString({ q: typed, limit: 1 })}`);
  return found.actors[0]?.code ?? typed;
}

/** A country field's value as a code: a three-letter code as typed, else the country of that name ("iraq" → IRQ). */
function toCountryCode(value: string | undefined, codebook: Codebook | null): string | undefined {
  const typed = value?.trim();
  if (!typed || /^[A-Za-z]{3}$/.test(typed)) return typed?.toUpperCase() || undefined;
  const countries = Object.entries(codebook?.actors ?? {}).filter(([code]) => code.length === 3);
  const lower = typed.toLowerCase();
  const found = countries.find(([, name]) => name.toLowerCase() === lower) ?? countries.find(([, name]) => name.toLowerCase().startsWith(lower));
  return found?.[0] ?? typed;
}

/** The filter form of the overview, events and map pages; submitting goes to `path` with the filters (and `extra`) in the address; `omit` leaves fields out. */
export function FilterForm({ path, applied, extra = {}, omit = [] }: { path: string; applied: Filters; extra?: Record<string, string | undefined>; omit?: readonly FilterName[] }) {
  const codebook = useCodebook();
  const [form, setForm] = useState<Filters>(applied);
  useEffect(() => setForm(applied), [applied]);
  const set = (name: keyof Filters, value: string) => setForm({ ...form, [name]: value });
  const field = (name: keyof Filters, label: string, placeholder = '', type: 'text' | 'date' = 'text', list?: string) => (
    <label>
      {label}
      <input type={type} name={name} value={form[name] ?? ''} placeholder={placeholder} list={list} onInput={(event) => set(name, (event.target as HTMLInputElement).value)} />
    </label>
  );
  return (
    <form
      class="filters"
      onSubmit={async (event) => {
        event.preventDefault();
        const [source, target] = await Promise.all([toActorCode(form.source), toActorCode(form.target)]);
        navigate(`${path}${queryString({ ...form, source, target, country: toCountryCode(form.country, codebook), ...extra })}`);
      }}
    >
      <ActorInput name="source" label="source (code or name)" value={form.source ?? ''} placeholder="IRN or Iran" onInput={(value) => set('source', value)} />
      <ActorInput name="target" label="target" value={form.target ?? ''} placeholder="USA" onInput={(value) => set('target', value)} />
      <label class="check">
        <input type="checkbox" checked={form.either === 'true'} onChange={(event) => set('either', (event.target as HTMLInputElement).checked ? 'true' : '')} /> either direction
      </label>
      {field('cameo', 'CAMEO code', '03', 'text', 'cameo-codes')}
      <datalist id="cameo-codes">
        {codebook?.cameo.map((entry) => (
          <option key={entry.code} value={entry.code}>
            {entry.name}
          </option>
        ))}
      </datalist>
      <label>
        PLOVER type
        <select name="plover" value={form.plover ?? ''} onChange={(event) => set('plover', (event.target as HTMLSelectElement).value)}>
          <option value="">any</option>
          {codebook?.plover.map((entry) => (
            <option key={entry.type} value={entry.type} title={entry.description}>
              {entry.type} – {entry.description}
            </option>
          ))}
        </select>
      </label>
      <label>
        status
        <select name="status" value={form.status ?? ''} onChange={(event) => set('status', (event.target as HTMLSelectElement).value)}>
          <option value="">any</option>
          {(codebook?.statuses ?? []).map((entry) => (
            <option key={entry.status} value={entry.status} title={entry.description}>
              {entry.status}
            </option>
          ))}
          {form.status && !codebook?.statuses.some((entry) => entry.status === form.status) && <option value={form.status}>{form.status}</option>}
        </select>
      </label>
      {field('from', 'from', '', 'date')}
      {field('to', 'to', '', 'date')}
      {field('text', 'text search', 'sanctions')}
      {field('country', 'event in country', 'IRQ or Iraq', 'text', 'country-codes')}
      <datalist id="country-codes">
        {Object.entries(codebook?.actors ?? {}).flatMap(([code, name]) =>
          code.length === 3 ? [
            <option key={code} value={code}>
              {name}
            </option>,
          ] : [],
        )}
      </datalist>
      {!omit.includes('located') && (
        <label>
          place
          <select name="located" value={form.located ?? ''} onChange={(event) => set('located', (event.target as HTMLSelectElement).value)}>
            <option value="">any</option>
            <option value="true">located</option>
            <option value="false">no place found</option>
          </select>
        </label>
      )}
      <label class="check">
        <input type="checkbox" checked={form.merged === 'true'} onChange={(event) => set('merged', (event.target as HTMLInputElement).checked ? 'true' : '')} /> one per merged event
      </label>
      <button type="submit">Filter</button>
    </form>
  );
}
