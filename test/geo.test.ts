import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';
import type { Document } from '../src/core/document.ts';
import type { Event } from '../src/core/event.ts';

// Sentences written for these tests, in news wording; none comes from an evaluation set.
const coder = createCoder();

/** The first event whose trigger includes `words`, with its document. */
function eventOf(text: string, words: string): { doc: Document; event: Event } {
  const doc = coder.code(text);
  const event = (doc.events ?? []).find((e) => e.trigger.text.includes(words));
  assert.ok(event, `no event "${words}" among: ${(doc.events ?? []).map((e) => `${e.cameo.code} ${e.trigger.text}`).join('; ')}`);
  return { doc, event };
}

describe('place mentions', () => {
  it('finds gazetteer names, looked-up names in a phrase of place, and compass regions, with their words', () => {
    const doc = coder.code('Troops moved from Quetta into northern Pakistan after gunmen ambushed a convoy near Nanaimo.');
    const places = (doc.places ?? []).map((p) => [p.text, p.place.name, p.place.country, p.place.kind]);
    assert.deepEqual(places, [
      ['Quetta', 'Quetta', 'PAK', 'city'],
      ['northern Pakistan', 'Northern Pakistan', 'PAK', 'region'],
      ['Nanaimo', 'Nanaimo', 'CAN', 'city'],
    ]);
    for (const mention of doc.places ?? []) assert.equal(doc.text.slice(mention.start, mention.end), mention.text);
  });

  it('finds a name whose first capital is no ASCII letter, and one of several words whose key is made only when asked', () => {
    // the scan tells an ASCII capital by its code and reads the others by the expression
    const doc = coder.code('Police arrested two men in Ürümqi on Monday, and troops moved into Östersund and Dar es Salaam overnight.');
    assert.deepEqual((doc.places ?? []).map((p) => [p.text, p.place.country]), [['Ürümqi', 'CHN'], ['Östersund', 'SWE'], ['Dar es Salaam', 'TZA']]);
    // a lower-case word is no name, whatever GeoNames holds
    assert.deepEqual((coder.code('Rebels said they would nice the offer.').places ?? []).map((p) => p.text), []);
  });

  it('leaves a name only GeoNames knows alone outside a phrase of place', () => {
    // "Nanaimo" is a Canadian town, but here nothing says it is a place
    const doc = coder.code('Nanaimo said the ministers had agreed to meet.');
    assert.deepEqual((doc.places ?? []).map((p) => p.text), []);
  });

  it('reads a dateline with its country ("SAMAWA, Iraq -") and one the text stage leaves ("ADEN/SANAA (Reuters) -")', () => {
    const doc = coder.code('SAMAWA, Iraq - Dutch troops patrolled the town on Sunday.');
    const dateline = doc.places?.find((p) => p.cue === 'dateline');
    assert.equal(dateline?.place.name, 'As Samawah');
    assert.equal(dateline?.place.country, 'IRQ');
    const second = coder.code('ADEN/SANAA (Reuters) - Yemen said on Monday it would free the prisoners.');
    assert.equal(second.places?.find((p) => p.cue === 'dateline')?.place.name, "Sanaa");
  });

  it('reads as the dateline\'s place the country of a camp or base no gazetteer knows ("KAMBEDI REFUGEE CAMP, Uganda -"), its date left out', () => {
    const camp = coder.code('KAMBEDI REFUGEE CAMP, Uganda - Aid workers said on Monday that food would run out within a week.');
    const dateline = camp.places?.find((p) => p.cue === 'dateline');
    assert.equal(dateline?.text, 'Uganda');
    assert.equal(dateline?.place.kind, 'country');
    assert.equal(dateline?.place.country, 'UGA');
    const { event } = eventOf('FORWARD OPERATING BASE LIONHEART, Iraq Oct. 3, 2004 - A US officer accused the militia of hiding weapons in mosques.', 'accused');
    assert.equal(event.location?.basis, 'dateline');
    assert.equal(event.location?.country, 'IRQ');
  });

  it('reads a dateline whose dash the wire dropped ("KANDAHAR, Afghanistan The ...", "NAIROBI Kenya\'s ...") but not a word in capitals', () => {
    const named = coder.code('KANDAHAR, Afghanistan The provincial governor urged tribal elders on Monday to hand over the gunmen.');
    const dateline = named.places?.find((p) => p.cue === 'dateline');
    assert.equal(dateline?.text, 'KANDAHAR');
    assert.equal(dateline?.place.country, 'AFG');
    const { event } = eventOf("NAIROBI Kenya's president urged rebel leaders on Monday to return to the talks.", 'urged');
    assert.equal(event.location?.basis, 'dateline');
    assert.equal(event.location?.name, 'Nairobi');
    for (const text of ['ABOUT forty villagers fled their homes, the mayor said.', 'THE Senate voted on Monday to cut farm subsidies.', 'US Secretary of State Colin Powell said the talks would resume.']) {
      assert.equal(coder.code(text).places?.find((p) => p.cue === 'dateline'), undefined, text);
    }
  });
});

describe('a given name in capitals at the start of a lead is no dashless dateline', () => {
  it('does not read a first name that a town also bears as the dateline\'s place', () => {
    // Vladimir, León and Hassan are large towns of GeoNames; Victoria is a capital of Parley's own gazetteer
    for (const text of [
      'VLADIMIR Sorokin told reporters on Monday that the factory would close.',
      'LEON Marsh accused the city council on Tuesday of wasting public money.',
      'HASSAN Farouk, the party leader, criticised the army on Sunday.',
      'VICTORIA Okafor said on Friday that she would run for the senate.',
    ]) {
      assert.equal(coder.code(text).places?.find((p) => p.cue === 'dateline'), undefined, text);
    }
  });

  it('still reads one of the gazetteer\'s own towns before a word that names no person', () => {
    const { event } = eventOf('SEOUL Police arrested two union leaders on Monday after a strike at a shipyard.', 'arrested');
    assert.equal(event.location?.name, 'Seoul');
    assert.equal(event.location?.basis, 'dateline');
  });
});

describe('event location', () => {
  it('places an event at the place in its phrase of place, with the words, the GeoNames entry and the reason', () => {
    const { event } = eventOf('A roadside bomb killed four soldiers near Kandahar on Thursday.', 'killed');
    assert.equal(event.location?.text, 'Kandahar');
    assert.equal(event.location?.country, 'AFG');
    assert.equal(event.location?.kind, 'city');
    assert.equal(typeof event.location?.geonameid, 'number');
    assert.equal(event.location?.basis, 'stated');
    assert.match(event.location?.reason ?? '', /Kandahar/);
  });

  it('resolves a homonym by the countries the document names (Tripoli in Lebanon, Tripoli in Libya)', () => {
    const lebanon = eventOf('Lebanese soldiers clashed with Islamist militants in Tripoli on Monday.', 'clashed').event;
    assert.equal(lebanon.location?.name, 'Tripoli');
    assert.equal(lebanon.location?.country, 'LBN');
    assert.match(lebanon.location?.reason ?? '', /Tripoli/);
    const libya = eventOf('Libyan police arrested six smugglers in Tripoli on Monday.', 'arrested').event;
    assert.equal(libya.location?.country, 'LBY');
    assert.notEqual(libya.location?.geonameid, lebanon.location?.geonameid);
  });

  it('places a statement with no place in its sentence at the dateline', () => {
    const { event } = eventOf('KABUL (Reuters) - The Afghan foreign minister on Tuesday accused Pakistan of sheltering insurgents.', 'accused');
    assert.equal(event.location?.basis, 'dateline');
    assert.equal(event.location?.name, 'Kabul');
    assert.equal(event.location?.text, 'KABUL');
  });

  it('places an attack on a town at the town, the town being the target ("shelled Zvornik")', () => {
    const { event } = eventOf('Serb gunners shelled Zvornik through the night.', 'shelled');
    assert.equal(event.location?.name, 'Zvornik');
    assert.equal(event.location?.country, 'BIH');
    assert.match(event.location?.reason ?? '', /target/);
  });

  it('gives an event with no place anywhere no location (null)', () => {
    const { event } = eventOf('The two leaders agreed to meet again next month.', 'agreed');
    assert.equal(event.location, null);
  });

  it("falls back to the actors' country, saying so", () => {
    const { event } = eventOf('Iraqi police arrested a suspected bomb maker on Sunday.', 'arrested');
    assert.equal(event.location?.basis, 'actors');
    assert.equal(event.location?.country, 'IRQ');
    assert.equal(event.location?.kind, 'country');
  });

  it('places material conflict between actors of several countries in the country of its local armed actors', () => {
    // (captives of a foreign country are left out before: "kidnapped two Turkish truck drivers" has Iraqi actors only)
    const { event } = eventOf('Iraqi insurgents ambushed a Turkish convoy on Monday.', 'ambushed');
    assert.equal(event.location?.country, 'IRQ');
    assert.equal(event.location?.text, 'Iraqi insurgents');
    assert.match(event.location?.reason ?? '', /local armed actors/);
  });

  it('reads a dateline ending in a colon ("MOSUL, Oct 3:") and places an event of unnamed actors there', () => {
    const { event } = eventOf('MOSUL, Oct 3: Gunmen killed a judge outside his home.', 'killed');
    assert.equal(event.location?.name, 'Mosul');
    assert.equal(event.location?.basis, 'dateline');
  });

  it('prefers the place naming the event noun ("the Kirkuk market bombing") to a phrase of place on another actor', () => {
    const { event } = eventOf('Police in Baghdad said the Kirkuk market bombing killed nine people.', 'bombing');
    assert.equal(event.location?.name, 'Kirkuk');
    assert.match(event.location?.reason ?? '', /event noun/);
  });

  it('reads a dateline in title case with its date and a colon ("Herat, Nov. 2 (AP):")', () => {
    const doc = coder.code('Herat, Nov. 2 (AP): Gunmen killed two election workers, officials said.');
    const dateline = doc.places?.find((p) => p.cue === 'dateline');
    assert.equal(dateline?.text, 'Herat');
    assert.equal(dateline?.place.country, 'AFG');
    assert.equal(doc.places?.filter((p) => p.text === 'Herat').length, 1, 'the dateline is not counted again as a name of the sentence');
  });

  it('reads a dateline in title case without a date before a dash ("Abuja, Nigeria - "), but not an agency\'s credit or a label', () => {
    const { event } = eventOf('Abuja, Nigeria - The government accused rebels of breaking the truce on Sunday.', 'accused');
    assert.equal(event.location?.name, 'Abuja');
    assert.equal(event.location?.basis, 'dateline');
    assert.match(event.location?.reason ?? '', /a statement: where the dateline places the report/);
    const dateline = (text: string) => coder.code(text).places?.find((p) => p.cue === 'dateline')?.text;
    assert.equal(dateline('Lisbon - Police arrested two men on Monday, officials said.'), 'Lisbon');
    assert.equal(dateline('Reuters - China rejected a call for talks, officials said.'), undefined);
    assert.equal(dateline('World News: China rejected a call for talks, officials said.'), undefined);
  });

  it("falls back to the document's main country as a country, not to the first city naming it", () => {
    const { event } = eventOf('The two leaders signed a trade pact. Gunmen later attacked a convoy near Kirkuk.', 'signed');
    assert.equal(event.location?.basis, 'implied');
    assert.equal(event.location?.kind, 'country');
    assert.equal(event.location?.name, 'Iraq');
    assert.equal(event.location?.text, 'Kirkuk');
  });

  it("does not place an event at the place of another event its words refer to (an arrest over a bombing in Mumbai)", () => {
    const doc = coder.code("Indian police said they had made a second arrest over last month's deadly train bombing in Mumbai.");
    const bombing = doc.events?.find((e) => e.trigger.text === 'bombing');
    const arrest = doc.events?.find((e) => e.trigger.text === 'arrest');
    assert.equal(bombing?.location?.name, 'Mumbai');
    assert.equal(arrest?.location?.name, 'India');
    assert.equal(arrest?.location?.basis, 'actors');
  });

  it('reads a bare "Gaza" as the Gaza Strip and "Gaza City" as the city', () => {
    const strip = eventOf('Soldiers clashed with rioters in Gaza on Friday.', 'clashed').event;
    assert.equal(strip.location?.name, 'Gaza Strip');
    assert.equal(strip.location?.kind, 'region');
    const city = eventOf('Israeli tanks shelled Gaza City on Monday.', 'shelled').event;
    assert.equal(city.location?.kind, 'city');
    assert.equal(city.location?.country, 'PSE');
  });

  it('places a visit in the visited country', () => {
    const { event } = eventOf('The Chinese premier visited Japan on Tuesday.', 'visited');
    assert.equal(event.location?.country, 'JPN');
    assert.equal(event.location?.basis, 'stated');
  });

  it("keeps the gazetteer's capital against a small namesake in a country the document names (Moscow, not Moscow, Idaho)", () => {
    const { event } = eventOf('The American envoy will fly to Moscow on Friday to discuss the arms treaty.', 'fly');
    assert.equal(event.location?.name, 'Moscow');
    assert.equal(event.location?.country, 'RUS');
  });

  it('gives the document its focus: the country and city named most', () => {
    const doc = coder.code('Gunmen attacked a checkpoint in Mosul on Monday. Police in Mosul said the attackers fled toward Syria.');
    assert.equal(doc.focus?.country?.code, 'IRQ');
    assert.equal(doc.focus?.city?.name, 'Mosul');
    assert.equal(doc.focus?.city?.mentions, 2);
  });
});
