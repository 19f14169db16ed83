import { useState } from 'preact/hooks';
import { useCodebook } from '../codebook.ts';
import { StatusLegend } from '../components/status-chip.tsx';
import { Link } from '../router.tsx';

const ROOTS_OF_QUAD: Record<string, string> = { 1: '01–05', 2: '06–09', 3: '10–14', 4: '15–20' };

/** Terms and what they mean. */
function Terms({ entries, testId }: { entries: [string, string][]; testId?: string }) {
  return (
    <dl class="terms" data-testid={testId}>
      {entries.map(([term, meaning]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{meaning}</dd>
        </div>
      ))}
    </dl>
  );
}

/** What the statuses, Goldstein weights, quad classes and codes mean, with the whole CAMEO codebook. */
export function HelpPage() {
  const codebook = useCodebook();
  const [find, setFind] = useState('');
  const words = find.trim().toLowerCase();
  // the twenty roots until something is searched for: the whole codebook is some 300 lines
  const codes = (codebook?.cameo ?? []).filter((entry) => (words ? entry.code.startsWith(words) || entry.name.toLowerCase().includes(words) || entry.plover?.toLowerCase() === words : entry.code.length === 2));
  return (
    <div class="page help">
      <h1>Help</h1>
      <section>
        <h2 id="statuses">Statuses: did it happen?</h2>
        <p>Every event says what the text claims about whether it happened. The status filter takes one or more of these values; each event answers to exactly one.</p>
        <StatusLegend />
        <Terms testId="status-help" entries={(codebook?.statuses ?? []).map((entry) => [entry.status, entry.description])} />
      </section>
      <section>
        <h2 id="goldstein">Goldstein scale</h2>
        <p>
          Each CAMEO code carries a weight from −10 (most conflictual: a military attack) to +10 (most cooperative: a merger or an agreement of great weight), after Goldstein (1992),
          as GDELT publishes it. The charts add the weights of the events of each period (the Goldstein sum); a falling sum means relations worsen.
        </p>
      </section>
      <section>
        <h2 id="quad-class">Quad class</h2>
        <p>GDELT's four classes, fixed by the CAMEO root:</p>
        <Terms entries={Object.entries(codebook?.quadClasses ?? {}).map(([quad, name]) => [quad, `${name} (roots ${ROOTS_OF_QUAD[quad]})`])} />
      </section>
      <section>
        <h2 id="actors">Actor codes</h2>
        <p>
          Codes read in groups of three letters: a country (ISO alpha-3, <code>IRN</code>) or <code>IGO</code>, <code>NGO</code>, <code>IMG</code>, <code>UNK</code>; then a sector (
          <code>IRNGOV</code> Iran's government) or an organisation (<code>IGOUNO</code> the United Nations). A filter on <code>IRN</code> matches every code that starts with it. Type a name
          in an actor field to find its code.
        </p>
        <Terms entries={Object.entries(codebook?.sectors ?? {})} />
      </section>
      <section>
        <h2 id="plover">PLOVER event types</h2>
        <Terms entries={(codebook?.plover ?? []).map((entry) => [entry.type, entry.description])} />
      </section>
      <section>
        <h2 id="cameo">CAMEO codebook</h2>
        <label>
          find a code <input name="find-code" value={find} placeholder="036, sanction, ASSAULT" onInput={(event) => setFind((event.target as HTMLInputElement).value)} />
        </label>
        <p class="hint">{words ? `${codes.length} codes match.` : 'The twenty roots; type a code, a word of its name or a PLOVER type to find any code.'}</p>
        <table class="events codebook cards" data-testid="codebook">
          <thead>
            <tr>
              <th>code</th>
              <th>name</th>
              <th>Goldstein</th>
              <th>quad class</th>
              <th>PLOVER</th>
            </tr>
          </thead>
          <tbody>
            {codes.map((entry) => (
              <tr key={entry.code}>
                <td data-label="code" class="cameo">
                  {entry.code}
                </td>
                <td data-label="name">{entry.name}</td>
                <td data-label="Goldstein">{entry.goldstein}</td>
                <td data-label="quad class">{entry.quadClass}</td>
                <td data-label="PLOVER">{entry.plover ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p>
        The HTTP API is described on the <Link href="/api-docs">API page</Link>.
      </p>
    </div>
  );
}
