// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ageFromProse, ageFromStrip, caseKeyFromText, postcode4FromText, wijkFromAddress, wijkFromValue } from '../../../lib/adapters/field-values';
import { collectLabelledValues } from '../../../lib/adapters/labelled-values';
import { readCase } from '../../../lib/adapters/read-whole-case';
import { domainLine, readZrm, scoreFromText } from '../../../lib/adapters/read-zrm';
import { generic } from '../../../lib/adapters/systems/generic';

/*
 * The generic reader on small hand-written pages, one reading rule per test: what a professional
 * reads on a page of a case system nobody configured, and the distractors they skip (other
 * clients in "Recent bekeken", the logged-in colleague, the husband's age in a carer's file).
 */

const NOW = new Date('2026-11-23T10:00:00+01:00');

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html');
}

function read(body: string) {
  return readCase(page(body), generic, { now: NOW });
}

describe('labelled fields', () => {
  it('pairs a label cell written in bold with the cell next to it', () => {
    const c = read(`<table><tr><td class="lbl"><b>Cliëntnr.:</b></td><td>C-448210</td></tr>
      <tr><td><b>Leeftijd:</b></td><td>74 jaar</td></tr><tr><td><b>Wijk:</b></td><td>Zuid</td></tr></table>`);
    expect(c).toMatchObject({ caseKey: 'C-448210', age: 74, wijk: 'Zuid' });
  });

  it('pairs two elements side by side in a row: <span>Label</span><span>value</span>', () => {
    const c = read(`<section><h3>Gegevens</h3>
      <div class="pair"><span>Registratienummer</span><span>BT-7741-22</span></div>
      <div class="pair"><span>Postcode</span><span>4814 GB</span></div>
      <div class="pair"><span>Wijk</span><span>Noord</span></div></section>`);
    expect(c).toMatchObject({ caseKey: 'BT-7741-22', postcode4: '4814', wijk: 'Noord' });
  });

  it('takes an abbreviated label ending in a dot for a label in such a row', () => {
    const c = read(`<div class="kv"><div class="k">Cliëntnr.</div><div class="v">BW-31907</div></div>
      <div class="kv"><div class="k">Geb. datum</div><div class="v">12-03-1985</div></div>`);
    expect(c).toMatchObject({ caseKey: 'BW-31907', age: 41 });
  });

  it('reads either name of a bilingual label, for facts and ZRM domains', () => {
    const c = read(`<form><div><label for="a">Client ID / Cliëntnummer</label> <input id="a" value="CD-552913"></div>
      <div><label for="b">Finances / Financiën</label> <input id="b" type="number" value="2"></div>
      <div><label for="c">Social network / Sociaal netwerk</label> <input id="c" type="number" value="3"></div></form>`);
    expect(c).toMatchObject({ caseKey: 'CD-552913', zrm: { scores: { finances: 2, social_network: 3 } } });
  });

  it('reads English labels, a girl as female and a domain with a note in brackets', () => {
    const c = read(`<form><label>Case number <input value="JD-2026-3317"></label>
      <label>Gender <select><option>Jongen</option><option selected>Meisje</option></select></label>
      <label>Preferred language <select><option selected>Türkçe</option><option>Nederlands</option></select></label>
      <label>Dagbesteding (school) <input type="number" value="3"></label></form>`);
    expect(c).toMatchObject({ caseKey: 'JD-2026-3317', gender: 'female', language: 'tr', zrm: { scores: { daytime_activities: 3 } } });
    expect(read(`<label>Dossiernummer <input value="JD-1"></label><label>Geslacht <select><option selected>Jongen</option></select></label>`)).toMatchObject({ gender: 'male' });
  });

  it('reads fields named only for screen readers (aria-label, aria-labelledby), not buttons or the menu', () => {
    const c = read(`<nav><span aria-label="Wijk">Noord</span></nav>
      <div role="region" aria-label="Cliënt"><span aria-label="Cliëntnummer">ZW-20931</span><span aria-label="Wijk">Oost</span>
      <button aria-label="Hulpvraag">✎</button></div>
      <h3 id="kop">Hulpvraag</h3><div class="x" aria-labelledby="kop"><div>Mevrouw wil graag samen eten met anderen.</div></div>`);
    expect(c).toMatchObject({ caseKey: 'ZW-20931', wijk: 'Oost' });
    expect(c?.needText).toContain('samen eten met anderen');
  });

  it('reads a print view\'s dotted leaders as label and value, facts and ZRM alike', () => {
    const c = read(`<div class="print-page"><pre class="kv">Dossiernummer ........ AF-2026-114
Leeftijd ............. 58 jaar
Financiën ............ 2
Sociaal netwerk ...... 3</pre></div>`);
    expect(c).toMatchObject({ caseKey: 'AF-2026-114', age: 58, zrm: { scores: { finances: 2, social_network: 3 } } });
  });

  it('does not take a date or a sentence standing first in a row for a label', () => {
    const values = collectLabelledValues(page(`<div><span>12-11-2026</span><span>Huisbezoek</span></div>
      <div><span>Ze belde gisteren.</span><span>Geen bijzonderheden</span></div>`));
    expect(values.has('12-11-2026')).toBe(false);
    expect(values.has('ze belde gisteren')).toBe(false);
  });

  it('reads a label that wraps its control by its own words, and a select left on its placeholder as empty', () => {
    const c = read(`<form><label>Registratienummer <input value="BT/2026/1187"></label>
      <label>Taal <select><option value="">— kies —</option><option value="ar" selected>Arabisch</option></select></label>
      <label>Wijk <select><option value="">— kies —</option><option value="noord">Noord</option></select></label></form>`);
    expect(c).toMatchObject({ caseKey: 'BT/2026/1187', language: 'ar' });
    expect(c!.wijk).toBeUndefined();
  });

  it('does not read a table under a heading as the heading\'s text', () => {
    const c = read(`<h2>Casus - SPOED</h2><table><tr><td><b>Zaaknr.:</b></td><td>Z2026-11-2044</td></tr>
      <tr><td><b>Naam:</b></td><td>Dhr. P. Casusman</td></tr></table>`);
    expect(c!.caseKey).toBe('Z2026-11-2044');
  });

  it('reads the loose lines under a bold heading, and a label written halfway a paragraph', () => {
    const c = read(`<p>Kenmerk: WTC/26/0917</p><div class="verslag"><div class="kop"><b>Verslag</b></div>
      Mevrouw woont sinds een jaar zelfstandig.<br><br>Hulpvraag: mevrouw wil iemand om samen mee te zwemmen.<br><br>Geen agressie.</div>
      <p>Mevrouw is moe. Ze weet niet hoe ze moet omgaan met haar zoon. Vraag van cliënt: praten met andere ouders.</p>`);
    expect(c!.needText).toContain('samen mee te zwemmen');
  });

  it('reads labels inside running text: "…, Leeftijd: 57 jaar, …" and "… Taal: Nederlands."', () => {
    const c = read(`<p>Zaaknummer: Z-26-04410</p><p>Mevr. B. Voorbeeldt, Leeftijd: 57 jaar, woont met haar zoon. Taal: Nederlands. Ze werkt.</p>`);
    expect(c).toMatchObject({ caseKey: 'Z-26-04410', age: 57, language: 'nl' });
  });

  it('does not take another person\'s field for the client\'s: "Naam medewerker", "Leeftijd partner"', () => {
    const c = read(`<dl><dt>Dossiernummer</dt><dd>D-1</dd><dt>Naam medewerker</dt><dd>Mevr. K. Collega</dd>
      <dt>Leeftijd partner</dt><dd>81</dd></dl>`);
    expect(c!.gender).toBeUndefined();
    expect(c!.age).toBeUndefined();
  });
});

describe('a table laid on its side', () => {
  it('reads the values under a row of labels when one row of values follows, with the short labels of an export', () => {
    const c = read(`<table><thead><tr><th>Dossier</th><th>Lft</th><th>Gesl</th><th>PC</th><th>Wijk</th><th>Middelen</th></tr></thead>
      <tbody><tr><td>CE-117730</td><td>58</td><td>M</td><td>4818</td><td>Oost</td><td>alcohol dagelijks</td></tr></tbody></table>
      <table><thead><tr><th>Fin</th><th>Huis rel</th><th>Soc netw</th></tr></thead><tbody><tr><td>4</td><td>2</td><td>niet zelfredzaam</td></tr></tbody></table>`);
    expect(c).toMatchObject({ caseKey: 'CE-117730', age: 58, gender: 'male', postcode4: '4818', wijk: 'Oost' });
    expect(c!.zrm.scores).toEqual({ finances: 4, domestic_relations: 2, social_network: 2 });
  });

  it('takes no value from a column of several rows: that is a list, none of it this case\'s', () => {
    const c = read(`<p>Dossier: K-1</p><table><thead><tr><th>Wijk</th><th>Lft</th></tr></thead><tbody><tr><td>Oost</td><td>58</td></tr><tr><td>Zuid</td><td>71</td></tr></tbody></table>`);
    expect(c!.wijk).toBeUndefined();
    expect(c!.age).toBeUndefined();
  });
});

describe('labels written in the text', () => {
  it('reads a key after an abbreviated label without a colon, up to the next word', () => {
    expect(read(`<p>Cliëntnr. 448120<br>Dhr. R. Proefpersoon</p>`)!.caseKey).toBe('448120');
    expect(read(`<p><strong>Dossiernr. 2026-1142</strong> — Dhr. H. Demo</p>`)!.caseKey).toBe('2026-1142');
  });

  it('reads a key in brackets, after a short label, or by its shape alone near the top of the case', () => {
    expect(read(`<h1>RE: zorgen om zoon – mw. Van Rooij [dossier 40-7731]</h1><p>Mevrouw maakt zich zorgen om haar zoon en wil praten met andere ouders.</p>`)!.caseKey).toBe('40-7731');
    expect(read(`<h1>update mw. Nowak (cl.nr 40-7790) – toeslagen</h1><p>Mevrouw wil hulp bij het aanvragen van huurtoeslag en kinderopvangtoeslag.</p>`)!.caseKey).toBe('40-7790');
    expect(read(`<p>Dagboek <b>DB-20260902</b> – dhr. T. Segers, Parkweg 120, 4812 HL</p><p>Meneer wil minderen met blowen en zoekt iemand om mee te praten.</p>`)!.caseKey).toBe('DB-20260902');
  });

  it('takes no code of another shape for a key: a postcode, a date, a version number', () => {
    const c = read(`<p>Versie 4.2 · 17-11-2026 · 4812 HL Demostad · NL-12</p><p>Hulpvraag: meneer wil minderen met blowen en zoekt iemand om mee te praten.</p>`);
    expect(c!.needText).toContain('minderen met blowen');
    expect(c!.caseKey).toBeUndefined();
  });

  it('finds no key where the label holds a name or a year', () => {
    expect(caseKeyFromText('mevrouw A. Voorbeeld-Pieters')).toBeUndefined();
    expect(caseKeyFromText('17-11-2026')).toBeUndefined();
    expect(caseKeyFromText('R 2026 3341')).toBe('R 2026 3341');
    expect(caseKeyFromText('WT-2026-0902 · Huisbezoek')).toBe('WT-2026-0902');
  });

  it('reads an age from "geb." and "Geboortejaar" in a list, on the Amsterdam date of now', () => {
    expect(read(`<p>Kenmerk: K-1</p><ul><li>Mevrouw S. Fictief</li><li>geb. 14-02-1997</li></ul>`)!.age).toBe(29);
    expect(read(`<p>Kenmerk: K-1</p><ul><li>Geboortejaar 1985</li></ul>`)!.age).toBe(41);
    // Born on the day itself: a birthday today counts.
    expect(read(`<p>Kenmerk: K-1</p><p>geb. 23-11-1995</p>`)!.age).toBe(31);
  });

  it('does not read "geboren in Syrië" or a contact date as a birth date', () => {
    const c = read(`<p>Kenmerk: K-1</p><p>Meneer is geboren in Syrië en woont sinds 2015 in Nederland.</p><p>Laatste contact: 17-11-2026</p>`);
    expect(c!.age).toBeUndefined();
  });

  it('reads a wijk from "wijk Oost" in the text, not from "dezelfde wijk" or the team\'s name', () => {
    expect(read(`<p>Kenmerk: K-1</p><p>Mevrouw woont in wijk Oost met haar zoon.</p>`)!.wijk).toBe('Oost');
    const c = read(`<table><tr><td>Sociaal Wijkteam Zuid</td></tr></table><p>Kenmerk: K-1</p><p>De familie woont in dezelfde wijk en zoekt contact.</p>`);
    expect(c!.wijk).toBeUndefined();
  });
});

describe('address and wijk', () => {
  it('reads the postcode from an address line without a label', () => {
    expect(read(`<p>Cliëntnr. 1234567</p><ul><li>Steekproefstraat 9, 4821 LM Demostad</li></ul>`)!.postcode4).toBe('4821');
  });

  it('prefers a full postcode and never takes a year from a date', () => {
    expect(postcode4FromText('Testlaan 8, 4814 CG Demostad')).toBe('4814');
    expect(postcode4FromText('Demostad, 4824 (Zuid)')).toBe('4824');
    expect(postcode4FromText('14-02-1945')).toBeUndefined();
  });

  it('does not take the address of the team\'s office or walk-in for the client\'s', () => {
    const c = read(`<p>Kenmerk: K-1</p><p>Gesprek op het wijkpunt Oost, Marktplein 1, 4811 AB Demostad (Centrum).</p>`);
    expect(c!.postcode4).toBeUndefined();
    expect(c!.wijk).toBeUndefined();
  });

  it('reads the wijk written with the address', () => {
    expect(wijkFromAddress('Nepstraat 40, 4813 KL Demostad (Noord)')).toBe('Noord');
    expect(wijkFromAddress('Demostad, 4824 (Zuid)')).toBe('Zuid');
    expect(wijkFromAddress('Demopad 12, 4814 HG, Noord')).toBe('Noord');
    expect(wijkFromAddress('Oefenstraat 31, 4821 KL Demostad')).toBeUndefined();
  });

  it('cuts a wijk field to its name', () => {
    expect(wijkFromValue('Zuid (postcode 4822)')).toBe('Zuid');
    expect(wijkFromValue('Hoogeloon. Haar man is overleden.')).toBe('Hoogeloon');
    expect(wijkFromValue('Wijkteam Noord')).toBe('Noord');
    expect(wijkFromValue('— kies —')).toBeUndefined();
    expect(wijkFromValue('en zoekt contact', true)).toBeUndefined();
  });
});

describe('distractors', () => {
  const recentAside = `<aside class="recent"><h4>Recent bekeken</h4><ul>
    <li><a href="#">Cliëntnr. 447930</a> <span>Mevr. L. Oefening</span></li><li><a href="#">WT-2026-08790 · Mevr. K. Test</a></li></ul></aside>`;
  const recentMenu = `<table><tr><td class="menu"><a href="#">Overzicht</a><br><a href="#">Cliënten</a><br><br>
    <b>Recent bekeken</b><br><a href="#">Dossiernummer: C-448199</a><br><a href="#">C-447930</a></td></tr></table>`;

  it('does not read "Recent bekeken" numbers as the case key', () => {
    expect(read(`${recentAside}<main><h1>Verslag</h1><p>Dossiernummer: WT-2026-08812</p></main>`)!.caseKey).toBe('WT-2026-08812');
    expect(read(`${recentMenu}<h2>Hulpvraag</h2><p>Mevrouw wil graag een maatje voor de wandeling.</p>`)!.caseKey).toBeUndefined();
    expect(read(`${recentAside}<h2>Hulpvraag</h2><p>Meneer wil graag een maatje voor de wandeling.</p>`)!.caseKey).toBeUndefined();
  });

  it('does not read a table headed "Recent bekeken" as the case', () => {
    const c = read(`<table><tr><th>Recent bekeken</th></tr><tr><td>Dossiernummer: 2026-0001</td></tr></table>
      <h2>Hulpvraag</h2><p>Mevrouw wil graag een maatje.</p>`);
    expect(c!.caseKey).toBeUndefined();
  });

  it('does not read the salutations of other clients or of the logged-in colleague as the client\'s gender', () => {
    const colleague = `<div class="banner">Ingelogd als: Mevr. K. Collega | Uitloggen</div>`;
    expect(read(`${colleague}${recentAside}<p>Dossiernummer: D-1</p><h2>Hulpvraag</h2><p>Meneer zoekt vervoer naar het ziekenhuis.</p>`)!.gender).toBe('male');
    expect(read(`${colleague}${recentAside}<p>Dossiernummer: D-1</p><h2>Hulpvraag</h2><p>Vervoer naar het ziekenhuis.</p>`)!.gender).toBeUndefined();
  });

  it('reads the case key from the page header when nothing else shows it, but not the menu in it', () => {
    const c = read(`<header><nav><a href="#">Dossier 77</a></nav><div>Dossiernummer: 2026-5501</div></header>
      <main><h2>Hulpvraag</h2><p>Mevrouw wil graag een maatje.</p></main>`);
    expect(c!.caseKey).toBe('2026-5501');
  });
});

describe('age in the prose', () => {
  it('reads "Mevrouw A. Testhoeve (79)" and "een 67-jarige man"', () => {
    expect(ageFromProse('Mevrouw A. Testhoeve (79) woont alleen.')).toBe(79);
    expect(ageFromProse('Het gaat om een 67-jarige man die alleen woont.')).toBe(67);
  });

  it('reads the age or birth date right after the name in a header strip, nothing further along', () => {
    expect(ageFromStrip('Dhr. J. Fictief · 35 jr · Dossier SW-26-0455', NOW)).toBe(35);
    expect(ageFromStrip('Mw. S. Testkamp-de Vries · 15-03-1982 · Dossier SW-26-0388', NOW)).toBe(44);
    expect(ageFromStrip('Mw. A. Proef · afspraak · 12-12-2026', NOW)).toBeUndefined();
    expect(ageFromStrip('Afspraak 12-03-1980 · Mw. A. Proef', NOW)).toBeUndefined();
    // In a man's file, the wife's strip is hers.
    expect(ageFromStrip('Mw. A. Proef · 80 jaar', NOW, 'male')).toBeUndefined();
  });

  it('does not read a relative\'s age as the client\'s', () => {
    expect(ageFromProse('Mevrouw zorgt voor haar 80-jarige moeder.')).toBeUndefined();
    expect(ageFromProse('Haar zoon (26) woont bij mevrouw in.')).toBeUndefined();
    // A woman caring for her husband: "Meneer (78)" is his age.
    expect(ageFromProse('Meneer (78) heeft Parkinson. Mevrouw zorgt dag en nacht voor hem.', 'female')).toBeUndefined();
    expect(ageFromProse('Meneer (78) heeft Parkinson.', 'male')).toBe(78);
  });

  it('uses the client\'s gender from the page to judge a salutation with an age', () => {
    const c = read(`<p>Kenmerk: MZ/1</p><dl><dt>Geslacht</dt><dd>vrouw</dd></dl><p>Meneer (78) heeft Parkinson en mevrouw zorgt voor hem.</p>`);
    expect(c!.age).toBeUndefined();
  });
});

describe('ZRM', () => {
  it('reads domain lines whose names have several words, and a split 2017 domain as the lower score', () => {
    const { scores } = readZrm(page(`<ul><li>Huiselijke relaties: 4 (voldoende zelfredzaam)</li><li>Werk &amp; opleiding 3/5</li>
      <li>Tijdsbesteding 4/5</li><li>Sociaal netwerk — niet zelfredzaam</li><li>Basale ADL: 4</li><li>Instrumentele ADL: 2</li></ul>`));
    expect(scores).toEqual({ domestic_relations: 4, daytime_activities: 3, social_network: 2, adl: 2 });
  });

  it('reads ZRM cards with the domain as a heading and the level in words', () => {
    const { scores } = readZrm(page(`<section><h3>Sociaal netwerk</h3><div class="level"><span class="dot"></span> Niet zelfredzaam</div></section>
      <section><h3>Huisvesting</h3><div>Voldoende zelfredzaam</div></section>`));
    expect(scores).toEqual({ social_network: 2, housing: 4 });
  });

  it('reads a select wrapped in its label, and skips a domain left unscored', () => {
    const opts = (chosen: string) =>
      ['', '1', '2', '3', '4', '5'].map((v) => `<option value="${v}"${v === chosen ? ' selected' : ''}>${v ? `${v} - niveau` : '— niet gescoord —'}</option>`).join('');
    const { scores } = readZrm(page(`<label>Financiën <select>${opts('1')}</select></label><label>Verslaving <select>${opts('')}</select></label>`));
    expect(scores).toEqual({ finances: 1 });
  });

  it('does not read a count as a score: "Huishouden: 2 kinderen", "Wonen: 3 kamers"', () => {
    expect(domainLine('Huishouden: 2 kinderen')).toBeUndefined();
    expect(scoreFromText('3 keer per week')).toBeUndefined();
    expect(scoreFromText('3 beperkt zelfredzaam')).toBe(3);
    expect(scoreFromText('4/5')).toBe(4);
  });

  it('reads the last score of a matrix that ends its sentence, and no decimal as a score', () => {
    const { scores } = readZrm(page(`<p><b>O</b> – Woning netjes. ZRM: Financiën 4, Dagbesteding 2, Geestelijke gezondheid 3.</p>`));
    expect(scores).toEqual({ finances: 4, daytime_activities: 2, mental_health: 3 });
    expect(scoreFromText('3.5')).toBeUndefined();
  });

  it('reads a matrix written with dashes between the domains, and the short forms of a hurried note', () => {
    expect(readZrm(page(`<p><b>Uw scores (ZRM 2013)</b><br>Huiselijke relaties 3 – Geestelijke gezondheid 2 – Fysieke gezondheid 3</p>`)).scores).toEqual({
      domestic_relations: 3,
      mental_health: 2,
      physical_health: 3,
    });
    expect(readZrm(page(`<div>ZRM Fin 2 – Dagb 2 – Huisv. 3 – SN 3 – MP 3</div>`)).scores).toEqual({
      finances: 2,
      daytime_activities: 2,
      housing: 3,
      social_network: 3,
      participation: 3,
    });
    // A diary line: the date, the writer and "ZRM (clt):" before the first domain.
    expect(readZrm(page(`<p>09-11 JvdL: ZRM (clt): Lich.gez. 2 / ADL 3 / Soc.netw. 3 / Geest.gez. 4</p>`)).scores).toEqual({
      physical_health: 2,
      adl: 3,
      social_network: 3,
      mental_health: 4,
    });
    expect(readZrm(page(`<p>12-11 MvD: ZRM Versl 2 / Dagb 2 / HR 4</p>`)).scores).toEqual({ addiction: 2, daytime_activities: 2, domestic_relations: 4 });
    // One domain with its level after a dash stays one reading.
    expect(domainLine('Financiën: 2 - niet zelfredzaam')).toMatchObject({ domain: 'finances', score: 2 });
  });

  it('reads a matrix drawn as an SVG chart: names then scores in the same order, or each name with its score', () => {
    const axes = ['Financiën', 'Huisvesting', 'Middelengebruik'].map((n) => `<text class="lbl">${n}</text>`).join('');
    const points = ['1', '2', '5'].map((v) => `<circle r="3"/><text class="val">${v}</text>`).join('');
    expect(readZrm(page(`<figure><svg>${axes}<polygon points="0,0"/>${points}</svg></figure>`)).scores).toEqual({ finances: 1, housing: 2, addiction: 5 });
    expect(readZrm(page(`<svg><text>Financiën</text><text>2</text><text>Sociaal netwerk</text><text>3</text></svg>`)).scores).toEqual({ finances: 2, social_network: 3 });
    // Scores that do not add up to the names are not guessed at.
    expect(readZrm(page(`<svg>${axes}<text>1</text><text>2</text></svg>`)).scores).toEqual({});
  });

  it('does not read a chart axis named "Middelengebruik" as drinking', () => {
    const c = read(`<p>Dossier MM-1</p><svg><text>Middelengebruik</text><text>Financiën</text><text>5</text><text>2</text></svg><p>Mw. wil hulp bij de post en de rekeningen.</p>`);
    expect(c!.flags).not.toContain('active_addiction');
    expect(c!.zrm.scores).toEqual({ addiction: 5, finances: 2 });
  });

  it('reads fields and scores that components name in attributes of their own', () => {
    const c = read(`<hr-app><client-header><small>Casus WW-31877</small></client-header>
      <hr-fields><hr-field label="Geboortedatum">12-04-1971</hr-field><hr-field label="Wijk">Oost</hr-field></hr-fields>
      <zrm-panel><zrm-meter domain="Sociaal netwerk" value="3" max="5">beperkt zelfredzaam</zrm-meter><zrm-meter name="Financiën">2</zrm-meter></zrm-panel>
      <table><tr><td data-label="Hulpvraag">Mevrouw wil praten met mensen die hetzelfde hebben.</td></tr></table></hr-app>`);
    expect(c).toMatchObject({ caseKey: 'WW-31877', age: 55, wijk: 'Oost', zrm: { scores: { social_network: 3, finances: 2 } } });
    expect(c!.needText).toContain('praten met mensen');
    // HTML's own attributes of those names are no labels: an <option label>, a control's name.
    const form = read(`<p>Kenmerk: K-1</p><select><option label="Financiën" selected>1</option></select><input name="leeftijd" value="44">`);
    expect(form!.age).toBeUndefined();
    expect(form!.zrm.scores).toEqual({});
  });

  it('reads no short form without a score after it, and none inside a word', () => {
    expect(readZrm(page(`<p>Ze gaat 2 - 3 keer per week naar de fin 2 markt. Wil naar MP 3 school.</p>`)).scores).toEqual({});
  });
});

describe('need', () => {
  it('takes "Wat wil …?" headings as the need', () => {
    const c = read(`<p>Cliëntnummer: 300-5521</p><h2>Wat wil D.?</h2><p>Hij wil graag sporten en nieuwe vrienden maken.</p><h2>Gezin</h2><p>Moeder heeft schulden.</p>`);
    expect(c!.needText).toContain('nieuwe vrienden maken');
    expect(c!.needText).not.toContain('schulden');
  });

  it('reads a control right under a need heading, not a form of several controls', () => {
    const c = read(`<p>Kenmerk: K-1</p><h2>Hulpvraag</h2><div class="field"><textarea>Mevrouw wil hulp bij de post.</textarea></div>`);
    expect(c!.needText).toBe('Mevrouw wil hulp bij de post.');
    const form = read(`<p>Kenmerk: K-1</p><h2>Hulpvraag</h2><div><input value="Naam"><input value="Adres"></div>`);
    expect(form!.needText).not.toContain('Naam');
  });

  it('reads the notes as the need on a case page without a need field', () => {
    const c = read(`<p>Casusnummer: N-26-0458</p><table><tr><td><b>Verslag MDO</b></td></tr>
      <tr><td><p>Moeder vraagt of er een vrijwilliger kan komen die met meneer gaat wandelen of sporten.</p></td></tr></table>`);
    expect(c!.needText).toContain('gaat wandelen of sporten');
  });

  it('reads a need whose label carries an enumerator ("P – Hulpvraag:", "3. Hulpvraag", "b) Hulpvraag")', () => {
    for (const label of ['P – Hulpvraag', '3. Hulpvraag', 'b) Hulpvraag']) {
      const c = read(`<p>Dossier SW-26-0412</p><p><strong>${label}:</strong> iemand die wekelijks langskomt voor een wandeling.</p>`);
      expect(c!.needText, label).toBe('iemand die wekelijks langskomt voor een wandeling.');
    }
  });

  it('keeps the note under a line that names a colleague: a dated line is no label of what follows', () => {
    const c = read(`<p>Dossier SW-26-0412</p><h1>Contactnotitie</h1><p class="meta">Huisbezoek 16-11-2026 · K. Collega (wijkcoach)</p>
      <div><p>Meneer vertelt dat de dagen lang zijn sinds zijn vrouw overleed en wil graag iemand om mee te wandelen.</p></div>`);
    expect(c!.needText).toContain('iemand om mee te wandelen');
    // A real field about the professional is still left out: the colleague's office is not the client's address.
    const field = read(`<p>Dossier SW-26-0412</p><dl><dt>Wijkcoach</dt><dd>Mevr. K. Collega, Marktplein 1, 4811 AA Demostad</dd><dt>Hulpvraag</dt><dd>Hulp bij de post.</dd></dl>`);
    expect(field!.postcode4).toBeUndefined();
  });

  it('keeps the case text under a professional\'s label when it is several sentences long', () => {
    const long = 'Mevrouw voelt zich alleen sinds de verhuizing en wil graag andere moeders leren kennen. '.repeat(3);
    const c = read(`<p>Dossier SW-26-0412</p><table><tr><th>Verslag wijkcoach</th><td>${long}</td></tr></table>`);
    expect(c!.needText).toContain('andere moeders leren kennen');
  });

  it('does not make a case of a page that has no case key, scores or need field', () => {
    expect(read(`<h1>Nieuws</h1><p>De gemeente opent volgende week een nieuw buurthuis aan het marktplein in Oost.</p>`)).toBeNull();
  });
});

describe('layout families first met in held-out set 5', () => {
  it('pairs a CSS-grid value with the label it points at by aria-describedby, facts and ZRM alike', () => {
    // All labels first, then all values: nothing but the reference ties them.
    const c = read(`<h1>Cliëntkaart</h1><div class="raster" style="display:grid">
      <span class="lbl" id="a0">Registratienummer</span><span class="lbl" id="a1">Leeftijd</span><span class="lbl" id="a2">Hulpvraag</span>
      <span class="val" aria-describedby="a0">2026-N-0733</span><span class="val" aria-describedby="a1">63</span>
      <span class="val" aria-describedby="a2">Hulp bij het op orde houden van zijn post.</span></div>
      <div class="raster"><span class="lbl" id="z0">Sociaal netwerk</span><span class="lbl" id="z1">Activiteiten dagelijks leven</span>
      <span class="val" aria-describedby="z0">2 – niet zelfredzaam</span><span class="val" aria-describedby="z1">3 – beperkt zelfredzaam</span></div>`);
    expect(c).toMatchObject({ caseKey: '2026-N-0733', age: 63, zrm: { scores: { social_network: 2, adl: 3 } } });
    expect(c!.needText).toContain('op orde houden van zijn post');
  });

  it('reads a grid\'s labels with their values, not as a run of field names', () => {
    const c = read(`<p>Dossier 2027-Z-0118</p><div class="raster" style="display:grid"><span id="k0">Inkomen</span><span id="k1">Schulden</span><span id="k2">Verslaving</span>
      <span aria-describedby="k0">bijstand</span><span aria-describedby="k1">Geen schulden: de vaste lasten gaan automatisch.</span><span aria-describedby="k2">nee</span></div>`);
    expect(c?.flags).toEqual([]);
    const yes = read(`<p>Dossier 2027-Z-0118</p><div class="raster"><span id="k1">Schulden</span><span id="k2">Inkomen</span><span aria-describedby="k1">ja, bij de energieleverancier</span><span aria-describedby="k2">bijstand</span></div>`);
    expect(yes?.flags).toEqual(['debts']);
  });

  it('reads a place written with the bare digits of its postcode, in fields and in prose', () => {
    expect(read(`<p>Dossier SW-26-0412</p><table><tr><th>Wijk / postcode</th><td>Oost / 4816</td></tr></table>`)).toMatchObject({ wijk: 'Oost', postcode4: '4816' });
    expect(read(`<p>Dossier SW-26-0412</p><p>Mevrouw woont alleen in Oost (4816) en wil graag iemand om mee te wandelen.</p>`)).toMatchObject({ wijk: 'Oost', postcode4: '4816' });
    expect(read(`<p>Dossier SW-26-0412</p><p>Meneer woont alleen in Oost, postcode 4819, en zoekt iemand om mee te praten.</p>`)).toMatchObject({ wijk: 'Oost', postcode4: '4819' });
    // A year after a capitalised word is no postcode.
    expect(read(`<p>Dossier SW-26-0412</p><p>In 2014 verloor meneer zijn baan en sindsdien komt hij weinig buiten.</p>`)).toMatchObject({ wijk: undefined, postcode4: undefined });
  });

  it('does not take a year before "en" for a postcode, nor a salutation after "dorp." for a wijk; reads a client\'s address beside a team\'s sentence', () => {
    const c = read(`<p>Dossier SW-26-0412</p><p>Dhr. Peter van Dam woont alleen in Oost, postcode 4819. Het traject van het wijkteam loopt sinds 2025 en sluit in december.</p>`);
    expect(c).toMatchObject({ postcode4: '4819', wijk: 'Oost' });
    const village = read(`<p>Dossier SW-26-0412</p><table><tr><th>Woonplaats</th><td>Prinsenbeek (4841), buiten de stad</td></tr></table>
      <p>Aanvraag via het steunpunt in het dorp. Dhr. kan de telefoon goed gebruiken.</p>`);
    expect(village).toMatchObject({ postcode4: '4841', wijk: 'Prinsenbeek' });
  });

  it('reads a question-and-answer intake in <details>: the summary is the label, the rest its value', () => {
    const c = read(`<nav>Dossiers › DOS-55117 › Intake</nav><h1>Intake</h1><section class="faq">
      <details open><summary>Dossiernummer</summary><div>DOS-55117</div></details>
      <details open><summary>Wat voor hulp wil ze?</summary><div><p>Overzicht in haar post.</p></div></details>
      <details open><summary>Hoe scoort de cliënt op de ZRM?</summary><div><p>Financiën: 3 · Sociaal netwerk: 2</p></div></details></section>`);
    expect(c).toMatchObject({ caseKey: 'DOS-55117', zrm: { scores: { finances: 3, social_network: 2 } } });
    expect(c!.needText).toContain('Overzicht in haar post');
  });

  it('reads the lines of a <pre> phone note one by one', () => {
    const c = read(`<pre>TEL. INTAKE 23-11-2026 reg.nr T-26-8841
clt.: mw. S. (Sandra) de Wit, 38 jr, woont Zuid, 4823
i.o.m. gemeente gebeld.</pre>`);
    expect(c).toMatchObject({ age: 38, wijk: 'Zuid', postcode4: '4823' });
  });

  it('reads the age after a full name, a call name in brackets, "is N jaar" and a client label', () => {
    expect(read(`<p>Dossier D-5510</p><p>Dhr. Gerrit Bosman, 78 jaar, woont alleen en voelt zich eenzaam.</p>`)?.age).toBe(78);
    expect(read(`<p>Dossier D-5510</p><p>Mevrouw Verschuren is 84 jaar en woont alleen.</p>`)?.age).toBe(84);
    expect(read(`<p>Dossier D-5510</p><p>Mrs Grace Okafor (36) lives with her husband.</p>`)?.age).toBe(36);
    expect(read(`<p>Dossier D-5510</p><ul><li><b>Jongere:</b> Lotte de Graaf, 17 jaar, meisje</li></ul>`)?.age).toBe(17);
    // "mevrouw en zoon (19)": lower-case words after a salutation are no name.
    expect(read(`<p>Dossier D-5510</p><p>Gezin: mevrouw en zoon (19).</p><p>Mevrouw (52) vraagt hulp bij de administratie.</p>`)?.age).toBe(52);
  });
});

describe('ZRM domains cut short', () => {
  it('reads a two-word domain with both words abbreviated, and not a word that only starts alike', () => {
    const c = read(`<p>Dossier T-26-8841</p><pre>ZRM (dhr.): huisel. relaties 2 / geestel. gezondh. 2 / soc. netwerk 2 / financiën 4</pre>`);
    expect(c?.zrm.scores).toEqual({ domestic_relations: 2, mental_health: 2, social_network: 2, finances: 4 });
    expect(domainLine('maatsch. part. 3')).toMatchObject({ domain: 'participation', score: 3 });
    expect(domainLine('geestig gezond 3')).toBeUndefined();
  });
});

describe('the case text keeps its capitals', () => {
  it('keeps a relative\'s name a name, so what the named relative does is theirs', () => {
    const c = read(`<p>Dossier 2026-O-0684</p><p>Mevrouw woont met haar zoon Ricardo (27).</p><p>Ricardo gebruikt cocaïne. Verslaving: 4.</p>`);
    expect(c?.flags).not.toContain('active_addiction');
    expect(c?.household.relativeWithAddiction).toBe(true);
  });
});

describe('household words', () => {
  it('reads the age of a child named by name after "vader van" / "moeder van"', async () => {
    const { youngestChildAge } = await import('../../../lib/adapters/household-words');
    expect(youngestChildAge('alleenstaande vader van Sven (8 jaar, autisme)')).toBe(8);
    expect(youngestChildAge('moeder van Aya (3 jaar) en Sami (6 jaar)')).toBe(3);
    // A parent's own age is no child's, and a count of children is no age.
    expect(youngestChildAge('haar moeder van 80 jaar')).toBeUndefined();
    expect(youngestChildAge('moeder van 2 kinderen')).toBeUndefined();
  });
});

describe('family plans: several persons, one client', () => {
  const plan = (role: string, hoofd = '') => `<header><p>Plannummer <strong>1G1P-2026-0412</strong> · vastgesteld 18 november 2026</p></header>
    <main>${hoofd}<table class="gezin"><thead><tr><th>Naam</th><th>Rol</th><th>Leeftijd</th></tr></thead><tbody>
    <tr><td>Ron Dekker</td><td>vader</td><td>45 jaar</td></tr><tr><td>Marieke Dekker</td><td>${role}</td><td>41 jaar</td></tr>
    <tr><td>Noor Dekker</td><td>dochter</td><td>13 jaar</td></tr></tbody></table>
    <h2>Wat wil het gezin bereiken?</h2><blockquote>Ik wil praten met anderen die dit meemaken.</blockquote>
    <section><h3>Marieke</h3><table><tr><th>Doel</th><td>Rust in huis.</td></tr></table></section></main>`;

  it('reads the plan number in the header as the case key', () => {
    expect(read(plan('moeder, hoofdpersoon'))?.caseKey).toBe('1G1P-2026-0412');
  });

  it('takes the age and gender of the row marked as the client, or named as the client, not the family\'s', () => {
    expect(read(plan('moeder, hoofdpersoon'))).toMatchObject({ age: 41, gender: 'female' });
    expect(read(plan('moeder', '<p>Hoofdpersoon van dit plan: <strong>Marieke Dekker</strong></p>'))).toMatchObject({ age: 41, gender: 'female' });
    // Nobody marked: no row is the client's.
    expect(read(plan('moeder'))?.age).toBeUndefined();
  });

  it('reads another member\'s row as theirs: the partner\'s drinking is no flag of the client\'s', () => {
    const c = read(`<p>Plannummer 1G1P-2026-0398</p><table><thead><tr><th>Naam</th><th>Rol</th><th>Leeftijd</th><th>Bijzonderheden</th></tr></thead><tbody>
      <tr><td>Marieke Dekker</td><td>moeder, hoofdpersoon</td><td>41 jaar</td><td>werkt als doktersassistente</td></tr>
      <tr><td>Ron Dekker</td><td>partner</td><td>44 jaar</td><td>drinkt elke dag, vooral 's avonds; ziet het zelf niet als probleem</td></tr></tbody></table>`);
    expect(c?.flags).not.toContain('active_addiction');
    expect(c?.flags).not.toContain('no_motivation');
    expect(c?.household.relativeWithAddiction).toBe(true);
  });

  it('reads every answer to the questions about the need, not only the first label\'s', () => {
    const need = read(plan('moeder, hoofdpersoon'))!.needText;
    expect(need).toContain('praten met anderen die dit meemaken');
    expect(need).toContain('Rust in huis');
  });
});

describe('the client\'s language in prose', () => {
  it('reads the language named as hers, spoken or interpreted; Dutch is no answer', async () => {
    const { languageFromProse } = await import('../../../lib/adapters/language-names');
    expect(languageFromProse('spreekt weinig Nederlands; Turks is haar eerste taal')).toBe('tr');
    expect(languageFromProse('statushouder uit Eritrea; spreekt Tigrinya en een beetje Engels')).toBe('ti');
    expect(languageFromProse('via tolkentelefoon (Arabisch)')).toBe('ar');
    expect(languageFromProse('She speaks English, very little Dutch.')).toBe('en');
    expect(languageFromProse('Mevrouw spreekt goed Nederlands.')).toBeUndefined();
  });

  it('takes the language from the client\'s row of a family table, not another member\'s', () => {
    const c = read(`<p>Plannummer 1G1P-2026-0419</p><table><thead><tr><th>Naam</th><th>Rol</th><th>Leeftijd</th><th>Bijzonderheden</th></tr></thead><tbody>
      <tr><td>Saba</td><td>moeder</td><td>31 jaar</td><td>spreekt Arabisch</td></tr>
      <tr><td>Yonas</td><td>vader, hoofdpersoon</td><td>38 jaar</td><td>spreekt Tigrinya, nog weinig Nederlands</td></tr></tbody></table>`);
    expect(c).toMatchObject({ language: 'ti', age: 38, gender: 'male' });
  });
});

describe('the client\'s gender in a note about several people', () => {
  it('takes the salutation or word right after a client label, not a caller\'s', () => {
    expect(read(`<p>Dossier T-26-1</p><pre>beller: moeder (mw. Petra Smits, 52)
clt. = dhr. zelf. mantelzorger v. echtgen. (mw., 79 jr).
mw. loopt 's nachts rond; mw. heeft alzheimer.</pre>`)?.gender).toBe('male');
    expect(read(`<p>Dossier T-26-1</p><ul><li><b>Jongere:</b> Lotte de Graaf, 17 jaar, meisje</li><li>Woont met moeder en twee broertjes.</li></ul>`)?.gender).toBe('female');
    expect(read(`<p>Dossier T-26-1</p><p>Betreft: Mrs G. Okafor, born 4 April 1990.</p><p>Her husband works offshore.</p>`)?.gender).toBe('female');
    // "MS" is an illness, not "Ms".
    expect(read(`<p>Dossier T-26-1</p><p>Jesse (17) zorgt voor zijn moeder met MS. Zijn moeder heeft MS sinds 2019.</p>`)?.gender).toBeUndefined();
  });
});
