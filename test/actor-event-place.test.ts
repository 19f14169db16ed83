import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';

// The last fallback of an unnamed actor's country: the place the places stage gives its event
// (src/actors/event-place.ts), when the actors stage's own reading of the sentence found none.
const coder = createCoder();
const plain = createCoder({ places: false });
const codeOf = (text: string, words: string, using = coder) => using.code(text, { published: '2024-05-02' }).mentions?.find((m) => m.text === words)?.code;
const actorsOf = (text: string, trigger: string) => {
  const event = coder.code(text, { published: '2024-05-02' }).events?.find((e) => e.trigger.text === trigger);
  return event && [...event.source, ...event.target].map((actor) => actor.code);
};

describe('unnamed actors take the country of the place where their event happens', () => {
  it('a town the gazetteer lacks, named on a place noun ("in a busy Netanya fish market")', () => {
    const text = 'A bomb hidden in a bag exploded in a busy Netanya fish market, killing four people.';
    assert.equal(codeOf(text, 'four people'), 'ISRCVL');
    // without the places stage, no event has a place, and the victims keep no country
    assert.equal(codeOf(text, 'four people', plain), 'UNKCVL');
  });

  it('the place a later sentence gives the same attack', () => {
    assert.equal(codeOf('A man broke into a kindergarten and stabbed six children. The attack in Wuhan, in the central province of Hubei, shocked the country.', 'six children'), 'CHNCVL');
  });

  it('the place an earlier sentence gives the fighting', () => {
    assert.equal(codeOf('Three policemen died and five were injured in a gunfight with militants in a village west of Kuwait City. Four gunmen were captured after the battle, police said.', 'Four gunmen'), 'KWTINS');
  });

  it("a dateline's town the gazetteer lacks, and the pronoun that refers to the actor placed", () => {
    const text = 'Canadian Press - KAMLOOPS, B.C. (CP) - Kamloops RCMP have named the auxiliary officer killed when his patrol car was hit by a stolen van as Mark Hollis, 41.';
    assert.equal(codeOf(text, 'the auxiliary officer'), 'CANMIL');
    assert.equal(codeOf(text, 'his'), 'CANMIL');
  });

  it('"local gunmen" of a region named in the clause before', () => {
    assert.deepEqual(actorsOf('Two Chinese workers were freed in the Niger delta on Monday, three days after they were kidnapped by local gunmen.', 'kidnapped'), ['NGAINS', 'CHNLAB']);
  });

  it('a city entered "into", not a phrase of place the actors stage reads', () => {
    const text = 'American and Iraqi soldiers fought their way into the town of Baquba on Friday to drive out insurgents.';
    assert.equal(codeOf(text, 'insurgents'), 'IRQINS');
    assert.equal(codeOf(text, 'insurgents', plain), 'UNKINS');
  });

  it('a place the other actors lend places people, not agents facing a state, nor hostages', () => {
    assert.equal(codeOf('The Kenyan crackdown on students angered rights groups.', 'students'), 'KENCVL');
    assert.equal(codeOf('Ugandans voted on Thursday for a president who will hold talks with Kenya.', 'a president'), 'UNKGOV');
    assert.equal(codeOf('Peruvian rebels freed six hostages on Friday.', 'six hostages'), 'UNKCVL');
    // strikes from the air or by artillery cross borders: the attacking state lends its victims nothing
    assert.equal(codeOf('An American air strike killed 12 villagers on Sunday.', '12 villagers'), 'UNKCVL');
  });

  it("a meeting's place is where the parties went, not where they are from", () => {
    assert.equal(codeOf('Negotiators held talks at the IAEA on Monday.', 'Negotiators'), 'UNKGOV');
  });

  it('no country for kidnappers from their victims\' country, nor for peacekeepers (AG guide: unstated affiliation is UNK)', () => {
    assert.equal(codeOf('Gunmen abducted three Nepalese cooks working for a Jordanian firm, the company said on Monday.', 'Gunmen'), 'UNKINS');
    assert.equal(codeOf('Chad will keep order in its eastern region but wants help from African peacekeepers, its interior minister said.', 'African peacekeepers'), 'UNKMIL');
  });
});
