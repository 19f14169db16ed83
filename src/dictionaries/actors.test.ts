import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isoDate, parseActorDictionary } from './actors.ts';
import { parseAgentDictionary } from './agents.ts';
import { actorTsv, displayName } from './import.ts';

// Small dictionaries in Phoenix's formats, written for these tests.
const ACTORS = `# test actors
NORWAY_  [NOR]
+NORWEGIAN_
+OSLO_

JONAS_GAHR_STORE_  ; a comment
+GAHR_STORE_
\t[NORGOV 050101-130101]
\t[NORELI >130102]

UNCODED_NAME_

ERNA_SOLBERG_ [NORELI]
\t[NORGOV 130101-211014]
\t[NORGOV 2004017-20061201]
`;

const AGENTS = `!PERSON! = MAN, WOMAN
POLICE!PERSON! [~COP]
TROOP {} [~MIL]
ARMY [~MIL]
AID_AGENCY [NGO~] # after the country
NO_CODE_HERE
`;

describe('parseActorDictionary', () => {
  it('reads names, synonyms and dated roles, with two- and four-digit years', () => {
    const { records, skipped } = parseActorDictionary(ACTORS);
    assert.deepEqual(records.map((r) => [r.names, r.roles, r.line]), [
      [['NORWAY', 'NORWEGIAN', 'OSLO'], [{ code: 'NOR' }], 2],
      [['JONAS GAHR STORE', 'GAHR STORE'], [{ code: 'NORGOV', start: '2005-01-01', end: '2013-01-01' }, { code: 'NORELI', start: '2013-01-02' }], 6],
      [['ERNA SOLBERG'], [{ code: 'NORELI' }, { code: 'NORGOV', start: '2013-01-01', end: '2021-10-14' }], 13],
    ]);
    assert.equal(skipped.get('bad date'), 1);
    assert.equal(skipped.get('name without a code'), 1);
  });

  it('reads dates written with spaces and codes joined by "/" (PETRARCH\'s validation file)', () => {
    const { records, skipped } = parseActorDictionary('GOLLUM\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB > 990816]\nLORIEN  [ELR/GAL]\n');
    assert.deepEqual(records.map((r) => r.roles), [
      [{ code: 'HOB', end: '1995-06-01' }, { code: 'HOBGOV', start: '1995-06-01', end: '1999-08-15' }, { code: 'HOBREB', start: '1999-08-16' }],
      [{ code: 'ELR/GAL' }],
    ]);
    assert.equal(skipped.size, 0);
  });

  it('reads YYMMDD years up to 30 as 20YY', () => {
    assert.equal(isoDate('300101'), '2030-01-01');
    assert.equal(isoDate('450703'), '1945-07-03');
    assert.equal(isoDate('20040230'), undefined);
  });

  it('writes one TSV row per role, dates kept, names capitalised, the source line last', () => {
    const tsv = actorTsv(parseActorDictionary(ACTORS).records, 'test.actors.txt', '# header');
    assert.deepEqual(tsv.split('\n').slice(1, 4), [
      'code\tstart\tend\tnames\tsource',
      'NOR\t\t\tNorway | Norwegian | Oslo\ttest.actors.txt:2',
      'NORGOV\t2005-01-01\t2013-01-01\tJonas Gahr Store | Gahr Store\ttest.actors.txt:6',
    ]);
    assert.equal(displayName('BAN KI-MOON'), 'Ban Ki-Moon');
  });
});

describe('parseAgentDictionary', () => {
  it('expands substitution sets, adds regular plurals unless {} says none, and keeps the code side', () => {
    const { agents, skipped } = parseAgentDictionary(AGENTS);
    assert.deepEqual(agents.map((a) => [a.code, a.names]), [
      ['~COP', ['POLICEMAN', 'POLICEWOMAN']],
      ['~MIL', ['TROOP']],
      ['~MIL', ['ARMY', 'ARMIES']],
      ['NGO~', ['AID AGENCY', 'AID AGENCIES']],
    ]);
    assert.equal(skipped.get('no agent code of the form ~ABC or ABC~'), 1);
  });
});
