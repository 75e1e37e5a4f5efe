import { phraseWords } from './sentences';

/*
 * The trigger terms of our ConText (Harkema et al. 2009; its Dutch adaptation ContextD, Afzal et
 * al. 2014), written for how neighbourhood-team professionals note a case rather than for clinical
 * reports. A trigger changes the concepts in its scope: negated ("geen sprake van"), refused by the
 * client ("wil niet dat"), about someone else ("haar man"), in the past ("vroeger", "gestopt")
 * or only supposed ("als", "om … te voorkomen"). Pseudo-triggers look like triggers but are not
 * ("niet alleen", "geen grip op"): they are matched first so the words inside them trigger
 * nothing. Termination terms end a scope ("maar", "wel"; a mention of the client ends someone
 * else's scope). A scope runs to the end of the sentence unless the trigger sets a word limit.
 */

export type Qualifier = 'negated' | 'refused' | 'other' | 'historical' | 'hypothetical';
export type Direction = 'preceding' | 'following' | 'both';

export interface Trigger {
  words: string[];
  qualifier: Qualifier | 'pseudo';
  direction: Direction;
  /** Words the scope reaches at most; unlimited (to sentence end or a termination term) when absent. */
  maxScope?: number;
  /** Only a trigger as the sentence's first word. */
  atStart?: boolean;
  /** Never reads backwards: "alcoholgebruik zonder stopwens" denies the wish, not the drinking. */
  forwardOnly?: boolean;
  /** Denies what it covers as well as refusing it: "krap maar geen schulden" has no debts. */
  alsoNegates?: boolean;
}

const t = (phrases: string, qualifier: Qualifier | 'pseudo', direction: Direction, maxScope?: number): Trigger[] =>
  phrases
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ words: phraseWords(p), qualifier, direction, maxScope }));

/** Relatives and others whose problems are not the client's own. */
const RELATIVES = `man|vrouw|partner|echtgenoot|echtgenote|vriend|vriendin|zoon|dochter|kind|kinderen|moeder|vader|ouders|broer|zus|zuster
  |schoonmoeder|schoonvader|schoonzoon|schoondochter|kleinzoon|kleindochter|kleinkind|oma|opa|oom|tante|neef|nicht|buurman|buurvrouw
  |stiefvader|stiefmoeder|expartner|ex|huisgenoot|huisgenote|oudste|jongste|zoontje|dochtertje|iemand|naasten|naaste|anderen`
  
  .split('|');
/** How notes refer to the client: ends a scope about someone else. */
export const CLIENT_WORDS = ['mevrouw', 'meneer', 'mw', 'mevr', 'dhr', 'client', 'clienta', 'cliente', 'betrokkene', 'jongere', 'jongeman'];
/** After these a mention of the client is an object ("woont bij mevrouw in"), not a new subject. */
export const PREPOSITIONS = new Set(['bij', 'van', 'aan', 'met', 'voor', 'naar', 'tegen', 'om', 'over', 'op', 'tegenover', 'zonder']);
const POSSESSIVES = ['haar', 'zijn', 'de', 'hun'];

function relativeTriggers(): Trigger[] {
  const out: Trigger[] = [];
  for (const r of RELATIVES) {
    out.push({ words: [r], qualifier: 'other', direction: 'preceding' });
    for (const p of POSSESSIVES) {
      out.push({ words: [p, r], qualifier: 'other', direction: 'preceding' });
      // "de schulden van haar zoon": the concept stands before its owner.
      out.push({ words: ['van', p, r], qualifier: 'other', direction: 'following', maxScope: 4 });
      // "Mevrouw en haar man hebben schulden": both of them, so the client too.
      for (const c of CLIENT_WORDS.slice(0, 8)) out.push({ words: [c, 'en', p, r], qualifier: 'pseudo', direction: 'preceding' });
    }
    // "De zoon van mevrouw heeft schulden": the son's, though the client is named.
    // An ex-partner is someone else, not a thing of the past: "ex" alone would read as "former".
    if (r === 'partner' || r === 'man' || r === 'vrouw' || r === 'vriend' || r === 'vriendin') {
      for (const p of ['', ...POSSESSIVES]) out.push({ words: [...(p ? [p] : []), 'ex', r], qualifier: 'other', direction: 'preceding' });
    }
    for (const c of CLIENT_WORDS.slice(0, 8)) {
      out.push({ words: [r, 'van', c], qualifier: 'other', direction: 'preceding' });
      out.push({ words: ['de', r, 'van', c], qualifier: 'other', direction: 'preceding' });
    }
  }
  return out;
}

export const TRIGGERS: readonly Trigger[] = [
  // Pseudo-triggers: contain a trigger word, mean something else.
  ...t(`niet alleen|geen grip|geen overzicht|geen zicht|geen raad|geen idee|geen geld|niet rond|niet meer rond|niet zelfredzaam|niet uit te sluiten
    |niet uitgesloten|geen uitzondering|niet zeker of|geen enkele twijfel|niet goed|niet lukt|niet lukken|niet meer lukt|niet kan|niet meer kan
    |kan niet|kan niet meer|geen contact|weinig contact|niet meer zelfstandig|niet zelfstandig|niet durft|durft niet|geen zin|weet niet|niet weet
    |geen werk|geen dagbesteding|geen daginvulling|geen structuur|geen vaste|niet vaak|niet veel|geen kinderen|geen partner|als gevolg van
    |zo snel als|zo veel als|als het kan|zodra|geen of|niet of`, 'pseudo', 'both'),
  // The client refuses: not a denial that something is there, but what may not be done.
  ...t(`wil geen|wil niet|wilt geen|wilt niet|willen geen|willen niet|wil liever geen|wil liever niet|liever geen|liever niet|weigert|wijst af
    |staat niet open voor|houdt de boot af|ziet niets in|ziet geen heil in|moet niet|hoeft geen|hoeft niet|geen behoefte aan|geen behoefte aan
    |heeft geen behoefte aan|geen interesse in|is tegen|niet dat|mag niet|mogen niet|niet betrokken worden|niet betrekken|mag geen|mogen geen`, 'refused', 'preceding', 7),
  // "Wil wel een vrijwilliger, maar niet aan huis": what follows "maar niet" is refused.
  ...t('maar niet|maar geen', 'refused', 'preceding', 4).map((trigger) => ({ ...trigger, alsoNegates: true })),
  // "Wil dat niet: geen vrijwilligers": a refusal whose object follows the colon, kept short so the
  // rest of the sentence ("ik red me met mijn zoon") is not refused with it.
  ...t('wil dat niet|wil het niet|wil dit niet|wil dat ook niet|wil ze dat niet|wil hij dat niet|wil mevrouw dat niet|wil meneer dat niet', 'refused', 'preceding', 4),
  // A way of helping ruled out as a preference: "geen bezoek aan huis", "geen vreemden in mijn huis".
  // Only the few words after it, so the help itself stays wanted ("geen hulp aan huis, wel samen wandelen").
  ...t('geen bezoek|geen vrijwilliger|geen vrijwilligers|geen vreemden|geen mensen|geen hulp|wil niemand|wil ook niemand', 'refused', 'preceding', 2),
  // …unless it states what the client lacks: "krijgt geen bezoek meer thuis" is loneliness.
  ...t('geen bezoek meer|krijgt geen bezoek|komt geen bezoek|krijgt geen hulp|komt geen hulp|geen hulp meer|geen mensen meer|komen geen mensen|geen vrijwilliger meer|nog geen vrijwilliger|nog geen hulp', 'pseudo', 'both'),
  ...t(`is niets voor haar|is niets voor hem|zijn niets voor haar|zijn niets voor hem|is niks voor haar|is niks voor hem|zijn niks voor haar
    |zijn niks voor hem|ziet ze niets in|ziet hij niets in|wil ze er niet bij|wil hij er niet bij|wil ze niet bij|wil hij niet bij|wil ze er niet bij hebben|wil hij er niet bij hebben|er niet bij hebben|mogen niet betrokken worden|mag niet betrokken worden|mogen niet worden betrokken|mag niet worden betrokken|niet betrokken worden|mogen niets|mag niets|mogen het niet|mag het niet|mogen er niets|mag er niets|mogen er niet|mag er niet|wil ze niet|wil hij niet|wil zij niet|wil mevrouw niet|wil meneer niet|niet gewenst|is niet gewenst|ziet ze niet zitten|ziet hij niet zitten
    |niet zitten|afgewezen|wijst ze af|wijst hij af|weigert ze|weigert hij|houdt ze af|houdt hij af|niets van weten|niet van weten|het niet weten
    |niet weten|mag niets weten|mogen niets weten|niets weten|buiten houden|erbuiten houden|niet bij betrekken|niet betrekken|wil niet
    |wilt u niet|wil u niet|wilt u ook niet|wil ik niet|wil ik ook niet|wil je niet|trek ik niet|zie ik niet zitten|hoef ik niet
    |is niks voor mij|is niets voor mij|zijn niks voor mij|zijn niets voor mij`, 'refused', 'following', 8),
  // Notes written (partly) in English by a bilingual professional: the same refusals.
  // Words are split at apostrophes: "doesn't" is "doesn t".
  ...t(`doesn t want|does not want|don t want|do not want|refuses|won t|will not|would rather not|not interested in
    |no interest in|no need for`, 'refused', 'preceding', 7),
  // Denied: absent on the page.
  ...t('geen|niet|nooit|noch|nergens|is niet|zijn niet', 'negated', 'preceding', 3),
  ...t('no|not|never|without|not a|no signs of|no sign of|no history of', 'negated', 'preceding', 3),
  ...t('zonder', 'negated', 'preceding', 3).map((trigger) => ({ ...trigger, forwardOnly: true })),
  ...t(`geen sprake van|er is geen sprake van|geen aanwijzing voor|geen aanwijzingen voor|geen signalen van|geen signalen voor|geen signaal van
    |niets wijst op|niet wijzen op|geen zorgen over|geen zorgen om|ontkent|geen tekenen van|geen teken van|geen vermoeden van|geen risico op
    |geen melding van|niet bekend met|geen last van|geen problemen met|geen probleem met|geen aanleiding voor|geen reden voor
    |niets wat wijst op|niets dat wijst op|niets wijst erop|geen bezwaar tegen|geen bezwaar tegen een`, 'negated', 'preceding'),
  ...t(`nee|afwezig|niet aanwezig|niet van toepassing|nvt|n v t|niet aan de orde|uitgesloten|niet gesignaleerd|niet gezien|niet bekend|niet gemeld
    |is er niet|zijn er niet|speelt niet|spelen niet|speelt geen rol|is geen issue|geen issue|geen punt|geen zorgen
    |is niet aan de orde|is niet gesignaleerd|is niet bekend|zijn niet bekend|is niet van toepassing|is niet gezien|is niet aanwezig
    |zijn niet aanwezig|is geen sprake|geen sprake|is er geen sprake|zijn niet gesignaleerd
    |niet aan de hand`, 'negated', 'following', 4),
  // In the past, or over.
  ...t('vroeger|in het verleden|destijds|voorheen|eerder|jaren geleden|na een opname voor|na opname voor|na een behandeling voor|na behandeling voor|gestopt met|heeft gehad|stopte met|ex|oud|oude|herstellende van|herstellend|tot 19*|tot 20*|was tot|waren tot', 'historical', 'preceding'),
  ...t('was|waren', 'historical', 'preceding', 2),
  ...t('gehad|gestopt|opgelost|afbetaald|afgelost|gesaneerd|kwijtgescholden|afgerond|verleden tijd|voorbij|achter de rug|achter zich|niet meer', 'historical', 'following', 6),
  ...t('clean|nuchter|abstinent|afgekickt|in herstel', 'historical', 'both', 6),
  // Only supposed: a plan, a condition, a risk to prevent.
  ...t('indien|mocht|voor het geval|ter voorkoming van|zou kunnen|mogelijk toekomstig|om te voorkomen', 'hypothetical', 'preceding'),
  // "als" and "wanneer" open a condition only at the start of a sentence; elsewhere "als" means "as".
  ...t('als|wanneer', 'hypothetical', 'preceding').map((trigger) => ({ ...trigger, atStart: true })),
  ...t('voorkomen|te voorkomen|wordt voorkomen', 'hypothetical', 'following', 6),
  ...relativeTriggers(),
];

/** Words that end a scope, per qualifier: "geen schulden, wel een huurachterstand". */
const GENERAL_TERMINATION = ['maar', 'echter', 'wel', 'behalve', 'hoewel', 'doch', 'toch', 'alleen', 'daarentegen', 'terwijl', 'want', 'omdat', 'sinds', 'nu', 'inmiddels'];
export const TERMINATION: Record<Qualifier, ReadonlySet<string>> = {
  negated: new Set([...GENERAL_TERMINATION, 'die', 'dat', 'waardoor', 'waarbij', 'heeft', 'is', 'zijn']),
  refused: new Set(GENERAL_TERMINATION),
  other: new Set([...GENERAL_TERMINATION, ...CLIENT_WORDS]),
  historical: new Set(GENERAL_TERMINATION),
  hypothetical: new Set(GENERAL_TERMINATION),
};

/** Looking back from a trailing denial, only a turn of the sentence ends it ("heeft" and "is" do not). */
export const TERMINATION_BACKWARD: ReadonlySet<string> = new Set(GENERAL_TERMINATION);
