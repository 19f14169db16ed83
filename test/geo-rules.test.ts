import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoder } from '../src/coder.ts';
import { locationOf as locationOfEvent } from '../src/testing/location-of.ts';
import { ParleyError } from '../src/core/errors.ts';
import { readPlaceIds } from '../src/geo/place-ids.ts';
import { readSeats } from '../src/geo/seats.ts';

// Sentences written for these tests, in news wording; none comes from an evaluation set.
const coder = createCoder();

/** The location of the first event whose trigger includes `words`. */
const locationOf = (text: string, words: string) => locationOfEvent(coder, text, words);

describe('GeoNames places of gazetteer names spelt otherwise (data/geo/place-ids.tsv)', () => {
  it('reads every row and gives the town GeoNames knows under another name', () => {
    const ids = readPlaceIds();
    assert.ok(ids.size > 50);
    const location = locationOf('The Greek foreign minister met his Bulgarian counterpart on Tuesday in the Ukrainian city of Kiev.', 'met');
    assert.equal(location?.geonameid, 703448);
    assert.equal(location?.kind, 'city');
    assert.equal(location?.text, 'Kiev');
  });

  it('gives the US capital for a bare "Washington", not a small town GeoNames names so', () => {
    const location = locationOf('A senior Japanese envoy in Washington has met with a State Department official, officials said.', 'met');
    assert.equal(location?.geonameid, 4140963);
  });

  it('reports every bad row with its line', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'parley-place-ids-')), 'place-ids.tsv');
    writeFileSync(file, 'country\tname\tgeonameid\tnote\nUKR\tKiev\t703448\t\nUkr\tOdessa\t698740\t\nUKR\tKharkov\tmany\t\nUKR\tKiev\t703448\tagain\n');
    assert.throws(() => readPlaceIds(file), (error: unknown) => {
      assert.ok(error instanceof ParleyError);
      assert.equal(error.code, 'DATA_INVALID');
      const details = error.details.join('\n');
      assert.match(details, /:3: country: expected an ISO 3166-1 alpha-3 code/);
      assert.match(details, /:4: geonameid/);
      assert.match(details, /:5: name: "Kiev" \(UKR\) is listed twice/);
      return true;
    });
  });
});

describe('event location rules', () => {
  it('reads a phrase of place through a place noun ("in the Ukrainian city of Kiev", "in the town of Samarra")', () => {
    const location = locationOf('The Greek foreign minister met his Bulgarian counterpart on Tuesday in the Ukrainian city of Kiev.', 'met');
    assert.match(location?.reason ?? '', /phrase of place attached to the event's trigger/);
    const town = locationOf('The US attack on Iraqi insurgents in the town of Samarra left 20 dead.', 'attack');
    assert.equal(town?.name, 'Sāmarrā’');
    assert.match(town?.reason ?? '', /phrase of place attached to the event's trigger/);
  });

  it('prefers the place where the deed was done to the place where its actor is stationed', () => {
    const killed = locationOf('A Canadian soldier in Afghanistan killed two civilians at a checkpoint in Kandahar on Monday.', 'killed');
    assert.equal(killed?.kind, 'city');
    assert.equal(killed?.country, 'AFG');
    assert.match(killed?.text ?? '', /Kandahar/);
    const beat = locationOf('A British officer in Iraq beat a prisoner at a camp in Basra.', 'beat');
    assert.equal(beat?.text, 'Basra');
  });

  it('does not place a strike abroad in the country of its source ("a US air raid on Iraqi insurgents"), but a test at home stays home', () => {
    const raid = locationOf('A US air raid on Iraqi insurgents near Fallujah killed 30 people.', 'raid');
    assert.equal(raid?.country, 'IRQ');
    assert.equal(raid?.text, 'Fallujah');
    const test = locationOf("Pakistan's test of a new missile was a success, officials said.", 'test');
    assert.equal(test?.country, 'PAK');
  });

  it('does not place a deed at a capital asked or charged to act ("urging Rome to ...")', () => {
    const seized = locationOf('Iraqi gunmen seized two Italian engineers on Monday, urging Rome to pull its troops out.', 'seized');
    assert.equal(seized?.country, 'IRQ');
    assert.equal(seized?.kind, 'country');
    // a capital that violence hits stays the place
    assert.equal(locationOf('Rebels shelled Kabul on Sunday, killing six people.', 'shelled')?.text, 'Kabul');
  });

  it('keeps the place of the raid a seizure was made in ("abducted ... from their Kabul hotel, in an attack")', () => {
    const seized = locationOf('Armed men abducted three Turkish engineers from their Kabul hotel on Sunday night, in an attack that alarmed foreign companies.', 'abducted');
    assert.equal(seized?.kind, 'city');
    assert.equal(seized?.text, 'Kabul');
  });

  it("finds a gazetteer town in another transliteration ('Beit Hannoun' for 'Beit Hanoun') where nothing else marks it as a place", () => {
    const location = locationOf('Israeli troops have held Beit Hannoun since Friday, after heavy fighting last week.', 'fighting');
    assert.equal(location?.text, 'Beit Hannoun');
    assert.equal(location?.country, 'PSE');
    assert.equal(location?.kind, 'city');
  });

  it('places words and deals "at" an organisation at its seat, but not shots "at" its peacekeepers', () => {
    const deal = locationOf('Iran signed a new inspections protocol with France at the International Atomic Energy Agency on Thursday.', 'signed');
    assert.equal(deal?.name, 'Vienna');
    assert.equal(deal?.country, 'AUT');
    assert.equal(deal?.basis, 'implied');
    assert.equal(deal?.text, 'the International Atomic Energy Agency');
    // NATO sits in Brussels, but rockets fired at it are no meeting there
    assert.equal(locationOf('Rebels fired rockets at NATO on Monday.', 'fired'), null);
  });

  it('places a meeting "at" an organisation right after its noun at the seat, wherever the parser hangs the phrase', () => {
    // the parser does not hang "at the United Nations" on "meeting"; the town named earlier in the sentence is the negotiations' own
    const text = 'Chilean and Bolivian negotiators wrapped up three days of border negotiations in Santiago, paving the way for a meeting at the United Nations next month.';
    const meeting = locationOf(text, 'meeting');
    assert.equal(meeting?.name, 'New York City');
    assert.equal(meeting?.country, 'USA');
    assert.equal(meeting?.basis, 'implied');
    assert.match(meeting?.reason ?? '', /the United Nations", which sits in New York City/);
    // not a phrase after another word: "fired at UN peacekeepers" stays where the fighting was
    assert.equal(locationOf('Rebels fired at UN peacekeepers near Bunia on Monday.', 'fired')?.name, 'Bunia');
  });

  it('reads every seat row and reports bad ones with their line', () => {
    assert.ok(readSeats().get('IGOUNO'));
    const file = join(mkdtempSync(join(tmpdir(), 'parley-seats-')), 'seats.tsv');
    writeFileSync(file, 'code\tseat\tgeonameid\nIGOUNO\tNew York City\t5128581\nUNO\tNew York City\t5128581\nIGOUNO\tGeneva\t2660646\n');
    assert.throws(() => readSeats(file), (error: unknown) => {
      assert.ok(error instanceof ParleyError);
      const details = error.details.join('\n');
      assert.match(details, /:3: code: expected an organisation code/);
      assert.match(details, /:4: code: IGOUNO is listed twice/);
      return true;
    });
  });

  it('takes the place a later sentence gives the same deed ("... wrapped up a series of negotiations. The negotiations, held in Izmir, ...")', () => {
    const text = 'Envoys of Greece and Turkey wrapped up a fresh series of negotiations on Monday. The negotiations, held in Izmir, were their first since the spring.';
    const ended = locationOf(text, 'negotiations');
    assert.equal(ended?.text, 'Izmir');
    assert.equal(ended?.basis, 'stated');
    assert.match(ended?.reason ?? '', /later sentence/);
    // a later sentence about another deed says nothing of this one's place
    assert.notEqual(locationOf('Envoys of Greece and Turkey wrapped up a fresh series of negotiations on Monday. Protests in Izmir continued.', 'negotiations')?.text, 'Izmir');
  });

  it('places a deed in several towns of one country in the country, but keeps one town, and towns of two countries, apart', () => {
    const strikes = locationOf('Government troops shelled rebel positions in Homs, Hama and Idlib on Tuesday.', 'shelled');
    assert.equal(strikes?.kind, 'country');
    assert.equal(strikes?.country, 'SYR');
    assert.match(strikes?.reason ?? '', /several places of Syria/);
    assert.equal(locationOf('Rebels attacked a convoy near Kandahar on Monday.', 'attacked')?.kind, 'city');
    assert.equal(locationOf('Troops raided homes in Mosul and in Aleppo.', 'raided')?.kind, 'city');
  });

  it('does not place a deed that is only reported where the report is filed; an asserted one in the dateline country stays there', () => {
    const reported = locationOf('BAGHDAD (Reuters) - Iraqi police said on Sunday that a senior aide of the former ruler had been arrested.', 'arrested');
    assert.equal(reported?.kind, 'country');
    assert.equal(reported?.country, 'IRQ');
    assert.notEqual(reported?.basis, 'dateline');
    const asserted = locationOf('BAGHDAD (Reuters) - Iraqi police arrested a senior aide of the former ruler on Sunday.', 'arrested');
    assert.equal(asserted?.basis, 'dateline');
    assert.equal(asserted?.name, 'Baghdad');
  });

  it('does not place a protest where the war it is against is ("marched ... against the war in Iraq"), but killings in a conflict are where it is', () => {
    const march = locationOf('Protesters marched through central London on Saturday against the war in Iraq.', 'marched');
    assert.equal(march?.name, 'London');
    const killed = locationOf('Militias killed hundreds in the conflict in Darfur.', 'killed');
    assert.equal(killed?.name, 'Darfur');
  });

  it('of the towns a sentence names, takes the one nearest the event for a deed no phrase places', () => {
    const text = 'Two policemen died in a bombing in Kandahar while nine militants were killed by air strikes on the rebel stronghold of Herat.';
    assert.equal(locationOf(text, 'bombing')?.text, 'Kandahar');
    assert.equal(locationOf(text, 'strikes')?.text, 'Herat');
  });
});

describe('conventions of place: statements where the speaker is', () => {
  it('places a statement where the sentence puts its speaker, before the dateline and the actors', () => {
    const cases: [string, string, string][] = [
      ['The Pakistani leader, addressing parliament in Islamabad, condemned the attack.', 'condemned', 'Islamabad'],
      ['At a rally in Caracas, President Chavez accused Washington of plotting against him.', 'accused', 'Caracas'],
      ['Speaking to reporters in Amman, the Jordanian king criticised the delay in the elections.', 'criticised', 'Amman'],
      ['The Syrian president told a news conference in Cairo that he rejected the US demands.', 'rejected', 'Cairo'],
      ['LONDON (Reuters) - Speaking in Brussels on Thursday, the German foreign minister urged Iran to halt enrichment.', 'urged', 'Brussels'],
    ];
    for (const [text, trigger, place] of cases) {
      const location = locationOf(text, trigger);
      assert.equal(location?.name, place, text);
      assert.equal(location?.basis, 'stated', text);
      assert.match(location?.reason ?? '', /where the sentence puts its speaker/, text);
    }
  });

  it('does not put a deed, or words about a place, where the speaker is', () => {
    // the speaker is in Kabul; the killing he reports was in Helmand
    assert.equal(locationOf('Speaking in Kabul, the governor said police killed six militants in Helmand.', 'killed')?.name, 'Helmand');
    // "of provoking clashes in X": the clashes are there, the accusation is not
    assert.notEqual(locationOf('Moscow accused Tbilisi on Monday of provoking clashes in South Ossetia.', 'accused')?.name, 'South Ossetia');
  });

  it('places a visit between actors of two countries in the host\'s country when no place of it is named', () => {
    const visit = locationOf('The British foreign secretary began a visit to the Iranian leadership on Sunday.', 'visit');
    assert.equal(visit?.country, 'IRN');
    assert.match(visit?.reason ?? '', /a visit: its host/);
  });

  it('puts a speaker where a visiting participle says ("visiting Berlin"), not at a visit the words are about ("from visiting X")', () => {
    assert.equal(locationOf('The Polish president, visiting Berlin on Monday, urged Germany to drop the pipeline plan.', 'urged')?.name, 'Berlin');
    assert.notEqual(locationOf('The Kenyan government urged its citizens on Friday to refrain from visiting Somalia.', 'urged')?.country, 'SOM');
    assert.notEqual(locationOf('The Chilean navy ordered its officers on Friday to refrain from touring Peru.', 'ordered')?.country, 'PER');
  });
});

describe('conventions of place: regions and spellings', () => {
  it('reads a phrase of place over a compass word before a region ("in western Darfur", "into the southern Gaza Strip")', () => {
    const darfur = locationOf('Janjaweed raiders killed 12 villagers in western Darfur, the UN said.', 'killed');
    assert.equal(darfur?.name, 'Darfur');
    assert.equal(darfur?.kind, 'region');
    assert.match(darfur?.reason ?? '', /phrase of place/);
    assert.equal(locationOf('Israeli bulldozers pushed into the southern Gaza Strip before dawn, razing two houses.', 'razing')?.name, 'Gaza Strip');
  });

  it('finds a town GeoNames spells otherwise in a phrase of place ("in Nassiriya", "near Nalchik"), and names with lower-case links ("Port-au-Prince")', () => {
    const cases: [string, string, string][] = [
      ['Gunmen attacked a police station in Nassiriya on Monday.', 'attacked', 'IRQ'],
      ['Rebels ambushed a police convoy near Nalchik on Friday.', 'ambushed', 'RUS'],
      ['Police arrested dozens of protesters in Port-au-Prince on Sunday.', 'arrested', 'HTI'],
    ];
    for (const [text, trigger, country] of cases) {
      const location = locationOf(text, trigger);
      assert.equal(location?.kind, 'city', text);
      assert.equal(location?.country, country, text);
      assert.ok(location?.geonameid, text);
    }
    // a proper noun that is no town stays a word
    assert.equal(coder.code('The envoy arrived in Rumsfeldia on Monday.').places?.some((place) => place.text === 'Rumsfeldia'), false);
  });

  it('takes the dateline\'s town for a deed done "here", over the region the sentence names', () => {
    const location = locationOf('JENIN, West Bank (Reuters) - Israeli troops stormed a refugee camp here in the northern West Bank on Tuesday, killing two gunmen.', 'stormed');
    assert.equal(location?.basis, 'dateline');
    assert.equal(location?.kind, 'city');
    assert.equal(location?.country, 'PSE');
    // "officials said here": the saying is here, the clashes are where the sentence says
    const clashes = locationOf('KABUL, Oct. 3 (AP): Heavy clashes between troops and rebels left 20 dead across Afghanistan, officials said here on Sunday.', 'clashes');
    assert.equal(clashes?.kind, 'country');
  });
});

describe('talks that are the purpose of a journey', () => {
  it('are held where the journey goes, not where the report is datelined ("flew to Beijing for talks")', () => {
    const text = "LONDON (Reuters) - Vietnam's trade minister flew to Beijing on Monday for talks on rice exports, his ministry said.";
    assert.equal(locationOf(text, 'talks')?.country, 'CHN');
  });
});

describe('event location rules: the report\'s own town, places in an actor\'s words, borders named by their sides', () => {
  it('places a deed "in this ... city" at the dateline\'s town, before another town the sentence names', () => {
    const raid = locationOf('HERAT, Afghanistan -- Afghan and NATO troops raided militant hideouts and bazaars in this western city on Monday, a week after gunmen loyal to a warlord in Kandahar seized the governor\'s office.', 'raided');
    assert.equal(raid?.basis, 'dateline');
    assert.equal(raid?.name, 'Herāt');
    const arrest = locationOf('PESHAWAR, Pakistan (AP) - Police arrested 12 suspected militants in this frontier city on Sunday after a bomb exploded near a mosque in Quetta.', 'arrested');
    assert.equal(arrest?.name, 'Peshawar');
    assert.match(arrest?.reason ?? '', /"this" town/);
  });

  it('places a material deed by the town its actor\'s words name ("a Basra police station"), not the actor\'s country alone', () => {
    const raid = locationOf('US troops raided a Basra police station at dawn.', 'raided');
    assert.equal(raid?.kind, 'city');
    assert.equal(raid?.text, 'Basra');
    assert.match(raid?.reason ?? '', /names its place/);
  });

  it('places violence on a border named by its sides on the side of its target, other deeds on the side of their source', () => {
    const fire = locationOf('Three Syrian border guards were killed by Turkish artillery fire on the border between Turkey and Syria, officials said.', 'killed');
    assert.equal(fire?.country, 'SYR');
    assert.equal(fire?.kind, 'country');
    const bombed = locationOf('Turkish jets bombed villages along the Iraq-Turkey border on Tuesday, killing six Iraqi shepherds.', 'bombed');
    assert.equal(bombed?.country, 'IRQ');
    const detained = locationOf('Sudanese police detained 40 Chadian herders on the border between Chad and Sudan.', 'detained');
    assert.equal(detained?.country, 'SDN');
    assert.match(detained?.reason ?? '', /border named by its sides/);
  });
});
