import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';
import { guideStatusLabel } from '../src/testing/guide-label.ts';
import { ROLE_PUBLISHED } from '../src/testing/role-cases.ts';

// Events named by a noun (AG guide: "the abuse scandal", "an expected assault"): which nouns code an
// event, with which status. Each case is a sentence of our own, through the whole pipeline.
const coder = createCoder();
const coded = (text: string) =>
  (coder.code(text, { published: ROLE_PUBLISHED }).events ?? []).map((e) => `${e.cameo.code} ${e.source.map((a) => a.code.slice(0, 3)).join('+')}>${e.target.map((a) => a.code.slice(0, 3)).join('+')} ${guideStatusLabel(e)}`);

describe('an uprising or violence a party is asked to abandon', () => {
  it('is going on: coded on its own, asserted, beside the appeal to de-escalate', () => {
    const events = coded('Egypt called on the Sudanese rebels to abandon their uprising against the government.');
    assert.ok(events.includes('0256 EGY>SDN asserted'), events.join('; '));
    assert.ok(events.some((event) => event.startsWith('180 SDN>') && event.endsWith(' asserted')), events.join('; '));
  });

  it('abandoned, is a de-escalation (087) and still the uprising that was', () => {
    const events = coded('Sudanese rebels abandoned their uprising against the government.');
    assert.ok(events.some((event) => event.startsWith('087 SDN>')), events.join('; '));
    assert.ok(events.some((event) => event.startsWith('180 SDN>')), events.join('; '));
  });

  it('called off, is a de-escalation (087); called a name ("called the violence shameful"), is none', () => {
    assert.ok(coded('The Moroccan rebels called off their uprising against the king.').some((event) => event.startsWith('087 MAR>')));
    assert.ok(!coded('Ghana called the violence in Tamale shameful.').some((event) => event.startsWith('087')));
    assert.ok(!coded('The junta called the revolt in the north a plot by foreign agents.').some((event) => event.startsWith('087')));
  });
});

describe('ratification', () => {
  it('of a named agreement is signing it (057), by its owner or the body that approves it', () => {
    assert.ok(coded('The Kenyan cabinet has cleared ratification of the trade protocol, a minister said.').some((event) => event.startsWith('057 KEN>')));
    assert.ok(coded("Parliament approved Ukraine's ratification of the border treaty on Tuesday.").some((event) => event.startsWith('057 UKR>')));
  });

  it('and approval of a named agreement is signing it too; backing one endorses it (051)', () => {
    assert.ok(coded("The Senate's approval of the arms treaty came after a long debate.").some((event) => event.startsWith('057 ')));
    assert.ok(coded("Canada's backing of the landmine treaty pleased campaigners.").some((event) => event.startsWith('051 CAN>')));
    assert.ok(!coded('The approval of the budget was delayed.').some((event) => event.startsWith('05')));
    assert.ok(!coded('The rebels have the support of the local population.').some((event) => event.startsWith('05')));
  });

  it('delayed, has not happened (negated); unlikely, is open (hypothetical)', () => {
    assert.ok(coded("Peru's signing of the fishing treaty with Chile was delayed.").includes('057 PER>CHL negated'));
    assert.ok(coded('The approval of the grain pact by the Mexican Congress is unlikely this year.').includes('057 MEX> hypothetical'));
  });

  it('backing a deal with a country does not back that country', () => {
    const events = coded("Norway's backing of the fishing accord with Iceland angered Danish fishermen.");
    assert.ok(events.includes('051 NOR> asserted'), events.join('; '));
  });

  it('codes nothing when it names no agreement, or a constitution', () => {
    assert.ok(!coded('The ratification process has stalled in Poland.').some((event) => event.startsWith('057')));
    assert.ok(!coded('Kenyan lawmakers debated ratification of the new constitution.').some((event) => event.startsWith('057')));
  });
});

describe('the abuse of prisoners', () => {
  it('is a physical assault (182) by its "by" phrase on the people held', () => {
    assert.ok(coded('The abuse of Kenyan prisoners by British soldiers caused outrage in Nairobi.').includes('182 GBR>KEN asserted'));
  });

  it('is coded in a scandal that names the prisoners ("the prisoner abuse scandal")', () => {
    assert.ok(coded('A report on the prisoner abuse scandal at a jail near Basra will blame senior officers.').some((event) => event.startsWith('182 >IRQ')));
  });

  it('is no event when no one held is named ("human rights abuses", "drug abuse")', () => {
    assert.ok(!coded('Amnesty accused Egypt of human rights abuses.').some((event) => event.startsWith('18')));
    assert.ok(!coded('The senator said drug abuse was rising in Chile.').some((event) => event.startsWith('18')));
  });
});

describe('a noun of the kind of event an earlier sentence coded', () => {
  it('refers back to it when definite ("The talks ...")', () => {
    assert.deepEqual(coded('Sudan and the rebels held talks in Abuja on Monday. The talks ended without agreement.').filter((event) => event.startsWith('046')).length, 1);
  });

  it('is another event when indefinite ("A large assault is expected"), with its own status', () => {
    const events = coded('Rebels and Kenyan forces clashed briefly on Thursday near the town. A large Kenyan assault is expected.');
    assert.ok(events.some((event) => event.startsWith('190 ') && event.endsWith(' asserted')), events.join('; '));
    assert.ok(events.includes('190 KEN>KEN intended'), events.join('; '));
  });

  it('refers back to it when, indefinite, it only describes it ("as a skirmish", "called it a raid", "it was a clash")', () => {
    const clash = 'Ugandan soldiers clashed with Congolese troops near the border.';
    for (const text of [`${clash} Kampala described the incident as a small skirmish.`, `${clash} It was a brief clash, officials in Kinshasa said.`]) {
      const events = coded(text);
      assert.deepEqual(events.filter((event) => event.startsWith('19')).length, 1, events.join('; '));
    }
    const events = coded('Turkish jets bombed a village in Iraq. Ankara called the operation a routine raid.');
    assert.deepEqual(events.filter((event) => event.startsWith('19') || event.startsWith('08')), ['195 TUR>IRQ asserted'], events.join('; '));
  });

  it('is another event when a free relative names it ("what he described as an offer"): no description of one told', () => {
    const events = coded('Uganda agreed to hold talks with Kenya on Monday. The Ugandan minister said the move followed what he described as an offer by the Kenyan president.');
    assert.ok(events.some((event) => event.startsWith('030 KEN>')), events.join('; '));
  });
});
