// Quote finding as cue / source / content on sentences of our own: speech verbs by lemma and form, directives,
// objects of "told", quotation marks, and speaker resolution over the article's mentions.
import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../src/generator/quiz.js';
import { facts } from './helpers.js';

const doc = (...paragraphs: string[]) => facts(` date 2024-05-10\n${paragraphs.join('\n\n')}`);
const items = (...paragraphs: string[]) => doc(...paragraphs).quotes.map((q) => [q.text, q.speaker, q.direct]);

describe('speech verbs by lemma: any inflection, progressive and perfect forms', () => {
  it('reads a present "-s" form of a lemma never listed as such ("suggests", "concedes")', () => {
    expect(items('Farmer Omar Said suggests the menu will change every week.')).toEqual([
      ['the menu will change every week', 'Omar Said', false]]);
    expect(items('Mayor Ada Klein concedes the budget is too small for the new library.')).toEqual([
      ['the budget is too small for the new library', 'Ada Klein', false]]);
  });

  it('reads progressive and perfect forms as active speech ("is reporting", "has been saying", "have said")', () => {
    expect(items('The weather service is reporting that the lake has frozen over.')).toEqual([
      ['the lake has frozen over', 'weather service (unnamed)', false]]);
    expect(items('Farmer Jo Pike has been saying for years that the dam is too low.')).toEqual([
      ['the dam is too low', 'Jo Pike', false]]);
  });

  it('still skips the passive and the negated verb', () => {
    expect(items('The plan was announced on Monday. The minister did not say whether it would pass.')).toEqual([]);
  });

  it('a noun-like "-s" form ("reports", "calls") is a verb only before "that" or a quotation', () => {
    expect(items('The agency reports that exports fell in March.')).toEqual([['exports fell in March', 'agency (unnamed)', false]]);
    expect(items('Police reports show the road was closed for an hour.')).toEqual([]);
  });
});

describe('directives and objects', () => {
  it('a directive in the progressive with any object noun: the claim starts at the infinitive', () => {
    expect(items('Firefighters are warning hikers to stay off the ridge trails.')).toEqual([
      ['to stay off the ridge trails', 'firefighters (unnamed)', false]]);
  });

  it('an object with a post-modifier before the infinitive', () => {
    expect(items('The club reminds members of all ages, whether new or old, to renew their cards.')).toEqual([
      ['to renew their cards', 'club (unnamed)', false]]);
  });

  it('"told" + any object noun, then the reported clause', () => {
    expect(items('A neighbor told firefighters the house had been empty for months.')).toEqual([
      ['the house had been empty for months', 'a neighbor (unnamed)', false]]);
  });

  it('"told" + object + adverbial closes a trailing attribution', () => {
    expect(items('The ferry will not sail on Sunday, Captain Lea Moss told passengers during a stop in Dover.')).toEqual([
      ['The ferry will not sail on Sunday', 'Lea Moss', false]]);
  });

  it('an unnamed source keeps the text\'s own head noun, any agent noun ("a shopper", "one bystander")', () => {
    expect(items('“Bread ran out by nine,” one shopper said.')).toEqual([['Bread ran out by nine,', 'one shopper (unnamed)', true]]);
    expect(items('“The ground shook twice,” a bystander told local radio.')).toEqual([['The ground shook twice,', 'a bystander (unnamed)', true]]);
  });

  it('a place adverbial after the verb ("said here on Monday") closes a trailing attribution', () => {
    expect(items('The mine will close next year, Minister Karl Berg said here on Monday.')).toEqual([
      ['The mine will close next year', 'Karl Berg', false]]);
  });
});

describe('single quotation marks (British style)', () => {
  it('a straight single-quoted quote with the speaker named after a description', () => {
    expect(items("'We will appeal,' said the union's general secretary, Mary Cole.")).toEqual([
      ['We will appeal,', 'Mary Cole', true]]);
  });

  it('curly single quotes around a plural possessive; the name in apposition before "told"', () => {
    expect(items('‘The players’ union has agreed,’ the league chairman, Tom Reid, told the BBC.')).toEqual([
      ['The players’ union has agreed,', 'Tom Reid', true]]);
  });

  it('a single-quoted scare quote, then a reported clause of the same subject', () => {
    expect(items('Minister Jo Park called the plan ‘reckless’ and said it would fail.')).toEqual([
      ['reckless', 'Jo Park', true], ['it would fail', 'Jo Park', false]]);
  });

  it('a single-quoted quote opening a paragraph may run on into the next one, one item per opening mark', () => {
    expect(items('Nurse Jane Cole, 52, said the ward was full.', '\'We had patients in the corridors. Nobody slept.',
      '\'I have never seen anything like it,\' she said.')).toEqual([
      ['the ward was full', 'Jane Cole', false], ['We had patients in the corridors. Nobody slept.', 'Jane Cole', true],
      ['I have never seen anything like it,', 'Jane Cole', true]]);
  });

  it('apostrophes never open a quote', () => {
    expect(doc('It’s the council’s plan, and the mayor\'s staff don\'t like it.').quotes).toEqual([]);
  });
});

describe('speaker resolution over every mention', () => {
  it('"she" is the most recently mentioned person, also one not quoted before', () => {
    expect(items('Coach Al Diaz praised the team. The winning goal came from Mia Torres of Brazil, who scored late.',
      '“I saw the gap and went for it,” she said.')).toEqual([['I saw the gap and went for it,', 'Mia Torres', true]]);
  });

  it('a surname refers back to the full name; a lone possessive name counts when no other is near', () => {
    expect(items('Silver went to Lars Eriksen of Norway. It was a hard day for Eriksen.', '“My legs were gone,” he said.'))
      .toEqual([['My legs were gone,', 'Lars Eriksen', true]]);
    expect(items('Kovac’s late header decided the final.', '“I just jumped,” he said.')).toEqual([['I just jumped,', 'Kovac', true]]);
  });

  it('a lone possessive name later than the last named person wins', () => {
    expect(items('Coach Ana Reyes watched from the bench. Later, Okafor’s header won the match.', '“I just closed my eyes,” he said.'))
      .toEqual([['I just closed my eyes,', 'Okafor', true]]);
  });

  it('"they" is the nearest plural subject', () => {
    expect(items('Police closed the road. Geologists surveyed the slope on Monday. It could slide again, they said.')).toEqual([
      ['It could slide again', 'geologists (unnamed)', false]]);
  });

  it('"some" and "others" are parts of the nearest group', () => {
    expect(items('Parents are divided over the new timetable. Some say it starts too early, while others argue that it helps working families.'))
      .toEqual([['it starts too early', 'some parents (unnamed)', false], ['it helps working families', 'other parents (unnamed)', false]]);
  });

  it('"the colonel" is the person introduced with that (abbreviated) title', () => {
    expect(items('Army Col. Dana Price said the drills had ended. The troops will return home next week, the colonel said.'))
      .toEqual([['the drills had ended', 'Dana Price', false], ['The troops will return home next week', 'Dana Price', false]]);
  });

  it('"the agency" is the nearest organisation, even when its name says "Administration"', () => {
    expect(items('The Food and Drug Administration said it was reviewing the drug. The agency added that no patients had been harmed.').map((q) => q[1]))
      .toEqual(['Food and Drug Administration', 'Food and Drug Administration']);
  });

  it('a definite description refers to an acronym named before it ("the network" -> CNN); "it" to the nearest organisation', () => {
    expect(items('CNN reported that the talks had collapsed. The network said it had two sources. It added that both were officials.').map((q) => q[1]))
      .toEqual(['CNN', 'CNN', 'CNN']);
  });

  it('a name in apposition after a description speaks ("the country\'s election body, the Electoral Commission")', () => {
    expect(items('The country’s election body, the Electoral Commission, said turnout was high.')).toEqual([
      ['turnout was high', 'Electoral Commission', false]]);
  });

  it('a name with a long post-modifier ("X of the Centre … at the University … in …") is the source', () => {
    expect(items('Lena Frost of the Centre for Arctic Studies at the University of Oslo in Norway says the ice is thinning faster than models predicted.'))
      .toEqual([['the ice is thinning faster than models predicted', 'Lena Frost', false]]);
  });

  it('a person\'s name before "of" and a capitalised organisation is cut there', () => {
    expect(items('Maria Santos of Lisbon’s Ocean Research Office says the reef is recovering.')).toEqual([
      ['the reef is recovering', 'Maria Santos', false]]);
  });

  it('a source noun in the singular that the lexicon lists in the plural ("a villager")', () => {
    expect(items('“We have no water,” said a villager.')).toEqual([['We have no water,', 'a villager (unnamed)', true]]);
  });

  it('"what X described as “…”": the subject after "what" speaks', () => {
    expect(items('Rescuers found what one diver described as “a maze of broken steel.”')).toEqual([
      ['a maze of broken steel.', 'one diver (unnamed)', true]]);
  });
});

describe('sentences', () => {
  it('"p.m." before a spelled-out time zone does not end the sentence, so the claim keeps its source', () => {
    expect(items('The ferry left the port at 9:40 p.m. Central Standard Time, harbor master Ivo Kral said.')).toEqual([
      ['The ferry left the port at 9:40 p.m. Central Standard Time', 'Ivo Kral', false]]);
  });
});

describe('quotes whose source is named around them', () => {
  it('the next sentence of the paragraph names the speaker of an opening quote', () => {
    expect(items('“The roof just lifted off.” Baker Tom Hill said he hid in the cellar.')).toEqual([
      ['The roof just lifted off.', 'Tom Hill', true], ['he hid in the cellar', 'Tom Hill', false]]);
    expect(items('“We lost everything.” That is how Nora Bell, who runs the shop, described the flood.')).toEqual([
      ['We lost everything.', 'Nora Bell', true]]);
  });

  it('a source before a colon or dash with a message noun and no speech verb', () => {
    expect(items('Mayor Rita Ames had one piece of advice: “Stay indoors.”')).toEqual([['Stay indoors.', 'Rita Ames', true]]);
    expect(items('The warning from Chief Omar Nash was short — “Get out now.”')).toEqual([['Get out now.', 'Omar Nash', true]]);
  });

  it('no message noun, no source: a quote after a colon stays unattributed', () => {
    expect(items('The sign on the door read: “Closed for repairs.”')).toEqual([]);
  });

  it('a subordinate clause before the quoted words is a reported item of its own', () => {
    expect(items('Minister Ben Ola said that unless prices fell, “we will cut the tax.”')).toEqual([
      ['unless prices fell', 'Ben Ola', false], ['we will cut the tax.', 'Ben Ola', true]]);
  });

  it('a country\'s possessive is never a person ("China\'s foreign ministry … he said")', () => {
    expect(items('Secretary of State Ann Lowe met her counterpart. China’s foreign ministry protested.', '“We will respond,” she said.'))
      .toEqual([['We will respond,', 'Ann Lowe', true]]);
  });

  it('a possessive in the pronoun\'s own sentence is no antecedent', () => {
    expect(items('Spokeswoman Kim Lee spoke on Monday.', 'Navcom’s first estimate is that the ship sank quickly, she added.')).toEqual([
      ['Navcom’s first estimate is that the ship sank quickly', 'Kim Lee', false]]);
  });
});

describe('message nouns as cues', () => {
  it('a support verb + message noun + "for/to X to …": a directive, the claim at the infinitive', () => {
    expect(items('Coast guard officials issued warnings for boaters to stay in port until Friday.')).toEqual([
      ['to stay in port until Friday', 'Coast guard officials (unnamed)', false]]);
  });

  it('a support verb + message noun + "that": a claim', () => {
    expect(items('The airline gave assurances that no flights would be cancelled.')).toEqual([
      ['no flights would be cancelled', 'airline (unnamed)', false]]);
  });

  it('"a warning by X that …": the source after the noun', () => {
    expect(items('Markets fell after a warning by Governor Lea Stone that rates would rise again.')).toEqual([
      ['rates would rise again', 'Lea Stone', false]]);
  });

  it('a message noun without a cue frame is no claim ("the warning was ignored")', () => {
    expect(items('The warning was ignored by most drivers on the coast road.')).toEqual([]);
  });
});

describe('more sources and verbs', () => {
  it('a one-word name after a title is a person ("Mrs Patel"), so "she" finds her', () => {
    expect(items('Dr. Ana Ruiz said the water was safe.', '‘It is a disgrace,’ said Mrs Patel, who lives nearby. She added: ‘Nobody listened to us.’'))
      .toEqual([['the water was safe', 'Ana Ruiz', false], ['It is a disgrace,', 'Patel', true], ['Nobody listened to us.', 'Patel', true]]);
  });

  it('a hyphenated title ("Secretary-General") is a title, not part of the name', () => {
    expect(items('UN Secretary-General Mara Holm urged all sides to show restraint.')).toEqual([
      ['to show restraint', 'Mara Holm', false]]);
  });

  it('manner-of-speaking verbs are speech verbs ("chanted")', () => {
    expect(items('“We want our jobs back,” the strikers chanted.')).toEqual([['We want our jobs back,', 'strikers (unnamed)', true]]);
  });

  it('", but warned that …" is a second claim of the same source', () => {
    expect(items('Minister Lia Berg said the outbreak was under control, but warned that cases could rise.')).toEqual([
      ['the outbreak was under control', 'Lia Berg', false], ['cases could rise', 'Lia Berg', false]]);
  });
});

describe('nouns that look like other words', () => {
  it('an "-ly" noun heads a subject ("the family", "an ally"), it is no adverb', () => {
    expect(items('Lawyers for the family said they would sue. An ally of the mayor said the plan was dead.')).toEqual([
      ['they would sue', 'lawyers for the family (unnamed)', false], ['the plan was dead', 'an ally of the mayor (unnamed)', false]]);
  });

  it('a possessive description is a new source, not the organisation named before ("the senator\'s office")', () => {
    expect(items('“Aid is not arriving,” the refugee agency, UNHCR, said. The senator’s office said that he was recovering.').map((q) => q[1]))
      .toEqual(['UNHCR', 'senator’s office (unnamed)']);
  });
});

describe('claim edges', () => {
  it('a claim keeps a closing "%" or a closed bracket, and drops sentence punctuation', () => {
    expect(items('The commission said turnout was 59.7%. Officials said the fire (the third this year) was out.').map((q) => q[0]))
      .toEqual(['turnout was 59.7%', 'the fire (the third this year) was out']);
  });

  it('institutional sources of courts and elections ("the prosecution", "the jury")', () => {
    expect(items('The prosecution said the witness had lied repeatedly.')).toEqual([['the witness had lied repeatedly', 'prosecution (unnamed)', false]]);
  });
});

describe('organisations and people mentioned without speaking', () => {
  it('"the agency" refers to an organisation only named before, not quoted ("declared …")', () => {
    expect(items('The World Health Organization on Monday declared the outbreak an emergency. The agency urged countries to share data.'))
      .toEqual([['to share data', 'World Health Organization', false]]);
  });

  it('a person introduced by a role noun, even with a place-like surname ("Swimmer Lena Park"), is "she"', () => {
    expect(items('Coach Ben Ode cheered. Swimmer Lena Park, 19, won gold. “I couldn’t believe the clock,” she told the BBC afterwards.').map((q) => q[1]))
      .toEqual(['Lena Park']);
  });
});

describe('interpolated sources and plain forms', () => {
  it('"The decision, the minister said, was final": the claim starts where the sentence starts', () => {
    expect(items('Minister Clara Boyd spoke in Leeds. The decision, the minister said, was final.')).toEqual([
      ['The decision, the minister said, was final', 'Clara Boyd', false]]);
  });

  it('an adverb before an interpolated source is left out ("Now, she said, …")', () => {
    expect(items('Minister Clara Boyd spoke in Leeds. Now, she said, the work can begin.')).toEqual([
      ['the work can begin', 'Clara Boyd', false]]);
  });

  it('a noun-like plain form after a plural subject is the verb ("campaigners claim")', () => {
    expect(items('Campaigners claim the new road will destroy the old wood.')).toEqual([
      ['the new road will destroy the old wood', 'campaigners (unnamed)', false]]);
  });
});

describe('inverted attributions', () => {
  it('"…,” said X, adding that …": the quote and the participle\'s claim', () => {
    expect(items('“We will not stop,” said Tom Ruiz, adding that more marches were planned.')).toEqual([
      ['We will not stop,', 'Tom Ruiz', true], ['more marches were planned', 'Tom Ruiz', false]]);
  });

  it('"“…?” asked X": a question is quoted speech, and the next bare quote continues it', () => {
    expect(items('“Are we safe?” asked one mother. “Nobody tells us anything.”')).toEqual([
      ['Are we safe?', 'one mother (unnamed)', true], ['Nobody tells us anything.', 'one mother (unnamed)', true]]);
  });

  it('a family or role noun heads an unnamed source ("his daughter")', () => {
    expect(items('“He was kind,” his daughter said.')).toEqual([['He was kind,', 'his daughter (unnamed)', true]]);
  });
});

describe('wire-service sources', () => {
  it('a post-modified unnamed source ("a person familiar with the talks") is headed by its first source noun', () => {
    expect(items('A person familiar with the talks said the sides had agreed on a price.')).toEqual([
      ['the sides had agreed on a price', 'a person familiar with the talks (unnamed)', false]]);
  });

  it('"said in a tweet on Sunday" closes the attribution (a noun "tweet", no verb)', () => {
    expect(items('“This is a sad day,” Gov. Ann Holt said in a tweet on Sunday.')).toEqual([['This is a sad day,', 'Ann Holt', true]]);
  });
});

describe('excerpts in prompts', () => {
  it('an excerpt opening "It warned that …" drops the pronoun source, as for "It said that …"', () => {
    const text = ' date 2024-05-10\nThe weather service issued a flood alert for the valley on Thursday.\n\n' +
      'It warned that the river would rise 3 meters by Saturday, the highest level since 1998.';
    const prompts = generateQuiz(text).quiz.questions.map((q) => q.prompt);
    expect(prompts).toContain('What distance is missing from this sentence of the article: “… the river would rise ____ by Saturday, the highest level since 1998”?');
  });
});

describe('events are not claims', () => {
  it('"agreed" reports an agreement, not words', () => {
    expect(items('In a long meeting on Monday, ministers agreed to cut output. The two sides had agreed that talks would resume.')).toEqual([]);
  });
});

describe('a person of an organisation', () => {
  it('speaks under the person\'s name ("Dr. Lawrence Hale of Mercy University"); "University of Leeds" stays an organisation', () => {
    expect(items('“It is alarming,” said nutrition expert Dr. Lawrence Hale of Mercy University.')).toEqual([
      ['It is alarming,', 'Lawrence Hale', true]]);
    expect(items('“We are ready,” said the University of Leeds.')).toEqual([['We are ready,', 'University of Leeds', true]]);
    expect(items('The Bank of England said rates would stay high.')).toEqual([['rates would stay high', 'Bank of England', false]]);
  });
});

describe('what a study found', () => {
  it('reports "X found that …" as X\'s claim, but not "found two hikers" or "was found"', () => {
    expect(items('Researchers found that the drug cut deaths by half.')).toEqual([
      ['the drug cut deaths by half', 'researchers (unnamed)', false]]);
    expect(items('Rescuers found two hikers alive on Sunday. The body was found near the river. He found it hard to sleep.')).toEqual([]);
  });
});

describe('sources set off by dashes', () => {
  it('reads a source after a dashed aside or between dashes as it reads one between commas', () => {
    expect(items('Within ten years, most lakes will be dry\u2014or nearly dry\u2014a new study predicts.')).toEqual([
      ['Within ten years, most lakes will be dry\u2014or nearly dry', 'a new study (unnamed)', false]]);
    expect(items('Two people died \u2014 police said.')).toEqual([['Two people died', 'police (unnamed)', false]]);
    expect(doc('The river\u2014officials said\u2014was rising fast.').quotes.map((q) => [q.text.startsWith('The river'), q.speaker]))
      .toEqual([[true, 'officials (unnamed)']]);
  });
});

describe('interview transcripts', () => {
  it('reads a name label before a quotation ("MARA HOLT: “…”") as its speaker, under the name first introduced', () => {
    expect(items('Mara Holt is a water expert at Bay College.', 'MARA HOLT: \u201cThe lakes are shrinking faster than anyone expected.\u201d'))
      .toEqual([['The lakes are shrinking faster than anyone expected.', 'Mara Holt', true]]);
    expect(items('Breaking News: \u201cThe dam has failed.\u201d', 'White House: \u201cThe talks are over.\u201d', 'Police Chief: \u201cStay inside.\u201d'))
      .toEqual([]);
  });
});

describe('adverbs between source and verb', () => {
  it('reads "residents now say", "critics sometimes argue", "officials always insist"', () => {
    expect(items('Residents now say the water is safe. Critics sometimes argue that the tax is too low. Officials always insist that the dam is sound.')).toEqual([
      ['the water is safe', 'residents (unnamed)', false],
      ['the tax is too low', 'critics (unnamed)', false],
      ['the dam is sound', 'officials (unnamed)', false],
    ]);
    expect(items('When asked, farmers usually say the rain came late. Doctors generally warn that rest is vital.')).toEqual([
      ['the rain came late', 'farmers (unnamed)', false],
      ['rest is vital', 'doctors (unnamed)', false],
    ]);
  });
});

describe('a long lead-in that a quoted noun phrase ends', () => {
  it('is a reported item of its own before the quoted words', () => {
    expect(items('The mayor said the council spent two years on the plan before it was called a \u201cbold experiment.\u201d')).toEqual([
      ['the council spent two years on the plan before it was called a', 'mayor (unnamed)', false],
      ['bold experiment.', 'mayor (unnamed)', true],
    ]);
  });
});

describe('names with a middle initial', () => {
  it('keep the initial in the name and the surname as its alias', () => {
    expect(items('\u201cThe case shows our resolve,\u201d said Assistant Attorney General Jeffrey H. Wood.', 'Wood said the fine was fair.')).toEqual([
      ['The case shows our resolve,', 'Jeffrey H. Wood', true],
      ['the fine was fair', 'Jeffrey H. Wood', false],
    ]);
  });
});

describe('wire copy closing a quotation with two apostrophes', () => {
  it('ends the quotation there and reads the source after it', () => {
    expect(items('"Conditions have changed, and that is a good sign,\'\' said Dana Reyes, spokeswoman for the fire agency.')).toEqual([
      ['Conditions have changed, and that is a good sign,', 'Dana Reyes', true],
    ]);
  });
});

describe('organisations as sources', () => {
  it('cut a place after "in" or "at" off the name', () => {
    expect(items('The National Flood Center in Ohio said the river had peaked.')).toEqual([
      ['the river had peaked', 'National Flood Center', false],
    ]);
  });

  it('take an acronym in brackets as the name of a described body', () => {
    expect(items('The national electoral board (NEB) said the count was over.')).toEqual([
      ['the count was over', 'national electoral board (NEB)', false],
    ]);
  });
});

describe('reported facts with a noun object', () => {
  it('are claims after "reported" and "announced", but an act with a possessive object is not', () => {
    expect(items('Police reported 32 arrests on Sunday. The board announced final results, giving Lee 60% of the vote. The minister announced his resignation.')).toEqual([
      ['32 arrests on Sunday', 'police (unnamed)', false],
      ['final results, giving Lee 60% of the vote', 'board (unnamed)', false],
    ]);
  });
});

describe('a participle cue after a long introductory phrase', () => {
  it('takes the subject after the phrase, and a place after "from" is not the source', () => {
    expect(items('At approximately 6 p.m. on the evening of March 3rd, two hikers from Utah called 911, stating that they had lost the trail.')).toEqual([
      ['they had lost the trail', 'two hikers from Utah (unnamed)', false],
    ]);
  });
});

describe('job titles, adjectival participles and "said of"', () => {
  it('reads a job title before a name as a role, and "said of X" as no claim', () => {
    expect(items('\u201cThe test went well,\u201d Lab Project Manager Dana Reyes said of the trial run. She reported all four engines appear healthy.')).toEqual([
      ['The test went well,', 'Dana Reyes', true],
      ['all four engines appear healthy', 'Dana Reyes', false],
    ]);
  });

  it('does not read "confirmed cases" as a cue, so "according to" gives the source', () => {
    expect(items('By Monday, the number of confirmed cases stood at 288, according to the state health department.')).toEqual([
      ['By Monday, the number of confirmed cases stood at 288', 'state health department (unnamed)', false],
    ]);
  });

  it('takes a long lead-in before a quoted phrase inside the clause as a reported item too', () => {
    expect(items('Investigators say the small plane that crashed Sunday near the lake was flying \u201cfar too low\u201d over the hills.')).toEqual([
      ['the small plane that crashed Sunday near the lake was flying', 'investigators (unnamed)', false],
      ['far too low', 'investigators (unnamed)', true],
    ]);
  });
});

describe('more sources and clause shapes', () => {
  it('takes any people noun as an unnamed source ("detainees", "hikers", "results")', () => {
    expect(items('When released, detainees usually say their statements were forced. Hikers say the trail is icy.')).toEqual([
      ['their statements were forced', 'detainees (unnamed)', false],
      ['the trail is icy', 'hikers (unnamed)', false],
    ]);
  });

  it('reads "…, and he tweeted that …" with the pronoun as the whole subject', () => {
    expect(items('Governor Ana Lopez spoke on Monday.', 'She visited the coast, and she wrote that residents should stay inside.')).toEqual([
      ['residents should stay inside', 'Ana Lopez', false],
    ]);
  });

  it('gives one claim per "that"-clause joined by "and that"', () => {
    expect(items('Investigators say the bus was speeding, and that the driver ignored a red light.')).toEqual([
      ['the bus was speeding', 'investigators (unnamed)', false],
      ['the driver ignored a red light', 'investigators (unnamed)', false],
    ]);
  });

  it('does not join a clause before "…, and X said …" to the claim', () => {
    expect(items('Maria Lopez won the race, and Ivan Ramos Perez said he was proud of her.')).toEqual([
      ['he was proud of her', 'Ivan Ramos Perez', false],
    ]);
  });

  it('starts the claim at the sentence start when a clause stands before the source', () => {
    expect(items('The virus is so rare, nowadays, doctors say many nurses have never seen a case. In a letter sent Friday, officials said the road was closed.')).toEqual([
      ['The virus is so rare, nowadays, doctors say many nurses have never seen a case', 'doctors (unnamed)', false],
      ['the road was closed', 'officials (unnamed)', false],
    ]);
  });
});
