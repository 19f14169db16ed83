import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';
import { locationOf as locationOfEvent } from '../src/testing/location-of.ts';
import type { EventLocation } from '../src/core/place.ts';

// Sentences written for these tests, in news wording; none comes from an evaluation set. Each block
// is one convention of issue 11's order of choice: the place attached to the trigger or its
// arguments, then the sentence's, then the dateline for statements, then the actors' country.
const coder = createCoder();

/** The location of the first event whose trigger includes `words`. */
const locationOf = (text: string, words: string) => locationOfEvent(coder, text, words);

/** The name, country and kind of a location, or "null". */
function where(location: EventLocation | null): string {
  return location ? `${location.name}/${location.country}/${location.kind}` : 'null';
}

describe('an intended act: its place is the place stated for it', () => {
  it('places a promise or a pledge where the act promised would be done', () => {
    assert.equal(where(locationOf('The Russian president promised elections in Chechnya next year.', 'promised')), 'Chechnya/RUS/region');
    assert.equal(where(locationOf('The government vowed to restore order in Mindanao.', 'vowed')), 'Mindanao/PHL/region');
    const pledge = locationOf('The Dutch defence minister pledged to send 200 engineers to Sudan.', 'pledged');
    assert.equal(where(pledge), 'Sudan/SDN/country');
    assert.match(pledge?.reason ?? '', /an intent/);
  });

  it('keeps a promise made where the sentence or the dateline puts its speaker there', () => {
    const location = locationOf('The Iraqi prime minister, speaking in Ankara on Monday, promised to hold elections in Basra.', 'promised');
    assert.equal(location?.country, 'TUR');
    const filed = locationOf('MANILA (Reuters) - The president vowed on Thursday to rebuild schools in Mindanao.', 'vowed');
    assert.equal(filed?.basis, 'dateline');
  });

  it('places a plan to withdraw in the place to be left', () => {
    const location = locationOf('Washington said it would pull its marines out of Somalia by March.', 'pull');
    assert.equal(where(location), 'Somalia/SOM/country');
    assert.match(location?.reason ?? '', /an intent/);
  });
});

describe('a withdrawal or expulsion happens in the place left', () => {
  it('reads "out of X" and "from X" on a withdrawal as its place', () => {
    assert.equal(where(locationOf('Syria pulled its last soldiers out of Lebanon on Tuesday.', 'pulled')), 'Lebanon/LBN/country');
    assert.equal(where(locationOf('Ethiopia withdrew its forces from Mogadishu on Friday.', 'withdrew')), 'Mogadishu/SOM/city');
  });

  it('does not take the place of origin of a deed that is no leaving', () => {
    const location = locationOf('Militants fired mortars from Gaza into southern Israel on Monday.', 'fired');
    assert.equal(location?.country, 'ISR');
  });
});

/** The places stage's reading of the first place mention whose words are `words`. */
function placeOf(text: string, words: string): string {
  const place = (coder.code(text).places ?? []).find((p) => p.text === words);
  assert.ok(place, `no place "${words}"`);
  return `${place.place.name}/${place.place.country}/${place.place.kind}`;
}

describe('homonyms: the document decides which place a shared name is', () => {
  it('reads a demonym anywhere in the document as a country it names, even where no actor is made of it', () => {
    const location = locationOf('Gunmen shot dead a customs officer in Tripoli on Sunday, Lebanese security sources said.', 'shot');
    assert.equal(location?.country, 'LBN');
    assert.equal(locationOf('Libyan police arrested 12 migrants in Tripoli on Monday.', 'arrested')?.country, 'LBY');
  });

  it('tells the two Congos apart by the towns the document names, else takes the more populous', () => {
    assert.equal(placeOf('Fighting broke out in Congo on Monday. Militias clashed with the army in the town of Bukavu.', 'Congo'), 'DR Congo/COD/country');
    assert.equal(placeOf('Troops fired on protesters in Congo on Tuesday. Shops stayed shut in Brazzaville.', 'Congo'), 'Republic of the Congo/COG/country');
    assert.equal(placeOf('Floods displaced thousands of families in Congo this week.', 'Congo'), 'DR Congo/COD/country');
  });
});

describe('regions inside a country', () => {
  it('knows the provinces and states the news names, and a region named like another country is that region ("Inner Mongolia")', () => {
    assert.equal(where(locationOf('A bomb blast killed 30 people in the central province of Henan on Sunday, state media said.', 'blast')), 'Henan/CHN/region');
    assert.equal(where(locationOf('Herders clashed with police in Inner Mongolia on Friday.', 'clashed')), 'Inner Mongolia/CHN/region');
    assert.equal(where(locationOf('Maoist rebels attacked a police camp in West Bengal overnight.', 'attacked')), 'West Bengal/IND/region');
  });

  it('finds a region the actors stage read as a person ("Tamil Nadu")', () => {
    const place = (coder.code('Floods swept through the southern state of Tamil Nadu this week.').places ?? []).find((p) => p.text === 'Tamil Nadu');
    assert.equal(place?.place.country, 'IND');
  });

  it('does not take the first word of a longer name for a town of its own ("in Central Java" is not a town called Central)', () => {
    const places = (coder.code('Police raided a hideout in Central Java on Monday.').places ?? []).map((p) => `${p.text}/${p.place.country}`);
    assert.deepEqual(places, ['Java/IDN']);
  });
});

describe('a seat of government as a place', () => {
  it('places a meeting "at the White House" or "at the Kremlin" in the capital, not in a small town of that name', () => {
    const washington = locationOf('The Kenyan president met President Obama at the White House on Monday.', 'met');
    assert.equal(`${washington?.country}/${washington?.kind}`, 'USA/city');
    assert.match(washington?.name ?? '', /^Washington/);
    assert.equal(where(locationOf('The Turkish foreign minister held talks with Putin at the Kremlin on Tuesday.', 'talks')), 'Moscow/RUS/city');
  });
});
