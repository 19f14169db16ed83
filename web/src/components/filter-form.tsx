import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, queryString } from '../api.ts';
import { navigate } from '../router.tsx';
import type { ActorCount } from '../types.ts';
import { ActorOptions } from './actor-options.tsx';

/** The values of a filter form, by query-string name. */
export type FilterValues = Partial<Record<string, string>>;

/**
 * The state of a page's filter form: the filters the address applies (of `names`), the form being
 * edited (reset when the address changes), and the store's actors to suggest.
 */
export function useFilters<Name extends string>(search: URLSearchParams, names: readonly Name[]) {
  const applied = useMemo(() => Object.fromEntries(names.flatMap((name) => (search.get(name) ? [[name, search.get(name) as string]] : []))) as Partial<Record<Name, string>>, [search.toString()]);
  const [form, setForm] = useState<FilterValues>(applied);
  const [actors, setActors] = useState<ActorCount[]>([]);
  useEffect(() => setForm(applied), [applied]);
  useEffect(() => {
    api<{ actors: ActorCount[] }>('/api/actors?limit=200').then((body) => setActors(body.actors), () => {});
  }, []);
  return { applied, actors, props: { form, setForm } };
}

/** A text or date input of a filter form; source and target suggest the store's actor codes. */
export function FilterField({ name, label, placeholder = '', type = 'text', form, setForm }: { name: string; label: string; placeholder?: string; type?: 'text' | 'date'; form: FilterValues; setForm: (form: FilterValues) => void }) {
  return (
    <label>
      {label}
      <input type={type} name={name} value={form[name] ?? ''} placeholder={placeholder} list={name === 'source' || name === 'target' ? 'actor-codes' : undefined} onInput={(event) => setForm({ ...form, [name]: (event.target as HTMLInputElement).value })} />
    </label>
  );
}

/** A checkbox of a filter form that sets `name` to `value` when ticked. */
export function FilterCheck({ name, value = 'true', label, form, setForm }: { name: string; value?: string; label: string; form: FilterValues; setForm: (form: FilterValues) => void }) {
  return (
    <label class="check">
      <input type="checkbox" name={name} checked={form[name] === value} onChange={(event) => setForm({ ...form, [name]: (event.target as HTMLInputElement).checked ? value : '' })} /> {label}
    </label>
  );
}

/** The filter form of a page of stored events: source, target and direction first, the page's own fields, then the button; submitting goes to `path` with the filters. */
export function FilterForm({ path, form, setForm, actors, children }: { path: string; form: FilterValues; setForm: (form: FilterValues) => void; actors: readonly ActorCount[]; children: ComponentChildren }) {
  return (
    <form
      class="filters"
      onSubmit={(event) => {
        event.preventDefault();
        navigate(`${path}${queryString(form)}`);
      }}
    >
      <FilterField name="source" label="source" placeholder="IRN" form={form} setForm={setForm} />
      <FilterField name="target" label="target" placeholder="USA" form={form} setForm={setForm} />
      <FilterCheck name="either" label="either direction" form={form} setForm={setForm} />
      {children}
      <button type="submit">Filter</button>
      <ActorOptions id="actor-codes" actors={actors} />
    </form>
  );
}
