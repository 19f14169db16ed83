import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeBinary, describeLanguage } from './text-check.ts';

const ENGLISH = [
  'Iran accused Israel of spying.',
  'Pakistan tightens noose around Al-Qaeda militants near Afghan border: army (AFP)',
  'Secretary Rumsfeld Remarks En Route to El Salvador',
  'Reuters - World test wicket record holder Shane Warne grabbed six wickets as India established a handy 141-run first innings lead in the second Test on Thursday.',
  'KABUL, Afghanistan -- Vote counting started yesterday in Afghanistan\'s landmark election, widely expected to install US-backed Hamid Karzai as president.',
  'Canadian Press - VANCOUVER (CP) - The sister of a man who died after a violent confrontation with police has demanded the city\'s chief constable resign for defending the officer involved.',
  'Iranian President Masoud Pezeshkian has instructed the foreign minister to explore negotiations with the United States, provided that such talks take place in an atmosphere free from threats.',
];

const OTHER_LANGUAGES: [string, string][] = [
  ['German', 'Die Regierung in Berlin hat am Montag neue Sanktionen gegen den Iran angekündigt, nachdem die Gespräche über das Atomprogramm in Wien ohne Ergebnis zu Ende gegangen waren. Der Außenminister sagte, man sei weiterhin zu Verhandlungen bereit.'],
  ['French', "Le gouvernement français a annoncé lundi de nouvelles sanctions contre l'Iran, après l'échec des négociations sur le programme nucléaire à Vienne. Le ministre a déclaré que la France restait ouverte au dialogue."],
  ['Spanish', 'El gobierno de España anunció el lunes nuevas sanciones contra Irán, después de que las negociaciones sobre el programa nuclear en Viena terminaran sin resultados.'],
  ['Dutch', 'De Nederlandse regering heeft maandag nieuwe sancties tegen Iran aangekondigd, nadat de onderhandelingen over het nucleaire programma in Wenen zonder resultaat waren geëindigd.'],
  ['Indonesian', 'Pemerintah Indonesia pada hari Senin mengumumkan sanksi baru terhadap Iran, setelah perundingan mengenai program nuklir di Wina berakhir tanpa hasil.'],
  ['Turkish', "Türkiye hükümeti pazartesi günü İran'a karşı yeni yaptırımlar açıkladı. Viyana'daki nükleer program görüşmeleri sonuçsuz kaldıktan sonra Dışişleri Bakanı ülkenin diyaloğa açık olduğunu söyledi ve taraflara sağduyu çağrısında bulundu."],
  ['Russian', 'Правительство России в понедельник объявило о новых санкциях против Ирана после того, как переговоры по ядерной программе в Вене завершились безрезультатно.'],
  ['Chinese', '中国政府周一宣布对伊朗实施新的制裁，此前在维也纳举行的核计划谈判没有取得结果。外交部长表示，中国仍然愿意进行对话。'],
];

describe('describeLanguage', () => {
  for (const text of ENGLISH) {
    it(`never refuses English: "${text.slice(0, 50)}"`, () => assert.equal(describeLanguage(text), undefined));
  }
  for (const [language, text] of OTHER_LANGUAGES) {
    it(`reports ${language} as not English`, () => assert.match(describeLanguage(text) ?? '', /English text only/));
  }
});

describe('describeBinary', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('says that PDF is not supported yet', () => assert.match(describeBinary(bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj')) ?? '', /PDF is not supported yet/));
  it('finds NUL bytes', () => assert.match(describeBinary(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])) ?? '', /binary/));
  it('finds a high share of control characters', () => assert.match(describeBinary(Uint8Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 2 : 65))) ?? '', /control characters/));
  it('takes UTF-8 text with accents, tabs and line breaks as text', () => assert.equal(describeBinary(bytes('Außenminister\tsaid:\r\n« talks »\f')), undefined));
});
