import { describe, expect, it } from 'vitest';
import { findPersonalData, personalDataMessage } from '../../../lib/privacy/personal-data';

/*
 * The guard on street names and postcodes (issue 17, item 1): a task text for a volunteer
 * organisation may say where (the wijk) but not where the client lives. Written from Dutch usage:
 * a street is a capitalised name joined to a street ending ("de Kerkstraat") or a known pattern
 * ("Laan van …", "de Nieuwe Gracht"); the ordinary word ("de weg kwijt", "op de markt") is not.
 */

const NOW = new Date('2026-06-01T12:00:00Z');
const kinds = (text: string, place = false) => [...new Set(findPersonalData(text, { now: NOW, place }).map((f) => f.kind))];

describe('should refuse: a street name, with or without house number', () => {
  it.each([
    ['Ze woont aan de Kerkstraat en wil graag wandelen.', 'Kerkstraat'],
    ['Samen boodschappen doen, vertrek bij de Amsterdamsestraatweg.', 'Amsterdamsestraatweg'],
    ['Afspreken op het Vredenburgplein en dan samen koffie drinken.', 'Vredenburgplein'],
    ['Woont aan de Oudegracht, zoekt een maatje om mee te wandelen.', 'Oudegracht'],
    ['Meneer woont in de Burgemeester de Withstraat, tweede etage.', 'Burgemeester de Withstraat'],
    ['Ophalen aan de Van Asch van Wijckstraat voor de dagbesteding.', 'Van Asch van Wijckstraat'],
    ['Woont aan de Laan van Nieuw Oost-Indië, graag iemand uit de buurt.', 'Laan van Nieuw Oost-Indië'],
    ['Woont aan de Nieuwe Gracht, bovenwoning zonder lift.', 'Nieuwe Gracht'],
    ['Boodschappen doen, ze woont vlak bij de Biltsestraatweg.', 'Biltsestraatweg'],
    ['Samen fietsen vanaf de Merelslaan naar het buurthuis.', 'Merelslaan'],
    ['Hulp bij de tuin, ze woont aan de Vaartsche Rijnkade.', 'Vaartsche Rijnkade'],
    ['Wandelen vanaf de Maliesingel naar het park.', 'Maliesingel'],
    ['Hij woont aan de Rembrandtdreef in een flat.', 'Rembrandtdreef'],
    ['Woont aan de Brandsteeg, boven de winkel.', 'Brandsteeg'],
    ['Samen naar de winkel vanaf de Lekdijk.', 'Lekdijk'],
    ['Woont boven de bakker aan de Vismarkt.', 'Vismarkt'],
    ['Afspraak aan het Oefenpad bij de ingang.', 'Oefenpad'],
    ['Ze woont aan het Wilhelminapark, graag iemand die wil wandelen.', 'Wilhelminapark'],
    ['Woont aan de Testerhof, in de aanleunwoning.', 'Testerhof'],
    ['Kerkweg, begane grond: hulp bij de post.', 'Kerkweg'],
    ['Ze woont aan de kerkstraat en wil graag wandelen.', 'kerkstraat'],
  ])('"%s" (%s)', (text, street) => {
    const found = findPersonalData(text, { now: NOW });
    expect(found.map((f) => f.kind)).toEqual(['street']);
    expect(found[0]!.match).toBe(street);
  });

  it.each([
    ['Postcode 3531 AB, graag iemand uit de buurt.', '3531 AB'],
    ['Woont in 3531AB, graag iemand uit de buurt.', '3531AB'],
    ['Woont in 3531ab, graag iemand uit de buurt.', '3531ab'],
  ])('a postcode alone: "%s"', (text, postcode) => {
    expect(findPersonalData(text, { now: NOW })).toEqual([{ kind: 'postcode', match: postcode }]);
  });

  it('a street with house number or a full address stays one finding: an address', () => {
    expect(kinds('Samen wandelen vanaf Dorpsstraat 12 in de wijk.')).toEqual(['postcode_house_number']);
    expect(kinds('Kerkstraat 5, 3531 AB Utrecht')).toEqual(['postcode_house_number']);
    expect(kinds('4813 BK 12')).toEqual(['postcode_house_number']);
  });

  it('refuses a street or postcode given as the wijk', () => {
    expect(kinds('3531 AB', true)).toEqual(['postcode']);
    expect(kinds('Kanaleneiland, Kerkstraat 5', true)).toEqual(['postcode_house_number']);
    expect(kinds('Kanaleneiland, aan de Kerkstraat', true)).toEqual(['street']);
  });
});

describe('should pass: ordinary task text and wijk names', () => {
  it.each([
    'Hulp bij straatwerk en het onderhoud van de tuin.',
    'Straatwerk in de voortuin, samen de tegels leggen.',
    'Ze is de weg kwijt in de stad en wil leren reizen met de bus.',
    'Samen de weg naar de supermarkt leren lopen.',
    'Onderweg naar de dokter begeleiden, liever niet over de snelweg.',
    'Supermarkt bezoeken met hulp, één keer per week.',
    'Wandelen in het park, twee keer per week.',
    'Wandelen in het Griftpark met een maatje.',
    'Boodschappen op de markt op zaterdag.',
    'Koffie drinken op het plein bij het buurthuis.',
    'Op het Schoolplein samen met de kleinkinderen spelen.',
    'Het hof achter de flat onderhouden met de buren.',
    'Naar het kerkhof fietsen, samen met een vrijwilliger.',
    'Begeleiding naar de Arbeidsmarkt en een eigen baan.',
    'Samen schaatsen op de IJsbaan in de winter.',
    'Wandelen over het Fietspad langs de dijk en de kade.',
    'Zorgcentrum Rosenhof zoekt een maatje voor haar.',
    'Opslaan en daarna samen de brief versturen.',
    'Wil een maatje in Kanaleneiland of Overvecht.',
    'Graag iemand in de wijk Nieuwmarkt.',
    'Woont in Tolsteeg, graag iemand uit de buurt.',
    'Woont in de Reeshof, graag iemand uit de buurt.',
    'Medicatie 1000mg ophalen bij de apotheek, 2 keer per week.',
    'Sinds 2024 EU-subsidie voor het buurthuis, in 2025 en verder.',
    'Postcodegebied 3521 (wijk Noord)',
    'Humanitas thuisadministratie of het Rode Kruis, weg van de drukte.',
    'Hij wil weg uit de stad en zoekt rust in de natuur.',
  ])('"%s"', (text) => {
    expect(findPersonalData(text, { now: NOW })).toEqual([]);
  });

  it.each(['Kanaleneiland', 'Overvecht', 'Leidsche Rijn', 'Tolsteeg', 'Reeshof', 'Oosterpark', 'Nieuwmarkt', 'Wilhelminapark', 'Stevenshof', 'Zuidplein', 'Oog in Al'])(
    'the wijk field "%s"',
    (wijk) => expect(findPersonalData(wijk, { now: NOW, place: true })).toEqual([]),
  );
});

describe('the refusal names what to remove', () => {
  it('a street name and a postcode', () => {
    expect(personalDataMessage([{ kind: 'street', match: 'Kerkstraat' }])).toBe('bevat wat lijkt op een straatnaam; haal de straatnaam weg');
    expect(personalDataMessage([{ kind: 'postcode', match: '3531 AB' }])).toBe('bevat wat lijkt op een postcode; haal de postcode weg');
  });
});
