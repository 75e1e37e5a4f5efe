import { AdapterConfig } from '../adapter-config';

/**
 * For case systems nobody configured yet: the labels Dutch case systems commonly print. It
 * reads less reliably than a config, which is why configs come first in the registry.
 */
export const generic = AdapterConfig.parse({
  id: 'generic',
  name: 'Onbekend systeem (algemeen)',
  matches: ['<all_urls>'],
  fields: {
    caseKey: {
      labels: [
        'Dossiernummer', 'Cliëntnummer', 'Clientnummer', 'Cliënt-ID', 'Client-ID', 'Cliëntnr', 'Clientnr',
        'Registratienummer', 'Zaaknummer', 'Casusnummer', 'Dossiernr', 'Kenmerk',
      ],
    },
    birth: { labels: ['Geboortedatum', 'Geboortejaar', 'Geboren', 'Geb. datum'] },
    age: { labels: ['Leeftijd'] },
    postcode: { labels: ['Postcode', 'Adres', 'Woonadres'] },
    wijk: { labels: ['Wijk', 'Buurt', 'Stadsdeel'] },
    household: { labels: ['Huishouden', 'Woonsituatie', 'Gezinssamenstelling', 'Leefsituatie', 'Samenstelling huishouden'] },
    language: { labels: ['Taal', 'Voorkeurstaal', 'Gesproken taal', 'Moedertaal', 'Spreektaal'] },
    need: [
      { labels: ['Hulpvraag', 'Vraag', 'Hulpvraag cliënt', 'Wat wil de cliënt bereiken', 'Probleemomschrijving', 'Aanleiding'] },
    ],
    signals: '[class*="signal"] li, [class*="signaal"] li, [class*="signal"] input[type="checkbox"]',
    signalText: { labels: ['Bijzonderheden', 'Signalen', 'Aandachtspunten', 'Risicofactoren'] },
  },
});
