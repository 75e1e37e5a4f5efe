// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { domainLine, readScore, readZrm, withoutZrmScores } from '../../../lib/adapters/read-zrm';

/*
 * ZRM layouts beyond "domain: score": radio groups, tables that mark the score with a symbol, bars
 * of five marks and scores written after "score" or "niveau". Each layout is read when it shows a
 * score and gives nothing when it does not (an unchecked group, an unmarked row, an empty bar).
 */

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html');
}

const scoresOf = (body: string) => readZrm(page(body)).scores;

/** Five radio buttons named `name`, the `checked` one (if any) checked; `label` gives each button's label text. */
function radios(name: string, checked: number | undefined, label: (n: number) => string = (n) => String(n), value: (n: number) => string = (n) => String(n)): string {
  return [1, 2, 3, 4, 5]
    .map((n) => `<label><input type="radio" name="${name}" value="${value(n)}"${n === checked ? ' checked' : ''}> ${label(n)}</label>`)
    .join('');
}

describe('ZRM radio groups', () => {
  it('reads a fieldset per domain from the checked button, and nothing from an unchecked group', () => {
    const scores = scoresOf(`<form>
      <fieldset><legend>Financiën</legend>${radios('fin', 2)}</fieldset>
      <fieldset><legend>Huisvesting</legend>${radios('huis', 4)}</fieldset>
      <fieldset><legend>Verslaving</legend>${radios('versl', undefined)}</fieldset></form>`);
    expect(scores).toEqual({ finances: 2, housing: 4 });
  });

  it('reads the score from the label when the value is no score, and from the value when the label is none', () => {
    const levels = ['Acute problematiek', 'Niet zelfredzaam', 'Beperkt zelfredzaam', 'Voldoende zelfredzaam', 'Volledig zelfredzaam'];
    const scores = scoresOf(`
      <fieldset><legend>Sociaal netwerk</legend>${radios('sn', 3, (n) => levels[n - 1]!, (n) => `opt${n}`)}</fieldset>
      <fieldset><legend>Justitie</legend>${radios('jus', 5, () => '', (n) => String(n))}</fieldset>
      <fieldset><legend>Wonen</legend>${radios('won', 2, (n) => `${n} - ${levels[n - 1]!.split(' ')[0]!.toLowerCase()}`, (n) => `x${n}`)}</fieldset>`);
    expect(scores).toEqual({ social_network: 3, justice: 5, housing: 2 });
  });

  it('does not read the option labels "1 2 3 4 5" of an unchecked group as a score', () => {
    const scores = scoresOf(`<div class="row"><label>Financiën</label><div>${radios('fin', undefined)}</div></div>
      <div class="row"><label>Huisvesting</label><div>${radios('huis', 3)}</div></div>
      <h3>Verslaving</h3><div>${radios('v', undefined)}</div>`);
    expect(scores).toEqual({ housing: 3 });
  });

  it('reads a label or text before the buttons, and not the previous group\'s label for an unnamed group', () => {
    const scores = scoresOf(`<div>
      <span>Geestelijke gezondheid</span> ${radios('gg', 2)}
      <span>Lichamelijke gezondheid</span> ${radios('lg', 4)}</div>
      <p>Justitie: <input type="radio" name="j" value="1"> <input type="radio" name="j" value="2" checked></p>
      <div><label>Participatie</label><div>${radios('p', undefined)}</div><div>${radios('q', 1)}</div></div>`);
    expect(scores).toEqual({ mental_health: 2, physical_health: 4, justice: 2 });
  });

  it('reads a radiogroup named by aria-labelledby', () => {
    const scores = scoresOf(`<span id="lbl-dag">Dagbesteding</span><div role="radiogroup" aria-labelledby="lbl-dag">${radios('d', 1)}</div>
      <span id="lbl-adl">ADL</span><div role="radiogroup" aria-labelledby="lbl-adl">${radios('a', undefined)}</div>`);
    expect(scores).toEqual({ daytime_activities: 1 });
  });

  it('reads a table of radio rows by the column header when buttons carry no score', () => {
    const row = (name: string, checked?: number) =>
      `<tr><td>${name}</td>${[1, 2, 3, 4, 5].map((n) => `<td><input type="radio" name="${name}" value="on"${n === checked ? ' checked' : ''}></td>`).join('')}</tr>`;
    const scores = scoresOf(`<table><thead><tr><th>Domein</th><th>Acuut</th><th>Niet zelfredzaam</th><th>Beperkt zelfredzaam</th>
      <th>Voldoende zelfredzaam</th><th>Volledig zelfredzaam</th></tr></thead>
      <tbody>${row('Financiën', 3)}${row('Huisvesting')}${row('Sociaal netwerk', 5)}</tbody></table>`);
    expect(scores).toEqual({ finances: 3, social_network: 5 });
  });

  it('reads the current group of a table with start and now radio groups', () => {
    const row = (name: string, start?: number, now?: number) =>
      `<tr><td>${name}</td>${[1, 2, 3, 4, 5].map((n) => `<td><input type="radio" name="${name}-s" value="${n}"${n === start ? ' checked' : ''}></td>`).join('')}` +
      `${[1, 2, 3, 4, 5].map((n) => `<td><input type="radio" name="${name}-n" value="${n}"${n === now ? ' checked' : ''}></td>`).join('')}</tr>`;
    const scores = scoresOf(`<table><tr><th></th><th colspan="5">Nu</th><th colspan="5">Start</th></tr>
      ${row('Financiën', 4, 2)}${row('Wonen', 3)}</table>`);
    // "Nu" is the left block here: the current one wins, not the right-most; Wonen was only scored at the start.
    expect(scores).toEqual({ finances: 4, housing: 3 });
  });
});

describe('ZRM tables with a marked column', () => {
  const header = `<tr><th>Domein</th><th>1</th><th>2</th><th>3</th><th>4</th><th>5</th></tr>`;
  const row = (name: string, mark: string, at?: number) => `<tr><td>${name}</td>${[1, 2, 3, 4, 5].map((n) => `<td>${n === at ? mark : ''}</td>`).join('')}</tr>`;

  it('reads the column of the mark, for every mark symbol, and nothing from an unmarked row', () => {
    const scores = scoresOf(`<table>${header}${row('Financiën', '●', 1)}${row('Huisvesting', '✓', 2)}${row('Verslaving', '✔️', 3)}
      ${row('Justitie', 'X', 4)}${row('ADL', 'x', 5)}${row('Sociaal netwerk', '•', 2)}${row('Participatie', '■', 3)}${row('Dagbesteding', '', 3)}</table>`);
    expect(scores).toEqual({ finances: 1, housing: 2, addiction: 3, justice: 4, adl: 5, social_network: 2, participation: 3 });
  });

  it('reads level words as column headers', () => {
    const scores = scoresOf(`<table><thead><tr><th></th><th>Acute problematiek</th><th>Niet zelfredzaam</th><th>Beperkt zelfredzaam</th>
      <th>Voldoende zelfredzaam</th><th>Volledig zelfredzaam</th></tr></thead><tbody>${row('Wonen', 'X', 4)}${row('Netwerk', '?', 2)}</tbody></table>`);
    expect(scores).toEqual({ housing: 4 });
  });

  it('does not read a mark under a header that is no score', () => {
    const scores = scoresOf(`<table><tr><th>Domein</th><th>Aandacht</th><th>Opmerking</th></tr><tr><td>Financiën</td><td>X</td><td></td></tr></table>`);
    expect(scores).toEqual({});
  });

  it('reads nothing from a row with a mark in every column', () => {
    expect(scoresOf(`<table>${header}<tr><td>Financiën</td>${'<td>X</td>'.repeat(5)}</tr></table>`)).toEqual({});
  });

  it('reads the mark under "Nu" when a table has a start and a now section', () => {
    const both = (name: string, start?: number, now?: number) =>
      `<tr><td>${name}</td>${[1, 2, 3, 4, 5].map((n) => `<td>${n === start ? '●' : ''}</td>`).join('')}${[1, 2, 3, 4, 5].map((n) => `<td>${n === now ? '●' : ''}</td>`).join('')}</tr>`;
    const heads = [1, 2, 3, 4, 5].map((n) => `<th>${n}</th>`).join('');
    const scores = scoresOf(`<table><thead><tr><th rowspan="2">Domein</th><th colspan="5">Startmeting</th><th colspan="5">Huidig</th></tr>
      <tr><th></th>${heads}${heads}</tr></thead><tbody>${both('Financiën', 1, 3)}${both('Huisvesting', 2)}${both('Verslaving')}</tbody></table>`);
    expect(scores).toEqual({ finances: 3, housing: 2 });
  });

  it('prefers the "Huidige meting" rows over the "Startmeting" rows of one table', () => {
    const scores = scoresOf(`<table>${header}<tr><td colspan="6">Startmeting</td></tr>${row('Financiën', '●', 1)}${row('Wonen', '●', 2)}
      <tr><td colspan="6">Huidige meting</td></tr>${row('Financiën', '●', 4)}${row('Wonen', '', 2)}</table>`);
    expect(scores).toEqual({ finances: 4, housing: 2 });
  });
});

describe('ZRM bars and labelled scores', () => {
  it('reads a bar of five marks: a digit wins, otherwise the filled marks count', () => {
    const scores = scoresOf(`<ul><li>Financiën ▮▮□□□ 2</li><li>Sociaal netwerk ■■■□□</li><li>Huisvesting ●●●●○</li>
      <li>Justitie ★☆☆☆☆</li><li>Verslaving ■■■■□ 3</li><li>ADL □□□□□</li><li>Participatie ■■■</li></ul>`);
    expect(scores).toEqual({ finances: 2, social_network: 3, housing: 4, justice: 1, addiction: 3 });
  });

  it('reads a bar in a value cell, a definition and a spaced bar', () => {
    const scores = scoresOf(`<table><tr><td>Wonen</td><td>█ █ █ ░ ░</td></tr><tr><td>Justitie</td><td>░░░░░</td></tr></table>
      <dl><dt>Financiën</dt><dd>●●○○○</dd><dt>Netwerk</dt><dd>●●●●● geweldig</dd></dl>`);
    expect(scores).toEqual({ housing: 3, finances: 2 });
  });

  it('reads "score: 3", "niveau 2", "(score 4)", "= 5" and "3 van 5" after the domain, not "2 kinderen"', () => {
    const scores = scoresOf(`<p>Financiën score: 3<br>Huisvesting - niveau 2 (niet zelfredzaam)<br>Verslaving (score 4)<br>Justitie = 5<br>
      Sociaal netwerk: 3 van 5<br>Huishouden: niveau 2 kinderen<br>Participatie: score onbekend</p>`);
    expect(scores).toEqual({ finances: 3, housing: 2, addiction: 4, justice: 5, social_network: 3 });
  });

  it('reads numbered domains', () => {
    expect(scoresOf(`<ol><li>1. Financiën: 2</li><li>3) Huisvesting 4/5</li></ol><label>2. Dagbesteding <input value="3"></label>`)).toEqual({
      finances: 2,
      housing: 4,
      daytime_activities: 3,
    });
  });

  it('reads a select in a table cell by its chosen option, not by all options', () => {
    const opts = (chosen: string) => ['', '1', '2', '3', '4', '5'].map((v) => `<option value="${v}"${v === chosen ? ' selected' : ''}>${v || '—'}</option>`).join('');
    const scores = scoresOf(`<table><tr><td>Financiën</td><td><select>${opts('4')}</select></td></tr><tr><td>Wonen</td><td><select>${opts('')}</select></td></tr></table>`);
    expect(scores).toEqual({ finances: 4 });
  });

  it('knows bars and labelled scores as ZRM lines and leaves them out of the case text', () => {
    expect(domainLine('Financiën ▮▮□□□')).toMatchObject({ domain: 'finances', score: 2 });
    expect(domainLine('Verslaving: score 2')).toMatchObject({ domain: 'addiction', score: 2 });
    expect(domainLine('Verslaving: veel zorgen')).toBeUndefined();
    expect(readScore('1 2 3 4 5')).toBeUndefined();
    expect(readScore('□□□□□')).toBeUndefined();
    expect(withoutZrmScores('Verslaving ■■□□□ 2\nVerslaving: score 3\nverslaving aan gokken')).not.toMatch(/verslaving ■|verslaving: score/);
    expect(withoutZrmScores('verslaving aan gokken')).toContain('verslaving');
  });

  it('reads a matrix written on one line after a label, and no matrix in a sentence with commas', () => {
    const line = readZrm(page('<p><b>ZRM (meting wijkverpleging, meneer):</b> Sociaal netwerk 3 · Dagbesteding 3 · ADL 4, Financiën 5</p>'));
    expect(line.scores).toEqual({ social_network: 3, daytime_activities: 3, adl: 4, finances: 5 });
    expect(readZrm(page('<p>Huisvesting, 3 kinderen thuis; wonen 3 jaar geleden verhuisd, financiën 2 keer besproken</p>')).scores).toEqual({});
  });

  it('reads scores given only in accessible names: aria-labelled items, and icons by their alt or title', () => {
    expect(scoresOf(`<div role="list" aria-label="Zelfredzaamheidsmatrix"><div role="listitem" aria-label="Financiën"><i aria-hidden="true"></i><b>2</b></div>
      <div role="listitem" aria-label="Sociaal netwerk"><b>4</b></div></div>`)).toEqual({ finances: 2, social_network: 4 });
    expect(scoresOf(`<ul><li><img src="f.svg" alt="Financiën: 2 – niet zelfredzaam"></li><li><span title="Huisvesting 4">🏠</span></li>
      <li><img src="logo.svg" alt="Logo gemeente"></li></ul>`)).toEqual({ finances: 2, housing: 4 });
  });

  // Caps, not timing: machines are shared, so the test checks what is read, not how fast.
  it('reads a hostile page within its caps: thousands of checked radios, marked cells and domain rows', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `<input type="radio" name="r${i}" value="3" checked>`).join('');
    const header = `<tr><th>Domein</th><th>1</th><th>2</th><th>3</th><th>4</th><th>5</th></tr>`;
    const rows = `<tr><td>Wonen</td>${'<td>●</td>'.repeat(2000)}</tr>` + `<tr><td>Financiën</td><td></td><td>●</td>${'<td>●</td>'.repeat(60)}</tr>`.repeat(300);
    const doc = page(`<table>${header}${rows}</table><div><span>Justitie</span>${many}</div>`);
    const { scores } = readZrm(doc);
    // Every column marked is no answer; of the 1000 one-button groups only the first stands right after Justitie's label.
    expect(scores.housing).toBeUndefined();
    expect(scores.finances).toBeUndefined();
    expect(scores).toEqual({ justice: 3 });
    // A generous limit: jsdom builds this page slowly on a loaded machine, and speed is not what is tested.
  }, 60_000);
});
