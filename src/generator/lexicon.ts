// Word lists shared by the extractors. General English/news vocabulary only.

/** Verbs that introduce a claim; `say` verbs take any complement, `claim` verbs need "that" or a clause. */
export type SpeechClass = 'say' | 'claim' | 'directive' | 'quoteOnly';

const SAY = ['said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'telling', 'wrote', 'writes', 'write', 'writing',
  'tweeted', 'posted'];
const CLAIM = [
  'added', 'adds', 'adding', 'announced', 'announces', 'announce', 'announcing', 'declared', 'declares', 'declaring',
  'confirmed', 'confirms', 'confirm', 'confirming', 'warned', 'warns', 'warn', 'warning', 'noted', 'notes', 'noting',
  'reported', 'reports', 'reporting', 'explained', 'explains', 'explaining', 'stated', 'states', 'insisted', 'insists',
  'argued', 'argues', 'claimed', 'claims', 'stressed', 'stresses', 'emphasized', 'emphasised', 'emphasizes',
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'predicted', 'predicts', 'revealed', 'reveals', 'asserted',
  'asserts', 'contended', 'conceded', 'alleged', 'alleges', 'testified', 'recalled', 'recalls', 'replied', 'responded',
  'estimated', 'estimates', 'disclosed', 'agreed', 'maintained', 'maintains', 'promised', 'vowed', 'pledged',
  'repeated', 'continued', 'concluded', 'observed', 'commented', 'remarked', 'cautioned', 'complained', 'suggested',
];
const DIRECTIVE = ['urged', 'urges', 'encouraged', 'encourages', 'reminded', 'reminds', 'asked', 'asks', 'advised',
  'advises', 'called on', 'calls on', 'instructed', 'ordered', 'told'];
const QUOTE_ONLY = ['called', 'calls', 'described', 'describes', 'dubbed', 'termed'];

export const SPEECH_VERBS = new Map<string, SpeechClass>();
for (const v of QUOTE_ONLY) SPEECH_VERBS.set(v, 'quoteOnly');
for (const v of DIRECTIVE) SPEECH_VERBS.set(v, 'directive');
for (const v of CLAIM) SPEECH_VERBS.set(v, 'claim');
for (const v of SAY) SPEECH_VERBS.set(v, 'say');
SPEECH_VERBS.set('pointed out', 'claim');
SPEECH_VERBS.set('points out', 'claim');

/** Regex source matching any speech verb as a whole word (longest phrases first). */
export const SPEECH_VERB_SRC = [...SPEECH_VERBS.keys()].sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');

/** Nouns that can head an unnamed source ("officials", "a spokesman", "the ministry"). */
export const SPEAKER_NOUNS = new Set(`official officials spokesman spokeswoman spokesperson spokespeople spokesmen
  leader leaders expert experts analyst analysts scientist scientists researcher researchers forecaster forecasters
  meteorologist meteorologists authorities authority police investigator investigators prosecutor prosecutors lawyer
  lawyers attorney attorneys witness witnesses resident residents survivor survivors doctor doctors crew crews diver
  divers rescuer rescuers worker workers employee employees staff source sources ministry agency government military
  army navy department office administration company firm group organization organisation committee council
  commission court judge board president minister secretary governor mayor senator senators lawmaker lawmakers
  legislator legislators diplomat diplomats envoy ambassador commander commanders general officer officers soldier
  soldiers troops activist activists campaigner campaigners critic critics opponent opponents supporter supporters
  protester protesters protesters organizer organizers organiser organisers parent parents teacher teachers student
  students family relatives neighbor neighbors neighbour neighbours farmer farmers economist economists engineer
  engineers manager managers director directors chief chiefs executive executives ceo chairman chairwoman founder
  owner owners coach player players member members team observers monitors medic medics paramedics nurse nurses
  firefighters pilot pilots passenger passengers fishermen villagers locals citizens voters media newspaper
  broadcaster network outlet outlets reporter reporters journalist journalists correspondent editor aide aides adviser
  advisers advisor advisors negotiator negotiators mediator mediators representative representatives delegate
  delegates administrator administrators commissioner coordinator operator operators specialist specialists
  physician physicians surgeon historian historians professor professors scholar scholars statement report study survey
  force forces guard agencies ministries governments militaries companies groups organizations institute university service`.split(/\s+/));

/** Organisation words: a capitalised run containing one is an organisation, not a person. */
export const ORG_WORDS = new Set(`Ministry Agency Guard Department Corporation Corp Inc Ltd Co Institute University
  Party Congress Council Office Administration Survey Service Force Forces Army Navy Police Court Commission Committee
  Bank Group Company News Press Times Post Journal Organization Organisation Union Association Foundation Center
  Centre Station Sector Network Fund Program Programme Authority Bureau Agency Parliament Senate House Assembly
  Government Republic Kingdom States Nations Federation Club League Laboratories Laboratory Hospital School College
  Museum Society Staff Headquarters Directorate Mission Reserve Board Cabinet Embassy Command Corps Airlines Airways
  Post Herald Tribune Radio Television TV Broadcasting Reuters AP`.split(/\s+/));

/** Capitalised title words that precede a person's name ("Secretary of State", "Dr.", "General"). */
export const TITLE_WORDS = new Set(`President Vice Prime Minister Secretary State Senator Sen Sen. Rep Rep. Representative
  Governor Gov Gov. Mayor General Gen Gen. Lt Lt. Lieutenant Colonel Col Col. Major Maj Maj. Captain Capt Capt.
  Admiral Adm Adm. Sergeant Sgt Sgt. Corporal Private Commander Cmdr Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Miss Prof Prof.
  Professor Judge Justice Chief Director Administrator Associate Assistant Deputy Acting Spokesman Spokeswoman
  Ambassador Chancellor King Queen Prince Princess Pope Cardinal Bishop Archbishop Rev Rev. Reverend Sheikh Chairman
  Chairwoman CEO Commissioner Inspector Officer Sheriff Coach Leader Premier Foreign Interior Defense Defence Finance
  Health Justice Trade Energy Home Attorney Supreme Speaker Majority Minority Whip Lord Lady Sir Dame Emir Sultan
  Ayatollah Imam Rabbi Father Sister Brother Detective Agent Superintendent Constable Marshal Executive Senior
  Special Envoy Representative Minister Presidential Nobel Laureate Former former Interim Regional Provincial
  National Federal Education Transport Transportation Environment Agriculture Labor Labour Economy Economic Affairs`.split(/\s+/));

/** Capitalised words that mark a place, event or thing rather than a person ("Take a Hike Day", "Research Triangle Park"). */
export const NON_PERSON_WORDS = new Set(`Day Week Month Year Park Street Road Avenue River Lake Island Islands Mountain
  Mountains Mount City County State Province Region Bay Sea Ocean Valley Beach Airport Station Square Bridge Hall
  Tower Building Campus Center Centre Prize Award Cup Games Festival Summit Conference War Act Law Bill Plan Project
  Operation Storm Hurricane Typhoon Cyclone Probe Solar Space Strait Gulf Canal Desert Forest Coast Peninsula
  Republic Kingdom Empire Church Cathedral Mosque Temple Palace Castle Stadium Arena Hotel Market Exchange Index
  Street Highway Route Line Express Airlines Cutter Ship Boat Wreck Fire Earthquake Quake Flood Virus Treaty Accord
  Agreement Declaration Constitution Amendment Day's Times Post News Journal Online `.split(/\s+/));

/** Lowercase role nouns that may directly precede a name ("leader Kim Jong Un", "expert Bruce Bennett"). */
export const ROLE_NOUNS = new Set(`leader expert director spokesman spokeswoman spokesperson minister president
  official adviser advisor analyst professor manager correspondent reporter economist researcher scientist executive
  founder lawyer attorney chief head secretary senator governor mayor commander general coach chairman chairwoman
  candidate nominee ambassador envoy diplomat administrator writer author editor journalist activist resident
  survivor witness doctor physician engineer supervisor officer captain pilot owner member cofounder co-founder
  student teacher player star singer actor actress artist photographer producer cameraman broadcaster lawmaker
  legislator representative prosecutor judge detective agent inspector superintendent sheriff meteorologist
  forecaster historian scholar specialist coordinator organizer organiser volunteer spokesperson deputy aide
  assistant strategist pollster commissioner chancellor premier politician businessman businesswoman
  entrepreneur investor banker trader farmer fisherman father mother son daughter wife husband brother sister
  colleague friend neighbor neighbour`.split(/\s+/));

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, 'jan.': 1, 'feb.': 2, 'mar.': 3, 'apr.': 4, 'jun.': 6, 'jul.': 7, 'aug.': 8,
  'sep.': 9, 'sept.': 9, 'oct.': 10, 'nov.': 11, 'dec.': 12,
};
export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Capitalised words that start sentences or name dates and so are never part of a person's name. */
export const NON_NAME_CAPS = new Set(`The A An In On At But And Or If When While As After Before Since During
  This That These Those There Here It He She They We I You His Her Their Its Our My Your Some Many Most Other
  Another Each Every All Both No Not Now Then However Meanwhile Still Also Yet So For From By With Without To Of
  Earlier Later Last Next Today Tomorrow Yesterday Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  January February March April May June July August September October November December Mr Mrs Ms Dr
  According Among Despite Although Though Because Until Over Under About Above Below Into Like Than What Who
  Why How Where Which Whose Whether Instead Indeed Even Just Only Once Twice Several Few One Two Three Four Five
  Six Seven Eight Nine Ten Such Let Please Thanks Thank Read Watch Click See Yes Oh Well`.split(/\s+/));

export const PRONOUNS_PERSON = new Set(['he', 'she']);
export const PRONOUNS_GROUP = new Set(['they']);
