/*
 * Words professionals use for the same need. The reports tell of an organisation that could be
 * found under 34 words while most municipal guides only answer the one right word (domain.md,
 * 001:713): a query word pulls in its whole group, weighted below the word itself.
 *
 * A group is one meaning, not a theme: "dementie" and "alzheimer" are one group, "beperking" and
 * "dementie" are not, since a query for the one should not put the other's offers first. Each query
 * word counts once however many words of its group an offer carries, so a group can be generous
 * with spellings without pushing offers that repeat themselves. English words are there for
 * colleagues who type them. Multi-word entries are searched word by word.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Loneliness and company
  ['eenzaam', 'eenzaamheid', 'eenzame', 'isolement', 'geisoleerd', 'alleenwonend', 'alleenwonende', 'alleen', 'gezelschap', 'praatje', 'bezoek', 'bezoekje', 'lonely', 'loneliness', 'isolated', 'isolation', 'company'],
  ['maatje', 'maatjes', 'buddy', 'buddies', 'maatjesproject', 'mentor', 'companion'],
  ['ontmoeting', 'ontmoeten', 'ontmoetingsplek', 'huiskamer', 'inloop', 'koffie', 'koffieochtend', 'buurthuis', 'wijkcentrum', 'gezelligheid', 'meeting'],
  ['telefoon', 'telefoontje', 'bellen', 'belcirkel', 'telefooncirkel', 'phone'],
  // Generic words of the field: answered when a query has nothing else
  ['vrijwilliger', 'vrijwilligers', 'vrijwillige', 'vrijwilligster', 'volunteer', 'volunteers'],
  ['hulp', 'help', 'helpen', 'helper', 'support', 'steun', 'ondersteuning'],
  ['zorg', 'care'],
  // Memory and dementia
  ['dementie', 'dement', 'dementerend', 'dementerende', 'alzheimer', 'geheugen', 'geheugenproblemen', 'vergeetachtig', 'vergeetachtigheid', 'dementia', 'memory'],
  // Carers
  ['mantelzorg', 'mantelzorger', 'mantelzorgers', 'respijt', 'respijtzorg', 'ontlasten', 'ontlasting', 'overbelast', 'overbelasting', 'adempauze', 'carer', 'carers', 'caregiver', 'respite'],
  // Administration and money
  ['administratie', 'administratief', 'administratieve', 'thuisadministratie', 'post', 'brieven', 'brief', 'enveloppen', 'papieren', 'papierwinkel', 'rekeningen', 'postwijzer', 'ordenen', 'paperwork', 'letters', 'mail', 'bills'],
  ['formulieren', 'formulier', 'formulierenhulp', 'forms', 'form'],
  ['belasting', 'belastingen', 'belastingaangifte', 'aangifte', 'belastingdienst', 'inkomstenbelasting', 'tax', 'taxes'],
  ['toeslagen', 'toeslag', 'huurtoeslag', 'zorgtoeslag', 'kinderopvangtoeslag', 'allowance', 'allowances', 'benefits'],
  ['schulden', 'schuld', 'schuldhulp', 'schuldhulpverlening', 'schuldsanering', 'deurwaarder', 'aanmaning', 'aanmaningen', 'betalingsachterstand', 'betalingsachterstanden', 'geldzorgen', 'geld', 'budget', 'budgetcoach', 'budgetcoaching', 'rondkomen', 'huishoudboekje', 'financien', 'financieel', 'debt', 'debts', 'money', 'budgeting'],
  ['armoede', 'minima', 'voedselbank', 'voedselpakket', 'voedsel', 'honger', 'poverty', 'food'],
  ['digitaal', 'digitale', 'digid', 'computer', 'smartphone', 'tablet', 'internet', 'app', 'laptop', 'email', 'digital'],
  // Practical help
  ['klus', 'klusje', 'klusjes', 'klussen', 'klussendienst', 'klusser', 'klussers', 'reparatie', 'repareren', 'opknappen', 'schilderen', 'behangen', 'jobs', 'chores', 'repairs', 'handyman'],
  ['tuin', 'tuinieren', 'heg', 'garden', 'gardening'],
  ['verhuizen', 'verhuizing', 'verhuis', 'inrichten', 'moving'],
  ['boodschappen', 'boodschap', 'winkelen', 'supermarkt', 'groceries', 'shopping'],
  ['maaltijd', 'maaltijden', 'eten', 'koken', 'meal', 'meals', 'dinner', 'cooking'],
  ['vervoer', 'vervoeren', 'rijden', 'chauffeur', 'lift', 'meerijden', 'transport', 'ride', 'driver'],
  ['ziekenhuis', 'ziekenhuisbezoek', 'ziekenhuisbegeleiding', 'poli', 'polikliniek', 'specialist', 'dokter', 'arts', 'hospital'],
  ['rolstoel', 'rolstoelen', 'rolstoelbus', 'rolstoelgebruiker', 'scootmobiel', 'wheelchair'],
  ['wandelen', 'wandeling', 'wandelmaatje', 'ommetje', 'walk', 'walking'],
  ['uitje', 'uitjes', 'uitstapje', 'uitstapjes', 'dagtocht', 'dagtochten', 'excursie', 'outing', 'trip'],
  ['vakantie', 'vakantieweek', 'holiday', 'vacation'],
  // Health, disability
  ['beperking', 'beperkingen', 'handicap', 'gehandicapt', 'gehandicapte', 'disability', 'disabled'],
  ['verstandelijk', 'verstandelijke', 'lvb', 'intellectual'],
  ['autisme', 'autist', 'autistisch', 'autism'],
  ['chronisch', 'chronische', 'ziek', 'ziekte', 'zieke', 'langdurig', 'chronic', 'illness', 'ill'],
  ['psychisch', 'psychische', 'psychiatrie', 'psychiatrisch', 'psychiatrische', 'ggz', 'mental', 'psychiatric'],
  ['depressie', 'depressief', 'somber', 'somberheid', 'angst', 'angstig', 'paniek', 'piekeren', 'depression', 'depressed', 'anxiety'],
  ['verslaving', 'verslaafd', 'verslaafde', 'alcohol', 'drank', 'drinkt', 'drinken', 'drugs', 'gokken', 'gokverslaving', 'cannabis', 'blowen', 'middelengebruik', 'addiction', 'addicted'],
  ['zelfhulp', 'zelfhulpgroep', 'lotgenoten', 'lotgenotencontact', 'lotgenotengroep', 'gespreksgroep', 'praatgroep', 'selfhelp'],
  // Family, youth, grief
  ['kinderen', 'kind', 'kindje', 'gezin', 'gezinnen', 'kids', 'children'],
  ['opvoeding', 'opvoeden', 'opvoedingsondersteuning', 'opvoedsteun', 'opvoedingsvragen', 'parenting'],
  ['jongeren', 'jongere', 'jeugd', 'jeugdige', 'tiener', 'tieners', 'adolescent', 'youth', 'teenager', 'teenagers'],
  ['schooluitval', 'uitval', 'schoolverlater', 'dropout'],
  ['scheiding', 'gescheiden', 'echtscheiding', 'scheiden', 'alleenstaande', 'alleenstaand', 'eenoudergezin', 'divorce', 'divorced'],
  ['rouw', 'rouwverwerking', 'verlies', 'overlijden', 'overleden', 'weduwe', 'weduwnaar', 'verdriet', 'nabestaande', 'nabestaanden', 'grief', 'bereavement', 'widow'],
  ['ouderen', 'oudere', 'senioren', 'senior', 'bejaarde', 'bejaarden', 'elderly'],
  // Newcomers and language
  ['taal', 'taalmaatje', 'nederlands', 'taalles', 'taallessen', 'taalcafe', 'inburgering', 'inburgeren', 'language', 'dutch'],
  ['nieuwkomer', 'nieuwkomers', 'statushouder', 'statushouders', 'vluchteling', 'vluchtelingen', 'asielzoeker', 'integratie', 'refugee', 'refugees', 'newcomer', 'newcomers', 'migrant', 'migranten'],
  // Justice, aftercare, complex cases
  ['detentie', 'gevangenis', 'gedetineerd', 'gedetineerde', 'vrijlating', 'reclassering', 'justitie', 'prison', 'jail', 'detention'],
  ['nazorg', 'aftercare', 'afsluiting'],
  ['zorgmijder', 'zorgmijders', 'zorgmijdend', 'zorgmijdende', 'multiproblematiek', 'multiprobleem', 'meervoudige'],
  ['vervuild', 'vervuiling', 'woningvervuiling', 'verwaarloosd', 'verwaarlozing', 'hoarding'],
  // Network, neighbours
  ['netwerk', 'familie', 'netwerkberaad', 'familieberaad', 'familiegroepsplan', 'netwerkcoach', 'family', 'network'],
  ['buren', 'buurt', 'buurtbewoners', 'buurman', 'buurvrouw', 'burenhulp', 'buurtgenoot', 'buurtgenoten', 'neighbours', 'neighbors', 'neighbour', 'neighbor'],
  ['burenruzie', 'ruzie', 'conflict', 'overlast', 'geluidsoverlast', 'bemiddeling', 'buurtbemiddeling', 'mediation'],
  // Daytime activities
  ['dagbesteding', 'daginvulling', 'bezigheid', 'vrijwilligerswerk', 'meedoen', 'participatie', 'volunteering'],
  // For the professional: where to ask
  ['advies', 'doorverwijzing', 'doorverwijzen', 'vraagbaak', 'infolijn', 'hulplijn', 'organisatie', 'referral', 'advice'],
  ['casusoverleg', 'casus', 'teamoverleg', 'ambassadeur', 'meedenken', 'consult'],
];
