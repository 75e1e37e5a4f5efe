import { Hono } from 'hono';
import { renderKlassiekDossier, type KlassiekView } from './klassiek';

/*
 * A hostile case page in CliëntVolg style. Every field holds something an adapter must survive:
 * markup that would run if anyone used innerHTML, bidi overrides, zero-width characters, emoji,
 * mojibake, out-of-range and non-numeric scores, a duplicated domain and a ~300 KB need text.
 * All of it is HTML-escaped on the page, so it shows as text and nothing runs.
 */

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const ZW = '\u200B\u200C\u200D\uFEFF'; // zero-width space, non-joiner, joiner, BOM
const RLO = '\u202E'; // right-to-left override
const PDF = '\u202C'; // pop directional formatting

/** The piece the huge need text repeats: Dutch that matches real offers, plus every kind of trouble. */
const NEED_CHUNK =
  `Mevrouw voelt zich eenzaam en zoekt een maatje voor wekelijks bezoek. ${SCRIPT} ${IMG} ` +
  `Zij spreekt Arabisch: مرحبا، أحتاج إلى مساعدة في الإدارة. עברית: אני צריכה עזרה. ` +
  `Onzichtbare tekens:${ZW}hier${ZW}tussen. Omgekeerd: ${RLO}gnidnebeg${PDF}. ` +
  `Emoji 👵🏽🏠💶🧾🚑❤️‍🩹 en mojibake: FinanciÃ«n, CliÃ«nt, ZelfredzaamheidÂ­matrix, â€œhulpâ€. ` +
  `"quotes" & 'apostrof' </div></p></textarea><!-- commentaar --> ]]> {{7*7}} \${7*7} `;

const TARGET_NEED_LENGTH = 300_000;

export function hostileNeedText(): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < TARGET_NEED_LENGTH; i++) {
    const piece = `[${i}] ${NEED_CHUNK}`;
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('');
}

export function hostileView(): KlassiekView {
  return {
    dossiernummer: `KD-2026-${ZW}0666${SCRIPT}`,
    naam: `${SCRIPT} Mevr. X. Vijandig-Test 👵🏼 ${RLO}nasnaJ${PDF}`,
    geboortedatum: '31-02-1899',
    bsn: IMG,
    adres: `${IMG} Vijandlaan 1"><svg onload=alert(1)>`,
    postcode: `48${ZW}13 BK`,
    woonplaats: 'DemostadÃ« ',
    wijk: `${RLO}tsoO${PDF} שכונה מזרח`,
    huishouden: `Alleenstaand'"><iframe src="javascript:alert(1)"></iframe>`,
    voorkeurstaal: 'العربية',
    zrmEdition: `2017${SCRIPT}`,
    zrm: [
      { leefgebied: `Finan${ZW}ciën`, start: '2', huidig: '2' },
      { leefgebied: 'Dagbesteding', start: '3', huidig: '9' },
      { leefgebied: 'Huisvesting', start: '-1', huidig: 'drie' },
      { leefgebied: 'Huiselijke relaties 🏠', start: '4', huidig: '4' },
      { leefgebied: 'Geestelijke gezondheid', start: '', huidig: '' },
      { leefgebied: 'Lichamelijke gezondheid', start: '3', huidig: '3.5' },
      { leefgebied: 'Verslaving', start: '<b>5</b>', huidig: SCRIPT },
      { leefgebied: 'Activiteiten dagelijks leven (ADL)', start: '3', huidig: '３' },
      { leefgebied: `Sociaal netwerk${RLO}`, start: '2', huidig: '2' },
      { leefgebied: 'SociaalÂ netwerk', start: '1', huidig: '1' },
      { leefgebied: 'Maatschappelijke participatie', start: '1', huidig: '1e0' },
      { leefgebied: 'Justitie', start: '5', huidig: '999999999999999999999' },
      { leefgebied: IMG, start: '1', huidig: '1' },
    ],
    hulpvraag: hostileNeedText(),
    signalen: [
      SCRIPT,
      `Huiselijk geweld${ZW}`,
      'Crisis 🚨',
      'TaalbarriÃ¨re',
      IMG,
      'Onbekend signaal',
      'x'.repeat(5000),
    ],
    notities: [
      { datum: '00-00-0000', auteur: SCRIPT, tekst: `</textarea>${SCRIPT} javascript:alert(1) ${IMG}` },
      { datum: '12-11-2026', auteur: 'J. de Demo', tekst: `${RLO}Dit is omgekeerde tekst${PDF} met ${ZW} onzichtbare tekens.` },
    ],
    recent: [
      { dossiernummer: 'javascript:alert(1)', naam: SCRIPT },
      { dossiernummer: '../../etc/passwd', naam: IMG },
    ],
  };
}

export function hostileRoutes(): Hono {
  const app = new Hono({ strict: false });
  app.get('/vijandig', (c) => c.html(renderKlassiekDossier(hostileView()).value));
  return app;
}
