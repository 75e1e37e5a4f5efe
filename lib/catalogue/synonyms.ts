/*
 * Words professionals use for the same need. The reports tell of an organisation that could be
 * found under 34 words while most municipal guides only answer the one right word (domain.md,
 * 001:713): a query word pulls in its whole group, weighted below the word itself.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['eenzaam', 'eenzaamheid', 'alleen', 'isolement', 'geisoleerd', 'maatje', 'buddy', 'bezoek', 'bezoekje', 'gezelschap', 'contact', 'praatje', 'vriendschap'],
  ['administratie', 'post', 'brieven', 'formulieren', 'papieren', 'papierwinkel', 'rekeningen', 'postwijzer', 'thuisadministratie', 'ordenen'],
  ['belasting', 'belastingaangifte', 'aangifte', 'toeslagen', 'toeslag', 'huurtoeslag', 'zorgtoeslag'],
  ['schulden', 'schuld', 'geldzorgen', 'budget', 'budgetcoach', 'geld', 'betalingsachterstand', 'rondkomen', 'schuldhulp', 'financien', 'armoede'],
  ['mantelzorg', 'mantelzorger', 'respijt', 'respijtzorg', 'ontlasten', 'ontlasting', 'overbelast', 'adempauze', 'vervangende', 'oppas'],
  ['klus', 'klusje', 'klusjes', 'klussen', 'klussendienst', 'reparatie', 'repareren', 'tuin', 'opknappen', 'schilderen', 'verhuizen'],
  ['boodschappen', 'winkelen', 'supermarkt', 'koken', 'maaltijd', 'eten'],
  ['vervoer', 'rijden', 'begeleiding', 'begeleiden', 'ziekenhuis', 'ziekenhuisbezoek', 'afspraak', 'arts', 'dokter', 'huisarts'],
  ['taal', 'taalmaatje', 'nederlands', 'inburgering', 'inburgeren', 'nieuwkomer', 'nieuwkomers', 'statushouder', 'vluchteling', 'tolk'],
  ['opvoeding', 'opvoeden', 'opvoedingsondersteuning', 'ouders', 'ouder', 'moeder', 'vader', 'gezin', 'kinderen', 'kind', 'baby'],
  ['jongeren', 'jongere', 'jeugd', 'tiener', 'school', 'studie', 'stage', 'jong'],
  ['dagbesteding', 'activiteit', 'activiteiten', 'bezigheid', 'meedoen', 'participatie', 'vrijwilligerswerk', 'werk'],
  ['ontmoeting', 'ontmoeten', 'huiskamer', 'inloop', 'koffie', 'buurthuis', 'samen'],
  ['psychisch', 'psychiatrie', 'psychiatrisch', 'ggz', 'depressie', 'depressief', 'angst', 'kwartiermaken'],
  ['verslaving', 'verslaafd', 'alcohol', 'drank', 'drugs', 'gokken', 'middelengebruik'],
  ['beperking', 'handicap', 'gehandicapt', 'rolstoel', 'chronisch', 'ziek', 'ziekte', 'slechtziend', 'dementie'],
  ['zelfhulp', 'zelfhulpgroep', 'lotgenoten', 'lotgenotencontact', 'gespreksgroep', 'praatgroep', 'ervaringsdeskundige'],
  ['buren', 'buurt', 'buurtbewoners', 'buurman', 'buurvrouw', 'burenhulp', 'wijk'],
  ['voedsel', 'voedselbank', 'voedselpakket'],
  ['netwerk', 'familie', 'eigen kracht', 'netwerkberaad', 'familiegroepsplan', 'netwerkcoach'],
  ['wandelen', 'bewegen', 'sport', 'fietsen', 'uitje', 'uitstapje', 'dagje'],
  ['rouw', 'verlies', 'overlijden', 'weduwe', 'weduwnaar'],
];
