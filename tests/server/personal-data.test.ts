import { describe, expect, it } from 'vitest';
import { findPersonalData, isValidBsn, personalDataMessage } from '../../lib/privacy/personal-data';

const NOW = new Date('2026-06-01T12:00:00Z');
const kinds = (text: string) => findPersonalData(text, { now: NOW }).map((f) => f.kind);
const matches = (text: string) => findPersonalData(text, { now: NOW }).map((f) => f.match);

describe('isValidBsn (elfproef)', () => {
  it.each(['111222333', '123456782', '999999990'])('accepts %s', (bsn) => expect(isValidBsn(bsn)).toBe(true));
  it.each(['123456789', '111222334', '000000000', '12345678', 'abcdefghi'])('rejects %s', (bsn) =>
    expect(isValidBsn(bsn)).toBe(false),
  );
});

describe('findPersonalData', () => {
  it('finds a BSN that passes the elfproef, also written with dots or spaces', () => {
    expect(findPersonalData('BSN 111222333 bekend')).toEqual([{ kind: 'bsn', match: '111222333' }]);
    expect(kinds('bsn: 1234.56.782')).toEqual(['bsn']);
    expect(kinds('bsn: 1234 56 782')).toEqual(['bsn']);
  });

  it('ignores nine digits that fail the elfproef, and longer numbers', () => {
    expect(kinds('dossier 123456789')).toEqual([]);
    expect(kinds('kenmerk 1112223330')).toEqual([]);
  });

  it('finds e-mail addresses', () => {
    expect(findPersonalData('mail j.jansen@example.nl even')).toEqual([{ kind: 'email', match: 'j.jansen@example.nl' }]);
    expect(kinds('Piet.de-Vries+zorg@mail.buurt.example.com')).toEqual(['email']);
  });

  it.each([
    '06-12345678',
    '0612345678',
    '06 12 34 56 78',
    '06 1234 5678',
    '+31 6 12345678',
    '+31612345678',
    '+31 (0)6 12345678',
    '0031 6 12345678',
    '010-1234567',
    '020 123 4567',
    '0481-123456',
    '(0481) 123456',
  ])('finds the phone number %s', (phone) => {
    expect(findPersonalData(`bel ${phone} na vijven`, { now: NOW })).toEqual([{ kind: 'phone', match: phone }]);
  });

  it('finds two phone numbers next to each other separately', () => {
    expect(matches('06 12345678 010 1234567')).toEqual(['06 12345678', '010 1234567']);
  });

  it.each([
    ['4813 BK 12', '4813 BK 12'],
    ['4813BK 12a', '4813BK 12a'],
    ['Dorpsstraat 12, 4813BK', 'Dorpsstraat 12, 4813BK'],
    ['woont Kerkweg 7 sinds kort', 'Kerkweg 7'],
    ['4813bk, 3', '4813bk, 3'],
  ])('finds the address in "%s"', (text, match) => {
    expect(findPersonalData(text, { now: NOW })).toEqual([{ kind: 'postcode_house_number', match }]);
  });

  it.each(['12-03-1948', '12/3/48', '12 maart 1948', '3 mrt. 1951', '1948-03-12', 'geboren 01-05-2025'])(
    'finds the date of birth %s',
    (date) => expect(kinds(`cliënt ${date}`)).toEqual(['date_of_birth']),
  );

  it.each(['Mevrouw T. Voorbeeld-Jansen', 'dhr. de Vries', 'Mw. Steekproef', 'B. Demodijk', 'de heer Testman'])('finds the name %s', (name) => {
    expect(kinds(`hulp bij de post voor ${name}`)).toEqual(['name']);
  });

  it('lets a form of address without a name through', () => {
    expect(kinds('mevrouw wil graag 2 keer per week wandelen')).toEqual([]);
    expect(kinds('meneer zoekt een maatje om mee te fietsen')).toEqual([]);
  });

  it('lets recent or planned dates through: they are not birth dates', () => {
    expect(kinds('start gepland op 12-03-2026')).toEqual([]);
    expect(kinds('eerste bezoek 4 juni 2026')).toEqual([]);
  });

  it.each([
    'Ze wil 2 keer per week wandelen',
    'Graag iemand voor 1 à 2 uur, bij voorkeur op dinsdag',
    'Wachttijd ongeveer 3 weken, daarna 10 bezoeken',
    'Budgetcoaching via de Vrijwillige Hulpdienst, 2024 en verder',
    'Humanitas thuisadministratie, versie 3.2',
    'In 2024 is het 12 keer gelukt',
    'humanitas-thuisadministratie',
    'Postcodegebied 3521 (wijk Noord)',
    'Samen de post doornemen en een overzicht van rekeningen maken, twee keer per maand.',
    'Contact via de coördinator van Humanitas of het Rode Kruis',
  ])('finds nothing in the ordinary sentence "%s"', (text) => {
    expect(findPersonalData(text, { now: NOW })).toEqual([]);
  });

  it('reports findings in the order they appear', () => {
    expect(kinds('mail a@b.nl of bel 06-12345678, BSN 111222333')).toEqual(['email', 'phone', 'bsn']);
  });
});

describe('personalDataMessage', () => {
  it('says in Dutch what it looks like and what to do', () => {
    expect(personalDataMessage([{ kind: 'bsn', match: '111222333' }])).toBe('bevat wat lijkt op een BSN; haal persoonsgegevens weg');
    expect(
      personalDataMessage([
        { kind: 'email', match: 'a@b.nl' },
        { kind: 'phone', match: '0612345678' },
        { kind: 'email', match: 'c@d.nl' },
      ]),
    ).toBe('bevat wat lijkt op een e-mailadres en een telefoonnummer; haal persoonsgegevens weg');
  });
});
