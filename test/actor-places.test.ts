import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';
import { eventSummaries } from '../src/testing/role-cases.ts';

// Unnamed actors take the country where their sentence's events happen (src/actors/place-of-event.ts).
const coder = createCoder();
const coded = (text: string) => eventSummaries(coder.code(text, { published: '2024-05-02' }));
const codeOf = (text: string, words: string) => coder.code(text, { published: '2024-05-02' }).mentions?.find((m) => m.text === words)?.code;

describe('unnamed actors are placed where the event happens', () => {
  const cases: [rule: string, text: string, expected: string][] = [
    ['a phrase of place names the country', 'Gunmen kidnapped two Turkish truck drivers in northern Iraq on Monday.', '181 IRQ>TUR'],
    ['a capital in a phrase of place', 'Masked men shot dead a German engineer in the Yemeni capital Sanaa.', '193 YEM>DEU'],
    ['the only state institution the sentence names', 'Pakistani police said gunmen had kidnapped a Chinese engineer.', '181 PAK>CHN'],
    ['a nationality word places no one', 'Gunmen kidnapped two Turkish truck drivers.', '181 UNK>TUR'],
    ['a state named only by forces said to serve abroad yields to the dateline', 'KHARTOUM, Sudan (Reuters) - British peacekeepers arrested three suspected smugglers on Friday.', '173 GBR>SDN'],
    ['a state\'s troops with no word of serving abroad keep their country over a neighbour\'s dateline', 'KATHMANDU (Reuters) - Indian troops arrested four suspected smugglers on Friday.', '173 IND>IND'],
    ['troops led by a state yield to the dateline', 'MOGADISHU (Reuters) - US-led forces killed six gunmen in a raid on Tuesday.', '190 USA>SOM'],
    ['the country named after a dateline\'s town, read as a person\'s name', 'NANO, Pakistan (Reuters) - Pakistani troops arrested five militants in a raid on Sunday.', '173 PAK>PAK'],
  ];
  for (const [rule, text, expected] of cases) {
    it(`${rule}: "${text}"`, () => {
      const found = coded(text);
      assert.ok(found.some((event) => event.startsWith(expected)), `expected ${expected}; got ${found.join('; ') || 'no events'}`);
    });
  }

  it('places marchers "through" a capital, which is a place there, not its government, when a foreign leader is named', () => {
    assert.equal(codeOf('Thousands of students marched through central Lima on Saturday, denouncing the Spanish prime minister.', 'students'), 'PERCVL');
  });

  it('places the victims of an attack in a city of the country', () => {
    assert.equal(codeOf('A suicide bomber killed twelve civilians at a market in Peshawar.', 'twelve civilians'), 'PAKCVL');
  });

  it('places a judge of unknown country where the sentence is', () => {
    assert.equal(codeOf('Judge Maria Ferreira ordered the arrest of three Peruvian police officers in Lima.', 'Judge Maria Ferreira'), 'PERJUD');
  });

  it('places suspects: an agent word of their own (CRM; terror suspects INS)', () => {
    assert.equal(codeOf('Police detained six suspects after the raid in Peshawar.', 'six suspects'), 'PAKCRM');
  });

  // Armed irregulars and tribal men the wire names by a common word (data/actors/agents.tsv): each is
  // an actor, placed where it acts, so the deed it does has a doer.
  const irregulars: [text: string, words: string, expected: string][] = [
    ['Islamist militants holding three Korean aid workers in Somalia released a video.', 'Islamist militants', 'SOMINS'],
    ['Armed tribesmen kidnapped two Chinese road workers in Sudan on Sunday.', 'Armed tribesmen', 'SDNCVL'],
    ['Paramilitaries killed six villagers in northern Colombia.', 'Paramilitaries', 'COLINS'],
    ['Mujahideen fired rockets at a base near Kandahar.', 'Mujahideen', 'AFGINS'],
  ];
  for (const [text, words, expected] of irregulars) {
    it(`makes "${words}" an actor of the place it acts in`, () => assert.equal(codeOf(text, words), expected));
  }

  // "Radicals" and "loyalists" are most often a party's or a leader's own people, not armed men: no INS.
  it('makes no insurgents of party radicals or a leader\'s loyalists', () => {
    for (const text of [
      'Conservative Party loyalists applauded the finance minister\'s speech.',
      'Hardline radicals in the party called for a new leader in Rome.',
      'Loyalists of the former ruler marched in Kinshasa.',
    ]) {
      const codes = (coder.code(text, { published: '2024-05-02' }).mentions ?? []).map((m) => m.code);
      assert.ok(!codes.some((code) => code.endsWith('INS')), `${text}: ${codes.join(', ')}`);
    }
  });

  it('places clerics and workers too, not journalists', () => {
    assert.equal(codeOf('Radical cleric Abu Hamid called for calm in Najaf.', 'Radical cleric Abu Hamid'), 'IRQREL');
    assert.equal(codeOf('Striking workers blocked the port in Mombasa on Monday.', 'workers'), 'KENLAB');
    assert.equal(codeOf('Two journalists were detained in Mombasa on Monday.', 'Two journalists'), 'UNKMED');
  });

  it('places refugees named by their camp where the camp stands, not refugees met elsewhere', () => {
    const raid = coded('Israeli soldiers stormed the Nur Shams refugee camp in the West Bank on Tuesday.');
    assert.ok(raid.some((event) => event.includes('ISR>PSE')), raid.join('; '));
    const met = coder.code('Gunmen robbed refugees near the town of Abeche in Chad on Tuesday.', { published: '2024-05-02' }).mentions ?? [];
    assert.deepEqual(met.filter((m) => m.sector === 'REF').map((m) => m.code), ['UNKREF']);
  });

  it('takes no country from a border: the country named on it may be the one beyond', () => {
    assert.equal(codeOf('Gunmen seized three aid workers in a remote part of eastern Chad near the Sudan border, officials said.', 'Gunmen'), 'TCDINS');
    assert.equal(codeOf('Soldiers killed four militants in a mountain village near the border with Iran, officials said.', 'Soldiers'), 'UNKMIL');
    assert.equal(codeOf('Soldiers killed four militants in a mountain village near the Iranian border, officials said.', 'Soldiers'), 'UNKMIL');
  });

  it('places no one called foreign or from overseas: they come from elsewhere', () => {
    assert.equal(codeOf('Foreign diplomats toured the damaged reactor near Tehran on Friday.', 'Foreign diplomats'), 'UNKGOV');
    assert.equal(codeOf('Police officers guarded the port in Mombasa.', 'Police officers'), 'KENCOP');
  });

  it('places no world or international leaders in the country of the sentence: they are of no one country', () => {
    assert.equal(codeOf('The Kenyan president appealed to world leaders to send food.', 'world leaders'), 'UNKGOV');
    assert.equal(codeOf('International diplomats gathered in Nairobi on Monday.', 'International diplomats'), 'UNKGOV');
    assert.equal(codeOf('Senior diplomats gathered in Nairobi on Monday.', 'Senior diplomats'), 'KENGOV');
  });

  it('takes the dateline country when the sentence names it among other countries', () => {
    const text = 'MOSUL, Iraq (Reuters) - Insurgents killed three policemen at a checkpoint on Friday, U.S. and Iraqi officials said.';
    assert.equal(codeOf(text, 'Insurgents'), 'IRQINS');
    assert.equal(codeOf(text, 'three policemen'), 'IRQCOP');
  });

  it('takes no dateline country that the sentence does not name among several', () => {
    assert.equal(codeOf('MOSUL, Iraq (Reuters) - Rebels killed three policemen on Friday, Turkish and Syrian officials said.', 'Rebels'), 'UNKREB');
  });

  it('places no plural of a body a state has one of: they are of several states', () => {
    assert.equal(codeOf('AMMAN, Jordan - King Abdullah said friendly Western governments had urged Damascus and Baghdad to hold talks.', 'friendly Western governments'), 'UNKGOV');
    assert.equal(codeOf('Lebanon was criticised by several Arab states for its stance at the summit in Beirut.', 'several Arab states'), 'UNKGOV');
  });

  it('places no leaders named by a continent: they are of several states', () => {
    assert.equal(codeOf('European leaders endorsed new sanctions against Belarus on Thursday.', 'European leaders'), 'UNKGOV');
    assert.equal(codeOf('Arab militias raided three villages in Sudan on Friday.', 'Arab militias'), 'SDNINS');
  });

  it('takes the body an institution\'s agent belongs to ("of", "at"), not the country of the sentence', () => {
    const bank = coded('Officials of the International Monetary Fund criticized Laos over its budget.');
    assert.ok(bank.some((event) => event.startsWith('111 IGO') && event.includes('>LAO')), bank.join('; '));
    const court = coded('Judges at the UN war crimes tribunal imposed a court-appointed lawyer on the former Liberian leader.');
    const bank2 = coded('Officials at the World Bank praised Ghana for its reforms.');
    assert.ok(bank2.some((event) => event.startsWith('051 IGO') && event.includes('>GHA')), bank2.join('; '));
    assert.ok(court.some((event) => event.startsWith('172 IGO')), court.join('; '));
    assert.equal(codeOf('Officials in Laos criticized the bank.', 'Officials in Laos'), 'LAOGOV');
    assert.equal(codeOf('KABUL - The governor of the province of Kandahar met village elders, a US envoy said.', 'The governor'), 'AFGGOV');
  });

  it('keeps a member\'s own sector in a state\'s body, and reads no membership in "at" a building', () => {
    // a state's ministry gives its country, the police keep their sector (not the ministry's GOV)
    assert.equal(codeOf('Police at the Kenyan foreign ministry detained two students.', 'Police'), 'KENCOP');
    // police "at" a foreign consulate are posted there: the host country's, placed by the town
    assert.equal(codeOf('Police at the Turkish consulate in Tehran detained an Iranian student.', 'Police'), 'IRNCOP');
  });

  it('a pronoun that refers to a placed actor takes its country', () => {
    const doc = coder.code('KANDAHAR, Afghanistan - A senior tribal cleric urged his supporters on Monday to boycott the vote.', { published: '2024-05-02' });
    const his = doc.mentions?.find((m) => m.text === 'his');
    assert.equal(his?.country, 'AFG', `his: ${his?.code}`);
  });

  it('places no one when the phrases of place name two countries', () => {
    assert.equal(codeOf('Smugglers moved migrants from camps in Libya to boats in Italy.', 'Smugglers'), 'UNKCRM');
  });
});

describe('compound events', () => {
  it('puts the parties of talks "between" two sides in the source (PLOVER compound events)', () => {
    const found = coded('Peace talks between the Colombian government and FARC rebels resumed in Havana.');
    assert.ok(found.some((event) => event.startsWith('046 COL+COL>')), `got ${found.join('; ') || 'no events'}`);
  });
});

// A town whose name several countries share reads the same in both stages (src/actors/place-homonyms.ts).
describe('a homonym names one town for the actors and for the event location', () => {
  const codeIn = (text: string, words: string) => {
    const doc = coder.code(text, { published: '2024-05-02' });
    return { code: doc.mentions?.find((m) => m.text === words)?.code, places: (doc.places ?? []).map((p) => p.place.country), doc };
  };

  it('Tripoli in a document about Lebanon is the Lebanese port, for the gunmen too', () => {
    const { code, places } = codeIn('BEIRUT - Gunmen in Tripoli opened fire on an army patrol overnight, Lebanese security sources said. The Lebanese army sealed off two districts.', 'Gunmen in Tripoli');
    assert.equal(code, 'LBNINS');
    assert.ok(places.includes('LBN') && !places.includes('LBY'), `places: ${places.join(', ')}`);
  });

  it('Tripoli in a document about Libya stays the Libyan capital', () => {
    const { code, places } = codeIn('Gunmen in Tripoli stormed a ministry building on Sunday, Libyan officials said.', 'Gunmen in Tripoli');
    assert.equal(code, 'LBYINS');
    assert.deepEqual(places, ['LBY']);
  });

  it('the unnamed actors of a sentence placed by a homonym follow its reading', () => {
    const { doc } = codeIn('Militants in Tripoli shelled an army checkpoint on Tuesday, Lebanese officials said.', 'an army checkpoint');
    const placed = (doc.mentions ?? []).filter((m) => m.rule.endsWith('-placed') || m.rule.endsWith('-homonym'));
    assert.ok(placed.length > 0, 'expected a placed or re-read mention');
    for (const m of placed) assert.equal(m.country, 'LBN', `${m.text}: ${m.code}`);
  });

  it('Kingston in a Canadian report is the Ontario city, in a Jamaican one the capital', () => {
    assert.equal(codeIn('Police in Kingston detained four protesters outside the courthouse on Friday, Canadian officials said.', 'Police in Kingston').code, 'CANCOP');
    assert.equal(codeIn('Police in Kingston detained four protesters outside the courthouse on Friday, Jamaican officials said.', 'Police in Kingston').code, 'JAMCOP');
  });

  it('codes by the gazetteer alone without the places stage', () => {
    const plain = createCoder({ places: false });
    const mention = plain.code('Gunmen in Tripoli opened fire on an army patrol, Lebanese security sources said.').mentions?.find((m) => m.text === 'Gunmen in Tripoli');
    assert.equal(mention?.code, 'LBYINS');
  });
});

describe('a sea, gulf, strait or bay named after a country or city is no actor', () => {
  const cases: [text: string, notCountry: string][] = [
    ['Pirates seized a ship in the Gulf of Aden.', 'YEM'],
    ['China held naval exercises in the Sea of Japan.', 'JPN'],
    ['The storm moved across the Gulf of Mexico toward Texas.', 'MEX'],
    ['Iranian boats shadowed a tanker in the Gulf of Oman.', 'OMN'],
    ['A cyclone formed over the Bay of Bengal on Sunday.', 'BGD'],
    ['Fishermen were rescued in the Gulf of Thailand.', 'THA'],
    ['Pirates attacked a tanker in the Gulf of Guinea.', 'GIN'],
    ['The Philippine navy said South China Sea patrols would grow.', 'CHN'],
    ['India sent warships to the Arabian Sea.', 'SAU'],
    ['The US Navy patrolled the Persian Gulf.', 'IRN'],
    ['A ferry sank in the Sea of Marmara.', 'TUR'],
    ['Russian ships sailed through the Strait of Gibraltar.', 'GIB'],
  ];
  for (const [text, notCountry] of cases) {
    it(`${text} has no ${notCountry} actor`, () => {
      const doc = coder.code(text, { published: '2024-05-02' });
      const hit = doc.mentions?.find((m) => m.country === notCountry);
      assert.equal(hit, undefined, `${hit?.text} -> ${hit?.code}`);
    });
  }

  it('the event is no longer aimed at the country of the water', () => {
    assert.ok(!coded('China held naval exercises in the Sea of Japan.').some((e) => e.includes('JPN')), coded('China held naval exercises in the Sea of Japan.').join('; '));
  });
});
