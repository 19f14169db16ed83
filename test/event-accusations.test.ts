import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../src/coder.ts';
import { eventSummaries, ROLE_PUBLISHED } from '../src/testing/role-cases.ts';

// The ACCUSE family on wire text (issue 10): accusations, criticism, charges and trials, and the
// words whose type depends on what surrounds them. Each case is a sentence of our own.
const coder = createCoder();
const coded = (text: string) => eventSummaries(coder.code(text, { published: ROLE_PUBLISHED }));
const has = (found: string[], expected: string) => assert.ok(found.some((event) => event.startsWith(expected)), `expected ${expected}; got ${found.join('; ') || 'no events'}`);

describe('accusations told as a noun with a content clause', () => {
  it('codes "allegations by X that Y ..." as an accusation of Y by X', () => {
    has(coded('Tensions rose after allegations by the Kenyan president that Uganda was arming rebels.'), '112 KEN>UGA');
  });

  it('codes "its charges that Y ..." as an accusation by the owner', () => {
    has(coded('Kenya stepped up its accusations that Somali militias were raiding border towns.'), '112 KEN>SOM');
  });

  it('does not read a relative clause on the noun as what it alleges', () => {
    const found = coded('Washington accused Iran of hiding missiles, a charge that could derail the talks.');
    assert.equal(found.filter((event) => event.startsWith('112 ')).length, 1, found.join('; '));
  });

  it('does not take the victim of a passive content clause as the accused', () => {
    const found = coded('Egypt rejected allegations that a Sudanese student was beaten in police custody.');
    assert.ok(!found.some((event) => /^112 .*>SDN/.test(event)), found.join('; '));
  });

  it('leaves a claim alone: a claim that something holds accuses no one', () => {
    const found = coded('Iran\'s claim that its nuclear programme is peaceful was met with doubt in Europe.');
    assert.ok(!found.some((event) => event.startsWith('112 ')), found.join('; '));
  });
});

describe('criticism and allegations turned down', () => {
  it('gives rejected criticism to its author, not to the one rejecting it', () => {
    const found = coded('Egypt rejected the criticism from Washington.');
    has(found, '111 USA>EGY');
    assert.ok(!found.some((event) => event.startsWith('111 EGY')), found.join('; '));
  });

  it('codes no accusation by the one who dismisses it', () => {
    const found = coded('Pakistan dismissed Indian accusations that its army had shelled border villages.');
    assert.ok(!found.some((event) => event.startsWith('112 PAK')), found.join('; '));
  });
});

describe('figures of speech read as criticism', () => {
  it('codes no disapproval for a blow dealt, only the act that dealt it', () => {
    const found = coded('The walkout of the rebels dealt a major blow to the Congolese peace process.');
    assert.ok(!found.some((event) => event.startsWith('11')), found.join('; '));
    has(coded('Kenyan police dealt a heavy blow to Somali militants, arresting two of their commanders.'), '173 KEN>SOM');
  });

  it('codes no criticism when a rocket slams into a house', () => {
    const found = coded('A mortar shell slammed into a school in an Israeli town on Friday.');
    assert.ok(!found.some((event) => event.startsWith('11')), found.join('; '));
  });

  it('still codes "slammed" with a party as its object as criticism', () => {
    has(coded('The Egyptian foreign minister slammed Israel over the raid.'), '111 EGY>ISR');
  });

  it('codes "laid into" a party as criticism', () => {
    has(coded('China laid into the American missile shield plan on Tuesday.'), '111 CHN>USA');
  });
});

describe('criticism that mounts', () => {
  it('finds the criticised party in the "over" phrase of the verb saying the criticism grows', () => {
    has(coded('Criticism grew over the Thai government\'s handling of the protest.'), '111 >THA');
    has(coded('Aid stalled while criticism deepened over how the Kenyan cabinet handled the floods.'), '111 >KEN');
  });
});

describe('blame and charges by their prepositions', () => {
  it('finds the one blamed in the "on" phrase ("blamed the bombing on X", "was blamed on X")', () => {
    has(coded('Israel blamed the bus bombing on Hamas.'), '112 ISR>PSE');
    has(coded('The attack was blamed on Chechen rebels.'), '112 >RUS');
  });

  it('still takes the object as the one blamed when "on" opens a date', () => {
    has(coded('The Kenyan opposition blamed the government on Monday for the violence.'), '112 KEN>KEN');
  });

  it('codes "charged X over" a deed as a legal charge', () => {
    has(coded('Three Moroccans were charged on Monday over the train bombings.'), '112 >MAR');
  });

  it('codes no charge for fees', () => {
    const found = coded('The Kenyan water company charged customers higher fees over the summer.');
    assert.ok(!found.some((event) => event.startsWith('112 ')), found.join('; '));
  });
});

describe('denials told as rejections', () => {
  it('codes a charge or allegation denied in a relative clause as a denial, not a rejection', () => {
    for (const text of ['The rebels said government troops had killed 40 civilians, a charge the army denied.', 'Britain said the images proved Syria\'s plan to build chemical arms, an allegation Damascus dismissed as a fabrication.']) {
      const found = coded(text);
      assert.ok(found.some((event) => event.startsWith('016 ')) && !found.some((event) => event.startsWith('120 ')), `${text}: ${found.join('; ')}`);
    }
  });

  it('codes denied intent, links and wrongdoing as denials', () => {
    has(coded('The Iranian foreign minister denied any intent to produce nuclear weapons.'), '016 IRN>');
    has(coded('The Kenyan minister denied any wrongdoing.'), '016 KEN>');
  });

  it('still codes a permission denied as a rejection', () => {
    has(coded('Iraqi officials have been denied permission to visit the prisoners.'), '120 ');
  });
});

describe('"insisted" that asks nothing of anyone', () => {
  it('codes no demand when the insisting side says what it will do', () => {
    const found = coded('Iraqi authorities insisted that they would not free the female prisoners.');
    assert.ok(!found.some((event) => event.startsWith('100 ')), found.join('; '));
    has(found, '1243 IRQ');
  });

  it('still codes a demand when the clause says what another must do', () => {
    has(coded('Israel insisted that the plane land in Cyprus.'), '100 ISR');
  });
});

describe('anger caused by someone is disapproval of them', () => {
  it('codes "X angered Y" as criticism of X by Y', () => {
    has(coded('The Greek defence minister angered Turkey with his remarks on Cyprus.'), '111 TUR>GRC');
    has(coded('The new Israeli plan has infuriated the Palestinians.'), '111 PSE>ISR');
  });

  it('codes "X sparked outrage in Y" with Y as the source', () => {
    has(coded('The Albanian vote caused anger in Serbia.'), '111 SRB>ALB');
  });

  it('codes nothing when the cause is no actor', () => {
    const found = coded('The heavy floods angered Kenyan farmers.');
    assert.ok(!found.some((event) => event.startsWith('111 ')), found.join('; '));
  });

  it('does not read criticism drawn as a second act of the verb', () => {
    const found = coded('The Peruvian president\'s remarks drew criticism from Chile.');
    assert.equal(found.filter((event) => event.startsWith('111 ')).length, 1, found.join('; '));
  });
});
