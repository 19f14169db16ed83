import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isParleyError } from '../core/errors.ts';
import {
  DEFAULT_GAZETTEER_DIR,
  GAZETTEER_FILES,
  createGazetteer,
  findConflicts,
  loadGazetteer,
  loadUserDictionary,
  mergeGazetteerData,
  readGazetteerData,
  type NameEntry,
} from './gazetteer/index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const petrarchActors = path.resolve(repoRoot, '../shared/eval/petrarch-validate-actors.json');
const gazetteer = loadGazetteer();

function codesOf(text: string, date?: string): string[] {
  return gazetteer.lookup(text, date).map((entry) => entry.code);
}

function entry(fields: Partial<NameEntry> & Pick<NameEntry, 'text' | 'code'>): NameEntry {
  return {
    country: fields.code.slice(0, 3),
    kind: 'country',
    type: 'name',
    actor: fields.text,
    ambiguous: false,
    caseSensitive: false,
    source: 'test',
    group: fields.text,
    layer: 0,
    ...fields,
  };
}

describe('the shipped gazetteer files', () => {
  it('load and validate without problems', () => {
    const data = readGazetteerData();
    assert.ok(data.names.length > 2000);
    assert.ok(data.agents.length > 100);
  });

  it('give no name to two codes at the same time unless every one is flagged ambiguous', () => {
    assert.deepEqual(findConflicts(readGazetteerData()), []);
  });

  it('have a country row for every UN member state and Palestine, Taiwan, Kosovo', () => {
    const countries = new Set(gazetteer.data.names.filter((e) => e.kind === 'country').map((e) => e.country));
    for (const code of ['USA', 'IRN', 'PSE', 'TWN', 'XKX', 'SSD', 'VAT']) assert.ok(countries.has(code), code);
    assert.ok(countries.size >= 249);
  });
});

describe('name lookups', () => {
  const cases: [string, string][] = [
    ['Tehran', 'IRN'],
    ['the Kremlin', 'RUSGOV'],
    ['Kremlin', 'RUSGOV'],
    ['Iranian', 'IRN'],
    ['Iranians', 'IRN'],
    ['U.S.', 'USA'],
    ['US', 'USA'],
    ['United States', 'USA'],
    ['Britain', 'GBR'],
    ['the White House', 'USAGOV'],
    ['Downing Street', 'GBRGOV'],
    ['the Elysée', 'FRAGOV'],
    ['Beijing', 'CHN'],
    ['Palestinians', 'PSE'],
    ['Hezbollah', 'LBNINSHEZ'],
    ['Hamas', 'PSEINSHMS'],
    ['Daesh', 'IMGINSISL'],
    ['Houthis', 'YEMINSHTH'],
    ['NATO', 'IGONAT'],
    ['Amnesty International', 'NGOAMN'],
  ];
  for (const [text, code] of cases) {
    it(`resolves "${text}" to ${code}`, () => assert.deepEqual(codesOf(text), [code]));
  }

  it('resolves "Security Council" to a UN code', () => {
    assert.deepEqual(codesOf('Security Council'), ['IGOUNOUSC']);
    assert.equal(gazetteer.lookup('Security Council')[0].country, 'IGO');
  });

  it('gives Hezbollah the country Lebanon', () => {
    assert.equal(gazetteer.lookup('Hezbollah')[0].country, 'LBN');
  });

  it('does not read the pronoun "us" as the United States', () => {
    assert.deepEqual(codesOf('us'), []);
  });

  it('finds demonyms with lookupDemonym', () => {
    assert.deepEqual(gazetteer.lookupDemonym('Israeli').map((e) => e.code), ['ISR']);
  });

  it('flags "Congo" as ambiguous between the two Congos', () => {
    const found = gazetteer.lookup('Congo');
    assert.deepEqual(found.map((e) => e.code).sort(), ['COD', 'COG']);
    assert.ok(found.every((e) => e.ambiguous));
  });

  it('flags "Jordan" and "Georgia" as ambiguous', () => {
    assert.ok(gazetteer.lookup('Jordan')[0].ambiguous);
    assert.ok(gazetteer.lookup('Georgia')[0].ambiguous);
  });
});

describe('office holders', () => {
  it('resolves "Khatami" on 2004-05-01 to the Iranian government', () => {
    const [found, ...rest] = gazetteer.lookupOfficeHolder('Khatami', '2004-05-01');
    assert.equal(rest.length, 0);
    assert.equal(found.code, 'IRNGOV');
    assert.equal(found.country, 'IRN');
    assert.equal(found.sector, 'GOV');
  });

  it('resolves "Pezeshkian" on 2026-11-26 to the Iranian government', () => {
    assert.deepEqual(gazetteer.lookupOfficeHolder('Pezeshkian', '2026-11-26').map((e) => e.code), ['IRNGOV']);
  });

  it('resolves "Araghchi" on 2026-11-26 to Iran\'s foreign minister', () => {
    const [found] = gazetteer.lookupOfficeHolder('Araghchi', '2026-11-26');
    assert.equal(found.title, 'Foreign Minister');
  });

  it('resolves "Sharon" to Israel only while he was in office', () => {
    assert.deepEqual(gazetteer.lookupOfficeHolder('Sharon', '2004-05-01').map((e) => e.code), ['ISRGOV']);
    assert.deepEqual(gazetteer.lookupOfficeHolder('Sharon', '2000-05-01'), []);
    assert.deepEqual(gazetteer.lookupOfficeHolder('Sharon', '2010-05-01'), []);
  });

  it('tells the two Clintons apart by date', () => {
    assert.equal(gazetteer.lookupOfficeHolder('Clinton', '2000-06-01')[0].actor, 'Bill Clinton');
    assert.equal(gazetteer.lookupOfficeHolder('Clinton', '2010-06-01')[0].actor, 'Hillary Clinton');
  });

  it('resolves "Trump" in both terms but not between them', () => {
    assert.equal(gazetteer.lookupOfficeHolder('Trump', '2018-01-01').length, 1);
    assert.equal(gazetteer.lookupOfficeHolder('Trump', '2023-01-01').length, 0);
    assert.equal(gazetteer.lookupOfficeHolder('Trump', '2026-11-26').length, 1);
  });

  it('needs capitals for people\'s names: "rice" is not Condoleezza Rice', () => {
    assert.equal(gazetteer.lookupOfficeHolder('Rice', '2006-01-01').length, 1);
    assert.equal(gazetteer.lookupOfficeHolder('rice', '2006-01-01').length, 0);
  });
});

describe('agent words and non-actors', () => {
  it('gives "troops" the sector MIL', () => assert.equal(gazetteer.lookupAgent('troops')?.sector, 'MIL'));

  it('gives "foreign minister" the sector GOV', () => assert.equal(gazetteer.lookupAgent('foreign minister')?.sector, 'GOV'));

  it('knows "analysts" is not an actor', () => {
    assert.ok(gazetteer.isNonActor('analysts'));
    assert.deepEqual(codesOf('analysts'), []);
    assert.equal(gazetteer.lookupAgent('analysts'), undefined);
  });

  it('matches the longest phrase: "New Mexico" is not Mexico', () => {
    const match = gazetteer.matchPhrase(['New', 'Mexico', 'said'], 0);
    assert.equal(match?.length, 2);
    assert.ok(match?.nonActor);
  });

  it('matches a multi-word name at a position', () => {
    const match = gazetteer.matchPhrase(['the', 'UN', 'Security', 'Council', 'met'], 1);
    assert.equal(match?.length, 3);
    assert.deepEqual(match?.names.map((e) => e.code), ['IGOUNOUSC']);
  });
});

describe('createGazetteer', () => {
  it('builds lookups from a few hand-made rows', () => {
    const small = createGazetteer({
      names: [entry({ text: 'Arnor', code: 'ARN' }), entry({ text: 'Gondorian', code: 'GON', type: 'demonym' })],
      agents: [{ text: 'rangers', sector: 'MIL', prefix: false, source: 'test', layer: 0 }],
    });
    assert.deepEqual(small.lookup('arnor').map((e) => e.code), ['ARN']);
    assert.deepEqual(small.lookupDemonym('Gondorian').map((e) => e.code), ['GON']);
    assert.equal(small.lookupAgent('Rangers')?.sector, 'MIL');
  });
});

describe('loadGazetteer on broken files', () => {
  function brokenCopy(): string {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'parley-gazetteer-')), 'data', 'actors');
    mkdirSync(dir, { recursive: true });
    for (const file of GAZETTEER_FILES) writeFileSync(path.join(dir, file), readFileSync(path.join(DEFAULT_GAZETTEER_DIR, file)));
    const overlay = path.join(dir, 'countries-overlay.tsv');
    writeFileSync(overlay, `${readFileSync(overlay, 'utf8')}IRQ\tcapital\tTehran\t\t\nIRN\tnickname\tPersia\t\t\n`);
    return dir;
  }

  it('reports every problem at once, with file and line', () => {
    const dir = brokenCopy();
    const lines = readFileSync(path.join(dir, 'countries-overlay.tsv'), 'utf8').trimEnd().split('\n').length;
    assert.throws(
      () => loadGazetteer(dir),
      (error) =>
        isParleyError(error, 'DATA_INVALID') &&
        error.details.some((d) => d.startsWith(`data/actors/countries-overlay.tsv:${lines - 1}: capital "Tehran" already belongs to IRN`)) &&
        error.details.some((d) => d.startsWith(`data/actors/countries-overlay.tsv:${lines}: type:`)),
    );
  });
});

describe('user dictionaries', () => {
  it('loads the PETRARCH validation actors and resolves "Arnor"', () => {
    const user = loadUserDictionary(petrarchActors);
    const combined = createGazetteer(mergeGazetteerData(readGazetteerData(), user));
    assert.deepEqual(combined.lookup('Arnor').map((e) => e.code), ['ARN']);
  });

  it('resolves dated user codes by the document date', () => {
    const combined = createGazetteer(loadUserDictionary(petrarchActors));
    assert.deepEqual(combined.lookup('Gollum', '1990-01-01').map((e) => e.code), ['HOB']);
    assert.deepEqual(combined.lookup('Gollum', '1997-01-01').map((e) => e.code), ['HOBGOV']);
    assert.deepEqual(combined.lookup('Gollum', '2005-01-01').map((e) => e.code), ['HOBREB']);
  });

  it('lets user entries take precedence over built-in ones', () => {
    const combined = createGazetteer(mergeGazetteerData(readGazetteerData(), loadUserDictionary(petrarchActors)));
    assert.deepEqual(combined.lookup('Egypt').map((e) => e.code), ['UAR']);
  });

  it('reads PETRARCH agent codes as sectors', () => {
    const user = createGazetteer(loadUserDictionary(petrarchActors));
    assert.equal(user.lookupAgent('ambassador')?.sector, 'GOV');
  });

  it('rejects a malformed dictionary with every problem listed', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'parley-user-')), 'bad.json');
    writeFileSync(file, JSON.stringify({ actors: [{ names: [], codes: [{ code: 'A' }] }] }));
    assert.throws(
      () => loadUserDictionary(file),
      (error) => isParleyError(error, 'DATA_INVALID') && error.details.length === 2 && error.details.every((d) => d.startsWith(file)),
    );
  });
});
