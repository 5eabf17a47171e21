// The words of reporting the lexicon is built from: verbs by strength, the phrases of many words,
// and the nouns of saying, sources and documents. Lists are plain text, a word or phrase apiece.

export const SPEECH = `
  say tell state note assure reassure disclose emphasize stress urge insist warn claim affirm reaffirm
  announce argue acknowledge admit allege assert comment complain concede confirm contend declare deny
  explain mention predict promise report reveal testify reiterate pledge vow demand caution tweet recount
  remark retort exclaim brag speculate posit propose recommend advise inform notify guarantee
  certify swear attest profess proclaim publicize divulge specify clarify elaborate underscore underline
  confess quip joke muse opine lament rebut concur hint imply suggest recollect shout yell whisper
  mutter vouch implore beseech entreat theorize hypothesize conjecture forewarn prophesy foretell avow
  aver postulate insinuate disclaim disavow recant retract
`;

export const STANCE = `
  criticize praise welcome condemn blame accuse decry lambast lambaste slam blast rebuke dispute reject
  refute contradict threaten denounce deplore castigate assail berate chastise mock ridicule deride
  dismiss disown downplay defend justify endorse oppose advocate applaud hail laud commend congratulate
  fault scold chide reprimand admonish censure excoriate tout champion bemoan bewail challenge contest
  disparage belittle slander smear vilify demonize agree disagree
`;

export const WEAK = `
  add find show call ask order post answer reply respond observe notice indicate conclude estimate forecast
  project calculate describe characterize portray depict label brand dub continue repeat echo charge
  maintain hold cite quote brief learn hear determine discover rule question instruct request appeal
  plead alert express voice signal counter object protest recall write blog speak talk broadcast boast
  encourage require mandate stipulate share direct outline detail prove define coin publish release compile unveil
  highlight demonstrate
`;

export const BELIEF = `
  believe think expect fear hope doubt know suspect want feel assume presume suppose guess imagine
  surmise anticipate worry wonder understand realize recognize accept wish intend plan
  aim seek prefer consider regard figure see sense trust foresee envision envisage reckon
`;

/** Verbs whose reported content may be an infinitive: "wants to", "expects prices to", "asked him to". */
export const TO_COMPLEMENT = `
  want expect hope plan intend aim seek wish prefer anticipate ask request order instruct appeal call
  encourage require mandate urge advise advocate demand direct
`;

/** Past tense, past participle and spellings used as either, of irregular verbs. */
export const IRREGULAR: Readonly<Record<string, readonly [past: string, participle: string, ...either: string[]]>> = {
  say: ['said', 'said'],
  tell: ['told', 'told'],
  write: ['wrote', 'written'],
  think: ['thought', 'thought'],
  know: ['knew', 'known'],
  find: ['found', 'found'],
  show: ['showed', 'shown'],
  prove: ['proved', 'proven', 'proved'],
  swear: ['swore', 'sworn'],
  speak: ['spoke', 'spoken'],
  hold: ['held', 'held'],
  forecast: ['forecast', 'forecast', 'forecasted'],
  broadcast: ['broadcast', 'broadcast'],
  foresee: ['foresaw', 'foreseen'],
  foretell: ['foretold', 'foretold'],
  see: ['saw', 'seen'],
  feel: ['felt', 'felt'],
  hear: ['heard', 'heard'],
  learn: ['learned', 'learned', 'learnt'],
  understand: ['understood', 'understood'],
  seek: ['sought', 'sought'],
  // Heads of phrasal verbs ("went on to say", "made clear").
  go: ['went', 'gone'],
  make: ['made', 'made'],
  take: ['took', 'taken'],
  come: ['came', 'come'],
  set: ['set', 'set'],
  cast: ['cast', 'cast'],
  hit: ['hit', 'hit'],
  lay: ['laid', 'laid'],
  shed: ['shed', 'shed'],
  shoot: ['shot', 'shot'],
  put: ['put', 'put'],
  give: ['gave', 'given'],
};

/** Polysyllabic verbs that double their final consonant ("admitted", "referring"). */
export const DOUBLING = new Set([
  'admit', 'commit', 'omit', 'permit', 'submit', 'regret', 'refer', 'prefer', 'concur', 'rebut', 'defer',
  'confer', 'aver', 'abet', 'compel', 'propel', 'control', 'patrol', 'occur', 'deter', 'transmit', 'forget',
]);

/** Multi-word reporting verbs; the first word is the verb and is inflected. */
export const PHRASAL_VERBS = `
  call on|call upon|call for|call out|point out|go on to say|go on to add|go on to claim
  make clear|make it clear|make the case|make the point|make the argument|rule out|speak out
  lash out|take issue with|raise concerns|raise the possibility|express concern|express concerns
  express alarm|express hope|express doubt|express doubts|express support|express regret
  voice concern|voice concerns|voice support|voice doubts|sound the alarm|cast doubt on
  come out against|come out in favor of|come out in support of|take aim at|play down|insist on
  tell reporters|tell journalists|tell the press|take the view|take the position|rail against
  rail at|shoot back|fire back|take a swipe at|speak of
  provide guidance|offer guidance|issue guidance|give guidance|provide advice|offer advice|give advice
  provide feedback|offer feedback|give feedback|submit feedback|offer praise|heap praise on
  give testimony|provide testimony|offer criticism
  issue a statement|release a statement|put out a statement|make a statement|issue a warning
  make recommendations|provide recommendations|offer recommendations|issue recommendations
  give assurances|offer assurances|provide assurances|make remarks
  take a shot at|take shots at|take a jab at|point to
  take to twitter|go on twitter
`;

/** Phrasal verbs with a common literal sense too: "set out at dawn", "weighed in at 70 kilos". */
export const WEAK_PHRASAL_VERBS = `
  speak up|weigh in|hit back|push back|spell out|set out|lay out|open up about|talk up|shed light on
  put forward|put it|support the notion|support the idea|support the view|support the theory|support the conclusion
`;

/** Adjectives of a stance held in public, with what they take: "critical of", "convinced that". */
export const STANCE_ADJECTIVES = `
  critical of|supportive of|skeptical of|skeptical about|sceptical of|sceptical about|dismissive of
  wary of|opposed to|optimistic that|optimistic about|pessimistic that|pessimistic about|hopeful that
  confident that|convinced that|adamant that|doubtful that
`;

/** Phrases after which the source is named. */
export const SOURCE_PHRASES = `
  according to|as reported by|as quoted by|as cited by|in the words of|in the view of|the words of|words from
  in the opinion of|citing|quoting
`;

/** Where a statement was made; a cue on its own only when nothing better is found. */
export const CHANNEL_PHRASES = `
  in a statement|in a joint statement|in a written statement|in an interview|in a tweet|in a post
  in a letter|in a speech|in remarks|in a press release|in a news release|in a report|in testimony
  in a memo|in a filing|in a court filing|in an op-ed|in an email|in a video|in a briefing
  in a news conference|in a press conference|at a news conference|at a press conference
  in a blog post|in a televised address|in an address
`;

/** Agentless reports, besides the generated "it is believed" and "is said to". */
export const AGENTLESS_PHRASES = `
  reportedly|allegedly|purportedly|supposedly|rumor has it|rumour has it|word is|the word is
  reports say|reports suggest|sources say|officials say|critics say|experts say|analysts say
  observers say|insiders say
`;

/** Participles of "X is said to …" and "it is believed …". */
export const AGENTLESS_PARTICIPLES = `
  said reported understood believed thought expected alleged rumored rumoured claimed feared known
  estimated announced confirmed suggested predicted learned learnt hoped assumed presumed projected
  forecast considered reckoned
`;

export const BE_FORMS = ['is', 'are', 'was', 'were', 'has been', 'have been', 'had been', 'will be', 'would be'];

/** Anonymous sources: the first word names the speaker, the rest is the cue. */
export const ANONYMOUS_HEADS = new Set(['reports', 'sources', 'officials', 'critics', 'experts', 'analysts', 'observers', 'insiders']);

/** Nouns of saying that take a "that"-clause. */
export const CUE_NOUNS = `
  claim claims allegation allegations assertion assertions announcement statement suggestion
  suggestions warning warnings assurance assurances insistence argument arguments contention belief
  beliefs fear fears hope hopes speculation rumor rumors rumour rumours report reports word promise
  promises pledge pledges vow vows accusation accusations charge charges admission acknowledgment
  acknowledgement prediction predictions forecast forecasts estimate estimates testimony indication
  indications finding findings conclusion view suspicion suspicions denial confirmation revelation
  revelations disclosure theory concern concerns expectation expectations
`;

/** People and bodies that speak. */
export const SOURCE_NOUNS = `
  spokesperson spokesman spokeswoman spokespeople spokesmen official officials source sources analyst
  analysts expert experts critic critics economist economists researcher researchers scientist
  scientists observer observers insider insiders aide aides adviser advisers advisor advisors lawmaker
  lawmakers diplomat diplomats witness witnesses prosecutor prosecutors police authorities ministry
  government agency department office commission committee court judge minister president ambassador
  secretary chairman chairwoman chair director ceo executive executives representative representatives
  senator senators governor mayor leader leaders lawyer lawyers attorney attorneys campaign
  administration company firm group organization union party media newspaper outlet network
`;

/** Documents, data and media that report. */
export const DOCUMENT_NOUNS = `
  statement statements report reports claim announcement assertion allegation testimony remarks
  comments estimate estimates forecast forecasts projection projections survey surveys poll polls
  polling study studies research analysis analyses data figures statistics document documents
  records memo memos letter letters filing filings complaint lawsuit indictment ruling review audit
  investigation inquiry findings census paper papers article articles release transcript transcripts
  email emails interview interviews speech speeches tweet tweets post posts blog website book column
  essay editorial message messages video podcast broadcast briefing conference twitter facebook
  instagram youtube policy law guidance guidelines regulation regulations memorandum directive bill
  strategy strategies recommendations framework roadmap test tests experiment experiments trial trials
  evaluation evaluations assessment assessments audits reviews infographic infographics
`;

/** Tools and software, which tell, ask and show their users things nobody needs to source. */
export const ARTIFACT_NOUNS = `
  app apps application applications product products page code function functions button buttons tool tools software
  browser browsers form forms screen screens algorithm algorithms script scripts device devices
  computer computers chatbot chatbots interface menu widget dashboard template templates plugin
  extension prompt prompts calculator wizard api apis server servers database databases system systems
  sensor sensors box boxes tab tabs banner banners dialog popup icon icons
`;

/** Verb forms also common as nouns, besides the nouns listed above. */
export const NOUN_FORMS = `
  call calls note notes comment question questions answer answers reply replies demand demands order
  orders praise blame doubt doubts plan plans aim aims wish wishes sense trust echo echoes counter
  protest protests appeal appeals request requests alert alerts signal signals hint hints record
  detail details outline outlines brief briefs quote quotes rule rules challenge challenges contest
  contests champion champions smear smears guess figure view views show shows find finds hold holds
  state states welcome advocate advocates mention mentions remark joke jokes whisper whispers shout
  shouts retort boast boasts dispute disputes talk talks want wants need needs worry worries release
  releases project projects
`;

/** Verbs that characterize their object. */
export const AS_COMPLEMENT = `
  describe characterize portray depict label brand dub tout criticize dismiss reject denounce praise
  hail welcome view see regard cast paint frame present cite call define
`;
