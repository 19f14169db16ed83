import { readFileSync } from 'node:fs';

/** The example report of the design, as bundled in examples/. */
export const EXAMPLE_REPORT = readFileSync(new URL('../examples/iran-us-talks.txt', import.meta.url), 'utf8');

/** Short reports between Iran and the United States over several months, for series and filters. */
export const PAIR_REPORTS = [
  { id: 'wire/2025-01-accuse', text: 'Iran accused the United States of spying on its nuclear sites.', published: '2025-01-10', source: 'Wire A' },
  { id: 'wire/2025-02-praise', text: 'Iran praised the United States for lifting some sanctions.', published: '2025-02-12', source: 'Wire B' },
  { id: 'wire/2025-03-denial', text: 'Iran did not accuse the United States of anything.', published: '2025-03-03', source: 'Wire A' },
  { id: 'wire/2025-03-sanctions', text: 'The United States imposed new sanctions on Iran.', published: '2025-03-20', source: 'Wire C' },
  { id: 'wire/2025-04-accuse', text: 'Iran accused the United States of sabotage at the Natanz site.', published: '2025-04-02', source: 'Wire B' },
];

/** A wire report with the noise feeds leave of entities (" #39;s", " quot;"), stored under an id that ends in an extension. */
export const WIRE_NOISE_REPORT = {
  id: 'wire-noise.txt',
  title: 'Iran #39;s minister accuses US',
  text: 'Iran #39;s foreign minister accused the United States of spying on its nuclear sites, calling it  quot;a hostile act quot;.',
  published: '2025-05-02',
};

/** A report whose text is markup and script, which the dashboard must show as text. */
export const HOSTILE_REPORT = {
  id: 'hostile/<img src=x onerror=alert(1)>',
  title: '<script>window.__pwned = "title"</script>',
  text:
    'Iran accused the United States of spying <script>window.__pwned = "text"</script> on its sites. ' +
    '<img src=x onerror="window.__pwned = \'img\'"> <b>bold</b> <a href="javascript:window.__pwned=1">link</a>',
  published: '2025-05-01',
  source: '<i>Outlet</i>',
};
