import type { AdapterConfig } from '../adapter-config';

/** "CliëntVolg": a classic server-rendered client file with labelled table rows and a ZRM table (demo system a). */
export const klassiek: AdapterConfig = {
  id: 'klassiek',
  name: 'CliëntVolg (klassiek dossier)',
  matches: ['*://localhost/klassiek/dossier/*', '*://127.0.0.1/klassiek/dossier/*', '*://localhost/test/vijandig*', '*://127.0.0.1/test/vijandig*'],
  fields: {
    caseKey: { labels: ['Dossiernummer'] },
    birth: { labels: ['Geboortedatum'] },
    postcode: { labels: ['Postcode'] },
    wijk: { labels: ['Wijk'] },
    household: { labels: ['Huishouden'] },
    language: { labels: ['Voorkeurstaal'] },
    need: [{ selector: '#hulpvraag', labels: ['Hulpvraag'] }],
    signals: 'ul.signalen li',
  },
  zrm: { container: '#zrm', scoreColumn: 'Huidige score' },
};
