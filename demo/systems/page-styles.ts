import { Hono } from 'hono';
import { EVAL_CASES } from '../../tests/eval/cases/index';
import { evalPagePath } from '../../tests/eval/eval-case';
import { DEMO_FOOTER_TEXT, html, trusted, type SafeHtml } from './html';

/*
 * The pages of the matching evaluation (tests/eval/cases/) as a browser meets them: five page
 * styles no adapter config was written for, so the extension reads them with the generic adapter.
 * The document is the one tests/eval/pipeline.ts builds for jsdom (title = case id, the case's
 * html as body), so Chromium and the Node pipeline read the same page.
 */

type Style = (typeof EVAL_CASES)[number]['style'];

const STYLE_INFO: Record<Style, string> = {
  'kop-alinea': 'Verslag met koppen en alinea’s, ZRM als tabel',
  formulier: 'Intakeformulier met velden en tekstvakken, ZRM als keuzelijsten',
  'zrm-lijst': 'Definitielijsten, ZRM als regels met de woorden van het niveau',
  kaartjes: 'Raster van kaartjes met labels en waarden, ZRM alleen in woorden',
  'tabel-verslag': 'Oud tabelverslag zonder koppen, ZRM als begin/nu-tabel',
};

function renderPage(title: string, body: SafeHtml): string {
  return html`<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`
    .value;
}

export function pageStyleRoutes(): Hono {
  const app = new Hono({ strict: false });
  app.get('/:style/:id', (c) => {
    const { style, id } = c.req.param();
    const found = EVAL_CASES.find((e) => e.id === id && e.style === style);
    if (!found) {
      return c.html(renderPage('Niet gevonden', html`<p>Evaluatiepagina niet gevonden.</p><p><a href="/">Naar de Handreiking demo</a></p><p>${DEMO_FOOTER_TEXT}</p>`), 404);
    }
    // The case's markup is the page itself: fixed, fictitious, script-free text in this repo.
    return c.html(renderPage(found.id, trusted(found.html)));
  });
  return app;
}

/** The evaluation pages for the demo index, one line of links per style. */
export function renderPageStylesSection(): SafeHtml {
  const styles = Object.keys(STYLE_INFO) as Style[];
  return html`<section>
    <h2>Andere paginastijlen (evaluatie)</h2>
    <p class="product">${EVAL_CASES.length} verzonnen casuspagina’s uit de matching-evaluatie, in stijlen waarvoor geen adapter is geschreven: de extensie leest ze met de generieke adapter.</p>
    <table>
      <thead><tr><th>Stijl</th><th>Pagina’s</th></tr></thead>
      <tbody>
        ${styles.map(
          (style) => html`<tr><td><code>${style}</code><br>${STYLE_INFO[style]}</td><td>${EVAL_CASES.filter((c) => c.style === style).map(
            (c, i) => html`${i > 0 ? ' · ' : ''}<a href="${evalPagePath(c)}">${c.id}</a>`,
          )}</td></tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}
