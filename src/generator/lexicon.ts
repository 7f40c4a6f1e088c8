// Word lists shared by the extractors. General English/news vocabulary only.

/** Verbs that introduce a claim; `say` verbs take any complement, `claim` verbs need "that" or a clause. */
export type SpeechClass = 'say' | 'claim' | 'directive' | 'quoteOnly';

// Speech verbs by lemma; every inflection ("warns", "warned", "warning") is derived by speechForms, so a rule
// written for one form holds for all of them.
const SAY_LEMMAS = ['say', 'tell', 'write', 'tweet', 'post'];
const CLAIM_LEMMAS = ['add', 'announce', 'declare', 'confirm', 'warn', 'note', 'report', 'explain', 'state', 'insist',
  'argue', 'claim', 'stress', 'emphasize', 'emphasise', 'acknowledge', 'admit', 'predict', 'reveal', 'assert', 'contend',
  'concede', 'allege', 'testify', 'recall', 'reply', 'respond', 'estimate', 'disclose', 'maintain', 'promise',
  'vow', 'pledge', 'repeat', 'continue', 'conclude', 'observe', 'comment', 'remark', 'caution', 'complain', 'suggest',
  'point out', 'deny', 'reiterate', 'affirm', 'counter', 'boast', 'joke', 'quip', 'recount', 'answer',
  'mention', 'speculate', 'concur', 'exclaim', 'shout', 'whisper', 'muse', 'lament', 'forecast',
  'chant', 'yell', 'scream', 'cry', 'plead', 'assure', 'hint', 'opine',
  // A study or an inquiry "found that …": what a document concludes is reported like words ("that" required).
  'find'];
// "agree" is left out: "ministers agreed to cut output" reports an event, not words.
const DIRECTIVE_LEMMAS = ['urge', 'encourage', 'remind', 'ask', 'advise', 'call on', 'instruct', 'order', 'implore',
  'beg', 'request', 'appeal to'];
const QUOTE_ONLY_LEMMAS = ['call', 'describe', 'dub', 'term', 'label', 'brand'];
/** Lemmas that also take an object and an infinitive as a directive ("warned drivers to avoid …"). */
export const DIRECTIVE_TOO = new Set(['tell', 'warn', 'caution', 'urge', 'encourage', 'remind', 'ask', 'advise',
  'call on', 'instruct', 'order', 'implore', 'beg', 'request', 'appeal to']);
/** Claim lemmas whose complement may be a bare clause without "that" ("she added the road was closed"). */
export const CLAUSE_WITHOUT_THAT = new Set(['add', 'announce', 'declare', 'confirm', 'warn', 'note', 'explain', 'insist',
  'argue', 'claim', 'stress', 'acknowledge', 'admit', 'predict', 'reveal', 'report', 'point out', 'reply', 'respond',
  'testify', 'recall', 'concede', 'assert', 'suggest', 'emphasize', 'emphasise', 'reiterate', 'deny', 'joke', 'boast']);
/** Lemmas whose "-s" form is also a plural noun ("states", "reports"): a verb only before "that" or a quote. */
export const NOUN_TOO = new Set(['state', 'report', 'claim', 'note', 'estimate', 'call', 'point out', 'add', 'warn',
  'comment', 'remark', 'promise', 'pledge', 'vow', 'answer', 'reply', 'post', 'tweet', 'forecast', 'order', 'request',
  'appeal to', 'counter', 'quip', 'joke', 'whisper', 'shout']);

const IRREGULAR_VERB_FORMS: Record<string, { past: string[]; ing?: string }> = {
  say: { past: ['said'] }, tell: { past: ['told'] }, write: { past: ['wrote', 'written'] },
  forecast: { past: ['forecast', 'forecasted'] }, admit: { past: ['admitted'], ing: 'admitting' },
  concur: { past: ['concurred'], ing: 'concurring' }, beg: { past: ['begged'], ing: 'begging' },
  dub: { past: ['dubbed'], ing: 'dubbing' }, quip: { past: ['quipped'], ing: 'quipping' },
  label: { past: ['labeled', 'labelled'], ing: 'labeling' }, post: { past: ['posted'] },
  give: { past: ['gave', 'given'] }, find: { past: ['found'] }, send: { past: ['sent'] }, make: { past: ['made'] },
};

export type VerbForm = 'base' | 's' | 'past' | 'ing';

/** All inflections of a (possibly two-word) lemma: "point out" -> "points out", "pointed out", … */
export function speechForms(lemma: string): [string, VerbForm][] {
  const [head, ...rest] = lemma.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const w = head!;
  const irr = IRREGULAR_VERB_FORMS[w];
  const s = /(?:s|sh|ch|x|z)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`;
  const ed = /e$/.test(w) ? `${w}d` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ied` : `${w}ed`;
  const ing = irr?.ing ?? (/[^e]e$/.test(w) ? `${w.slice(0, -1)}ing` : `${w}ing`);
  const forms: [string, VerbForm][] = [[w, 'base'], [s, 's'], ...(irr?.past ?? [ed]).map((p): [string, VerbForm] => [p, 'past']), [ing, 'ing']];
  return forms.map(([f, k]) => [f + tail, k]);
}

export interface SpeechVerb { lemma: string; cls: SpeechClass; form: VerbForm }

/** Every inflected speech verb form (lower case, two-word ones with one space) -> lemma, class and form. */
export const SPEECH_VERB_FORMS = new Map<string, SpeechVerb>();
for (const [lemmas, cls] of [[QUOTE_ONLY_LEMMAS, 'quoteOnly'], [DIRECTIVE_LEMMAS, 'directive'], [CLAIM_LEMMAS, 'claim'],
  [SAY_LEMMAS, 'say']] as const) {
  for (const lemma of lemmas) for (const [f, form] of speechForms(lemma)) SPEECH_VERB_FORMS.set(f, { lemma, cls, form });
}

/** Regex source matching any speech verb as a whole word (longest phrases first). */
export const SPEECH_VERB_SRC = [...SPEECH_VERB_FORMS.keys()].sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');

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
  force forces guard agencies ministries governments militaries companies groups organizations institute university service
  club clubs union unions association federation league charity hospital school museum zoo airline airlines bank
  operator regulator watchdog utility team teams prosecution defence defense campaign opposition coalition embassy
  consulate cabinet panel jury tribunal inquiry poll person persons people individual individuals man men woman women
  boy boys girl girls child children prisoners inmates hostages victims patients refugees migrants hikers climbers
  athletes fans results data figures records documents polls surveys studies reports findings estimates statistics`.split(/\s+/));

/** Agent nouns by their suffix ("shopper", "bystander", "protester", "pianist", "resident"): people who can speak. */
export const AGENT_NOUN = /^[a-z]{3,}(?:er|or|ist|ian|ant|ent|ee)s?$/;

/** A noun that can name a source, in either number ("citizen" from "citizens", an agent noun like "shopper"). */
export function isSpeakerNoun(w: string): boolean {
  const one = /s$/.test(w) ? w.slice(0, -1) : w;
  return SPEAKER_NOUNS.has(w) || SPEAKER_NOUNS.has(`${w}s`) || SPEAKER_NOUNS.has(one) || ROLE_NOUNS.has(w) || ROLE_NOUNS.has(one) ||
    AGENT_NOUN.test(w);
}

/** Nouns heading a description of an organisation ("the agency", "the health ministry"): "it", not "he". */
export const ORG_HEAD_NOUNS = new Set(`agency ministry department company government military army navy organization
  organisation group firm network broadcaster newspaper office administration institute university bank court
  commission committee council party union service authority authorities police`.split(/\s+/));

/** First words of place names that look like personal names ("North Korea", "San Diego", "Hong Kong"). */
export const PLACE_FIRST_WORDS = new Set(`North South East West New San Santa Los Las Saint St. Port Fort Mount Lake Cape Hong
  Sri El Al United Great Costa Puerto Saudi Sierra Buenos Rio Sao Tel Abu Addis Kuala Papua Cabo Le La Del Des Baton
  Palm Salt Grand Upper Lower Central Northern Southern Eastern Western Royal`.split(/\s+/));

/** Prepositions that put a name in an oblique position (not the subject): "went to Omar Haddad". */
export const OBLIQUE_PREPOSITIONS = new Set(`by to of for with from against about on at in into than like toward towards
  under over between among without`.split(/\s+/));

/** Nouns for what a source said, which can stand for a speech verb before a colon or dash ("had a simple message:"). */
export const MESSAGE_NOUNS = new Set(`message messages warning warnings words advice plea appeal response answer reply
  verdict statement instructions instruction order orders command promise request demand demands question
  explanation assessment prediction forecast reaction comment comments remarks view directive directives call calls
  reminder alert alerts assurance assurances claim claims`.split(/\s+/));

/** Verbs that make a message noun a speech cue ("issued warnings for people to …", "gave assurances that …"). */
export const SUPPORT_VERB_FORMS = new Set(['issue', 'give', 'send', 'make', 'repeat', 'renew', 'deliver', 'sound']
  .flatMap((lemma) => speechForms(lemma).map(([form]) => form)));

/** Nouns ending in "-ly" that are no adverbs ("the family said", "an ally warned"). */
export const LY_NOUNS = new Set(`family ally rally supply assembly anomaly monopoly reply jelly belly bully lily holly
  folly homily melancholy italy july emily kelly sally molly billy willy`.split(/\s+/));

/** Abbreviated titles and the role word they stand for ("Col." -> "colonel", "the colonel said"). */
export const TITLE_ABBREVIATIONS: Record<string, string> = {
  Col: 'colonel', Gen: 'general', Lt: 'lieutenant', Sgt: 'sergeant', Capt: 'captain', Maj: 'major', Adm: 'admiral',
  Cmdr: 'commander', Cpl: 'corporal', Pvt: 'private', Gov: 'governor', Sen: 'senator', Rep: 'representative',
  Supt: 'superintendent', Insp: 'inspector', Det: 'detective', Prof: 'professor', Dr: 'doctor', Pres: 'president',
  Amb: 'ambassador', Sec: 'secretary', Atty: 'attorney', Cmdt: 'commandant', Brig: 'brigadier', Fr: 'father',
};

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
  Chairwoman CEO Commissioner Inspector Officer Sheriff Supt Supt. Superintendent Insp Insp. Det Det. Cpl Cpl. Brig Brig. Coach Leader Premier Foreign Interior Defense Defence Finance
  Health Justice Trade Energy Home Attorney Supreme Speaker Majority Minority Whip Lord Lady Sir Dame Emir Sultan
  Ayatollah Imam Rabbi Father Sister Brother Detective Agent Superintendent Constable Marshal Executive Senior
  Special Envoy Representative Minister Presidential Nobel Laureate Former former Interim Regional Provincial
  National Federal Education Transport Transportation Environment Agriculture Labor Labour Economy Economic Affairs
  Manager Engineer Scientist Coordinator Spokesperson Analyst Researcher Supervisor Investigator Prosecutor Dean
  Editor Correspondent Specialist Technician Astronaut Meteorologist Forecaster Economist Epidemiologist Ranger
  Chairperson Treasurer Counsel Principal Curator Historian Biologist Geologist Physician Warden Chaplain`.split(/\s+/));

/** A title word, abbreviated ("Col."), or hyphenated from title words ("Secretary-General", "Attorney-General"). */
export function isTitleWord(w: string): boolean {
  const bare = w.replace(/\.$/, '');
  return TITLE_WORDS.has(w) || TITLE_WORDS.has(bare) || (bare.includes('-') && bare.split('-').every((p) => TITLE_WORDS.has(p)));
}

/** Capitalised words that mark a place, event or thing rather than a person ("Take a Hike Day", "Research Triangle Park"). */
export const NON_PERSON_WORDS = new Set(`Day Week Month Year Park Street Road Avenue River Lake Island Islands Mountain
  Mountains Mount City County State Province Region Bay Sea Ocean Valley Beach Airport Station Square Bridge Hall
  Tower Building Campus Center Centre Prize Award Cup Games Festival Summit Conference War Act Law Bill Plan Project
  Operation Storm Hurricane Typhoon Cyclone Probe Solar Space Strait Gulf Canal Desert Forest Coast Peninsula
  Republic Kingdom Empire Church Cathedral Mosque Temple Palace Castle Stadium Arena Hotel Market Exchange Index
  Street Highway Route Line Express Airlines Cutter Ship Boat Wreck Fire Earthquake Quake Flood Virus Treaty Accord
  Agreement Declaration Constitution Amendment Day's Times Post News Journal Online Base Field Camp Harbor Harbour
  Airfield Port Pass Falls Canyon Trail Dam Zone Time Observatory Telescope Network `.split(/\s+/));

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

/** Ordinal day words, "first" … "thirty-first" ("December twelfth", "the fifth of November"). */
export const ORDINAL_DAYS: Record<string, number> = (() => {
  const small = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
    'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth',
    'nineteenth'];
  const out: Record<string, number> = {};
  small.forEach((w, i) => { out[w] = i + 1; });
  out.twentieth = 20;
  out.thirtieth = 30;
  small.slice(0, 9).forEach((w, i) => { out[`twenty-${w}`] = 21 + i; });
  out['thirty-first'] = 31;
  return out;
})();

/** Nouns before a number that make it a designation, not a year ("Route 2008", "asteroid 1998 QE2", "Flight 1549"). */
export const DESIGNATION_NOUNS = new Set(`route highway interstate freeway flight room suite apartment apt model
  number no no. page chapter section article rule resolution version exit gate platform terminal bus train tram
  asteroid comet patent code lot item unit serial catalog catalogue bill act amendment ticket seat box channel
  track pier berth hull tail squad division regiment battalion`.split(/\s+/));

/** Words that end a street address ("1600 Pennsylvania Avenue"): the number before is a house number. */
export const STREET_WORDS = new Set(`Street St St. Road Rd Rd. Avenue Ave Ave. Boulevard Blvd Blvd. Lane Drive Way
  Place Court Square Terrace Parkway Highway Row Crescent Close`.split(/\s+/));

/** Heads of a generic "today's …" (nowadays, not the dateline's day): "today's teenagers", "today's world". */
export const GENERIC_NOW_NOUNS = new Set(`world society generation generations youth economy culture market markets
  technology science medicine children kids people teenagers adults parents families students workers modern young
  standards age era times life lives climate`.split(/\s+/));

/** Verbs (and "with"/"and") that take a body part as object: "put one foot in front of the other", "has a foot
 * in the door", "with one foot on the ground". After one of them "one foot" is the body part, not 12 inches. */
export const PLACING_WORDS = new Set(`put puts putting have has had having keep keeps kept keeping set sets setting
  get gets got getting plant plants planted planting place places placed placing stand stands stood standing
  dip dips dipped drag drags dragged lift lifts lifted raise raises raised with and`.split(/\s+/));

/** Possessive determiners (and "own", "both"): "on his own two feet" names body parts, not a length. */
export const POSSESSIVE_WORDS = new Set(`my your his her its our their own both`.split(/\s+/));

/** Modal verbs and infinitive "to": "could one day replace", "hopes to one day run" mean "some day". */
export const MODAL_WORDS = new Set(`to can could may might must shall should will would`.split(/\s+/));

/** Words that make a bare "degrees" a temperature ("temperatures hit 40 degrees"). */
export const TEMPERATURE_WORDS = new Set(`temperature temperatures heat hot cold warm warmer warmest cool cooler
  freezing thermometer thermometers heatwave high highs low lows fever chill`.split(/\s+/));

/** Words after "one day" that show it is a span of time, not "some day" ("cut to one day a week"). */
export const FUNCTION_WORDS = new Set(`a an the of per in on at for from to and or but nor with without by after before
  later earlier ago this that these those each every`.split(/\s+/));

/** Common irregular past-tense forms ("struck", "fled"): with the regular "-ed", they mark a clause told in the past.
 * Forms that are also the present or a common noun or adjective ("read", "hit", "put", "left", "lay") are left out. */
export const IRREGULAR_PAST = new Set(`was were had did came went took made began fell rose met held sent saw said told
  struck fled won lost led ran spoke wrote gave got became brought bought built caught chose drove ate fought
  flew forgot froze grew heard hid kept knew laid meant paid rode rang sank sang sat shot shook slept slid sold
  sought spent stood stole stuck stung swam swore swept swung taught tore thought threw understood woke wore withdrew
  overtook undertook upheld left found felt hit put shut`.split(/\s+/));

/** Nouns for groups of people by age: "children under 5 years", "people over 65 years" give an age, not a span. */
export const AGE_GROUP_NOUNS = new Set(`children child kids kid babies baby infants infant toddlers teenagers teens
  adults adult people persons men women boys girls patients residents voters students seniors those anyone everyone
  someone individuals`.split(/\s+/));
