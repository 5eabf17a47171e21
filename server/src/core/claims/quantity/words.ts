// The words and marks the quantity detector knows. Words are lowercase, as the detector compares
// them, but for the currency prefixes, which are matched as written.
import { CURRENCY_CODES, GLUED_SCALE_FACTORS, SCALE_FACTORS } from '../../text/figures';

// Numbers as written: number words, scales, currencies and units.
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
  'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
]);
/** Words that scale a worded number, and may follow "a" ("a million people", "a dozen states"). */
export const MULTIPLIERS: ReadonlySet<string> = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen']);
/** Scale words after digits, spaced or solid ("2.5 million", "£1.5bn", "$5 bn"): the scales claims-file matching multiplies by. */
export const SCALES: ReadonlySet<string> = new Set(SCALE_FACTORS.keys());
/** One-letter scales count only written solid ("€40m", "20k"): spaced, "m" is more likely a metre. */
export const SOLID_SCALES: ReadonlySet<string> = new Set(GLUED_SCALE_FACTORS.keys());
/** Scales big enough that the figure alone is a claim ("a population of 10 million"). */
export const BIG_SCALES: ReadonlySet<string> = new Set([
  'million', 'billion', 'trillion', 'mn', 'mln', 'bn', 'bln', 'tn', 'trn',
]);
export const CURRENCY_SIGNS: ReadonlySet<string> = new Set(CURRENCY_CODES.keys());
/** Letters written solid before a currency sign: "US$5", "C$3", "HK$2". */
export const CURRENCY_PREFIXES: ReadonlySet<string> = new Set(['US', 'C', 'A', 'HK', 'NZ', 'S', 'R']);
/** Units written solid after digits or spaced, singular whatever the number ("5km", "100 mph", "1.5C"). */
export const UNITS: ReadonlySet<string> = new Set([
  'km', 'kg', 'ms', 'mph', 'kph', 'mw', 'gw', 'kw', 'kwh', 'mm', 'cm', 'ft', 'lb', 'lbs', 'oz', 'bpd', 'c', 'f',
  'kb', 'mb', 'gb', 'tb', 'pb', 'kbps', 'mbps', 'gbps', 'bp', 'bps',
]);
/**
 * Units written solid after digits: those above, and times abbreviated, which are units only so
 * ("9.58sec", "90mins"): "a 30 sec vine" describes a format, as "a 30-second vine" does.
 */
export const SOLID_UNITS: ReadonlySet<string> = new Set([...UNITS, 'sec', 'secs', 'min', 'mins', 'hr', 'hrs']);
/** Units of data, which also label a download's size: "(735 KB, PDF)". */
export const DATA_UNITS: ReadonlySet<string> = new Set(['kb', 'mb', 'gb', 'tb', 'pb']);
/** Sizes on a screen or a page, which a design chooses: "980 pixels", "a 12 pt font". */
export const SCREEN_UNITS: ReadonlySet<string> = new Set(['pixel', 'pixels', 'px', 'pt', 'em', 'rem', 'dpi']);
/** Units of one letter that, glued to digits, also spell names: "18F", "3C". */
export const TEMPERATURE_UNITS: ReadonlySet<string> = new Set(['c', 'f']);
/** Words that make "18F" a temperature. */
export const TEMPERATURE_WORDS: ReadonlySet<string> = new Set([
  'temperature', 'temperatures', 'degree', 'degrees', 'heat', 'cold', 'warm', 'warmer', 'cooler', 'hot', 'freezing', 'weather',
  'high', 'highs', 'low', 'lows', 'celsius', 'fahrenheit', 'thermometer', 'overnight', 'forecast', 'warming', 'climate',
  'hotter', 'colder', 'heatwave', 'frost',
]);
export const HYPHENS: ReadonlySet<string> = new Set(['-', '‐', '‑']);
/** Range dashes: "40-50 soldiers", "40–50 soldiers". */
export const DASHES: ReadonlySet<string> = new Set(['-', '‐', '‑', '–', '—']);
/** Punctuation that, written solid before digits, makes them part of something else ("COVID-19", "v1.2", "#1", "'90s", "11×17"). */
export const SOLID_BLOCKERS: ReadonlySet<string> = new Set(['-', '‐', '‑', '–', '/', '.', ':', ',', '#', "'", '’', '_', '@', '+', '×']);

// What makes a figure a date, a time, a label or a frame rather than a count.
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec',
]);
/** Words after a number that make it a time of day ("3 pm", "10 o'clock", "9 EST"). */
export const CLOCK_WORDS: ReadonlySet<string> = new Set([
  'am', 'pm', "o'clock", 'o’clock', 'gmt', 'utc', 'est', 'edt', 'et', 'cst', 'cdt', 'pst', 'pdt', 'bst', 'cet', 'cest',
]);
/** Labels whose number locates or names something rather than counting it ("page 12", "No. 10", "phase 3 trials"). */
export const LOCATOR_LABELS: ReadonlySet<string> = new Set([
  'p', 'pp', 'page', 'pages', 'section', 'sections', 'sec', 'chapter', 'chapters', 'ch', 'article',
  'articles', 'art', 'paragraph', 'para', 'clause', 'clauses', 'version', 'v', 'vol', 'volume',
  'issue', 'no', 'nos', 'number', 'item', 'line', 'figure', 'fig', 'table', 'exhibit', 'appendix',
  'annex', 'part', 'title', 'rule', 'route', 'highway', 'interstate', 'flight', 'room', 'suite',
  'apt', 'gate', 'platform', 'terminal', 'floor', 'district', 'precinct', 'ward', 'episode',
  'season', 'game', 'phase', 'stage', 'step', 'level', 'grade', 'category', 'class', 'type',
  'model', 'amendment', 'bill', 'resolution', 'proposition', 'prop', 'channel', 'verse', 'tier',
  'size', 'age', 'ages', 'aged',
]);
/** Words before a number that make it a frame or a group, not a claim ("the past 10 years", "the richest 1 percent"). */
export const FRAMES: ReadonlySet<string> = new Set([
  'past', 'last', 'next', 'previous', 'coming', 'first', 'final', 'top', 'bottom', 'richest', 'wealthiest',
  'poorest', 'largest', 'biggest', 'smallest', 'highest', 'lowest',
]);
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'these', 'those', 'that',
]);
/** Words before a number word that make it point back at things already named ("the two leaders"). */
export const REFERENTIAL: ReadonlySet<string> = new Set([
  'the', 'these', 'those', 'both', 'all', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'whose',
  'each', 'every', 'any', 'such', 'same', 'which', 'what', 'other',
]);
/** After a worded count of people, these make it a description of sources ("two officials said"). */
export const REPORTING: ReadonlySet<string> = new Set(['said', 'say', 'says', 'told', 'familiar', 'briefed', 'speaking', 'spoke']);
/** After "100 percent", these make it an idiom of certainty ("100% convinced"). */
export const CERTAINTY: ReadonlySet<string> = new Set(['sure', 'certain', 'convinced', 'confident', 'committed', 'behind', 'right', 'wrong']);
/** Heads that make a count framing, not a fact: listicles ("5 things to watch") and sourcing ("three sources"). */
export const FRAMING_HEADS: ReadonlySet<string> = new Set(['thing', 'things', 'reasons', 'ways', 'takeaways', 'lessons', 'tips', 'steps', 'sources']);
/** Heads that make a count opening a title a listicle's: "10 ideas for everyone", "Top 5 Webinars", "5 Ingredients for a …". */
export const LIST_HEADS: ReadonlySet<string> = new Set(
  'ideas ingredients webinars challenges questions mistakes myths secrets tricks habits trends tools resources examples rules strategies principles practices keys benefits tactics favorites picks'.split(' '),
);
/** Heads of a count of kinds or parts, which a list after the sentence's colon names: "Volunteers are needed in 3 key areas:". */
export const LIST_KINDS: ReadonlySet<string> = new Set(
  'areas topics categories buckets groups types kinds parts sections levels stages phases issues goals initiatives features components elements pillars themes priorities dimensions criteria options approaches laws'.split(' '),
);
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month',
  'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries', 'summers', 'winters', 'springs',
  'autumns',
]);
/** After a duration, these make it a point in time or an age ("two years ago", "45 years old", "30 years from now"). */
export const RELATIVE_TIME: ReadonlySet<string> = new Set(['ago', 'back', 'earlier', 'later', 'before', 'after', 'hence', 'prior', 'old', 'away']);
/** Units a worded figure may join with a hyphen ("fourteen-month war"); others are idioms ("one-on-one", "two-state"). */
export const WORDED_UNITS: ReadonlySet<string> = new Set([
  'year', 'month', 'week', 'day', 'hour', 'minute', 'decade', 'century', 'mile', 'kilometre',
  'kilometer', 'metre', 'meter', 'foot', 'inch', 'pound', 'ton', 'tonne', 'point', 'percent',
  'member', 'person', 'seat', 'nation', 'country', 'page', 'judge', 'count', 'term', 'vote', 'game',
  'round', 'stage', 'storey', 'story', 'floor', 'lane',
]);

// Ordinals, fractions and round counts.
export const ORDINAL_WORDS: ReadonlySet<string> = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth', 'twentieth',
]);
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);
/** An ordinal is a claim only as a ranking ("third-largest") or a streak ("fifth consecutive year"). */
export const SUPERLATIVES: ReadonlySet<string> = new Set([
  'largest', 'biggest', 'highest', 'lowest', 'longest', 'shortest', 'fastest', 'slowest', 'strongest',
  'weakest', 'richest', 'poorest', 'deadliest', 'busiest', 'oldest', 'youngest', 'smallest',
  'greatest', 'heaviest', 'hottest', 'coldest', 'warmest', 'wettest', 'driest', 'costliest',
  'wealthiest', 'safest', 'best', 'worst', 'leading', 'most', 'least',
]);
/** Common verbs that look like plural nouns; after a singular head they end the phrase ("the electorate remains"). */
export const VERBS_IN_S: ReadonlySet<string> = new Set([
  'remains', 'ends', 'includes', 'calls', 'shows', 'means', 'seems', 'makes', 'takes', 'comes', 'goes',
  'gets', 'gives', 'needs', 'wants', 'faces', 'continues', 'appears', 'looks', 'leads', 'stands', 'runs',
  'finds', 'reveals', 'suggests', 'warns',
]);
/** Changes by a multiple, as verbs: "traffic doubled", "halving the backlog". */
export const MULTIPLE_VERBS: ReadonlySet<string> = new Set([
  'doubled', 'doubles', 'doubling', 'tripled', 'triples', 'tripling', 'quadrupled', 'quadruples', 'quadrupling', 'halved', 'halves', 'halving',
]);
/** Verbs that take a count to a level: "limited new permits to roughly 360,000", "fell from 4,500". */
export const CHANGE_VERBS: ReadonlySet<string> = new Set(
  (
    'rose rise rises rising fell fall falls falling grew grow grows growing climbed climbs dropped drops declined declines ' +
    'increased increases decreased decreases jumped jumps surged surges soared soars plunged slipped slid sank shrank swelled ' +
    'expanded limited limits capped caps cut cuts reduced reduces raised raises lowered lowers boosted brought brings'
  ).split(' '),
);
/** Verbs whose object is a level itself: "attendance reached 4,500", "sales topped 12,000". */
export const LEVEL_VERBS: ReadonlySet<string> = new Set(
  'reached reaches hit hits topped tops exceeded exceeds surpassed surpasses totaled totalled totals numbered'.split(' '),
);
/** Verbs before "at" a level: "the toll stood at 1,200". */
export const STANDING_VERBS: ReadonlySet<string> = new Set('stood stands remained remains peaked peaks hovered hovers'.split(' '));
/** Multiples before what they multiply: "double the number of visits", "twice the rate". */
export const MULTIPLES: ReadonlySet<string> = new Set(['double', 'triple', 'quadruple', 'twice', 'thrice']);
/** Multiples in one word: "a tenfold rise", "grew thirtyfold". */
export const FOLDS: ReadonlySet<string> = new Set([...NUMBER_WORDS, 'hundred', 'thousand'].filter((w) => w !== 'one').map((w) => `${w}fold`));
/** What a multiple compares with: "four times more", "twice as many", "10 times the rate". */
export const COMPARISONS: ReadonlySet<string> = new Set([
  'more', 'less', 'fewer', 'as', 'larger', 'bigger', 'greater', 'higher', 'lower', 'faster', 'slower', 'longer', 'smaller', 'cheaper', 'the', 'that', 'what',
  'quicker', 'better', 'worse', 'easier', 'stronger', 'weaker', 'heavier', 'lighter', 'wider', 'deeper', 'likelier', 'costlier',
]);
/** After a multiple verb, another verb: "doubled down", "doubles as", "double-check". */
export const MULTIPLE_IDIOMS: ReadonlySet<string> = new Set(['down', 'up', 'as', 'over', 'back']);
export const STREAKS: ReadonlySet<string> = new Set(['consecutive', 'straight', 'successive', 'running']);
export const FRACTIONS: ReadonlySet<string> = new Set([
  'half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'sixth', 'sixths', 'seventh',
  'sevenths', 'eighth', 'eighths', 'ninth', 'ninths', 'tenth', 'tenths',
]);
export const NUMERATORS: ReadonlySet<string> = new Set([
  'a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
]);
/** Before "half", these make it a part of a period ("the second half of the year"). */
export const HALF_BLOCKERS: ReadonlySet<string> = new Set(['the', 'a', 'first', 'second', 'latter', 'and', 'other']);
/** Round counts without a figure: "thousands of people", "tens of thousands of protesters". */
export const VAGUE_COUNTS: ReadonlySet<string> = new Set(['dozens', 'scores', 'hundreds', 'thousands', 'millions', 'billions', 'tens']);

// The phrases around a figure: approximators before it, the noun phrase it counts after it.
/** Longest first, so "more than" wins over a shorter phrase ending the same way. */
export const APPROXIMATORS: readonly (readonly string[])[] = [
  ['as', 'many', 'as'], ['as', 'much', 'as'], ['as', 'few', 'as'], ['as', 'little', 'as'],
  ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['at', 'least'], ['at', 'most'], ['up', 'to'],
  ['upwards', 'of'], ['close', 'to'], ['an', 'estimated'], ['just', 'over'], ['just', 'under'],
  ['well', 'over'], ['nearly'], ['almost'], ['about'], ['around'], ['roughly'], ['approximately'],
  ['some'], ['over'], ['under'], ['estimated'], ['only'], ['just'],
];

/** Words that end the noun phrase after a figure: function words, auxiliaries, pronouns, adverbs. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'whose', 'which', 'what', 'who', 'whom', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to',
  'into', 'onto', 'over', 'under', 'after', 'before', 'since', 'during', 'through', 'throughout',
  'across', 'against', 'among', 'amid', 'amongst', 'between', 'about', 'around', 'near', 'per', 'via',
  'within', 'without', 'than', 'as', 'like', 'toward', 'towards', 'upon', 'despite', 'including',
  'until', 'till', 'off', 'out', 'up', 'down', 'beyond', 'behind', 'above', 'below', 'along', 'beside',
  'besides', 'and', 'or', 'but', 'nor', 'so', 'yet', 'because', 'while', 'if', 'when', 'where',
  'whether', 'although', 'though', 'unless', 'whereas', 'once', 'is', 'are', 'was', 'were', 'be',
  'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'shall',
  'should', 'can', 'could', 'may', 'might', 'must', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'him',
  'them', 'us', 'me', 'not', 'also', 'still', 'already', 'just', 'only', 'even', 'now', 'then', 'ago',
  'later', 'earlier', 'very', 'too', 'there', 'here', 'ever', 'never', 'again', 'soon', 'each', 'both',
  'all', 'any', 'some', 'many', 'much', 'most', 'least', 'few', 'several', 'such', 'no', 'own',
  'another', 'same', 'said', 'says', 'say', 'told', 'according', 'always', 'perhaps', 'afterwards',
  'respectively', 'apiece', 'altogether', 'overall', 'total', 'alone', 'others', 'ones', 'ages', 'aged',
]);
/** Capitalized words that may stand right before a figure without making it part of a name. */
export const CAPITAL_OK: ReadonlySet<string> = new Set([
  ...STOP_WORDS, ...APPROXIMATORS.flat(), ...FRAMES, 'between', 'exactly', 'precisely', 'additional',
  'fewer', 'less', 'more', 'other',
]);
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'cattle', 'feet', 'teeth',
  'mice', 'geese', 'data', 'media', 'criteria', 'sheep', 'fish', 'deer', 'aircraft', 'livestock',
  'yuan', 'yen',
]);
