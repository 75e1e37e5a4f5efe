import type { AdapterConfig } from '../adapter-config';

/** "Keukentafel Online": an intake report of form controls and free text (demo system b). */
export const keukentafel: AdapterConfig = {
  id: 'keukentafel',
  name: 'Keukentafel Online (gespreksverslag)',
  matches: ['*://localhost/keukentafel/verslag/*', '*://127.0.0.1/keukentafel/verslag/*'],
  fields: {
    caseKey: { selector: '#registratienummer', labels: ['Registratienummer'] },
    birth: { selector: '#geboortejaar', labels: ['Geboortejaar'] },
    postcode: { selector: '#postcode', labels: ['Postcode'] },
    wijk: { selector: '#wijk', labels: ['Wijk'] },
    household: { selector: '#woonsituatie', labels: ['Woonsituatie'] },
    carer: { selector: '#mantelzorger', labels: ['Cliënt is mantelzorger'] },
    language: { selector: '#taal', labels: ['Gesproken taal'] },
    // The goal says what the client wants; the other two say why, and carry the words that match.
    need: [
      { selector: '#doel', labels: ['Wat wil de cliënt bereiken?'] },
      { selector: '#aanleiding', labels: ['Aanleiding'] },
      { selector: '#situatie', labels: ['Situatie'] },
    ],
    signals: 'input[name="signalen"]',
  },
  zrm: { container: '.kt-zrm' },
};
