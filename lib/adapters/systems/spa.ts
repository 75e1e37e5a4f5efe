import type { AdapterConfig } from '../adapter-config';

/**
 * "Regie1": a single-page app that renders after load and switches cases with pushState (demo
 * system c). Its class names are generated, so everything but the signal chips is read by label.
 */
export const spa: AdapterConfig = {
  id: 'spa',
  name: 'Regie1 (single-page app)',
  matches: ['*://localhost/spa/clienten/*', '*://127.0.0.1/spa/clienten/*'],
  ready: 'main dl',
  fields: {
    caseKey: { labels: ['Cliënt-ID'] },
    age: { labels: ['Leeftijd'] },
    postcode: { labels: ['Postcode'] },
    wijk: { labels: ['Wijk'] },
    household: { labels: ['Huishouden'] },
    language: { labels: ['Taal'] },
    need: [{ labels: ['Hulpvraag'] }],
    signals: '[class$="-tags"] > [class$="-chip"]',
  },
  zrm: {},
};
