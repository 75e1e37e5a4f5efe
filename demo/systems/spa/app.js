// CasusFlow demo front end: a plain ES module, no build step. Data arrives ~400 ms after each
// navigation (like a slow API), cases switch with history.pushState, back/forward re-render.
// Case data is only ever put into the page with textContent, never as markup.

const DELAY_MS = 400;
const SCORE_COLOURS = { 1: '#dc2626', 2: '#f97316', 3: '#eab308', 4: '#22c55e', 5: '#15803d' };

const list = document.getElementById('r1-list');
const main = document.getElementById('r1-main');
let renderToken = 0;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function getJson(url) {
  await sleep(DELAY_MS);
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) {
    const err = new Error(`HTTP ${res.status}`);
    err.status = res.status;
    throw err;
  }
  return res.json();
}

/** el('p', { className: 'x' }, 'text', childNode) — strings become text nodes. */
function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (key === 'className') node.className = value;
    else if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

function currentId() {
  const m = location.pathname.match(/^\/spa\/clienten\/([^/]+)\/?$/);
  return m ? decodeURIComponent(m[1]) : null;
}

function markActive(id) {
  for (const a of list.querySelectorAll('a[data-id]')) {
    if (a.dataset.id === id) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

function loading() {
  return el('p', { className: 'r1-muted' }, el('span', { className: 'r1-spin' }), 'Gegevens laden…');
}

function renderDetail(c) {
  const dl = el('dl', { className: 'vq9-dl' });
  const facts = [
    ['Cliënt-ID', c.id],
    ['Leeftijd', `${c.leeftijd} jaar`],
    ['Postcode', c.postcode],
    ['Wijk', c.wijk],
    ['Huishouden', c.huishouden],
    ['Taal', c.taal],
  ];
  for (const [label, value] of facts) dl.append(el('dt', { text: label }), el('dd', { text: String(value) }));

  const cards = el('div', { className: 'x8f2-grid' });
  for (const s of c.zrm.scores) {
    const card = el('div', { className: 'x8f2-card' }, el('span', { className: 'x8f2-lbl', text: s.leefgebied }), el('b', { text: String(s.score) }));
    card.style.borderTopColor = SCORE_COLOURS[s.score] ?? '#a78bfa';
    cards.append(card);
  }

  const tags = el('div', { className: 'q7-tags' });
  if (c.signalen.length === 0) tags.append(el('span', { className: 'r1-muted', text: 'Geen signalen' }));
  for (const s of c.signalen) tags.append(el('span', { className: 'q7-chip', text: s }));

  const timeline = el('ul', { className: '_tl' });
  for (const t of c.tijdlijn) {
    timeline.append(el('li', {}, el('small', { text: `${t.datum} · ${t.titel}` }), el('div', { text: t.tekst })));
  }

  return el(
    'article',
    { className: '_a1' },
    el(
      'div',
      { className: '_h9k' },
      el('h1', { text: c.naam }),
      el(
        'div',
        { className: '_b0' },
        el('button', { type: 'button', className: '_bt', text: 'Nieuwe notitie' }),
        el('button', { type: 'button', className: '_bt _pr', text: 'Opslaan' }),
      ),
    ),
    el('section', { className: '_pn' }, el('h2', { text: 'Persoon' }), dl),
    el('section', { className: '_pn' }, el('h2', { text: `Zelfredzaamheid · ZRM ${c.zrm.editie}` }), cards),
    el('section', { className: '_pn' }, el('h2', { text: 'Hulpvraag' }), el('p', { className: 'm4t-need', text: c.hulpvraag })),
    el('section', { className: '_pn' }, el('h2', { text: 'Signalen' }), tags),
    el('section', { className: '_pn' }, el('h2', { text: 'Tijdlijn' }), timeline),
  );
}

async function showCase(id) {
  const token = ++renderToken;
  markActive(id);
  main.setAttribute('aria-busy', 'true');
  if (!id) {
    document.title = 'CasusFlow';
    main.replaceChildren(el('p', { className: 'r1-muted', text: 'Kies links een cliënt om de casus te openen.' }));
    main.removeAttribute('aria-busy');
    return;
  }
  main.replaceChildren(loading());
  try {
    const data = await getJson(`/spa/api/cases/${encodeURIComponent(id)}`);
    if (token !== renderToken) return; // the user navigated on meanwhile
    document.title = `${data.naam} · CasusFlow`;
    main.replaceChildren(renderDetail(data));
  } catch (err) {
    if (token !== renderToken) return;
    document.title = 'CasusFlow';
    main.replaceChildren(el('p', { className: 'r1-muted', text: err.status === 404 ? 'Cliënt niet gevonden.' : 'Laden mislukt.' }));
  } finally {
    if (token === renderToken) main.removeAttribute('aria-busy');
  }
}

function navigate(id) {
  const url = `/spa/clienten/${encodeURIComponent(id)}`;
  if (location.pathname !== url) history.pushState({ id }, '', url);
  void showCase(id);
}

async function loadList() {
  try {
    const items = await getJson('/spa/api/cases');
    list.replaceChildren(
      ...items.map((item) => {
        const a = el('a', { href: `/spa/clienten/${encodeURIComponent(item.id)}`, 'data-id': item.id }, item.naam, el('small', { text: `${item.leeftijd} jaar · ${item.wijk}` }));
        a.addEventListener('click', (event) => {
          if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          navigate(item.id);
        });
        return el('li', {}, a);
      }),
    );
    markActive(currentId());
  } catch {
    list.replaceChildren(el('li', { className: 'r1-muted', text: 'Lijst laden mislukt.' }));
  }
}

window.addEventListener('popstate', () => void showCase(currentId()));
void loadList();
void showCase(currentId());
