import type { AdapterConfig } from '../adapter-config';

/**
 * For case systems nobody configured yet: the labels Dutch case systems commonly print. It
 * reads less reliably than a config, which is why configs come first in the registry.
 */
export const generic: AdapterConfig = {
  id: 'generic',
  name: 'Onbekend systeem (algemeen)',
  matches: ['<all_urls>'],
  fields: {
    caseKey: {
      labels: [
        'Dossiernummer', 'Cliëntnummer', 'Clientnummer', 'Cliënt-ID', 'Client-ID', 'Cliëntnr', 'Clientnr', 'Cliëntcode',
        'Registratienummer', 'Registratienr', 'Zaaknummer', 'Zaaknr', 'Zaak-ID', 'Casusnummer', 'Casusnr', 'Casus-ID', 'Casus',
        'Dossiernr', 'Dossier-ID', 'Dossier', 'Kenmerk', 'Cliënt-nr', 'Client-nr', 'Dossiernummer cliënt', 'Ons kenmerk',
        'Klantnummer', 'Klantnr', 'Cl.nr', 'Clnr', 'Cliënt nr', 'Client nr', 'Dossier nr', 'Dossiercode', 'Zaakcode', 'Casuscode', 'Referentienummer', 'Gezinsnummer', 'Gezinsnr', 'Plannummer', 'Plannr', 'Plan-nr',
        // Systems of international vendors, alone or beside the Dutch name.
        'Client ID', 'Client number', 'Case number', 'Case ID', 'File number',
      ],
    },
    birth: { labels: ['Geboortedatum', 'Geboortejaar', 'Geboren', 'Geb. datum', 'Geb.datum', 'Geb.jaar', 'Geb. jaar', 'Geb.dat', 'Geb. dat', 'Geboren op', 'Geb', 'Date of birth', 'Birth date', 'DOB', 'Year of birth'] },
    age: { labels: ['Leeftijd', 'Lft', 'Leeft', 'Age'] },
    postcode: { labels: ['Postcode', 'PC', 'Adres', 'Woonadres', 'Postcode en plaats', 'Postcode en woonplaats', 'Woonplaats', 'Tijdelijk adres', 'Verblijfadres', 'Postadres', 'Postal code', 'Postcode and city', 'Address'] },
    wijk: { labels: ['Wijk', 'Woonwijk', 'Buurt', 'Stadsdeel', 'Kern', 'Woonkern', 'Dorp', 'Wijkteam', 'Gebied', 'Werkgebied', 'District', 'Neighbourhood'] },
    household: { labels: ['Huishouden', 'Woonsituatie', 'Gezinssamenstelling', 'Leefsituatie', 'Samenstelling huishouden', 'Gezin', 'Thuissituatie'] },
    language: { labels: ['Taal', 'Voorkeurstaal', 'Voertaal', 'Gesproken taal', 'Moedertaal', 'Spreektaal', 'Thuistaal', 'Eerste taal', 'Communicatietaal', 'Taal cliënt', 'Language', 'Preferred language'] },
    gender: { labels: ['Geslacht', 'Gesl', 'Gender', 'Aanhef', 'M/V', 'Sex'] },
    name: { labels: ['Naam', 'Naam cliënt', 'Cliëntnaam', 'Cliënt', 'Client', 'Betrokkene', 'Aanvrager', 'Inwoner', 'Hoofdpersoon'] },
    need: [
      {
        labels: [
          'Hulpvraag', 'Hulpvraag cliënt', 'Hulpvraag van cliënt', 'Vraag', 'Vraag van cliënt', 'Vraag cliënt', 'Wat wil de cliënt bereiken',
          'Wat wil mevrouw', 'Wat wil meneer', 'Wat wil mevrouw bereiken', 'Wat wil meneer bereiken', 'Ondersteuningsvraag', 'Zorgvraag',
          'Hulpvraag en doelen', 'Doel', 'Doelen', 'Wens', 'Wensen', 'Wens van cliënt', 'Probleemomschrijving', 'Vraagverheldering',
          // "Wat wil mevrouw?", "Wat wil D.?", "Wat wil de cliënt?": read as a prefix.
          'Wat wil',
          // Intakes written as questions: "Wat is de vraag?", "Wat voor hulp wil ze?", "Welke hulp zoekt meneer?".
          'Wat is de vraag', 'Wat is de hulpvraag', 'Wat voor hulp', 'Welke hulp',
        ],
      },
    ],
    signals: '[class*="signal"] li, [class*="signaal"] li, [class*="signal"] input[type="checkbox"]',
    signalText: { labels: ['Bijzonderheden', 'Signalen', 'Aandachtspunten', 'Risicofactoren'] },
  },
  zrm: {},
};
