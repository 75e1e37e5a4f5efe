import { Hono } from 'hono';
import { DEMO_FOOTER_TEXT, html, trusted } from './html';

/*
 * A stand-in for a volunteer organisation's own request form ("aanvraagformulier"). The extension
 * links here for demo offers. Submitting sends nothing: a small script only shows a notice.
 */

const CSS = trusted(`
  body { margin: 0; font: 16px/1.55 Georgia, "Times New Roman", serif; background: #fdf8f0; color: #2b2118; }
  .fp-head { background: #7c2d12; color: #fff7ed; padding: 18px 24px; }
  .fp-head h1 { margin: 0; font-size: 24px; }
  .fp-demo { background: #fef3c7; border: 1px solid #f59e0b; padding: 10px 14px; margin: 20px 0; font-family: Arial, sans-serif; font-size: 14px; }
  main { max-width: 640px; margin: 0 auto; padding: 8px 24px 32px; }
  label { display: block; font-family: Arial, sans-serif; font-size: 14px; font-weight: bold; margin: 14px 0 4px; }
  input[type=text], input[type=email], textarea { width: 100%; box-sizing: border-box; font: 15px Arial, sans-serif; padding: 8px; border: 1px solid #c8b8a6; border-radius: 4px; }
  .fp-check { display: flex; gap: 8px; align-items: center; margin-top: 14px; font-family: Arial, sans-serif; font-size: 14px; }
  .fp-check label { margin: 0; font-weight: normal; }
  button { margin-top: 18px; font: bold 15px Arial, sans-serif; background: #7c2d12; color: #fff; border: 0; border-radius: 4px; padding: 10px 20px; cursor: pointer; }
  #fp-done { background: #dcfce7; border: 1px solid #16a34a; padding: 10px 14px; margin-top: 16px; font-family: Arial, sans-serif; }
  footer { text-align: center; font: 12px Arial, sans-serif; color: #7a6a5a; padding: 16px; }
`);

const SCRIPT = trusted(`
  document.getElementById('fp-form').addEventListener('submit', function (event) {
    event.preventDefault();
    document.getElementById('fp-done').hidden = false;
  });
`);

export function formRoutes(): Hono {
  const app = new Hono({ strict: false });
  app.get('/:serviceId', (c) => {
    const serviceId = c.req.param('serviceId');
    return c.html(
      html`<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Demo-aanmeldformulier</title><style>${CSS}</style></head>
<body>
<header class="fp-head"><h1>Demo-aanmeldformulier</h1></header>
<main>
  <p class="fp-demo"><strong>Dit is een demo.</strong> Dit formulier hoort bij de Handreiking-demo en verstuurt niets. Een echte vrijwilligersorganisatie heeft hier haar eigen aanmeldformulier.</p>
  <p>Aanmelding voor het aanbod: <code id="fp-service">${serviceId}</code></p>
  <form id="fp-form" action="#" method="post">
    <label for="fp-verwijzer">Naam verwijzer</label>
    <input type="text" id="fp-verwijzer" name="verwijzer" autocomplete="off">
    <label for="fp-organisatie">Organisatie / wijkteam</label>
    <input type="text" id="fp-organisatie" name="organisatie" autocomplete="off">
    <label for="fp-email">E-mailadres verwijzer</label>
    <input type="email" id="fp-email" name="email" autocomplete="off">
    <label for="fp-vraag">Korte omschrijving van de vraag (geen naam of adres van de cliënt)</label>
    <textarea id="fp-vraag" name="vraag" rows="4"></textarea>
    <div class="fp-check"><input type="checkbox" id="fp-toestemming" name="toestemming"><label for="fp-toestemming">De cliënt heeft toestemming gegeven voor deze aanmelding</label></div>
    <button type="submit">Aanmelding versturen</button>
  </form>
  <p id="fp-done" hidden>Demo: er is niets verstuurd.</p>
</main>
<footer>${DEMO_FOOTER_TEXT} – demo-formulier, geen echte organisatie</footer>
<script>${SCRIPT}</script>
</body>
</html>`.value,
    );
  });
  return app;
}
