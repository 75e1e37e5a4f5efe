// ZorgRegie's own page script, and the README's integration example (a test keeps them equal): it
// hands the open case to <handreiking-panel> and hears what was recorded; it reads nothing from it.
const panel = document.querySelector('handreiking-panel');
const facts = JSON.parse(document.getElementById('case-facts').textContent);
const log = document.getElementById('handreiking-events');

function openCase(id) {
  panel.setCase(facts[id] ?? null);
  for (const button of document.querySelectorAll('[data-case]')) button.setAttribute('aria-current', String(button.dataset.case === id));
  for (const section of document.querySelectorAll('[data-case-details]')) section.hidden = section.dataset.caseDetails !== id;
}

function note(text) {
  const item = document.createElement('li');
  item.textContent = text;
  log.append(item);
}

// Only the team's pseudonymous case reference and fixed-list values arrive here.
panel.addEventListener('registration', (event) => note(`Vastgelegd: ${event.detail.outcome} (${event.detail.status ?? '-'}) voor ${event.detail.caseRef.slice(0, 8)}…`));
panel.addEventListener('status-change', (event) => note(`Status: ${event.detail.status} voor ${event.detail.caseRef.slice(0, 8)}…`));

for (const button of document.querySelectorAll('[data-case]')) button.addEventListener('click', () => openCase(button.dataset.case));
openCase(document.querySelector('[data-case]').dataset.case);

// Signed in without a code: our backend asks Handreiking for a launch token for the user signed in
// here (with our vendor secret, which stays on our server). Without one the panel asks for a code.
fetch('/ingebouwd/launch', { method: 'POST' })
  .then((response) => (response.ok ? response.json() : null))
  .then((answer) => answer && panel.launch(answer.launchToken))
  .catch(() => undefined);
