/**
 * What a desk officer recognises in a message, written down: for every category of TAXONOMY.md the
 * concept words and phrases in English, romanised Hindi/Marathi, Devanagari Hindi and Marathi; and
 * the danger and time words the p1 rules read. Spelling variants are folded by the matcher (loose key
 * and skeleton, see matcher.ts), and Marathi endings written onto a word are tolerated, so one entry
 * per word family is enough ("chori" covers "chorii", "choree", "चोरी", "चोरीला").
 *
 * The concepts feed the linear model as features (so an unseen sentence with a known concept word
 * generalises) and the officer's `reasons` (so the officer sees which words decided).
 */
import type { Category } from './triage.types.js';
import { Lexicon } from './matcher.js';
import type { ConceptDef } from './matcher.js';

export const LEXICON = new Lexicon();

/** For each concept id, the category it points to (null for danger, time and flag concepts). */
export const CONCEPT_CATEGORY: (Category | null)[] = [];

function concept(category: Category | null, name: string, words: string, phrases: readonly string[] = []): number {
  // Danger, time and flag concepts decide priority on their own, so they match exactly (loose key),
  // never by skeleton: "copper" must not be a "chopper", nor "road" a "rod".
  const def: ConceptDef = { name, words, phrases, exact: category === null };
  const id = LEXICON.add(def);
  CONCEPT_CATEGORY[id] = category;
  return id;
}

// ---------------------------------------------------------------------------------------------------
// Category concepts
// ---------------------------------------------------------------------------------------------------

// theft: theft, burglary, house break-in, vehicle or phone theft, chain or bag snatching, pickpocketing
concept('theft', 'theft.steal',
  'stolen stole steal stealing steals theft thief thieves chor chori choron chorte churaya churayi churaye churali ' +
    'चोर चोरी चोरों चोरीला चुराया चुराई चुराए चोरल्या चोरला चोरली चोरले चोरट्यांनी चोरटे चोरटा chorila chorla chorli chorle ' +
    'uthaigir nikal nikala lampas लंपास vanished uchka uchak उचक उचका burglary burglar burgled lifted gayab',
  ['chori ho gaya', 'chori ho gayi', 'chori hua', 'chori hui', 'चोरी हो गई', 'चोरी हो गया', 'चोरीला गेली', 'चोरीला गेला',
    'chorila geli', 'chorila gela', 'le gaye', 'le gaya', 'ले गए', 'ले गया', 'ghevun gele', 'घेऊन गेले', 'went missing from',
    'not there in the morning', 'was missing from', 'took away', 'uda liya', 'uda le gaye', 'उड़ा ले गए', 'palvun nela', 'पळवून नेला',
    'पळवली', 'गायब झाली', 'gayab ho gaya', 'गायब हो गया']);
concept('theft', 'theft.snatch',
  'snatch snatched snatching snatcher snatchers chheena chhina chheen chhin chhini chhinta jhapat jhapta jhapatmar ' +
    'छीना छीन छीनी छीनकर झपट झपटा झपटमार झपटले झपटली हिसकावले हिसकावली हिसकावून hiskavla hiskavli hiskavun khicha kheecha khech kheench ' +
    'खींच खींची खींचकर खेचली खेचून',
  ['grabbed', 'grabbing', 'grab', 'chain snatching', 'chain snatcher', 'chain kheench', 'chain kheechi', 'chain kheech li', 'chain kheench li', 'पर्स छीन', 'mangalsutra kheecha',
    'मंगळसूत्र हिसकावले', 'mobile chheena', 'phone chheen', 'grabbed my', 'pulled my chain', 'pulled the chain']);
concept('theft', 'theft.pickpocket',
  'pickpocket pickpocketed pickpocketing pickpockets jebkatra jebkatri jebkatre jeb जेबकतरा जेबकतरे जेब पाकीटमार pakitmar',
  ['jeb kaat', 'jeb kati', 'जेब कट', 'जेब काट', 'पाकीट मारलं', 'पाकीट मारले', 'pakit marla', 'wallet nikal', 'purse nikal',
    'took my wallet', 'took my phone', 'from my pocket', 'out of my pocket', 'खिशातून', 'khishatun', 'jeb se']);
concept('theft', 'theft.breakin',
  'break-in breakin housebreaking ghusa ghuse ghus घुसे घुसा घुसकर घुसले घरफोडी gharfodi gharphodi sendhmari सेंधमारी ' +
    'ransacked forced',
  ['broke in', 'broken into', 'broke into', 'breaking in', 'breaking into', 'lock broken', 'lock tod', 'lock toda',
    'taala tod', 'tala tod', 'taala toda', 'tala toda', 'ताला तोड़', 'ताला तोड़कर', 'ताला टूटा', 'कुलूप तोडून', 'कुलूप तोडले',
    'kulup todun', 'kulup todla', 'ghar fod', 'ghar phod', 'घर फोड', 'shutter tod', 'शटर तोड़', 'door broken', 'lock was broken',
    'almirah open', 'almari khuli', 'अलमारी खुली', 'कपाट उघडे', 'cupboard empty', 'window grill']);
concept('theft', 'theft.loot-object',
  'jewellery jewelry gehne gahne gehna गहने दागिने dagine sona सोना सोने सोन्याचे mangalsutra मंगलसूत्र मंगळसूत्र ' +
    'cash nakdi नकदी रोकड rokad valuables battery batteries catalytic silencer tyre tyres diesel petrol cable copper',
  []);
concept('theft', 'theft.vehicle',
  'vehicle-theft', ['bike chori', 'bike stolen', 'gaadi chori', 'gadi chori', 'गाड़ी चोरी', 'गाडी चोरीला', 'बाइक चोरी',
    'बाईक चोरीला', 'car stolen', 'scooty chori', 'activa chori', 'cycle chori', 'सायकल चोरीला', 'vehicle stolen',
    'two wheeler stolen', 'parking se gayab', 'parking madhun']);

// violence: assault, fights, threats, rioting, weapons, murder, robbery with force, extortion
concept('violence', 'violence.fight',
  'fight fights fighting fought brawl brawling clash clashes maramari marpit maarpit marpeet marpit hanamari hanamaari ' +
    'मारपीट मारामारी हाणामारी मारहाण marhan jhagda jhagada jhagde jhagdа झगड़ा झगडा झगड़े भांडण bhandan bhandan ' +
    'scuffle punch punched punching slap slapped slapping kicked kicking thappad थप्पड़ कानाखाली lafa gang gangs dhakka धक्का ' +
    'मारतोय मारताहेत marto',
  ['beat up', 'beating up', 'beaten up', 'are beating', 'is beating', 'was beaten', 'being beaten', 'maar rahe', 'mar rahe',
    'maar raha', 'मार रहे', 'मार रहा', 'मारत आहेत', 'मारत आहे', 'martat', 'marat aahe', 'peet rahe', 'pit rahe', 'पीट रहे',
    'पीट रहा', 'पीटा', 'peeta', 'pita', 'pitai', 'पिटाई', 'dhulai', 'धुलाई', 'ladai', 'लड़ाई', 'ladhai', 'mara mari',
    'hath uthaya', 'हाथ उठाया', 'hand uthaya', 'attacked him', 'attacked me', 'attacked us', 'aamne samne', 'आमने सामने',
    'gira diya', 'गिरा दिया', 'dhakka maar', 'धक्का मार', 'धक्काबुक्की', 'dhakka mukki']);
// A stick in someone's hand ("one has a stick"), for the category's words and the danger's; not a selfie or a walking stick.
const STICK_IN_HAND = ['has a stick', 'have sticks', 'with a stick', 'with sticks', 'holding a stick', 'holding sticks', 'carrying sticks'];
concept('violence', 'violence.weapon',
  'knife knives chaku chaaku chakoo chakku चाकू चाक़ू सुरा सुरी talwar talvar talwaar talwarein talwaren तलवार तलवारी तलवारें sword swords ' +
    'gun guns pistol pistols revolver katta कट्टा tamancha तमंचा देशी rod rods रॉड lathi lathis लाठी लाठ्या लाठियां danda ' +
    'dande डंडा डंडे axe kulhadi कुल्हाड़ी कुऱ्हाड koyta koita कोयता कोयते कोयत्याने कोयत्या koytyane sickle hansiya हंसिया vila विळा hathiyar ' +
    'हथियार शस्त्र shastra firing fired goli गोली गोळी गोळीबार golibar bullet bullets gunshot gunshots shot acid एसिड ॲसिड ' +
    'blade blades machete hockey baseball sabbal सब्बल kathi काठी काठ्या weapon weapons armed knifepoint gunpoint',
  ['iron rod', 'lohe ki rod', 'लोहे की रॉड', 'लोखंडी रॉड', 'hockey stick', 'hockey sticks', 'cricket bat', 'beer bottle',
    'broken bottle', 'desi katta', 'देसी कट्टा', ...STICK_IN_HAND]);
concept('violence', 'violence.attack',
  'attack attacked attacking attacker attackers hamla hamala हमला हमले हल्ला हल्ले halla stab stabbed stabbing ' +
    'chaku-mara assault assaulted assaulting vaar वार mob lynch lynching murder murdered khoon-kiya hatya हत्या खून ' +
    'katal qatal कत्ल',
  ['chaku mara', 'chaku maar', 'चाकू मारा', 'चाकू मार', 'चाकूने वार', 'talwar se vaar', 'jaan se maar', 'jaan se mar',
    'जान से मार', 'जीवे मार', 'jive mar', 'kill him', 'killed him', 'killed a', 'shot at', 'opened fire', 'fired at']);
concept('violence', 'violence.threat',
  'threat threats threaten threatened threatening dhamki dhamkiyan dhamka dhamkaya dhamkate dhamkavat धमकी धमकियां ' +
    'धमकाया धमका धमकावले धमकावत धमक्या intimidate intimidating intimidation',
  ['will kill', 'kill me', 'kill us', 'warna', 'वरना', 'nahi to', 'नहीं तो', 'नाहीतर', 'nahitar', 'utha lenge', 'उठा लेंगे',
    'or else', 'otherwise we will', 'jaan se maarne', 'maar dalenge', 'maar denge', 'मार डालेंगे', 'मार देंगे', 'मारून टाकीन',
    'marun takin', 'haath pair tod', 'हाथ पैर तोड़', 'हड्डियां तोड़', 'haddi tod', 'haddiyan tod', 'तोड़ देंगे', 'tod denge',
    'hadda modin', 'हाड मोडीन', 'break my legs', 'see you outside', 'dekh lenge', 'देख लेंगे', 'बघून घेईन',
    'baghun ghein']);
concept('violence', 'violence.extortion',
  'extortion extort extorting hafta vasooli vasuli वसूली hafta-vasooli खंडणी khandani khandni ransom rangdari रंगदारी ' +
    'protection-money goon goons gunda gunde gundo गुंडा गुंडे गुंडों गुंड gangster gangsters',
  ['hafta vasooli', 'hafta vasuli', 'हफ्ता वसूली', 'protection money', 'money demanded', 'paise maang rahe', 'पैसे मांग रहे',
    'पैसे वसूल', 'paise vasool']);
concept('violence', 'violence.riot',
  'riot riots rioting rioters danga dange दंगा दंगे pathrav pathraav पथराव dagadfek dagadphek दगडफेक stone-pelting ' +
    'arson vandalism vandalised vandalized todfod todphod तोड़फोड़ तोडफोड jalaya jalayi burned torched',
  ['stone pelting', 'pelting stones', 'throwing stones', 'pathar chal', 'patthar chal', 'पत्थर चल', 'bhid gaye',
    'भिड़ गए', 'भिडले', 'gutt', 'गुट', 'gaadiyan tod', 'गाड़ियां तोड़', 'गाड्या फोडल्या', 'pathar fek', 'patthar fek', 'पत्थर फेंक', 'दगड फेक', 'gaadi jala',
    'vehicles set on fire', 'set on fire']);
concept('violence', 'violence.robbery',
  'robbed robbery robber robbers loot looted looting lootpat लूट लूटा लूटी लूटपाट लुटले लुटली लुटमार lutla lutle lutli ' +
    'lootmar dacoity dakaiti डकैती दरोडा daroda mugged mugging mugger',
  ['at knifepoint', 'at gunpoint', 'knife dikha', 'chaku dikha', 'चाकू दिखाकर', 'चाकू दाखवून', 'chaku dakhavun', 'paise cheen',
    'पैसे छीन', 'loot liya', 'lut liya', 'लूट लिया']);

// women_safety: harassment, stalking, eve-teasing, molestation, domestic violence, dowry, woman followed
concept('women_safety', 'women.follow',
  'follow follows following followed stalk stalks stalking stalker stalked peecha pichha picha पीछा पाठलाग pathlag ' +
    'paathlag',
  ['peeche aa raha', 'peeche aa rahe', 'peeche pade', 'पीछे आ रहा', 'पीछे पड़ा', 'मागे येत', 'mage yet', 'peecha kar',
    'पीछा कर', 'पाठलाग करत', 'keeps following', 'is following', 'was following', 'following me', 'following her',
    'following my', 'behind me', 'behind her', 'keeps messaging', 'keeps calling', 'waits outside', 'waiting outside',
    'turning up', 'turns up', 'keeps turning', 'ex boyfriend', 'ex husband', 'my ex']);
concept('women_safety', 'women.harass',
  'harass harassed harassing harassment eve-teasing eveteasing teasing teased tease chhed chhedkhani chhedchhad chhedte ' +
    'छेड़ छेड़छाड़ छेड़खानी छेडछाड छेडखानी छेड़ते छेडतात chhedtat molest molested molesting molestation grope groped groping ' +
    'touching touched inappropriately obscene ashleel अश्लील lewd catcall catcalling whistling whistle seeti सीटी ' +
    'flashing exposing perv pervert lafanga lafange लफंगे romeo romeos tadipar vinaybhang विनयभंग chhedchhaad ' +
    'aslil comments',
  ['comment pass', 'comments pass', 'passing comments', 'passed comments', 'bad touch', 'galat tarike', 'galat tareeke',
    'गलत तरीके', 'गलत हरकत', 'galat harkat', 'अंगचटीला', 'angchatila', 'gande ishare', 'गंदे इशारे', 'dirty gestures',
    'indecent', 'chhoo raha', 'chhu raha', 'छू रहा', 'touching her', 'touching women', 'touching girls', 'exposing himself',
    'flashing himself', 'wrong way', 'stares at', 'staring at']);
concept('women_safety', 'women.person',
  'woman women girl girls lady ladies ladki ladkiyan ladkiyon ladkiyo mahila mahilao महिला महिलाओं महिलांना लड़की लड़कियों ' +
    'लड़कियां मुलगी मुली मुलींना स्त्री स्त्रिया बाई schoolgirl schoolgirls college-girls bahen behen behan बहन बहीण ' +
    'wife biwi patni पत्नी बायको bayko daughter beti बेटी mulgi aunty maushi',
  []);
concept('women_safety', 'women.domestic',
  'dowry dahej dahez दहेज हुंडा hunda hundya sasural ससुराल सासरचे sasarche sasarchya in-laws inlaws mother-in-law ' +
    'saas सास सासू sasu domestic husband pati पति navra नवरा nawra tana tane ताने maheri माहेरी maika मायका',
  ['domestic violence', 'husband beats', 'husband hits', 'beats me', 'hits me', 'pati maarta', 'pati marta', 'पति मारता',
    'नवरा मारतो', 'navra marto', 'marhan karto', 'मारहाण करतो', 'sasural wale', 'ससुराल वाले', 'घर से निकाल', 'ghar se nikal',
    'घरातून हाकलले', 'dahej ke liye', 'दहेज के लिए', 'हुंड्यासाठी', 'hundyasathi']);
concept('women_safety', 'women.assault',
  'rape raped molestation balatkar बलात्कार अत्याचार atyachar acid-attack kidnap kidnapped abducted abduction aghwa ' +
    'अगवा अपहरण apaharan',
  // "pakad ke", "zabardasti" say force, not whom: they are danger.seized, a woman's only with a woman in the words.
  ['dragging her', 'pulled her', 'forcing her', 'forced her']);
concept('women_safety', 'women.unsafe',
  'unsafe scared afraid frightened terrified darr dar डर डरी डरी घाबरली ghabarli ghabarlay ghabrayi sahmi सहमी',
  ['feel unsafe', 'not safe', 'safe nahi', 'सुरक्षित नहीं', 'सुरक्षित नाही', 'dar lag raha', 'डर लग रहा', 'भीती वाटते',
    'bhiti vatte', 'alone at night', 'akeli hai', 'अकेली है', 'एकटी आहे', 'ekti aahe']);

// traffic: jams, parking, signals, rash, drunk or wrong-side driving, road blocked
concept('traffic', 'traffic.jam',
  'jam jammed jams traffic congestion congested gridlock bottleneck standstill trafik ट्रैफिक ट्रॅफिक वाहतूक vahatuk ' +
    'kondi कोंडी जाम jaam',
  ['traffic jam', 'traffic me', 'jam laga', 'jam lagta', 'जाम लगा', 'जाम लगता', 'वाहतूक कोंडी', 'vahatuk kondi',
    'no movement', 'cars stuck', 'stuck for', 'सड़क बंद', 'सडक बंद', 'रास्ता बंद', 'रस्ता बंद', 'road block', 'road blocked',
    'everything blocked', 'whole road blocked', 'रस्ता जाम']);
concept('traffic', 'traffic.parking',
  'parking parked park double-parking parks पार्किंग पार्क पार्क्ड towing tow no-parking haathgaadi',
  ['wrong parking', 'illegal parking', 'double parking', 'double parked', 'no parking', 'parked on', 'parked in front',
    'gaadi khadi', 'गाड़ी खड़ी', 'गाड्या उभ्या', 'gadya ubhya', 'road pe khadi', 'रस्त्यात उभ्या', 'block the road',
    'blocking the road', 'blocking the gate', 'blocks the road', 'blocking our gate', 'rasta band', 'रास्ता बंद', 'रस्ता बंद',
    'बीच सड़क', 'रास्ता जाम', 'road block', 'ambulance stuck', "ambulance can't pass", 'ambulance cannot pass']);
concept('traffic', 'traffic.signal',
  'signal signals सिग्नल traffic-light lights zebra divider chowk-signal blinking',
  ['signal not working', 'signal band', 'सिग्नल बंद', 'signal kharab', 'signal jumping', 'jumped the signal', 'red light',
    'signal tod', 'सिग्नल तोड़']);
concept('traffic', 'traffic.rash',
  'rash rashly speeding overspeeding racing race stunt stunts stunting zigzag zig zag wheelie wheelies rash-driving ' +
    'wrong-side tez तेज भरधाव bhardhav सुसाट susat triple-seat tripleseat रेस रेसिंग स्टंट स्टंटबाजी revving',
  ['rash driving', 'wrong side', 'wrong-side', 'ulti disha', 'उलट्या दिशेने', 'ulta chala', 'उल्टी दिशा', 'triple seat',
    'tez raftar', 'तेज रफ्तार', 'high speed', 'no helmet', 'bina helmet', 'without helmet', 'drunk driving', 'drunk driver',
    'daru pi ke chala', 'daaru pi ke chala', 'sharab pi kar chala', 'दारू पिऊन गाडी', 'नशे में गाड़ी', 'drink and drive',
    'drinking and driving', 'bike race', 'अपघात होईल', 'accident ho sakta', 'accident will happen', 'could cause an accident',
    'waiting for an accident', 'हादसा हो सकता', 'get stuck', 'gets stuck', 'fas jaati', 'fas jati', 'अडकतात', 'bike stunts', 'modified silencer', 'loud silencer', 'pressure horn']);
concept('traffic', 'traffic.vehicle',
  'truck trucks tempo tempos bus buses auto autos rickshaw riksha रिक्षा ऑटो ट्रक बस टेम्पो vehicles gaadiyan गाड़ियां ' +
    'गाड्या heavy-vehicles tanker tankers tractor dumper driver drivers chalak चालक',
  ['no entry', 'heavy vehicle', 'heavy vehicles', 'नो एंट्री']);

// accident: road or other accidents with injury or damage
concept('accident', 'accident.collision',
  'accident accidents accidant accedent axident hadsa हादसा दुर्घटना durghatna apghat अपघात apaghat takkar टक्कर ' +
    'धडक dhadak dhadak dhadakli dhadkli धडकली धडकले bhidant भिड़ंत collided collision collide crash crashed crashes ' +
    'overturned overturn palti पलटी पलटली पलटा ulti skid skidded rammed hit-and-run takra takraya takrayi takrai टकराई टकराया टकराए',
  ['uda diya', 'उड़ा दिया', 'reversed into', 'backed into', 'rammed into', 'crashed into', 'banged into', 'ran over',
    'run over', 'hit and run', 'kuchal diya', 'कुचल दिया', 'कुचला', 'उडवले', 'udavla', 'udavle', 'thok diya',
    'thok di', 'ठोक दिया', 'ठोकर', 'thokar', 'hit by', 'hit a', 'hit my', 'knocked down', 'takkar mari',
    'टक्कर मारी', 'टक्कर मार', 'fell from', 'gir gaya bike se', 'bike se gir', 'फिसल', 'airbags opened']);
concept('accident', 'accident.fire',
  'fire aag आग blaze burning burnt smoke धुआं धुआँ धूर blast explosion exploded विस्फोट स्फोट short-circuit ' +
    'electrocuted electrocution current-laga drowned drowning dooba buda बुडाला बुडाली डूबा collapsed collapse',
  ['aag lagi', 'aag lag', 'आग लगी', 'आग लागली', 'aag lagli', 'on fire', 'caught fire', 'cylinder blast', 'gas leak',
    'short circuit', 'wall collapsed', 'building collapsed', 'deewar giri', 'दीवार गिरी', 'भिंत कोसळली', 'current laga',
    'करंट लगा', 'shock laga', 'fell into', 'nale me gir', 'pani me doob', 'पाण्यात बुडाला']);
concept('accident', 'accident.victim',
  'ambulance एम्बुलेंस रुग्णवाहिका ambulence trapped stuck fansa phansa फंसे फंसा अडकला adakla hospitalised ' +
    'hospital casualty casualties',
  ['call ambulance', 'send ambulance', 'ambulance bhejo', 'एम्बुलेंस भेजो', 'रुग्णवाहिका पाठवा', 'lying on the road',
    'road pe pada', 'सड़क पर पड़ा', 'रस्त्यावर पडला', 'rastyavar padla']);
concept('accident', 'accident.damage',
  'damage damaged dent dented scratch scratched bumper nuksan नुकसान insurance claim-insurance',
  ['minor accident', 'small accident', 'no one hurt', 'nobody hurt']);

// suspicious: suspicious persons, vehicles, objects, unattended bags, a crime feared
concept('suspicious', 'suspicious.general',
  'suspicious suspect suspected sandigdh संदिग्ध संशयास्पद sanshayaspad sanshay संशय shak शक doubt doubtful shady fishy ' +
    'strange strangers stranger ajnabi अजनबी anolkhi अनोळखी unknown unidentified lurking loitering roaming ghoom ghum ' +
    'ghumat ghoomte फिर रहे फिरत firat recce nakabposh नकाबपोश masked mask anjaan anjan अनजान badbu बदबू ' +
    'दुर्गंध durgandh smell stink stinking खुणा khuna nishan निशान marks gadbad गड़बड़ गडबड',
  ['moving around', 'roaming around', 'ghoom rahe', 'ghum rahe', 'घूम रहे', 'घूम रहा', 'फिरत आहेत', 'firat aahet',
    'looks suspicious', 'seem suspicious', 'shak hai', 'शक है', 'संशय आहे', 'keeping watch', 'watching houses', 'taking photos',
    'photo kheench', 'फोटो खींच', 'noting down', 'checking doors', 'door handles', 'checking locks', 'peeping', 'jhaank',
    'since days', 'every night comes', 'without number plate', 'bina number', 'बिना नंबर', 'विना नंबर', 'no number plate',
    'not from here', 'never seen before', 'pehle kabhi nahi dekha', 'watching the gate', 'watching our', 'sitting outside',
    'hours together', 'खड़ी रहती', 'रात भर खड़ी', 'khadi rehti', 'feels wrong', 'something wrong', 'kuch gadbad',
    'chalk marks', 'people coming and going', 'late night visitors', 'never come out']);
concept('suspicious', 'suspicious.object',
  'unattended lavaris lawaris लावारिस bewaris bevaras बेवारस bewaras bomb बम बॉम्ब explosive explosives wires detonator ' +
    'parcel suitcase backpack thaila thaili थैला थैली पिशवी pishvi',
  ['bag lying', 'bag pada', 'bag padi', 'bag pdi', 'बैग पड़ा', 'बैग पडा', 'पिशवी पडली', 'बॅग पडली', 'left a bag',
    'left behind', 'suspicious bag', 'suspicious box', 'suspicious parcel', 'sandigdh bag', 'संदिग्ध बैग', 'संशयास्पद बॅग',
    'suitcase lying', 'lying unattended', 'nobody has touched', 'no one has claimed', 'nobody claimed', 'koi lene nahi',
    'thaili padi', 'thaila pada', 'सुटकेस पडली', 'wire dikh', 'tick tick', 'टिक टिक']);
concept('suspicious', 'suspicious.vehicle',
  'van vans', ['parked for days', 'standing for hours', 'khadi hai kai din', 'abandoned car', 'abandoned bike',
    'lavaris gaadi', 'लावारिस गाड़ी', 'बेवारस गाडी', 'tinted glass', 'black glass']);

// nuisance: noise, loudspeakers, public drinking, illegal liquor, gambling, drugs, drunk brawls, encroachment
concept('nuisance', 'nuisance.noise',
  'noise noisy loud loudly loudspeaker loudspeakers speaker speakers dj d.j band baja bajate awaaz awaz आवाज़ आवाज ' +
    'shor शोर gongat गोंगाट gondhal गोंधळ dhol ढोल lawn lawns barat baraat बारात firecrackers crackers patake ' +
    'पटाखे फटाके fatake midnight music songs gaane गाने गाणी speakers',
  ['loud music', 'dj bajta', 'dj baja', 'डीजे', 'full volume', 'tez awaaz', 'तेज आवाज', 'मोठ्या आवाजात', 'mothya avajat',
    'till 2 am', 'till 3 am', 'till late', 'plays music', 'can not sleep', "can't sleep", 'cant sleep', 'so nahi pa',
    'सो नहीं पा', 'झोप लागत नाही', 'after 10 pm', 'after 10']);
concept('nuisance', 'nuisance.drinking',
  'drunk drunkards drunkard bewda bevda bewde बेवड़े बेवडे daru daaru daroo दारू दारु sharab sharaab शराब sharabi शराबी ' +
    'tight nasha nashe नशा नशे नशेड़ी nashedi liquor alcohol beer booze',
  ['drinking in public', 'drinking openly', 'open drinking', 'khule me daru', 'khule me sharab', 'खुले में शराब',
    'उघड्यावर दारू', 'daru pite', 'daaru pite', 'sharab pite', 'शराब पीते', 'दारू पितात', 'daru pitat', 'daaru party',
    'drinking party']);
concept('nuisance', 'nuisance.illegal-trade',
  'gambling gamble jua juva जुआ जुगार jugar satta सट्टा matka मटका ganja ganjaa गांजा drugs drug charas चरस smack ' +
    'mephedrone md brown-sugar hukka hookah हुक्का illegal avaidh अवैध hatbhatti हातभट्टी gavthi गावठी bootlegging',
  ['illegal liquor', 'illegal sharab', 'avaidh sharab', 'अवैध शराब', 'अवैध दारू', 'hath bhatti', 'desi daru', 'देसी दारू',
    'hookah parlour', 'hukka parlour', 'selling drugs', 'drugs bik', 'ganja bik', 'गांजा बिक', 'ganja vikla',
    'brown sugar', 'satta chalta', 'jua khel', 'जुआ खेल', 'जुगार खेळ', 'card games']);
concept('nuisance', 'nuisance.encroachment',
  'encroachment encroached encroach atikraman अतिक्रमण kabza kabja कब्जा कब्जा footpath footpaths फुटपाथ pavement ' +
    'stalls stall gaadiwale thelewale ठेलेवाले vendors vendor विक्रेते फळविक्रेते ठिय्या hawkers hawker thela thele ठेले pheriwale फेरीवाले',
  ['illegal construction', 'occupied the footpath', 'taken over', 'kabza kar', 'footpath pe kabza', 'road pe dukan', 'रस्त्यावर दुकाने']);
concept('nuisance', 'nuisance.rowdy',
  'rowdy rowdies hooligans huddang हुड़दंग हुल्लड़ hulladbaazi gaali galoch गाली गलौज shivigal शिवीगाळ abuse abusing ' +
    'nuisance mischief menace tapori taporis टपोरी adda अड्डा',
  ['gaali dete', 'गाली देते', 'shivya detat', 'शिव्या देतात', 'create nuisance', 'creating nuisance', 'hangama',
    'हंगामा', 'gondhal ghaltat', 'गोंधळ घालतात', 'sit and drink', 'baith ke peete']);

// cyber_fraud: online or phone fraud, UPI/OTP/card scams, fake profiles, online harassment or blackmail
concept('cyber_fraud', 'cyber.fraud',
  'fraud frauds fraudster fraudsters scam scams scammer scammers scammed cheated cheating cheat thagi ठगी ठगा ठग fasavnuk ' +
    'फसवणूक फसवले fasavle dhokha धोखा dhokhadhadi धोखाधड़ी fake farzi फर्जी बनावट banavat duped conned',
  ['online fraud', 'cyber fraud', 'cyber crime', 'साइबर', 'सायबर', 'ऑनलाइन फ्रॉड', 'paise kat gaye', 'पैसे कट गए',
    'पैसे कापले', 'amount debited', 'money debited', 'got debited', 'debited from', 'account se', 'khate se', 'खाते से',
    'खात्यातून', 'khatyatun', 'account khali', 'lost money', 'paise doob', 'पैसे डूब']);
concept('cyber_fraud', 'cyber.payment',
  'upi otp cvv pin kyc paytm gpay googlepay phonepe phonepay netbanking qr wallet-app link links apk bank banking ' +
    'debit credit card atm-card transaction transactions refund cashback ओटीपी यूपीआई केवायसी लिंक',
  ['otp diya', 'otp de diya', 'otp share', 'shared otp', 'shared the otp', 'ओटीपी दिया', 'ओटीपी सांगितला', 'qr code',
    'scan the qr', 'clicked a link', 'clicked on a link', 'link pe click', 'लिंक पर क्लिक', 'लिंकवर क्लिक', 'kyc update',
    'card details', 'remote app', 'anydesk', 'screen share', 'customer care']);
concept('cyber_fraud', 'cyber.online',
  'online internet website instagram insta facebook fb whatsapp telegram olx snapchat twitter youtube ' +
    'apps apk hacked hack hacker hackers morphed morph profile profiles id account accounts ग्रुप ग्रुपमध्ये ऑनलाइन इंस्टाग्राम फेसबुक व्हाट्सएप ' +
    'व्हॉट्सॲप हैक हॅक प्रोफाइल आईडी',
  ['वीडियो कॉल', 'व्हिडिओ कॉल', 'वायरल', 'व्हायरल', 'viral kar', 'viral karne', 'वायरल करेगा', 'व्हायरल करेन',
    'fake profile', 'fake id', 'fake account', 'फर्जी आईडी', 'बनावट प्रोफाइल', 'account hack', 'id hack', 'video call',
    'digital arrest', 'sextortion', 'nude video', 'morphed photo', 'photo morph', 'फोटो मॉर्फ', 'blackmail', 'ब्लैकमेल',
    'ब्लॅकमेल']);
concept('cyber_fraud', 'cyber.lure',
  'lottery prize investment invest trading crypto bitcoin task tasks loan-app part-time parttime kyc ' +
    'courier customs electricity-bill कर्ज karz karj ॲप ऐप वसुलीवाले नोकरी naukri नावाखाली फी गुंतवले गुंतवणूक gunthavle निवेश nivesh टिप्स tips',
  ['part time job', 'work from home job', 'task based', 'share market', 'शेअर मार्केट', 'शेयर मार्केट', 'stock tips', 'mobile app', 'the app', 'an app', 'trading app', 'loan app',
    'lottery lagi', 'prize money', 'electricity bill', 'light bill', 'bijli bill', 'courier parcel', 'army officer',
    'posing as', 'pretending to be', 'bankar call', 'bank se call', 'bank wale', 'from the bank', 'recovery agents', 'loan app', 'job offer', 'registration fee',
    'नोंदणी फी', 'job ke naam', 'naukri ke naam', 'नौकरी के नाम', 'नोकरीच्या नावाखाली']);

// missing_person: missing or found persons, children, elderly who wandered off
concept('missing_person', 'missing.missing',
  'missing gumshuda गुमशुदा गुमशुदगी lapata laapata लापता bepatta बेपत्ता harvala harvali harawla harvla हरवला हरवली ' +
    'हरवले हरवलाय हरवलेत हरवल्याची untraceable whereabouts traced',
  ['gum ho gaya', 'gum ho gayi', 'gum hua', 'gum hui', 'गुम हो', 'kho gaya', 'kho gayi', 'kho gya', 'खो गया', 'खो गई',
    'not returned', 'not come back', 'not back home', 'did not return', "didn't return", 'has not returned', "hasn't returned",
    "isn't back", 'is not back', 'not back yet', 'not reached home', 'has not reached', 'did not come home', "didn't come home",
    'ghar nahi aaya', 'ghar nahi aayi', 'ghar nahi aaye', 'ghar nahi lauta', 'ghar nahi lauti', 'घर नहीं आया', 'घर नहीं आई',
    'घर नहीं लौटा', 'घर नहीं लौटी', 'नहीं लौटा', 'नहीं लौटी', 'nahi lauta', 'nahi lauti', 'wapas nahi aaya', 'wapas nahi aayi',
    'vapas nahi aaya', 'वापस नहीं आया', 'वापस नहीं आई', 'घरी आला नाही', 'घरी आली नाही', 'परत आला नाही', 'परत आली नाही',
    'परतला नाही', 'परतली नाही', 'parat aala nahi', 'parat aali nahi', 'ghari aala nahi', 'dikh nahi raha', 'दिसत नाही',
    'disat nahi', 'can not find', 'cannot find', "can't find", 'cant find', 'not found', 'no trace', 'koi pata nahi',
    'कोई पता नहीं', 'संपर्कात नाही', 'not reachable', "hasn't been seen", 'has not been seen', 'not been seen since', 'phone band', 'फोन बंद', 'switched off', 'left home', 'ghar se chala',
    'ghar chhod', 'घर छोड़', 'wandered off', 'walked out', 'nikal gaye', 'निकल गए', 'निघून गेले', 'haath chhuda', 'not been heard', "hasn't been heard", 'no news of', 'koi khabar nahi', 'कोई खबर नहीं',
    'left for work', 'left for office', 'since then', 'तेव्हापासून']);
concept('missing_person', 'missing.who',
  'son beta बेटा mulga मुलगा child children kid baccha bachcha bacha bachha bacchi bachi बच्चा बच्ची बाळ toddler ' +
    'grandfather grandmother dadaji dadi nana nani ajoba aaji आजोबा आजी दादाजी दादी father mother papa mummy ' +
    'वडील आई पिताजी माँ elderly old buzurg बुजुर्ग म्हातारे dementia alzheimers bhatija भतीजा bhachi nephew niece ' +
    'teenager',
  ['years old', 'year old', 'yr old', 'saal ka', 'saal ki', 'साल का', 'साल की', 'वर्षांचा', 'वर्षांची', 'varshancha',
    'mentally', 'memory loss', 'dimag kamzor', 'याददाश्त']);
concept('missing_person', 'missing.found',
  'found-person',
  ['found a child', 'found a boy', 'found a girl', 'child found', 'crying alone', 'rota hua', 'रोता हुआ', 'रडत',
    'lost child', 'lost boy', 'lost girl', 'parents ko dhundho', 'parents not found', 'family not found', 'अपना घर नहीं बता',
    'cannot tell his address', 'does not know his address', 'ghar nahi bata', 'naam nahi bata', 'पता नहीं बता',
    'घर नहीं बता', "can't tell", 'cannot tell', 'does not know', "doesn't know", 'सांगता येत नाही', 'sapadla', 'सापडला', 'सापडली', 'mil gaya', 'mil gayi',
    'मिल गया', 'मिल गई', 'has been found', 'has been traced', 'came back home', 'returned home']);

// police_conduct: refusal to register an FIR, rudeness, bribes, inaction
concept('police_conduct', 'police.bribe',
  'bribe bribes bribery rishwat rishvat रिश्वत लाच lach lachkhor घूस ghoos ghus-li corrupt corruption bhrashtachar ' +
    'भ्रष्टाचार hafta-liya extortion-by-police',
  ['took money', 'took 500', 'paise liye', 'पैसे लिए', 'पैसे घेतले', 'paise mang rahe', 'asking for money',
    'demanded money', 'without receipt', 'no receipt', 'receipt nahi', 'chai pani', 'चाय पानी', 'settlement kar']);
concept('police_conduct', 'police.refuse',
  'refused refuse refusing refusal mana मना नकार nakar tala टाला taal taalmatol टालमटोल',
  ['fir nahi', 'fir not', 'not registering', 'not register', 'did not register', "didn't register", 'refused to register',
    'refused to file', 'refused my complaint', 'complaint nahi li', 'complaint nahi le', 'complaint lene se', 'शिकायत नहीं ली',
    'शिकायत लेने से', 'एफआईआर नहीं', 'तक्रार घेतली नाही', 'तक्रार घेत नाहीत', 'takrar ghetli nahi', 'fir darj nahi',
    'sent me away', 'sent back', "haven't registered", 'havent registered', 'has not registered', 'not registered',
    'fir nahi likhi', 'fir nahi likh', 'come tomorrow', 'kal aana', 'कल आना', 'udya ya', 'उद्या या', 'bhaga diya', 'भगा दिया', 'हाकलून दिले', 'hakalun dile', 'civil matter', 'aapas me',
    'आपस में', 'samjhauta', 'समझौता', 'not our area', 'apne area', 'dusre thane', 'दूसरे थाने', 'jurisdiction']);
concept('police_conduct', 'police.rude',
  'rude rudely rudeness misbehaved misbehaving misbehave badtameezi badtamizi बदतमीजी उद्धट uddhat uddhatpane ' +
    'उद्धटपणे abused insulted insulting humiliated arrogant laughed shouted threatened-by-police galat-vyavhar',
  ['misbehaved with', 'spoke rudely', 'talked rudely', 'rude behaviour', 'gaali di', 'गाली दी', 'shivigal keli',
    'शिवीगाळ केली', 'laughed at me', 'shouted at me', 'not listening', 'sunte nahi', 'सुनते नहीं', 'ऐकत नाहीत']);
concept('police_conduct', 'police.inaction',
  'inaction negligence careless lapparwah laparvah लापरवाह लापरवाही dursh untouched',
  ['no action', 'no action taken', 'koi action nahi', 'koi karyavahi nahi', 'कोई कार्रवाई नहीं', 'काहीच कारवाई',
    'kahich karvai', 'nobody came', 'no one came', 'koi nahi aaya', 'कोई नहीं आया', 'कोणीच आले नाही', 'never came',
    'did not come', "didn't come", 'not picking', 'phone nahi utha', 'फोन नहीं उठा', 'फोन उचलत नाहीत', 'still waiting',
    'what is the point', 'no response', 'no reply', 'koi jawab nahi', 'sleeping on duty', 'on duty drinking',
    'months passed', 'mahine ho gaye', 'महीने हो गए', 'महिने झाले', 'under investigation', 'no progress', 'still pending']);
concept('police_conduct', 'police.who',
  'constable constables havaldar हवलदार hawaldar inspector sub-inspector psi api si pi officer officers cop cops ' +
    'thanedar थानेदार munshi मुंशी thana thane थाना थाने ठाणे chowki चौकी beat policewala policewale पुलिसवाला ' +
    'पुलिसवाले पोलीसवाले uniform duty traffic-police',
  ['police wala', 'police wale', 'पुलिस वाले', 'पुलिस वाला', 'पोलीस कर्मचारी', 'police station', 'police officer',
    'traffic police wale', 'traffic wale', 'ट्रैफिक पुलिस', 'investigating officer', 'tapas adhikari', 'तपास अधिकारी',
    'io sahab', 'duty officer']);

// information: questions, FIR or application status, verification, lost documents, procedures
concept('information', 'info.question',
  'how what which where when whom kaise kaisa kya kahan kidhar kab kitne kitna kiti kasa kase kuthe kadhi kay konti ' +
    'कैसे कैसा क्या कहां कहाँ कब कितने कितना किती कसे कसा कुठे कधी काय कोणती कोणते procedure process steps ' +
    'prakriya प्रक्रिया प्रक्रिया tarika तरीका documents document kagaz kagzat कागजात कागदपत्रे required eligible',
  ['how to', 'how do i', 'how can i', 'what is the', 'what are the', 'where can i', 'where do i', 'whom to contact',
    'kaise kare', 'kaise karu', 'kaise karein', 'kya karna', 'kya karu', 'कैसे करें', 'कैसे करूं', 'क्या करना',
    'कसे करायचे', 'काय करावे', 'kay karave', 'please guide', 'guide me', 'kindly guide', 'मार्गदर्शन', 'margdarshan',
    'please tell', 'please batao', 'bata dijiye', 'बताइए', 'बताएं', 'सांगा', 'sanga', 'is it possible', 'can i',
    'do i need', 'is there', 'येते का', 'करता येते', 'नोंदवता येते', 'मिळेल का', 'शकतो का', 'लागते का', 'yete ka', 'milel ka',
    'सकते हैं क्या', 'हो सकती है क्या', 'हो सकता है क्या', 'मिलेगा क्या', 'kar sakte hai kya', 'ho sakta hai kya', 'milega kya']);
concept('information', 'info.service',
  'passport verification verify tenant tenants kirayedar किरायेदार bhadekaru भाडेकरू certificate pcc clearance ' +
    'character charitra चारित्र्य noc permission anumati अनुमति परवानगी parvangi licence license arms-licence ' +
    'सत्यापन satyapan पडताळणी padtalni वेरिफिकेशन पासपोर्ट प्रमाणपत्र pramanpatra helpline portal citizen ' +
    'servant verification-form procession rally julus जुलूस मिरवणूक mirvanuk',
  ['police verification', 'tenant verification', 'servant verification', 'passport verification', 'character certificate',
    'police clearance', 'clearance certificate', 'permission for', 'loudspeaker permission', 'event permission',
    'helpline number', 'contact number', 'which police station', 'kaunsa thana', 'konta police station']);
concept('information', 'info.status',
  'status update application arji अर्ज अर्जी aavedan आवेदन chargesheet tracking pending',
  ['fir status', 'complaint status', 'application status', 'fir copy', 'copy of fir', 'fir ki copy', 'एफआईआर की कॉपी',
    'status kya', 'स्टेटस', 'kya hua', 'क्या हुआ', 'काय झाले', 'kay zale', 'online fir', 'e-fir', 'efir', 'online complaint',
    'lost report', 'missing report of', 'lost and found', 'copy of the fir', 'panchnama', 'पंचनामा', 'for insurance claim',
    'for the insurance', 'certified copy', 'how do i get']);
concept('information', 'info.lost-document',
  'lost misplaced gir-gaya licence aadhar aadhaar pan-card rc marksheet documents document',
  ['lost my', 'kho gaya mera', 'gir gaya', 'gir gayi', 'गिर गया', 'हरवले आहे', 'lost documents', 'lost aadhaar',
    'lost pan', 'lost licence', 'lost license', 'lost passport', 'lost mobile report', 'lost phone report', 'gahal',
    'missing document']);

// feedback: thanks, praise, suggestions, opinions about the police
concept('feedback', 'feedback.thanks',
  'thanks thank thankyou thanku thnx thx tysm grateful gratitude shukriya shukria शुक्रिया dhanyavad dhanyawad dhanyvad ' +
    'धन्यवाद आभार aabhar abhar appreciate appreciated appreciation kudos salute salam सलाम hats respect',
  ['thank you', 'thanks a lot', 'many thanks', 'hats off', 'big salute', 'dil se', 'दिल से', 'मनापासून', 'manapasun',
    'खूप आभार', 'bahut dhanyavad', 'बहुत धन्यवाद']);
// The police helped, told after the fact: "PCR wale ne ghar tak chhoda", "पुलिस ने ढूंढकर वापस दिया", "stayed with my father".
concept('feedback', 'feedback.helped', 'सराहना sarahna',
  ['madad ki', 'bahut madad', 'help ki', 'helped me', 'helped my', 'helped us', 'ghar tak chhoda', 'ghar tak chhod diya', 'घर तक छोड़ा',
    'घर तक छोड़ दिया', 'घरापर्यंत सोडले', 'घरापर्यंत सोडलं', 'घरी सोडलं', 'घरी सोडले', 'ghar pahunchaya', 'घर पहुंचाया', 'घर पहुँचाया',
    'dhoondh di', 'dhund di', 'dhundh di', 'dhoondh ke diya', 'ढूंढकर वापस', 'ढूंढ कर वापस', 'ढूंढ दी', 'शोधून परत', 'वापस दिलाया',
    'stayed with', 'मदद की', 'मदत केली', 'तुरंत कार्रवाई की', 'turant karvai ki', 'came in minutes', 'came within']);
concept('feedback', 'feedback.praise',
  'great excellent amazing awesome wonderful brilliant superb proud badhiya बढ़िया shandar शानदार zabardast ज़बरदस्त ' +
    'jabardast chhan छान uttam उत्तम sundar sundar prompt quick quickly helpful efficient professional best commendable ' +
    'praise praiseworthy sarahniya सराहनीय kamal कमाल well-done welldone bravo keep-it-up',
  ['good job', 'great job', 'great work', 'good work', 'well done', 'keep it up', 'keep up', 'nice work', 'accha kaam',
    'achha kaam', 'badhiya kaam', 'अच्छा काम', 'बढ़िया काम', 'चांगले काम', 'चांगलं काम', 'changla kaam', 'chhan kaam',
    'proud of', 'fast response', 'quick response', 'prompt action', 'timely action', 'tvarit karvai', 'त्वरित कार्रवाई']);
concept('feedback', 'feedback.suggestion',
  'suggestion suggest suggestions sujhav सुझाव सूचना suchana request opinion feel should must improve improvement ' +
    'sudhar सुधार sudharna',
  ['बढ़ाई जाए', 'बढ़ाया जाए', 'लगाए जाएं', 'किया जाए', 'की जाए', 'वाढवावी', 'वाढवावे', 'should be increased', 'it would be',
    'there should be', 'should be more', 'please increase', 'increase patrolling', 'more patrolling',
    'need more', 'i suggest', 'my suggestion', 'सुझाव है', 'सूचना आहे', 'hona chahiye', 'होना चाहिए', 'असायला हवे',
    'hava', 'should install', 'put a cctv', 'install cctv']);
concept('feedback', 'feedback.resolved',
  'recovered returned caught catching arrested nabbed pakda pakde पकड़ा पकड़े पकडले pakadle atak अटक giraftar गिरफ्तार found',
  ['got back', 'got my', 'found my', 'returned my', 'recovered my', 'traced my', 'dhoondh diya', 'dhund diya', 'ढूंढ दिया',
    'शोधून दिली', 'शोधून दिला', 'shodhun dili', 'mil gaya', 'vapas mil', 'wapas mil', 'वापस मिल', 'परत मिळाला',
    'parat milala', 'thanks to', 'because of you']);

// other: spam, advertising, political posts, greetings, unrelated chatter
concept('other', 'other.spam',
  'earn earning earnings income loan loans offer offers discount discounts sale buy cheap price cashback followers likes ' +
    'subscribe subscribers promotion promote franchise dealership seo betting casino jackpot kamao kamaye कमाएं कमाओ कमवा ' +
    'डिस्काउंट ऑफर लोन admission admissions coaching classes pizza outlet',
  ['work from home', 'ghar baithe', 'घर बैठे', 'घरबसल्या', 'dm for', 'dm me', 'call now', 'click here', 'limited offer',
    'buy now', 'best price', 'per day', 'daily income', 'contact for', 'whatsapp me', 'join our', 'link in bio', 'follow for',
    'follow back', 'buy 1', 'get 1', 'instant approval', 'abhi call karo', 'abhi join', 'join now', 'without documents', 'instant loan',
    'loan in', 'minutes approval']);
concept('other', 'other.greeting',
  'happy wishes wish shubhkamnaye शुभकामनाएं शुभेच्छा shubhechha badhai बधाई diwali दिवाली दिवाळी holi होली eid ईद ' +
    'christmas navratri नवरात्रि ganesh गणेश chaturthi चतुर्थी jayanti जयंती independence स्वतंत्रता republic gantantra ' +
    'गणतंत्र morning goodmorning jai जय shri श्री ram राम hardik हार्दिक',
  ['good morning', 'good night', 'happy new year', 'happy diwali', 'जय श्री राम', 'jai hind', 'जय हिंद', 'jai maharashtra',
    'जय महाराष्ट्र', 'हार्दिक शुभेच्छा', 'हार्दिक शुभकामनाएं']);
// Chain messages: "send this to 10 people or you will get bad news".
concept('other', 'other.chain',
  'अशुभ ashubh',
  ['send this to', 'forward this to', 'bad luck', 'bad news', 'बुरी खबर', 'लोगों को भेजें', 'logo ko bhejo', 'लोकांना पाठवा',
    'जय माता दी', 'jai mata di', 'within 24 hours', 'good luck will']);
concept('other', 'other.politics',
  'vote votes voting election elections party bjp congress minister mla corporator neta नेता पक्ष पार्टी chunav चुनाव ' +
    'निवडणूक nivadnuk sarkar सरकार government modi rally-politics',
  ['vote for', 'मत द्या', 'वोट दें', 'vote do']);
concept('other', 'other.chatter',
  'bandh holiday chutti छुट्टी timings metro match cricket movie film weather temperature degrees garmi गर्मी ipl score recipe song trip picnic cheapest ' +
    'anyone koi-bataye',
  ['who won', 'anyone know', 'any idea', 'koi batao', 'koi bataye', 'suggest a', 'recommend a']);

// ---------------------------------------------------------------------------------------------------
// More of each category's vocabulary: synonyms, colloquial and Marathi/Hindi verb forms
// ---------------------------------------------------------------------------------------------------
concept('theft', 'theft.more',
  'decamped swiped nicked pinched चुरा चुराकर चोरट्यांनी लांबवले लांबवली lambavla पळवले पळविली palavla उचलले uchalle ढापला dhapla',
  ['made off with', 'walked away with', 'उठा ले गया', 'उठाकर ले गए', 'उचलून नेले', 'maal le gaye', 'mobile maar liya', 'mobile maar diya',
    'sona le gaye', 'लंपास केले', 'लंपास केली']);
concept('violence', 'violence.more',
  'thrashed thrashing bashed bashing chakubazi चाकूबाजी talwarbazi मारझोड धुतले बदडले बदडत dhulai lynched',
  ['बेदम मारहाण', 'bedam marhan', 'koyta gang', 'कोयता गँग', 'hit him', 'hit my', 'beat him', 'beat my']);
concept('women_safety', 'women.more',
  'vulgar pinched sexual sexually लैंगिक यौन इज्जत izzat बदनामी टोमणे शेरेबाजी sherebaji',
  ['eve teasing', 'cat calls', 'misbehaved with my wife', 'misbehaved with my sister', 'misbehaved with a girl', 'अश्लील चाळे',
    'छेड काढली', 'छेड काढत', 'लैंगिक छळ', 'यौन उत्पीड़न', 'घरेलू हिंसा', 'कौटुंबिक हिंसाचार', 'domestic abuse']);
concept('traffic', 'traffic.more',
  'honking horn horns overloaded overloading overtake overtaking ओव्हरटेक u-turn helmet helmets seatbelt ठप्प thapp one-way',
  ['one way', 'signal jump', 'red light jumping', 'वाहतूक ठप्प', 'seat belt', 'illegal u turn', 'wrong turn']);
concept('accident', 'accident.more',
  'mishap pileup toppled उलटली उलटला derailed शॉक',
  ['turned turtle', 'उलट गया', 'उलट गई', 'hit by a train', 'fell off', 'fell down', 'electric shock', 'शॉक लगा', 'करंट']);
concept('suspicious', 'suspicious.more',
  'prowling prowler snooping sneaking संशयित sanshayit सन्दिग्ध spying जासूसी',
  ['hanging around', 'फिरताना दिसले', 'without plates', 'no plates', 'covered number plate']);
concept('nuisance', 'nuisance.more',
  'ruckus rowdiness hooting partying भोंगा bhonga कर्कश धिंगाणा dhingana टवाळखोर tavalkhor नशेखोर गर्दुल्ले whitener ' +
    'cigarette cigarettes smoking सिगारेट गुटखा gutkha spitting',
  ['loud party', 'house party', 'creating ruckus', 'solution sniffing']);
concept('cyber_fraud', 'cyber.more',
  'phishing deepfake impersonating impersonation trolling cyberbullying leaked password स्क्रीनशॉट',
  ['otp fraud', 'sim swap', 'obscene video', 'ऑनलाईन फसवणूक', 'गूगल पे', 'फोनपे', 'पेटीएम', 'google pay', 'phone pe']);
concept('missing_person', 'missing.more',
  'eloped',
  ['ran away', 'run away', 'भाग गया', 'भाग गई', 'पळून गेला', 'पळून गेली', 'घर सोडून', 'not traceable', 'left the house']);
concept('police_conduct', 'police.more',
  'वर्दी vardi खाकी khaki दादागिरी dadagiri unhelpful ignored ignoring दुर्लक्ष durlaksh अनदेखी andekhi',
  ['police harassment', 'harassment by police', 'abuse of power', 'not helpful', 'उडवाउडवीची उत्तरे', 'misuse of power']);
concept('information', 'info.more',
  'apply application eligibility fees fee नियम niyam rules कायदा kanoon कानून law section कलम dhara धारा ipc bns legal ' +
    'helpdesk form फॉर्म',
  ['office address', 'अर्ज कसा', 'कैसे मिलेगा', 'कसा मिळेल', 'कशी मिळेल', 'कुठे मिळेल', 'कहां मिलेगा', 'कहाँ मिलेगा']);
concept('feedback', 'feedback.more',
  'kudos bravo commendable mast भारी अभिमान garv गर्व कौतुक kautuk प्रशंसा तारीफ tareef शाबाश shabash शाब्बास',
  ['hats off', 'proud of you', 'salute to']);
concept('other', 'other.more',
  'birthday जन्मदिन वाढदिवस shayari joke jokes meme memes lol haha सुप्रभात',
  ['गुड मॉर्निंग', 'happy birthday']);

// ---------------------------------------------------------------------------------------------------
// Word families of urgency that also say what kind of report it is: each is a danger concept below
// (matched exactly, read by urgency.ts) and a category concept here (a feature the model learns from).
// ---------------------------------------------------------------------------------------------------

/** A word family: space-separated words, and phrases. */
export type Family = [words: string, phrases: readonly string[]];

const ALONE: Family = ['wandering bhatak भटक भटकत भटकताना bhatakta rota roti रोता रोती रडत radat',
  ['crying alone', 'sitting alone', 'standing alone', 'roaming alone', 'walking alone', 'all alone', 'seems lost', 'looks lost',
    // Wandering into the traffic: "keeps trying to walk into the main road traffic", "बीच सड़क पर घूम रहे".
    'walk into the main road', 'walk into the road', 'walk into traffic', 'walk into the traffic', 'into the main road traffic',
    'road ke beech', 'sadak ke beech', 'बीच सड़क पर', 'रस्त्याच्या मधोमध',
    'is lost', 'got lost', 'lost child', 'lost boy', 'lost girl', 'confused and', 'seems confused', 'looks confused',
    "doesn't remember", 'does not remember', "can't remember", 'cannot remember', "doesn't know where", 'does not know where',
    "can't tell", 'cannot tell', 'unable to tell', 'no one with', 'nobody with', 'without parents', 'parents not around',
    'akela ghoom', 'akeli ghoom', 'akela baitha', 'akeli baithi', 'akela ro', 'akeli ro', 'अकेला घूम', 'अकेली घूम', 'अकेला रो',
    'अकेली रो', 'अकेला बैठा', 'अकेली बैठी', 'कोई साथ नहीं', 'koi saath nahi', 'koi sath nahi', 'मां बाप नहीं', 'माँ बाप नहीं',
    'ghar ka pata nahi', 'पता नहीं बता पा', 'पता नहीं बता रह', 'pata nahi bata', 'naam nahi bata', 'नाम नहीं बता पा', 'नाम नहीं बता रह', 'नाम नहीं बताया', 'yaad nahi', 'याद नहीं',
    'एकटाच फिर', 'एकटीच फिर', 'एकटाच बसला', 'एकटीच बसली', 'एकटाच रडत', 'एकटीच रडत', 'कोणी सोबत नाही', 'सोबत कोणी नाही',
    'आई वडील नाहीत', 'पत्ता सांगता येत नाही', 'नाव सांगता येत नाही', 'आठवत नाही', 'athavat nahi', 'sobat koni nahi']];
const DEVICE: Family = ['wires wire wired timer ticking beeping beep beeps बीप टिकटिक tiktik वायर वायरी तार टाइमर टायमर घड्याळ ghadyal detonator',
  ['tick tick', 'टिक टिक', 'tik tik', 'ticking sound', 'beeping sound', 'टिक टिक की आवाज़', 'clock attached', 'clock tied',
    'battery attached', 'batteries taped', 'with a battery', 'gas smell', 'smell of gas', 'smells of gas', 'chemical smell',
    'smell of chemicals', 'smells of chemicals', 'smells like chemicals', 'gas ki badbu', 'gas jaisi badbu', 'गैस की बदबू',
    'केमिकल की बदबू', 'केमिकल जैसी', 'गॅससारखा वास', 'गॅसचा वास', 'रसायनाचा वास', 'केमिकलचा वास', 'wire nikle', 'wire nikal',
    'तार निकले', 'तारें निकल', 'वायर निघाल', 'wires coming', 'wires sticking', 'wires hanging out',
    // A smell nobody can name, from a box or a bag left there ("smells of something", "अजीब सी बदबू").
    'smells of something', 'strange smell', 'weird smell', 'funny smell', 'ajeeb badbu', 'ajeeb si badbu', 'अजीब बदबू',
    'अजीब सी बदबू', 'अजीब गंध', 'विचित्र वास', 'vichitra vaas']];
const FORCED: Family = ['kidnap kidnapped kidnapping kidnappers abduct abducted abducting abduction अपहरण apharan apaharan अगवा agwa ' +
    'dragged bundled forcibly घसीट घसीटकर घसीटते ghasit ghaseet ghasitte',
  ['forced into', 'forced her into', 'forced him into', 'pushed into',
    // Someone, a stranger, took a child away: "मेरे बेटे को कोई स्कूल से ले गया".
    'को कोई ले गया', 'को कोई ले गई', 'को कोई ले गए', 'ko koi le gaya', 'ko koi le gayi', 'ko koi le gaye', 'someone took my son',
    'someone took my daughter', 'someone took my child', 'someone took our child', 'कोणीतरी घेऊन गेलं', 'कोणीतरी घेऊन गेला', 'pushed her into', 'pushed him into', 'pulled into',
    'pulled her into', 'pulled him into', 'threw her into', 'threw him into', 'gaadi me daal', 'gadi me daal', 'gaadi me bitha',
    'zabardasti gaadi', 'jabardasti gaadi', 'गाड़ी में डाल', 'गाड़ी में बैठा', 'गाड़ी में खींच', 'गाडीत बसवल', 'गाडीत घातल',
    'le gaye hai zabardasti', 'le gaye zabardasti', 'le gaya zabardasti', 'ले गए जबरदस्ती', 'ले गया जबरदस्ती', 'नेलं जबरदस्तीने',
    'utha le gaye', 'utha ke le gaye', 'uthakar le gaye', 'उठा ले गए', 'उठाकर ले गए', 'उचलून नेल', 'uchlun nel',
    'utha kar le gaye', 'उठा कर ले गए', 'उठा के ले गए', 'उठाके ले गए',
    // Shut in now: "locked me in the room", "कमरे में बंद कर दिया", "खोलीत कोंडलं".
    'locked me in', 'locked her in', 'locked him in', 'locked us in', 'locked me inside', 'locked her inside', 'kamre me band kar',
    'kamre mein band kar', 'कमरे में बंद कर', 'खोलीत कोंड', 'कोंडून ठेव', 'kondun thev', 'ghar me band karke', 'घर में बंद करके',
    'zabardasti le gaye', 'जबरदस्ती ले गए', 'जबरदस्तीने नेल', 'jabardastine nel', 'ओढून नेल', 'ओढत नेल', 'गाडीत ओढ', 'कारमध्ये ओढ',
    'जबरदस्तीने ओढ', 'जबरदस्तीने गाडीत', 'गाडीत कोंब', 'गाड़ी में ठूंस', 'dragged into', 'dragging her', 'dragging him',
    'बंद करके रखा', 'band karke rakha', 'कोंडून ठेव', 'खोलीत कोंड', 'kondun thev', 'locked her in', 'locked him in', 'locked up in a room']];
const PROWLING: Family = ['peering peeping prowling झांक झांकते झांककर jhaank jhank jhaankte डोकावून डोकावत डोकावतो dokavun dokavat phaand ' +
    'फांद फांदकर फांदून phaandke',
  ['door handles', 'door handle', 'trying the door', 'trying doors', 'trying the doors', 'trying the locks', 'trying locks',
    'testing locks', 'testing the locks', 'checking locks', 'checking the locks', 'checking car doors', 'checking doors',
    'pulling door handles', 'looking into cars', 'looking inside cars', 'into parked cars', 'climbing the wall', 'climbing over',
    'climbing our', 'climbed the wall', 'climbed over', 'scaling the wall', 'jumped the wall', 'jumping the wall', 'over the wall',
    'over the gate', 'over the compound', 'deewar phaand', 'diwar phaand', 'deewar kood', 'deewar chadh', 'दीवार फांद', 'दीवार कूद',
    'दीवार पर चढ़', 'दीवार चढ़', 'ताला चेक', 'ताले चेक', 'taala check', 'tala check', 'lock check', 'ताला खोलने', 'taala khol',
    'कुलूप तपास', 'कुलूप उघड', 'kulup tapas', 'kulup tapasat', 'kulup check', 'kulup ughad', 'दरवाजे ओढून', 'दरवाजा ओढून', 'भिंतीवरून', 'भिंत चढ', 'भिंतीवर चढ', 'कंपाउंडवरून', 'कुंपणावरून',
    'gadyanmadhye dokav', 'गाड्यांमध्ये डोकाव', 'गाड्यांच्या काचा', 'car ke andar jhaank', 'gaadiyon me jhaank', 'गाड़ियों में झांक',
    'kunda khol', 'kundi khol', 'कुंडी खोल', 'कुंडा खोल', 'कडी काढ', 'breaking the latch', 'forcing the lock', 'forcing the door',
    'terrace to terrace', 'roof to roof', 'from terrace', 'chhat se chhat', 'छत से छत', 'गच्चीवरून गच्चीवर']];
// Time gone by while someone has not come back ("7 ghante ho gaye", "अब शाम हो गई", "सकाळपासून"): with a
// child or a vulnerable person who is not home, the hours are the danger.
const ELAPSED: Family = ['',
  ['hours now', 'hours have passed', 'hours since', 'since morning', 'since the morning', 'since afternoon', 'since evening',
    'since last night', 'now it is evening', "now it's evening", 'now it is night', "now it's night", 'still not back', 'still not home',
    'still no sign', 'no sign of', 'not back yet', 'not home yet', 'not reached home', 'still not reached',
    'ghante ho gaye', 'ghante ho gye', 'ghante ho gae', 'ghanta ho gaya', 'ghante se', 'ghanton se', 'ghanto se', 'subah se', 'dopahar se',
    'sham se', 'shaam se', 'ab sham ho gayi', 'ab shaam ho gayi', 'ab sham ho gai', 'ab raat ho gayi', 'abhi tak nahi', 'ab tak nahi',
    'abhi tak ghar', 'ab tak ghar',
    'घंटे हो गए', 'घंटे हो गये', 'घंटा हो गया', 'घंटे से', 'घंटों से', 'सुबह से', 'दोपहर से', 'शाम से', 'अब शाम हो गई', 'अब शाम हो गयी',
    'अब रात हो गई', 'अब दोपहर हो गई', 'अब दोपहर हो गयी', 'अभी तक नहीं', 'अब तक नहीं', 'अभी तक घर',
    'तास झाले', 'तास झालेत', 'तासांपासून', 'सकाळपासून', 'दुपारपासून', 'संध्याकाळपासून', 'आता संध्याकाळ झाली', 'आता रात्र झाली',
    'अजून आले नाहीत', 'अजून आली नाही', 'अजून आला नाही', 'अजून घरी', 'tas zale', 'tas jhale', 'sakalpasun', 'sakali pasun',
    'ajun aali nahi', 'ajun aala nahi', 'ajun ghari', 'since last night', 'since yesterday', 'kal raat se', 'kal se', 'कल रात से',
    'कल से', 'कालपासून', 'काल रात्रीपासून', 'तास झाला', 'अर्धा तास झाला', 'half an hour', 'aadha ghanta', 'आधा घंटा', 'missing since', 'gone since', 'since 2 days', 'since 3 days', 'since two days', 'since three days',
    // Marathi "since" written apart or in Latin letters: "kal sandhyakali pasun", "ratri pasun". (Not days: writers call a
    // child gone for days a report, not a car to send.)
    'kal pasun', 'kalpasun', 'sandhyakali pasun', 'sandhyakalpasun', 'ratri pasun', 'ratripasun', 'dupari pasun', 'duparpasun',
    'रात्रीपासून', ]];

/**
 * Thieves at work where the citizen is: breaking in, inside, on the roof, a torch moving. The words say
 * the theft is going on, so "outside my house" beside them is now (rules.ts), while beside "stolen" it
 * is only where it happened.
 */
export const INTRUDING: readonly string[] = [
  'breaking in', 'breaking into', 'trying to break', 'trying to open', 'on the roof', 'chhat par', 'छत पर', 'someone inside',
  'somebody inside', 'koi andar', 'कोई अंदर', 'कोणीतरी आत', 'lock tod rahe', 'taala tod rahe', 'ताला तोड़ रहे', 'कुलूप तोडत',
  'torch moving', 'cut the lock', 'cutting the lock', 'taala kaat', 'ताला काट', 'torch chal', 'torch jal', 'टॉर्च चल', 'shutter half',
  'shutter aadha', 'शटर आधा', 'trying the gate', 'loading copper', 'they are inside with',
  // Entered and still inside, or breaking open now.
  'ghus gaye', 'ghuse hai', 'ghuse hain', 'घुस गए', 'घुस गये', 'घुसे हैं', 'घुसे है', 'घुसलेत', 'घुसले आहेत', 'फोडत आहे',
  'फोडत आहेत', 'फोडतोय', 'फोडताहेत', 'phod rahe', 'tod rahe', 'तोड़ रहे', 'तोड रहे', 'crowbar', 'कटावणी', 'katavni',
  // Someone got in, or is breaking the door now: "koi ghar me ghus gaya hai", "घराचं दार तोडतायत".
  'ghus gaya', 'ghus gayi', 'घुस गया', 'घुस गई', 'घरात घुसला', 'घरात घुसले', 'someone is in my house', 'someone in my house',
  'someone in the house', 'तोडतायत', 'तोडत आहेत', 'darwaza tod', 'darwaja tod', 'दरवाजा तोड़', 'दरवाज़ा तोड़', 'breaking the door',
  'breaking our door', 'breaking my door', 'kicking the door', 'kicking our door', 'breaking the gate', 'gate tod rahe', 'गेट तोड़ रहे',
  'गेट तोडत',
  // Has got in ("koi ghar me ghus aaya hai", "घरात घुसून आलाय"): inside now.
  'ghus aaya', 'ghus aaye', 'ghus aayi', 'ghus aya', 'घुस आया', 'घुस आए', 'घुस आये', 'घुस आई', 'घुसून आला', 'घुसून आले', 'has got in',
  'got into the house', 'someone has entered', 'has entered the house', 'entered our house',
];

const NO_HELP: Family = ['',
  ['no ambulance', 'ambulance not', "ambulance isn't", 'ambulance is not', "ambulance hasn't", 'ambulance has not',
    "ambulance didn't", 'ambulance did not', 'ambulance nahi', 'ambulance nhi', 'ambulance ka number', 'ambulance is late',
    'एम्बुलेंस नहीं', 'एंबुलेंस नहीं', 'ॲम्ब्युलन्स आली नाही', 'ॲम्ब्युलन्सला फोन', 'अॅम्ब्युलन्सला फोन', 'रुग्णवाहिका आली नाही',
    'रुग्णवाहिका येत नाही', '108 not', '108 is not', '108 busy', '108 nahi', '108 not answering', 'not answering', 'no one answering',
    'nobody answering', 'phone not connecting', 'call not connecting', 'number nahi lag', 'number lag nahi', 'phone nahi lag',
    'फोन नहीं लग', 'नंबर नहीं लग', 'फोन लागत नाही', 'फोन लागत नाहीये', 'नंबर लागत नाही', 'no one is helping', 'nobody is helping',
    'nobody helping', 'no one helping', 'no one stopped', 'nobody stopped', 'koi madad nahi', 'koi madat nahi', 'koi utha nahi',
    'koi nahi utha', 'कोई मदद नहीं', 'कोई उठा नहीं', 'कोणी मदत करत नाही', 'कोणीही मदत', 'कोणी उचलत नाही', 'lying there',
    'lying unattended', 'left lying', 'pada hua hai', 'pade hue hai', 'पड़ा हुआ है', 'पड़े हुए हैं', 'पडून आहे', 'पडलाय']];
const PUBLISH: Family = ['sextortion leak leaked viral वायरल व्हायरल morph morphed nude nudes',
  ['will post', 'will upload', 'will share', 'will send it', 'will send the video', 'will send the photos', 'send it to my',
    'send them to my', 'send to my family', 'post it online', 'put it online', 'upload it', 'make it viral', 'private photos',
    'private video', 'intimate photos', 'intimate video', 'obscene video', 'recorded our video call', 'recorded the video call',
    'video call record', 'viral kar', 'viral karne', 'viral karunga', 'viral kar dunga', 'viral kar dega', 'viral kar denge',
    'insta pe daal', 'net pe daal', 'facebook pe daal', 'daal dega', 'daal dunga', 'ghar walon ko bhej', 'gharwalon ko bhej',
    'घरवालों को भेज', 'घर वालों को भेज', 'वायरल कर', 'वायरल करने', 'वायरल कर दूंगा', 'वायरल कर देगा', 'डाल देगा', 'डाल दूंगा',
    'व्हायरल करेन', 'व्हायरल करीन', 'व्हायरल करणार', 'व्हायरल करण्याची', 'घरच्यांना पाठव', 'फोटो टाकेन', 'व्हिडिओ टाकेन',
    'फोटो मॉर्फ', 'अश्लील फोटो', 'अश्लील व्हिडिओ', 'अश्लील वीडियो', 'गंदे फोटो', 'gande photo', 'video bana liya', 'वीडियो बना लिया',
    'व्हिडिओ कॉल रेकॉर्ड', 'वीडियो कॉल रिकॉर्ड', 'private pics', 'my pics', 'nangi', 'नंगी', 'bhej dega', 'bhej dunga',
    'bhej denge', 'भेज देगा', 'भेज दूंगा', 'पाठवून देईन', 'पाठवेन', 'पसरवेन', 'post kar dega', 'upload kar dega', 'leak kar',
    'go on my', 'put them on', 'put it on']];
// A fraud still running: a "digital arrest" on a video call, a remote-access app being installed on a
// caller's say-so, money leaving the account while the citizen writes.
const FRAUD_NOW: Family = ['anydesk teamviewer quicksupport rustdesk',
  ['digital arrest', 'डिजिटल अरेस्ट', 'डिजिटल अटक', 'on a video call', 'on video call', 'video call pe', 'video call par', 'video call var',
    'वीडियो कॉल पर', 'व्हिडिओ कॉलवर', 'camera ke saamne', 'कैमरे के सामने', "won't let me cut", 'not allow me to cut', 'not letting me cut',
    'not letting him cut', 'not letting her cut', 'refusing to hang up', "won't hang up", 'not letting him hang up', 'not letting her hang up',
    "won't let him hang up", "won't let her hang up", 'call cut nahi', 'phone cut nahi', 'फोन काटने नहीं', 'कॉल कट नहीं', 'फोन कट करू देत नाही',
    'about to transfer', 'is transferring', 'going to transfer', 'transfer kar rahe', 'transfer kar raha', 'transfer kar rahi', 'ट्रांसफर कर रहे',
    'ट्रांसफर कर रहा', 'ट्रान्सफर करत', 'paise kat rahe', 'paise kat raha', 'paise kat rahi', 'पैसे कट रहे', 'पैसे कटने के', 'पैसे कट होत',
    'पैसे जात आहेत', 'paise jat', 'paise jaat', 'paisa kat raha', 'paisa kat rahe', 'paisa ja raha', 'paise ja rahe', 'पैसे जा रहे', 'being debited', 'getting debited', 'debited again', 'keeps getting debited',
    'money is going', 'money is still going', 'still going out', 'transactions are happening', 'transactions happening', 'paise nikal rahe',
    'पैसे निकल रहे', 'पैसे कमी होत', 'reading out numbers', 'reading out the otp', 'otp bata rahe', 'otp bata rahi', 'ओटीपी बता रह', 'phone apne aap chal',
    'फोन अपने आप चल', 'screen share', 'screen sharing', 'sharing her screen', 'sharing his screen', 'logout hot nahi', "can't log out",
    // Not an account taken over asking the contacts for money ("सगळ्यांना पैसे मागत आहेत"): writers call it p2 (32 of 32).
    'cannot log out']];
const TRAPPED: Family = ['trapped stranded buried pinned फंसा फंसी फंसे phansa phansi phanse अडकला अडकली अडकले अडकलेत ' +
    'adkla adkli adkle adakle दबला दबली दबले dabla',
  ['stuck in the lift', 'stuck in a lift', 'stuck in lift', 'stuck inside', 'stuck in the', 'locked inside', 'locked in',
    'locked from inside', "can't get out", 'cannot get out', 'unable to get out', 'lift me phas', 'lift me fas', 'lift mein phas',
    'लिफ्ट में फंस', 'लिफ्टमध्ये अडक', 'दब गया', 'दब गई', 'दब गए', 'dab gaya', 'dab gayi', 'dab gaye', 'niche dab', 'नीचे दब',
    'खाली दबल', 'bahar nahi nikal', 'बाहर नहीं निकल', 'बाहेर पडता येत नाही', 'पाणी वाढत', 'paani badh', 'पानी बढ़',
    'cannot come out', "can't come out", 'not able to come out', 'fallen into', 'fell into a', 'septic tank', 'manhole', 'borewell',
    'nale me gir', 'kuen me gir', 'गड्ढे में गिर', 'कुएं में गिर', 'नाले में गिर', 'खड्ड्यात पडल', 'विहिरीत पडल', 'गटारात पडल',
    'into the lake', 'into the river', 'into the canal', 'into the water', 'पाण्यात पडल', 'पानी में गिर', 'talav me gir', 'nahar me gir',
    'नहर में गिर', 'तलावात पडल', 'नदीत पडल']];
const MOB: Family = ['mob mobs jamav जमाव जमावाने tension tense तनाव तणाव ugra उग्र agitated aggressive furious',
  ['crowd gathering', 'crowd is gathering', 'crowd has gathered', 'crowd gathered', 'crowd growing', 'angry crowd', 'crowd turning',
    'bheed jama', 'bheed jamaa', 'bheed badh', 'bheed ugra', 'भीड़ जमा', 'भीड़ बढ़', 'भीड़ उग्र', 'लोग जमा', 'log jama', 'गर्दी जमली',
    'गर्दी वाढ', 'जमाव वाढ', 'लोक जमले', 'लोक जमा', 'surrounding', 'surrounded', 'gheraav', 'gherav', 'घेराव', 'घेर लिया',
    'घेरले', 'getting ugly', 'out of hand', 'इकट्ठा हो', 'ikattha ho', 'people are gathering', 'people gathering', 'people have gathered',
    'log ikatthe', 'getting angry', 'log bhadak', 'लोग भड़क', 'लोक भडक']];

concept('missing_person', 'missing.alone-lost', ...ALONE);
concept('suspicious', 'suspicious.device', ...DEVICE);
concept('violence', 'violence.forced-away', ...FORCED);
concept('suspicious', 'suspicious.prowling', ...PROWLING);
concept('accident', 'accident.no-help', ...NO_HELP);
concept('cyber_fraud', 'cyber.publish-threat', ...PUBLISH);
concept('accident', 'accident.trapped', ...TRAPPED);
concept('violence', 'violence.mob', ...MOB);
concept('cyber_fraud', 'cyber.fraud-now', ...FRAUD_NOW);

// ---------------------------------------------------------------------------------------------------
// Danger and time: what the p1 rules read (category null: they do not vote for a category)
// ---------------------------------------------------------------------------------------------------

// The body failing, not wounded: a heart attack, a collapse, a fit, an overdose, a snakebite. Injuries all the same
// (`danger.injured` holds them); signals.ts reads them apart, as needing a doctor, no crime and no accident.
export const BODY_FAILING: Family = ['unconscious behosh बेहोश बेशुद्ध beshuddh dizzy fainted collapsed choking seizure convulsions overdose ' +
    'slumped unresponsive बेसुध besudh',
  ['sanp ne kaat', 'saap ne kaat', 'saanp ne kaat', 'साँप ने काट', 'सांप ने काट', 'साप चावला', 'सापाने दंश', 'sap chavla', 'snake bite',
    'snakebite', 'bitten by a snake', 'snake bit', 'heart attack', 'attack aaya', 'attack aya', 'attack aa gaya', 'अटैक आया', 'अटॅक आला',
    'हार्ट अटैक', 'हार्ट अटॅक', 'हृदयविकाराचा झटका', 'dil ka daura', 'दिल का दौरा', 'lakwa maar', 'लकवा मार', 'stroke aaya', 'not breathing',
    'saans nahi', 'not responding', 'struggling to breathe', 'cannot breathe', "can't breathe", 'trouble breathing', 'breathing problem',
    'saans nahi le', 'saans lene me', 'सांस नहीं ले', 'सांस लेने में', 'श्वास घेता येत नाही', 'having fits', 'not speaking', 'मिर्गी का दौरा',
    'फिट्स आली', 'hosh me nahi', 'hosh mein nahi', 'hosh nahi', 'होश में नहीं', 'होश नहीं', 'शुद्धीवर नाही', 'शुद्धीत नाही', 'not conscious',
    'passed out', 'chest pain', 'सीने में दर्द', 'छातीत दुखत']];

export const C = {
  weapon: concept(null, 'danger.weapon',
    'knife knives chaku chaaku chakoo chakku चाकू सुरा सुरी talwar talvar talwaar talwarein talwaren तलवार तलवारें sword swords gun guns ' +
      'pistol pistols revolver katta कट्टा tamancha तमंचा rod rods रॉड lathi lathis लाठी लाठ्या लाठियां danda dande डंडा ' +
      'डंडे axe kulhadi कुल्हाड़ी कुऱ्हाड koyta koita कोयता कोयते कोयत्याने कोयत्या koytyane sickle hansiya हंसिया hathiyar हथियार शस्त्र firing ' +
      'goli गोली गोळी गोळीबार golibar gunshot gunshots acid एसिड ॲसिड machete hockey sabbal सब्बल weapon weapons ' +
      'armed knifepoint gunpoint chopper choppers cleaver gupti गुप्ती ब्लेड blade blades',
    ['shots heard', 'shots fired', 'gun shots', 'firing ki awaz', 'firing ki aawaz', 'goli chalne ki awaz', 'गोली चलने की आवाज़', 'गोली की आवाज़', 'गोळीबाराचा आवाज', 'iron rod', 'shots fired', 'opened fire', 'bottle tod', 'bottle phod', 'बोतल तोड़', 'बोतल तोड', 'बाटली फोड', 'petrol ki bottle',
      'petrol bottle', 'bottle of petrol', 'पेट्रोल की बोतल', 'पेट्रोलची बाटली', 'open fire', 'fired shots', 'shooting at', 'lohe ki rod', 'लोहे की रॉड', 'लोखंडी रॉड', 'hockey stick', 'cricket bat', 'broken bottle', 'desi katta', ...STICK_IN_HAND,
      'opened fire', 'fired at', 'shot at', 'पिस्तौल', 'पिस्तूल', 'बंदूक', 'bandook', 'banduk', 'petrol daal', 'पेट्रोल डाल',
      'पेट्रोल ओत', 'petrol ot', 'काडेपेटी', 'माचिस', 'matchbox', 'विळा', 'विळ्याने', 'रॉकेल ओतून', 'रॉकेल ओतल', 'रॉकेल टाकून', 'पेट्रोल ओतून', 'पेट्रोल ओतल', 'kerosene daal',
      'kerosene poured', 'pouring kerosene', 'केरोसिन डाल', 'मिट्टी का तेल डाल', 'मिट्टी तेल डाल', 'rockel otun']),
  injury: concept(null, 'danger.injured',
    'injured injury injuries hurt bleeding blood bloody khoon khun खून रक्त jakhmi jakhami जखमी ghayal घायल ' +
      'dead died death maut मौत मृत्यू fracture critical lahuluhan लहूलुहान ' +
      'रक्तबंबाळ wounded stabbed chot चोट जख्मी zakhmi ghayel ghayl injred injurd bleding burnt burned jhulsa झुलसा ' +
      `bhajla भाजला trapped fansa फंसे अडकला अडकले अडकली adakla stab wound wounds दबे दबले लथपथ ${BODY_FAILING[0]}`,
    [...BODY_FAILING[1],
      'chaku maar diya', 'chaku mar diya', 'chaku mara', 'chaku maara', 'चाकू मार दिया', 'चाकू मारा', 'चाकू घोंप', 'चाकूने वार', 'चाकू भोसक',
      'chakune var', 'ज़मीन पर पड़ा', 'जमीन पर पड़ा', 'ज़मीन पर पड़ी', 'जमीन पर पड़ी', 'zameen pe pada', 'zameen par pada', 'jameen pe pada',
      'जमिनीवर पडला', 'जमिनीवर पडली', 'jaminivar padla',
      // Drowning: under the water, not come up.
      'drowning', 'drowned', 'डूब गया', 'डूब गई', 'डूब रहा', 'डूब रही', 'doob gaya', 'doob raha', 'doob gayi', 'dub gaya', 'बुडाला',
      'बुडाली', 'बुडतोय', 'बुडत आहे', 'budala', 'budtoy', 'वर आलंच नाही', 'वर आला नाही', 'वर आली नाही', 'var aalach nahi', 'upar nahi aaya',
      'sir phat', 'सिर फट', 'डोकं फुटलं', 'डोक्याला मार', 'head injury', 'naak futla', 'nak futla', 'नाक फुटलं', 'नाक फुटले', 'doka futla',
      'dok futla', 'sar phoota', 'sar foota', 'सर फूटा', 'सिर फूटा', 'khali padla ahe', 'खाली पडला आहे', 'not moving', 'hil nahi', 'हिल नहीं', 'cut on',
      'khoon beh', 'खून बह', 'रक्त वाहत', 'on the ground', 'lying on the road', 'सड़क पर पड़ा', 'रस्त्यावर पडला',
      'road pe pada', "isn't moving", 'is not moving', 'call ambulance',
      'call an ambulance', 'send ambulance', 'send an ambulance', 'need ambulance', 'ambulance bhejo', 'ambulance bulao',
      'रुग्णवाहिका पाठवा', 'एम्बुलेंस भेजो', 'एम्बुलेंस बुलाओ', 'ambulance pathva', 'head wound', 'डोक्याला मार', 'sar pe chot', 'सिर पर चोट',
      // Breath, heart, fits: a life at risk without a wound.
      'हालचाल नाही', 'halchal nahi', 'हलचल नहीं', 'बोल नहीं रहा', 'बोल नहीं रही', 'bol nahi raha', 'bol nahi rahi',
      'rakt yet', 'रक्त येत', 'khoon nikal', 'खून निकल', 'bent the wrong way',
      'upar se gaya', 'upar se nikal', 'ऊपर से निकल', 'अंगावरून गेल', 'खून से लथपथ', 'रक्ताच्या थारोळ्यात', 'khoon se lathpath', 'lathpath',
      // Out of their senses: "hosh me nahi", "होश में नहीं", "शुद्धीवर नाही".
      'shuddhivar nahi',
      'shuddhit nahi', 'शुद्धीवर नाहीत', 'शुद्धीत नाहीत', 'बेसुद्ध', 'besuddh', 'current lag', 'करंट लग', 'करंट लाग', 'electrocuted',
      // Cannot get up, a bone broken, a condition told as grave.
      "can't get up", 'cannot get up', 'unable to get up', 'not getting up', 'uth nahi pa', 'uth nahi raha', 'uth nahi rahi',
      'उठ नहीं पा', 'उठ नहीं रहा', 'उठ नहीं रही', 'उठत नाही', 'उठू शकत नाही', 'उठत नाहीये', 'उठू शकत नाहीये', 'उठता येत नाही', 'uthat nahi', 'broken leg', 'leg is broken',
      'pair toot', 'haath toot', 'haddi toot', 'पैर टूट', 'हाथ टूट', 'हड्डी टूट', 'पाय मोडला', 'हात मोडला', 'हाड मोडले', 'halat kharab',
      'halat gambhir', 'हालत खराब', 'हालत गंभीर', 'हालत बहुत खराब', 'प्रकृती गंभीर', 'condition is critical', 'serious condition',
      'crushed', 'चेपली', 'चेपला']),
  noInjury: concept(null, 'danger.no-injury', '',
    [// Hurt some day, not now: "please act before someone gets hurt", "kisi din koi mar jayega".
      'before someone gets hurt', 'before someone is hurt', 'before someone gets killed', 'before someone dies', 'before anyone gets hurt',
      'before somebody gets hurt', 'koi mar jayega', 'kisi din koi', 'कोई मर जाएगा', 'किसी दिन कोई', 'कोणीतरी मरेल', 'एखाद्या दिवशी कोणी',
      'nobody hurt', 'no one hurt', 'noone hurt', 'no one injured', 'nobody injured', 'no injuries', 'no injury', 'not injured',
      'not hurt', 'koi hurt nahi', 'koi ghayal nahi', 'koi ghayal nhi', 'koi injured nahi', 'koi zakhmi nahi',
      'कोई घायल नहीं', 'कोई हताहत नहीं', 'कोणी जखमी नाही', 'कोणीही जखमी नाही', 'jakhmi nahi', 'ghayal nahi', 'only damage',
      'sirf nuksan', 'no casualties', 'nobody inside', 'no one inside', 'nobody was inside', 'andar koi nahi', 'koi andar nahi',
      'अंदर कोई नहीं', 'aat koni nahi', 'आत कोणी नाही', 'आत कुणी नाही', 'safe hai', 'everyone is safe', 'all safe', 'सब सुरक्षित', 'थोडं खरचटलं',
      'minor scratches', 'just scratches', 'no one was hurt', 'nobody was hurt', 'chot nahi', 'chot nhi', 'koi chot nahi', 'चोट नहीं',
      'किसी को चोट नहीं', 'कोई चोट नहीं', 'kisi ko chot nahi', 'kisiko chot nahi', 'lagi nahi', 'kisi ko lagi nahi', 'लागलं नाही',
      'कोणाला लागलं नाही',
      // Hurt a little, or better now: a report to act on, not an ambulance to send.
      'minor injury', 'minor injuries', 'minor cut', 'small cut', 'little scratch', 'hairline fracture', 'halki chot', 'halka chot',
      'thodi chot', 'thoda chot', 'हल्की चोट', 'थोड़ी चोट', 'थोड़ा चोट', 'थोडं लागलं', 'थोडा मार', 'किरकोळ जखमी', 'kirkol jakhmi',
      'ab theek hai', 'ab thik hai', 'ab theek hain', 'अब ठीक है', 'अब ठीक हैं', 'आता बरा आहे', 'आता बरी आहे', 'is fine now', 'is ok now',
      'is okay now', 'walking fine', 'walking normally', 'out of danger', 'mujhe kuch nahi hua', 'mujhe kuchh nahi hua',
      'मुझे कुछ नहीं हुआ', 'मला काही झालं नाही', 'मला काही झाले नाही', 'i am not hurt', "i'm not hurt", 'i am fine', "i'm fine",
      'kisi ko nahi laga', 'kisi ko lagi nahi', 'koi nahi laga', 'किसी को नहीं लगी', 'कोणाला लागलेलं नाही', 'कोणाला लागले नाही',
      'nobody got hurt', 'no one got hurt', 'खतरे से बाहर', 'धोक्याबाहेर', 'discharged', 'डिस्चार्ज']),
  fire: concept(null, 'danger.fire',
    'fire aag आग blaze smoke धुआं धुआँ धूर explosion exploded शॉक electrocuted कोसळली कोसळले कोसळला ढह विस्फोट स्फोट electrocuted drowning drowned ' +
      'बुडाला डूबा collapsed',
    ['aag lagi', 'आग लगी', 'आग लागली', 'on fire', 'caught fire', 'cylinder blast', 'gas leak', 'building collapsed',
      'wall collapsed', 'current laga', 'करंट लगा',
      // A gas leak where people live is a fire waiting for a spark.
      'gas leaking', 'leaking gas', 'smell of gas', 'gas smell', 'smells of gas', 'gas ki smell', 'gas ki badbu', 'gas ki bas',
      'gas ka smell', 'gas leak ho', 'गैस लीक', 'गैस की बदबू', 'गैस की गंध', 'गैस की महक', 'गॅस गळती', 'गॅसचा वास', 'गॅस लीक']),
  bomb: concept(null, 'danger.suspicious-object',
    'unattended lavaris lawaris लावारिस bewaris bevaras बेवारस bewaras bomb बम बॉम्ब explosive explosives detonator',
    ['bag lying', 'bag pada', 'bag padi', 'बैग पड़ा', 'बैग पडा', 'पिशवी पडली', 'बॅग पडली', 'left a bag', 'suspicious bag',
      'suspicious box', 'suspicious parcel', 'sandigdh bag', 'संदिग्ध बैग', 'संशयास्पद बॅग', 'suitcase lying',
      'lying unattended', 'nobody has touched', 'thaili padi', 'thaila pada',
      'सुटकेस पडली', 'tick tick', 'टिक टिक', 'wire dikh', 'wires coming', 'with wires', 'wires sticking', 'wires sticking out',
      'backpack lying', 'bag left behind', 'left behind a bag',
      'taped shut', 'wrapped in tape', 'tape se lipta', 'tape se lipti', 'टेप से लिपटा', 'टेप से लिपटी', 'टेपने गुंडाळलेला',
      'टेपने गुंडाळलेली']),
  crowd: concept(null, 'danger.crowd',
    'crowd crowded bheed bhid भीड़ भीड गर्दी gardi rush mela मेला jatra जत्रा market bazaar station stand temple mandir ' +
      'मंदिर mall',
    []),
  child: concept(null, 'danger.child',
    'child children kid kids boy boys girl son sons daughter daughters baby babies baccha bachcha bacha bachha bacchi bachi beta beti बच्चा बच्ची ' +
      'bachon bachchon bacchon bachhon बच्चों ' +
      'बच्चे बेटा बेटे बेटी मुलगा मुलाला मुलीला मुलगी मुलं मुले बाळ chhota chota nanha minor toddler schoolgirl bhatija भतीजा ' +
      'nephew niece infant newborn नवजात chimukla chimukli चिमुकला चिमुकली चिमुरडा चिमुरडी nanhi नन्हा नन्ही ' +
      'bachchi bacchi',
    ['years old', 'year old', 'yr old', 'saal ka', 'saal ki', 'साल का', 'साल की', 'वर्षांचा', 'वर्षांची',
      // Ages as Marathi writers type them, in both scripts, and "yrs old", "sal ka".
      'वर्षाचा', 'वर्षाची', 'वर्षांच्या', 'varshacha', 'varshachi', 'varshancha', 'varshanchi', 'yrs old', 'sal ka', 'sal ki']),
  elderly: concept(null, 'danger.vulnerable',
    'dementia alzheimers alzheimer elderly buzurg बुजुर्ग ajoba आजोबा aaji आजी dadaji dadi दादी grandfather ' +
      'grandmother mentally budhi budhe budha बूढ़ी बूढ़े बूढ़ा amma aaji deaf blind बहरे ' +
      'alzheimer dementia स्मृतिभ्रंश smritibhransh senile disabled handicapped divyang दिव्यांग viklang विकलांग apang अपंग ' +
      'wheelchair autistic autism mute गूंगा गूंगी मूक बहिरा बहिरी मुका मुकी अंधा अंधी आंधळा आंधळी matimand मतिमंद ' +
      'mansik मानसिक vedsar वेडसर paralysed paralyzed लकवा',
    ['memory loss', 'dimag kamzor', 'याददाश्त', 'ऐकू येत नाही', 'hard of hearing', 'सुनाई नहीं', 'old man', 'old woman', 'old lady', 'senior citizen',
      // Memory loss and disability: a person who cannot find the way home or call for help.
      'forgets things', 'loses memory', 'bhoolne ki bimari', 'bhulne ki bimari', 'भूलने की बीमारी', 'याददाश्त कमजोर', 'yaaddasht kamzor',
      'विसरण्याचा आजार', 'visaranyacha aajar', 'विसरभोळे', 'मानसिक रूप से कमजोर', 'मानसिक रूप से बीमार', 'mentally weak', 'mentally ill',
      'mentally challenged', 'mentally disabled', 'special needs', 'special child', 'specially abled', 'differently abled',
      'cannot speak', "can't speak", 'bol nahi sakta', 'bol nahi sakti', 'बोल नहीं सकता', 'बोल नहीं सकती', 'बोलू शकत नाही',
      'sun nahi sakta', 'ऐकू शकत नाही', 'deaf and mute', 'मूक बधिर', 'गूंगा बहरा', 'विस्मरण', 'vismaran', 'kahi aathvat nahi',
      'काही आठवत नाही', 'dialysis', 'डायलिसिस', 'diabetic', 'sugar patient', 'शुगर है', 'शुगर के मरीज', 'heart patient', 'दिल के मरीज',
      'epilepsy', 'मिर्गी', 'pregnant', 'गर्भवती', 'गरोदर',
      // An illness that needs its medicine every day: gone a night without it is a danger.
      'मधुमेह', 'sugar hai', 'sugar ki bimari', 'शुगर की बीमारी', 'bp patient', 'bp ke patient', 'बीपी के मरीज', 'dawai ghar pe',
      'दवाई घर पर', 'medicine at home', 'without his medicine', 'without her medicine', 'औषधं घरीच', 'गोळ्या घरीच',
      // A mind that is not well, as families say it.
      'mental illness', 'mental patient', 'mentally unstable', 'mentally disturbed', 'dimaag theek nahi', 'dimag theek nahi',
      'dimag thik nahi', 'दिमाग ठीक नहीं', 'दिमागी हालत', 'डोकं ठीक नाही', 'अल्झायमर', 'अल्जाइमर', 'डिमेंशिया']),
  missing: concept(null, 'danger.missing',
    'missing gum गुम gayab gaayab गायब lapata laapata लापता bepatta बेपत्ता harvala harvali harawla हरवला हरवली हरवले ' +
      'हरवलाय हरवलेत untraceable gumshuda गुमशुदा',
    ['got separated', 'separated from', 'lost in the crowd', 'bichhad gaye', 'bichhad gayi', 'bichhad gaya', 'bichad gaye',
      'bichad gayi', 'bichad gaya', 'बिछड़ गए', 'बिछड़ गई', 'बिछड़ गईं', 'बिछड़ गया', 'बिछड गए', 'बिछड गई', 'बिछड गया',
      'भीड़ में खो', 'गर्दीत हरव', 'चुकामूक झाली',
      'परत आले नाहीत', 'आले नाहीत', 'आली नाही', 'आला नाही', "hasn't been seen", 'has not been seen', 'not been seen since', 'not been heard', "hasn't been heard", 'no news', 'koi khabar nahi',
      'कोई खबर नहीं', 'not returned', 'nahi aaya', 'nahi aayi', 'nahi lauta', 'nahi lauti', 'ghar nahi', 'घर नहीं आया', 'घर नहीं आई',
      'परत आला नाही', 'परत आली नाही', 'घरी आला नाही', 'घरी आली नाही', 'आलीच नाही', 'आलाच नाही', 'ghari nahi ala', 'ghari nahi aala',
      'ghari ala nahi', 'ghari aala nahi', 'ghari nahi ali', 'ghari nahi aali', 'ghari aali nahi', 'ghari ali nahi', 'cannot find', "can't find", 'cant find',
      'not come back', 'not back home', 'did not return', "didn't return", 'not found', 'kho gaya', 'kho gayi', 'kho gya',
      'खो गया', 'खो गई', 'खो गयी', 'वापस नहीं आया', 'वापस नहीं आई', 'wapas nahi aaya', 'wapas nahi aayi', 'ghar nahi aaya',
      'ghar nahi aayi', 'parat aala nahi', 'parat aali nahi', "isn't back", 'is not back', 'not back yet', 'परतली नाही',
      'परतला नाही', 'lauta nahi', 'lauti nahi', 'नहीं लौटा', 'नहीं लौटी', 'not reached home', 'has not reached',
      'has not returned', "hasn't returned", 'दिसत नाही', 'disat nahi', 'dikh nahi raha', 'wandered off', 'walked out',
      'haath chhuda', 'did not come home', "didn't come home", 'never boarded', "didn't get off", 'did not get off',
      'not reached school', 'नहीं पहुंचा', 'नहीं पहुंची', 'pahucha nahi', 'pahuchi nahi', 'पोहोचला नाही', 'पोहोचली नाही',
      'आल्या नाहीत', 'घरी आल्या नाहीत', 'आले नाहीत', 'नहीं लौटे', 'घर नहीं लौटे', 'ajun parat nahi', 'ajun ghari nahi',
      'dhund rahe', 'dhoondh rahe', 'ढूंढ रहे', 'ढूँढ रहे', 'शोधतोय', 'शोधत आहोत', 'शोधली', 'shodhla', 'shodhtoy', 'searching for her',
      'searching for him', 'looking everywhere', 'दिसत नाहीये', 'disat nahiye', 'nobody has seen', 'no one has seen', 'not seen since',
      'phone has been off', 'phone off hai', 'फोन बंद है', 'फोन बंद आहे']),
  found: concept(null, 'danger.found',
    'found mila mili सापडला सापडली सापडले मिला मिली returned traced recovered',
    ['came back', 'come back home', 'is back', 'back home', 'mil gaya', 'mil gayi', 'mil gya', 'मिल गया', 'मिल गई',
      'परत आला', 'परत आली', 'परत आले', 'घरी आले', 'मिल गए', 'mil gaye', 'wo aa gayi', 'vo aa gayi', 'wo aa gaya', 'वो आ गई', 'वो आ गया',
      'ghar aa gayi', 'घर आ गई', 'घरी आली', 'wapas aa gaya', 'wapas aa gayi', 'ghar aa gaya', 'close the case',
      'close the complaint', 'is safe', 'are safe', 'सुरक्षित है', 'सुखरूप', 'has been found', 'has been traced',
      // Back, said of the one missing: "she's back!!", "वो वापस आ गई", "ती परत आली".
      "she's back", "he's back", 'she is back', 'he is back', 'brought her home', 'brought him home', 'वापस आ गई', 'वापस आ गया',
      'वापस आ गए', 'घर आ गई', 'घर आ गया', 'ghar aa gayi', 'wapas aa gaye', 'घरी आली', 'घरी आला',
      // Found for the citizen, or got back: "staff ne meri bike dhoondh di", "शोधून दिली", "got my phone back".
      'ghar le aaye', 'ghar le aye', 'घर ले आए', 'घर ले आये', 'घरी आणलं', 'घरी आणले', 'ghari aanla',
      'dhoondh di', 'dhoondh diya', 'dhundh di', 'dhundh diya', 'dhoondh nikala', 'dhundh nikala', 'ढूंढ दी', 'ढूंढ दिया', 'ढूँढ दी',
      'ढूँढ दिया', 'ढूंढ निकाला', 'ढूँढ निकाला', 'शोधून दिली', 'शोधून दिला', 'शोधून दिले', 'शोधून काढली', 'शोधून काढला', 'shodhun dili',
      'shodhun dila', 'got it back', 'got my phone back', 'got my bike back', 'got back my', 'wapas mil gayi', 'wapas mil gaya',
      'वापस मिल गई', 'वापस मिल गया', 'परत मिळाली', 'परत मिळाला', 'parat milali', 'parat milala']),
  // "अजून परत आले नाहीत", "abhi tak nahi mila": the found words, negated.
  notFound: concept(null, 'danger.not-found', '',
    ['परत आले नाहीत', 'परत आला नाही', 'परत आली नाही', 'परत आले नाही', 'सापडला नाही', 'सापडली नाही', 'सापडले नाहीत',
      'nahi mila', 'nahi mili', 'nahi mile', 'mila nahi', 'mili nahi', 'नहीं मिला', 'नहीं मिली', 'मिला नहीं', 'मिली नहीं',
      'not found', 'not back', 'not come back', 'not returned', "hasn't come back", 'has not come back', 'not yet found',
      'sapadla nahi', 'sapadli nahi', 'is back yet', "hasn't returned", 'has not returned', "haven't returned", 'have not returned',
      "didn't return", 'did not return', 'never returned', 'nahi lauta', 'nahi lauti', 'लौटे नहीं', 'लौटा नहीं', 'लौटी नहीं',
      // Not come home: "कल शाम ट्यूशन गया और वापस नहीं आया" is still gone now.
      'वापस नहीं आया', 'वापस नहीं आई', 'वापस नहीं आए', 'wapas nahi aaya', 'wapas nahi aayi', 'vapas nahi aaya', 'vapas nahi aayi',
      'ghar nahi aaya', 'ghar nahi aayi', 'घर नहीं आया', 'घर नहीं आई', 'घरी आला नाही', 'घरी आली नाही', 'ghari aala nahi',
      'ghari aali nahi', "didn't come home", 'did not come home', "hasn't come home", 'has not come home']),
  followed: concept(null, 'danger.followed',
    'follow follows following followed stalking stalker peecha pichha picha पीछा पाठलाग pathlag chhed छेड़ छेड़छाड़ ' +
      'छेडछाड छेड़खानी छेडखानी teasing molest molesting grope groping harassing touching exposing flashing',
    ['peeche aa raha', 'peeche aa rahe', 'पीछे आ रहा', 'पीछे पीछे', 'peeche peeche', 'मागे येत', 'keeps following', 'mere peeche',
      'मेरे पीछे', 'माझ्या मागे', 'majhya mage',
      // Marathi "comes behind me" in the forms people type ("मागे लागला" is also "pesters", and is left out).
      'मागे येतो', 'मागे येतोय', 'मागे येते', 'मागे आला', 'पाठलाग करतो', 'पाठलाग करतोय',
      'mage yeto', 'mage yetoy', 'pathlag karto', 'pathlag kartoy',
      'still following', 'still behind', 'keeps circling', 'dragging her', 'chhoo raha', 'chhu raha', 'छू रहा']),
  // Force or a wrong road without a word of whom ("bhai ko pakad ke maar rahe", "zabardasti vargani", "galat raste le gaya"):
  // a woman followed or seized only when a woman, or a woman's fear ("main akeli hu"), is in the words (signals.ts).
  seized: concept(null, 'danger.seized', 'zabardasti जबरदस्ती jabardasti',
    ['pakad ke', 'पकड़ के', 'kheench rahe', 'खींच रहे', 'galat raste', 'गलत रास्ते', 'not stopping', 'ruk nahi raha', 'रुक नहीं रहा',
      // A driver taking a passenger off the route: "switched off the GPS and is taking an unknown route", "route badal diya".
      'unknown route', 'wrong route', 'different route', 'changed the route', 'route badal', 'route change kar', 'switched off the gps',
      'gps off', 'gps band', 'रास्ता बदल', 'रस्ता बदलला', 'चुकीच्या रस्त्याने', 'भलतीकडे', 'भलत्याच रस्त्याने', 'bhaltikade',
      'थांबवत नाही', 'थांबत नाही', 'thambavat nahi', 'thambat nahi']),
  woman: concept(null, 'danger.woman',
    'woman women girl girls lady ladies ladki ladkiyan ladkiyon mahila महिला महिलाओं लड़की लड़कियों लड़कियां मुलगी मुली ' +
      'स्त्री बाई sister behen bahan बहन बहीण wife biwi patni पत्नी बायको mother daughter beti बेटी mulgi schoolgirls ' +
      'maitrin मैत्रीण मैत्रिणी girlfriend aurat aurton auraton औरत औरतें औरतों aunty bacchi bachchi बच्ची ladkiyo ladkiya ' +
      'बायका बायकांच्या मुलींच्या',
    []),
  fear: concept(null, 'danger.fear',
    'scared afraid frightened terrified alone akeli अकेली एकटी ekti घाबरली घाबरलीय घाबरले डरी dari ghabarli ghabrayi ' +
      'panicking panic',
    ['dar lag raha', 'डर लग रहा', 'bhiti vatte', 'भीती वाटते']),
  fight: concept(null, 'danger.fight',
    'fight fighting fights brawl clash maramari marpit maarpit marpeet मारपीट मारामारी हाणामारी hanamari jhagda jhagada ' +
      'मारहाण marhan मारतोय मारताहेत मारताय मारतायत marto martoy martayet martahet maratayet gang gangs ' +
      'झगड़ा झगडा झगड़े झगडे jhagde riot rioting danga दंगा pathrav पथराव dagadfek दगडफेक beating attack attacking attacked hamla हमला ' +
      'हल्ला halla stabbed stabbing lynching mob thrashing thrashed bashing चाकूबाजी chakubazi बदडत dhulai',
    ['stone pelting', 'beat up', 'beating up', 'maar rahe', 'mar rahe', 'maar raha', 'मार रहे', 'मार रहा', 'मारत आहेत',
      'मारून राह्य', 'मारून रायल', 'marun rahyla', 'marun rayla', 'पिटून राह्य', 'ठोकून राह्य', 'peet rahe', 'पीट रहे', 'pit raha', 'peet raha', 'पीट रहा', 'मारत आहे', 'are beating', 'is beating', 'being beaten',
      'beating him', 'beating her', 'beating my', 'marat aahet', 'toot pade', 'टूट पड़े', 'chaku mara', 'चाकू मारा', 'chaku maar',
      'opened fire', 'goli chali', 'गोली चली', 'pathar chal', 'patthar chal', 'पत्थर चल', 'bhid gaye', 'भिड़ गए', 'aamne samne', 'आमने सामने', 'toot pade', 'hath uthaya', 'हाथ उठाया',
      'सोडा मला', 'मला सोडा', 'chhod do mujhe', 'mujhe chhod do', 'मुझे छोड़ दो', 'let me go', 'shoving each other', 'धक्काबुक्की',
      'dhakka mukki', 'धक्का-मुक्की', 'patthar phenk', 'पत्थर फेंक', 'throwing stones', 'kicked in',
      // Blows told in English as they land: "he is still hitting her", "slapping him".
      'is hitting', 'are hitting', 'still hitting', 'hitting her', 'hitting him', 'hitting me', 'hitting my', 'slapping her',
      'slapping him', 'slapping me', 'kicking her', 'kicking him', 'kicking me', 'punching him', 'punching her']),
  snatch: concept(null, 'danger.theft-act',
    'snatched snatching snatch grabbed lampas लंपास chheena chheen छीना छीन छीनी jhapat झपट झपटली झपटला हिसकावले हिसकावली हिसकावला हिसकावून hiskavla hiskavli robbed robbery loot looted ' +
      'लूट लुटले lutla pickpocketed stole stolen chori चोरी kheech kheecha kheench खींच खेचली',
    ['chain kheench', 'chain kheech', 'mangalsutra kheecha', 'grabbed my', 'pulled my chain', 'खिशातून', 'from my pocket',
      'jeb kaat', 'जेब काट', ...INTRUDING]),
  accident: concept(null, 'danger.accident',
    'accident accidant accedent axident takkar टक्कर धडक dhadak bhidant भिड़ंत collided collision overturned palti ' +
      'पलटी पलटला ulti crashed crash अपघात apghat दुर्घटना durghatna hadsa हादसा rammed takra takraya takrayi takrai टकराई टकराया ' +
      'टकराए',
    ['ran over', 'run over', 'kuchal diya', 'कुचल दिया', 'उडवले', 'udavla', 'thok diya', 'ठोक दिया', 'hit by', 'knocked down',
      'takra gayi', 'takra gaya', 'takra gaye', 'टकरा गई', 'टकरा गया', 'टकरा गए',
      'uda diya', 'उड़ा दिया', 'no brakes', 'brake fail', 'ब्रेक फेल']),
  drunkDriving: concept(null, 'danger.drunk-driving',
    'zigzag weaving swerving lahrate lahra लहराते लहराती नागमोडी',
    ['drunk driving', 'drunk driver', 'daru pi ke chala', 'daaru pi ke chala', 'daaru pi ke zig', 'daru pi ke zig',
      'sharab pi kar chala', 'दारू पिऊन गाडी', 'नशे में गाड़ी', 'zig zag', 'driving drunk', 'hit people', 'drunk and driving',
      'drunk behind the wheel', 'pi ke gaadi', 'pee ke gaadi', 'pi kar gaadi', 'pike gadi', 'शराब पीकर गाड़ी', 'नशे में धुत ड्राइवर',
      'दारू पिऊन ट्रक', 'दारू पिऊन कार', 'दारुडा ड्रायव्हर', 'daru pivun gadi', 'all over the road', 'across all lanes',
      // Wrong way and racing, on the road now.
      'wrong side', 'wrong way', 'wrong lane', 'against the traffic', 'against traffic', 'ulti disha', 'ulti side', 'ulta chala',
      'उल्टी दिशा', 'उलटी दिशा', 'गलत दिशा', 'गलत साइड', 'galat side', 'उलट्या दिशेने', 'उलट्या बाजूने', 'ulat dishene',
      'racing', 'race laga', 'race kar', 'race lagti', 'race lagte', 'race chal', 'ki race', 'रेस लगा', 'रेस लावत', 'रेस लगाते', 'bike race', 'drag race', 'speeding at',
      'भरधाव वेगात', 'तेज रफ्तार में', 'tez raftar me', 'bahut tez chala', 'बहुत तेज़ चला', 'speeding', 'overspeeding', 'full speed',
      'high speed', 'भरधाव', 'tez raftar', 'तेज़ रफ्तार', 'तेज रफ्तार', 'idhar udhar chala', 'इधर उधर गाड़ी', 'इधर उधर चला',
      'against the flow', 'ulta aa raha', 'ulti taraf', 'उलटी तरफ']),
  // Someone at the wheel: with a drunk word, a drunk driver ("ट्रक ड्राइवर नशे में है … चला रहा है").
  driving: concept(null, 'danger.driving',
    'driving drives drove driver drivers chalak चालक ड्राइवर ड्रायव्हर chalavat chalvat चालवत चालवतोय पळवतोय पळवत palavtoy',
    ['chala raha', 'chala rahi', 'chala rahe', 'चला रहा', 'चला रही', 'चला रहे', 'gaadi chala', 'गाड़ी चला', 'गाडी चालव']),

  // Urgency: what an officer asks of a message besides its category (see urgency.ts). Each family in
  // English, romanised Hindi/Marathi, Hindi and Marathi; matched exactly, like every danger word.

  // A vulnerable person alone, lost or unable to say where home is ("found alone" is as urgent as "missing").
  alone: concept(null, 'danger.alone-lost', ...ALONE),
  // Found and safe with someone ("he is with us at the shop", "हमारे पास सुरक्षित", "आमच्याकडे आहे").
  safeWith: concept(null, 'danger.safe-with', '',
    ['with us', 'with me', 'safe with', 'is safe', 'with the rpf', 'with rpf', 'with the police', 'with police', 'hamare paas',
      'hamare saath', 'mere paas', 'हमारे पास', 'हमारे साथ', 'मेरे पास', 'आमच्याकडे', 'आमच्यासोबत', 'माझ्याकडे', 'amchyakade',
      'amchya sobat', 'सुरक्षित है', 'सुरक्षित आहे', 'safe hai', 'safe aahe', 'hai safe', 'hamare ghar pe hai', 'hamare ghar par hai',
      'हमारे घर पर है', 'हमारे घर में है', 'आमच्या घरी आहे',
      // Taken in by whoever found them: seated, fed, kept at home until the family comes.
      'घरात बसवलं', 'घरात बसवले', 'घरी बसवलं', 'जेवण दिलं', 'जेवायला दिलं', 'घर में बिठाया', 'घर में बैठाया', 'खाना खिलाया',
      'ghar me bithaya', 'ghar me baithaya', 'khana khilaya', 'gharat basavla', 'jevan dila', 'sitting with us', 'we have kept',
      'we gave him food', 'we gave her food', 'अपने घर ले आए', 'घर ले आए', 'खाना खिला दिया', 'ghar le aaye', 'ghar le aye',
      'khana khila diya', 'brought him home', 'brought her home', 'taken him home with us']),
  aloneWeak: concept(null, 'danger.alone',
    'alone akela akeli akele अकेला अकेली अकेले एकटा एकटी एकटाच एकटीच ekta ekti ektach unaccompanied', []),

  // An object that may go off: wires, a timer, a ticking or beeping sound, a smell of gas or chemicals.
  device: concept(null, 'danger.device', ...DEVICE),
  container: concept(null, 'danger.container',
    'bag bags box carton parcel package packet suitcase trolley backpack rucksack drum cylinder canister tiffin dabba ' +
      'dibba thaila thaili pishvi बैग बॅग डिब्बा डब्बा डबा बॉक्स पार्सल पैकेट सूटकेस सुटकेस थैला थैली पिशवी टिफिन ड्रम object ' +
      'khoka खोका gathri gathari गठरी गाठोडे potli पोटली बोचके bundle sack bori बोरी pouch',
    []),

  // Nobody owns it, nobody came for it: danger only for a bag, a box or a parcel (signals.ts); a car whose owner is
  // nowhere blocks a gate, and one parked for days is a report.
  unclaimed: concept(null, 'danger.unclaimed', '',
    ['owner nowhere', 'no owner around', 'owner is nowhere', 'no one has claimed', 'nobody claimed', "nobody's come for it",
      'nobody has come for it', 'no one has come for it', 'nobody came for it', 'no one came back for it', 'koi lene nahi aaya',
      'koi lene nahi aya', 'कोई लेने नहीं आया', 'कोणी घ्यायला आलं नाही', 'कोणी घेऊन गेलं नाही', 'koi uthane nahi aaya',
      'koi uthane nahi aya', 'कोई उठाने नहीं आया', 'कोणी उचलायला आलं नाही', 'कोणी उचलायला आले नाही',
      // Put down and left: "bag left at the metro", "बैग रखकर चला गया", "बॅग ठेवून गेला".
      'bag left at', 'bag left near', 'bag left in', 'bag left on', 'left a bag', 'left his bag', 'left behind a bag', 'bag lying',
      'bag is lying', 'lying unattended', 'bag pada hai', 'bag padi hai', 'बैग पड़ा है', 'बैग पड़ी है', 'बॅग पडली आहे', 'bag rakh ke chala',
      'bag rakhkar chala', 'बैग रखकर चला', 'बैग रख के चला', 'बॅग ठेवून गेल', 'bag thevun gela']),

  // A car, van or auto someone is forced into, and the forcing.
  vehicle: concept(null, 'danger.vehicle',
    'car cars van vans auto rickshaw jeep suv gaadi gadi gaddi गाड़ी गाडी गाडीत कार कारमध्ये ऑटो रिक्षा जीप वैन व्हॅन ' +
      'omni tempo टेम्पो vehicle scorpio bolero innova ertiga swift alto maruti eeco sumo fortuner xuv truck bus ट्रक बस',
    []),

  forced: concept(null, 'danger.forced-away', ...FORCED),
  // Verbs that force only beside a vehicle: "pushed a girl into a van", "कारमध्ये ओढलं", "gaadi me bitha".
  push: concept(null, 'danger.push',
    'pushed pulled shoved threw thrown dragging hauled yanked ओढलं ओढले ओढली खींचा खींची खींचे खींचकर ठूंस ठूंसा ठूंसकर कोंबत ' +
      'कोंबले कोंबलं बिठाया बिठा धकेल धकेला धकेलकर ढकेल ढकलले ढकलून bitha bithaya thoons dhakel',
    []),
  // People testing door locks, peering into cars, climbing walls: a break-in about to happen.
  prowling: concept(null, 'danger.prowling', ...PROWLING),
  // Help that does not come: an ambulance that does not answer, a person left lying.
  noHelp: concept(null, 'danger.no-help', ...NO_HELP),
  elapsed: concept(null, 'time.elapsed', ...ELAPSED),
  // A threat to publish photos or videos: sextortion.
  publish: concept(null, 'danger.publish-threat', ...PUBLISH),
  // A fraud still running, money about to go or going now.
  fraudNow: concept(null, 'danger.fraud-now', ...FRAUD_NOW),
  // A time limit set by a threat ("by tonight", "2 ghante me", "रात्रीपर्यंत"); "unless I pay" alone is a
  // condition, not a clock.
  deadline: concept(null, 'time.deadline',
    'tonight deadline',
    ['by tonight', 'by tomorrow', 'by morning', 'by evening', 'within an hour', 'within 24 hours', 'within hours', 'in an hour',
      'in 2 hours', 'in two hours', 'in 1 hour', 'in 24 hours', 'ghante me', 'ghante mein', 'घंटे में', 'घंटे के अंदर',
      'ghante ka time', 'ghante ka samay', 'घंटे का समय', 'घंटे का टाइम', 'hours to pay', 'तासांचा वेळ', 'तासांची मुदत',
      'aaj raat tak', 'आज रात तक', 'kal subah tak', 'कल सुबह तक', 'shaam tak', 'शाम तक', 'तासात', 'तासाच्या आत', 'रात्रीपर्यंत',
      'आज रात्रीपर्यंत', 'उद्यापर्यंत', 'उद्या सकाळपर्यंत', 'sakalparyant', 'ratriparyant', 'raat tak', 'रात तक', 'today', 'aaj',
      'आज', 'kal tak', 'कल तक', 'pm today', 'am tomorrow', 'within a day', 'ek ghante', 'एक घंटे', 'एका तासात',
      // A clock counted in minutes or to an hour of the night ("in 30 minutes", "by midnight", "10 baje tak").
      'midnight', 'minutes', 'mins', 'countdown', 'next hour', 'the next hour', 'आधी रात', 'मध्यरात्री', 'तासांत', 'तासाभरात',
      'मिनट में', 'मिनिटांत', 'minute me', 'minute mein', 'min me', 'baje tak', 'बजे तक', 'वाजेपर्यंत', 'vajeparyant', 'before evening',
      'before night']),

  // A threat to publish told in its parts: a verb of putting out ("upload", "daalega", "टाकेन", "पसरवू"),
  // pictures or recordings, and a threat or a price. Each alone is ordinary ("posted a photo of the
  // accused"); the three together are blackmail (urgency.ts).
  publishAct: concept(null, 'danger.publish-act',
    'post posting upload uploading uploaded share sharing leak leaking viral send sending sent forward forwarding daal daalega ' +
      'daalenge daalunga daalne dalega dalunga bhej bhejega bhejenge bhejunga bhejne फैला फैलाएगा डाल डालेगा डालूंगा डालेंगे डालने ' +
      'भेजेगा भेजूंगा भेजेंगे भेजने अपलोड पोस्ट शेयर टाकेन टाकणार टाकतो टाकेल टाकण्याची पाठवेन पाठवणार पाठवेल पाठवतो पसरवेन ' +
      'पसरवू पसरवणार फॉरवर्ड',
    ['put it on', 'put them on', 'put online', 'goes to', 'go to my', 'it goes', 'pe daal', 'par daal', 'pe dal', 'ko bhej', 'ko dikha']),
  media: concept(null, 'danger.media',
    'photo photos pic pics pictures picture video videos clip clips recording recordings screenshot screenshots selfie selfies ' +
      'फोटो फ़ोटो फोटोज फोटोस तस्वीर तस्वीरें वीडियो व्हिडिओ व्हिडीओ व्हिडियो क्लिप रिकॉर्डिंग रेकॉर्डिंग photu foto fotos vdo',
    []),
  threaten: concept(null, 'danger.threaten',
    'blackmail blackmailing blackmailed blackmails threaten threatening threatens threatened threat dhamki dhamka dhamkaa ' +
      'dhamkata dhamkaya धमकी धमका धमकाता धमकावत धमकावतो ब्लैकमेल ब्लॅकमेल unless warna varna otherwise वरना नाहीतर nahitar ' +
      'sextortion extortion',
    ['nahi to', 'nahi toh', 'नहीं तो', 'nai to', 'nhi to', 'if i don\'t', 'if we don\'t', 'if she doesn\'t', 'if he doesn\'t',
      'or else', 'nahi diya to', 'नहीं दिया तो', 'नाही दिले तर', 'nahi dile tar']),
  // On a call with someone now ("still on the call", "line pe hai", "कॉल चालू आहे"): with money, an OTP or a
  // bank in the message, a fraud still running.
  onCall: concept(null, 'danger.on-call',
    '',
    ['on the phone', 'on the call', 'on a call', 'on call', 'on the line', 'still on the call', 'still on the phone', 'line pe',
      'line par', 'line var', 'phone pe hai', 'phone par hai', 'phone pe hain', 'call pe hai', 'call par hai', 'call chalu',
      'call suru', 'फोन पर है', 'फोन पे है', 'लाइन पर है', 'कॉल चालू', 'कॉल सुरू', 'फोनवर आहे', 'फोनवर बोलत', 'फोनवर आहेत',
      'phone var ahe', 'phonevar ahe', 'phone var aahe', 'keeps calling', 'calling again and again', 'बार बार फोन']),
  fraudCue: concept(null, 'danger.fraud-cue',
    'otp ओटीपी bank banks बैंक बँक transfer transferring ट्रांसफर ट्रान्सफर upi kyc courier customs bail जमानत जामीन account ' +
      'खाता खाते खात्यातून khate khata withdraw withdrawing निकालने काढायला anydesk arrested पकड़ा पकडला gpay phonepe paytm',
    ['paise bhejo', 'paisa bhejo', 'पैसे भेजो', 'पैसे पाठवा', 'paise pathva', 'send money', 'pay now', 'transfer karne', 'nikalne gaye',
      'nikalne gayi', 'पैसे काढायला', 'पैसे निकालने']),
  demand: concept(null, 'danger.demand',
    'pay paying ransom paise paisa पैसे पैसा रुपये rupees rs फिरौती खंडणी khandani money amount',
    ['asking for money', 'demanding money', 'paise maang', 'paise mang', 'पैसे मांग', 'पैसे माग', 'पैसे दे', 'पैसे द्या']),

  // Harm to oneself, threatened or begun.
  selfHarm: concept(null, 'danger.self-harm',
    'suicide suicidal आत्महत्या aatmahatya atmahatya aatmhatya खुदकुशी khudkushi khudkhushi गळफास galfas फांसी phansi ' +
      'fansi overdose',
    ['kill myself', 'kill himself', 'kill herself', 'end my life', 'end his life', 'end her life', 'take my life', 'take his life',
      'take her life', 'jump from', 'jump off', 'jumping off', 'slit her wrist', 'slit his wrist', 'slit my wrist', 'slit her throat',
      'slit his throat', 'slit my throat', 'cut her wrist',
      // About to jump: "I'm scared he'll jump", "कूद जाएगा", "उडी मारेल".
      "he'll jump", "she'll jump", 'he will jump', 'she will jump', 'going to jump', 'about to jump', 'trying to jump', 'wants to jump',
      'threatening to jump', 'kood jayega', 'kood jayegi', 'kud jayega', 'kud jayegi', 'kood jaunga', 'kood jaungi', 'कूद जाएगा',
      'कूद जाएगी', 'कूद जाऊंगा', 'कूद जाऊंगी', 'कूदने की धमकी', 'उडी मारेल', 'उडी मारणार', 'udi marel', 'udi marnar', 'cut his wrist', 'cut my wrist',
      'jaan de dunga', 'jaan de dungi', 'jaan de dega', 'jaan de degi', 'जान दे दूंगा', 'जान दे दूंगी', 'जान दे देगा', 'जान दे देगी',
      'मर जाऊंगा', 'मर जाऊंगी', 'mar jaunga', 'mar jaungi', 'zeher kha', 'jahar kha', 'ज़हर खा', 'जहर खा', 'विष प्याय', 'विष घेत',
      'जीव देईन', 'जीव देणार', 'जीव देतो', 'जीव देते', 'jeev dein', 'jeev denar', 'नदीत उडी', 'पुलावरून उडी', 'pul se kood',
      'पुल से कूद', 'छत से कूद', 'chhat se kood', 'fanda laga', 'फंदा लगा', 'फांसी लगा', 'गळफास घे', 'नस काट', 'nas kaat',
      'sleeping pills', 'नींद की गोलियां', 'झोपेच्या गोळ्या', 'उडी मारतो', 'उडी मारणार', 'उडी मारेन', 'udi marto', 'suicide note',
      'goodbye note', 'goodbye letter', 'end it all', "he'll end it", "she'll end it", "i'll end it", 'end it tonight',
      'जीव देईल', 'jeev deil', 'jiv deil', 'jeev deto', 'jiv deto', 'जान दे देंगे', 'जान दे दूँगा', 'जान दे दूँगी', 'khatam kar lunga',
      'khatam kar lungi', 'खत्म कर लूंगा', 'खत्म कर लूंगी', 'संपवून घेईन', 'स्वतःला संपव',
      // Saying it without the word: wanting to die, jumping, doing something to oneself.
      'want to die', 'wants to die', 'wanted to die', 'marna chahta', 'marna chahti', 'मरना चाहता', 'मरना चाहती', 'मरायचं आहे',
      'kood jaunga', 'kood jaungi', 'kood jayega', 'kood jayegi', 'कूद जाऊंगा', 'कूद जाऊंगी', 'कूद जाएगा', 'कूद जाएगी',
      'उडी मारेल', 'udi marel', 'khud ko kuch kar', 'खुद को कुछ कर', 'apne aap ko kuch kar', 'अपने आप को कुछ कर',
      'स्वतःला काहीतरी', 'swatahla kahitari', 'hurt himself', 'hurt herself', 'harm himself', 'harm herself', 'harm myself',
      // No wish to live: "आता जगायचं नाही", "jeena nahi chahta", "doesn't want to live".
      "don't want to live", "doesn't want to live", 'does not want to live', 'do not want to live', 'no reason to live',
      'nothing to live for', 'jeena nahi chahta', 'jeena nahi chahti', 'jeena nahi hai', 'jina nahi chahta', 'jina nahi chahti',
      'zinda nahi rehna', 'जीना नहीं चाहता', 'जीना नहीं चाहती', 'जीना नहीं है', 'ज़िंदा नहीं रहना', 'जिंदा नहीं रहना', 'जीने का मन नहीं',
      'जगायचं नाही', 'जगायचे नाही', 'जगायची इच्छा नाही', 'जगण्यात अर्थ नाही', 'जगून काय', 'jagaycha nahi', 'jagaych nahi',
      'jagaychi ichha nahi',
      // Taking leave, or ending everything: "a voice note saying goodbye", "sab khatam karna hai", "सगळं संपवायचं".
      'saying goodbye and', 'said goodbye and', 'goodbye message', 'goodbye voice note', 'alvida keh', 'अलविदा कह', 'sab khatam karna hai',
      'sab khatam kar dunga', 'sab khatam kar dungi', 'सब खत्म करना है', 'सब खत्म कर दूंगा', 'सब खत्म कर दूंगी', 'सगळं संपवायचं',
      'sab khatam kar raha', 'sab khatam kar rahi', 'sab khatam kar du', 'सब खत्म कर रहा', 'सब खत्म कर रही', 'सब खत्म कर दूँ',
      'sab khatam kar doon',
      'सगळं संपवून टाकणार', 'sagla sampvaycha', "can't take it anymore", 'cannot take it anymore', "can't take this anymore",
      "can't do this anymore", 'ab aur nahi hota', 'ab aur nahi sehta', 'ab sahan nahi hota', 'अब और नहीं होता', 'अब और सहन नहीं',
      'अब सहन नहीं होता', 'आता सहन होत नाही', 'आता नाही सहन होत', 'ata sahan hot nahi', 'bye forever', 'goodbye forever', 'goodbye text', 'sent a goodbye', 'last goodbye',
      'hamesha ke liye alvida', 'हमेशा के लिए अलविदा', 'अलविदा दोस्तों', 'कायमचा निरोप', 'kaymcha nirop', 'shevatcha nirop', 'शेवटचा निरोप']),

  intent: concept(null, 'time.intent',
    'will gonna threatening threatens lega legi lunga lungi dega degi dunga dungi karega karegi लेगा लेगी लूंगा लूंगी देगा ' +
      'देगी दूंगा दूंगी करेगा करेगी करणार करेल करेन देईन घेईन म्हणतोय म्हणतेय म्हणतो म्हणते mhantoy mhantey',
    ['going to', 'wants to', 'says he', 'says she', 'said he will', 'said she will', 'is saying', 'keeps saying', 'texted me',
      'kar lega', 'kar legi', 'kar lunga', 'kar lungi', 'कर लेगा', 'कर लेगी', 'कह रहा', 'कह रही', 'keh raha', 'keh rahi',
      'bol raha', 'bol rahi', 'बोल रहा', 'बोल रही', 'धमकी दे रहा', 'धमकी दे रही']),

  // People caught: in a fire, a lift, a drain, under a wall.
  trapped: concept(null, 'danger.trapped', ...TRAPPED),
  // People inside a fire or a locked place.
  inside: concept(null, 'danger.people-inside',
    'inside andar अंदर आत',
    ['people inside', 'someone inside', 'children inside', 'kids inside', 'family inside', 'andar log', 'andar bacche', 'अंदर लोग',
      'अंदर बच्चे', 'आत लोक', 'आत मुले']),

  // A crowd turning violent.
  mob: concept(null, 'danger.mob', ...MOB),
  escalation: concept(null, 'danger.escalation',
    'stones stone pathar patthar पत्थर दगड dagad sticks लाठी लाठियां काठ्या काठी danda shouting slogans नारे नारेबाजी घोषणा ' +
      'घोषणाबाजी chillana चिल्ला ओरडत ओरडा',
    ['picking up stones', 'pathar chal', 'पत्थर चल', 'दगड फेक', 'kabhi bhi', 'कभी भी', 'any moment', 'कधीही', 'out of control',
      'hath me lathi', 'हातात काठ्या', 'हाथ में लाठी']),

  // "now" and "आता" also start a sentence of a story ("now the insurance wants a copy"): weak alone.
  nowWeak: concept(null, 'time.now-weak', 'now just आता aata ata currently sadhya सध्या filhal', []),
  // Not the romanised "atta"/"aatta" (आत्ता): they fold to the Hindi "aata" (comes: "roz aata hai"),
  // a habit, not a now; "aata"/"ata" stay weak above.
  now: concept(null, 'time.now',
    'abhi abi abhie abhii अभी आत्ता अत्ता ongoing happening सुरू chalu चालू',
    // Not the romanised "aattach": it folds to the English "attach" ("photos attached").
    ['right now', 'just now', 'abhi abhi', 'अभी अभी', 'आत्ताच', 'at the moment', 'as we speak', 'as i type',
      // Hiding now ("mai upar chhupa hu").
      'chhupa hu', 'chhupi hu', 'chhup gaya hu', 'chhup gayi hu',
      // Shut in a room to hide ("main bathroom me band hu", "we have locked ourselves in").
      'me band hu', 'me band hoon', 'में बंद हूँ', 'में बंद हूं', 'locked myself in', 'locked ourselves in', 'कोंडून घेतलं',
      'छुपा हूं', 'छुपा हूँ', 'छुपी हूं', 'छुपी हूँ', 'लपलो आहे', 'लपले आहे', 'लपली आहे', "i'm hiding", 'i am hiding', 'we are hiding',
      // Coming at the one who writes: "ab mere paas aa raha hai", "माझ्याकडे येतोय".
      'mere paas aa raha', 'meri taraf aa raha', 'mere paas aa rahe', 'meri taraf aa rahe', 'मेरे पास आ रहा', 'मेरी तरफ आ रहा',
      'माझ्याकडे येतोय', 'माझ्याकडे येत आहे', 'coming towards me', 'coming toward me', 'walking towards me', 'coming at me',
      'chal rahi hai', 'chal raha hai', 'chal rahe hai', 'chal rahi he', 'chal raha he', 'चल रही है', 'चल रहा है', 'चल रहे हैं',
      'ho raha hai', 'ho rahi hai', 'ho rahe hai', 'हो रहा है', 'हो रही है', 'हो रहे हैं', 'सुरू आहे', 'चालू आहे',
      'chalu aahe', 'chalu ahe', 'suru aahe', 'suru ahe', 'is going on', 'going on', 'kar rahe hai', 'kar raha hai',
      'kar rahi hai', 'kar rahe hain', 'कर रहे हैं', 'कर रहा है', 'कर रही है', 'करत आहेत', 'करत आहे', 'करतोय', 'करताय',
      'abhi bhi', 'still there', 'still here', 'still standing', 'still around', 'still outside', 'still waiting outside', 'अभी भी बाहर', 'अजूनही बाहेर', 'abhi yahi', 'is following', 'are following',
      'is being', 'are fighting', 'is fighting', 'minutes ago', 'min ago', 'mins ago', 'few minutes', 'minute ago',
      'मिनिटांपूर्वी', 'मिनट पहले', 'min pehle', 'minute pehle', 'abhi ke abhi', 'this moment', 'this very moment',
      'mins back', 'min back', 'minutes back', 'minute back',
      'is happening', 'are happening', 'happening here', 'in progress', 'lagech', 'लगेच', 'आत्ता आत्ता',
      'पाच मिनिटांपूर्वी', 'thodi der pehle', 'थोड़ी देर पहले', 'an hour ago', 'half an hour', 'adha ghanta',
      'अर्ध्या तासापासून', 'ek ghante se', 'since an hour', 'for an hour', 'was just', 'were just', 'has just', 'have just',
      'just got', 'just been']),
  // Was, had been: a story told about the past ("was following", "kar raha tha"), not a danger now.
  was: concept(null, 'time.was',
    'was were tha thi थे था थी होता होती होते happened occurred saw noticed heard tried attempted',
    []),
  // A place, not a time: "outside our house" is now only when nothing says it was last night.
  here: concept(null, 'time.here',
    'here yaha yahan yahaan idhar इधर यहाँ यहां इथे ithe ikde इकडे', ['over here', 'near me', 'mere paas', 'in front of me',
      'samne', 'सामने', 'समोर', 'right here', 'out here', 'outside my house', 'outside our house', 'ghar ke bahar', 'घर के बाहर',
      'घरासमोर', 'gharasamor']),
  progressive: concept(null, 'time.progressive',
    'raha rahi rahe rha rhi rhe रहा रही रहे करतोय करतेय मारतोय येतोय येतेय करताहेत मारताहेत ' +
      // Varhadi (Nagpur Marathi): "मारून राह्यला", "ओरडून रायली", is beating, is shouting.
      'राह्यला राह्यली राह्यले रायला रायली रायले rahyla rahyli rayla rayli',
    ['is coming', 'are coming', 'is standing', 'are standing', 'is lying', 'is sitting', 'is trying', 'are trying']),
  urge: concept(null, 'time.urgent',
    'turant तुरंत तुरन्त jaldi जल्दी jldi ताबडतोब tabadtob लवकर lavkar asap immediately urgent urgently emergency bachao ' +
      'बचाओ वाचवा vachva bachaiye sos 112 help hurry',
    ['send police', 'police bhejo', 'police bhejiye', 'पुलिस भेजो', 'पुलिस भेजिए', 'पोलीस पाठवा', 'पोलिस पाठवा', 'help me',
      'please help', 'pls help', 'plz help', 'send help', 'send someone', 'come fast', 'come quickly', 'jaldi aao',
      'जल्दी आओ', 'लवकर या', 'lavkar ya', 'madad karo', 'मदद करो', 'मदत करा']),
  past: concept(null, 'time.past',
    'yesterday kal कल काल parso परसों परवा parva pehle pahle पहले पूर्वी last earlier previous previously overnight ' +
      // Not a weekday alone: "it's a Sunday, the crowd is huge" is today.
      'happened occurred january february march april june july august september october november december ' +
      'mahina mahine महीने महिन्यापासून week weeks हफ्ते आठवड्यापासून',
    ['last week', 'last night', 'last month', 'days ago', 'weeks ago', 'months ago', 'years ago', 'week ago', 'month ago',
      'year ago', 'day ago', 'din pehle', 'दिन पहले', 'few days', 'days back', 'days ago', 'दिवसांपूर्वी',
      'kal raat', 'कल रात', 'काल रात्री', 'mahine se', 'mahine pehle', 'महीने पहले', 'din se', 'दिन से', 'दिवसांपासून',
      'for a week', 'for weeks', 'for months', 'every day', 'every night', 'every evening', 'every weekend', 'roz', 'रोज',
      'daily', 'har roz', 'har din', 'हर दिन', 'रोज रात्री', 'since monday', 'since last', 'mahinyapasun', 'आठवडाभरापासून',
      'ek hafte', 'पिछले हफ्ते', 'मागच्या आठवड्यात', 'गेल्या आठवड्यात', 'गेल्या महिन्यात', 'गेल्या वर्षी', 'मागच्या महिन्यात',
      'मागच्या वर्षी', 'gelya aathvadyat', 'gelya mahinyat', 'magchya aathvadyat', 'magchya mahinyat', 'last year', 'pichle saal', 'पिछले साल', 'every week', 'every sunday',
      'har sunday', 'har ravivar', 'har raviwar', 'हर रविवार', 'दर रविवारी', 'har weekend',
      'every saturday', 'har hafte', 'har raat', 'हर रात', 'दररोज', 'रोज़', 'नेहमी', 'हमेशा', 'always', 'usually', 'often', 'hamesha',
      'aksar', 'अक्सर', 'nehmi', 'daroj', 'every morning', 'every afternoon', 'har subah', 'roz subah',
      // A weekday told as the day something happened.
      'on monday', 'on tuesday', 'on wednesday', 'on thursday', 'on friday', 'on saturday', 'on sunday', 'last monday', 'last tuesday', 'last wednesday', 'last thursday', 'last friday', 'last saturday', 'last sunday',
      'सोमवार को', 'मंगलवार को', 'बुधवार को', 'गुरुवार को', 'शुक्रवार को', 'शनिवार को', 'रविवार को', 'somvar ko', 'mangalvar ko', 'budhvar ko', 'guruvar ko', 'shukravar ko', 'shanivar ko', 'ravivar ko', 'सोमवारी', 'मंगळवारी', 'बुधवारी', 'गुरुवारी', 'शुक्रवारी', 'शनिवारी', 'रविवारी']),
  // A past of a day or two: yesterday, last night. Someone who did not come back yesterday is still out there now; one
  // gone since last week is a search under way.
  // A crime that keeps happening ("roz mobile chori ho rahe hai", "इस महीने तीसरी बार हो रहा है", "this keeps happening"): its
  // present tense is a habit's, not a theft under way.
  // The one who was beaten now safe elsewhere ("वो अभी हमारे घर आ गई है, सुरक्षित है", "I am at my mother's place now"): the
  // "now" of the message is her safety's, not the fight's.
  safeNow: concept(null, 'danger.safe-now', '',
    ['सुरक्षित है', 'सुरक्षित हूँ', 'सुरक्षित हूं', 'सुरक्षित आहे', 'is safe now', 'am safe now', 'she is safe', 'i am safe', 'safe hai',
      'safe hu', 'safe hoon', 'हमारे घर पर है', 'हमारे घर में है', 'हमारे घर आ गई', 'हमारे घर आ गयी', 'हमारे पास आ गई', 'माँ के घर पर हूँ',
      'मां के घर पर हूं', 'मायके में हूँ', 'मायके में है', 'मायके आ गई', 'आमच्या घरी आहे', 'माहेरी आहे', 'माहेरी आली', 'hamare ghar pe hai',
      'hamare ghar par hai', 'hamare ghar aa gayi', 'maayke me hai', 'mayke me hai', 'at our place now', 'at our home now',
      "at my mother's place", "at my parents' place", 'staying with us now', 'with us now']),
  // An ambulance held up ("ambulance fasi hui hai siren baj raha", "an ambulance with siren on is stuck behind them"): a life
  // waits on the road being cleared. Read with a word of being stuck (signals.ts).
  ambulance: concept(null, 'danger.ambulance', 'ambulance ambulence एम्बुलेंस एंबुलेंस ॲम्ब्युलन्स रुग्णवाहिका', []),
  // A drone over an airport, a runway or a military area: a threat to aircraft now.
  drone: concept(null, 'danger.drone', 'drone drones ड्रोन', []),
  airfield: concept(null, 'danger.airfield',
    'airport runway एयरपोर्ट एअरपोर्ट विमानतळ cantonment छावनी',
    ['air force', 'हवाई अड्डा', 'हवाई अड्डे', 'airport boundary', 'airport fence', 'vayusena', 'वायुसेना']),
  // A stranger drawing children to him: sweets, calling them over, at a school gate.
  luring: concept(null, 'danger.luring', '',
    ['chocolate de ke', 'chocolate deta', 'chocolate de raha', 'toffee de', 'offering chocolates', 'offering sweets', 'offering chocolate',
      'giving chocolates', 'calling kids over', 'calling children', 'bachon ko bula', 'bacchon ko bula', 'बच्चों को बुला', 'बच्चों को चॉकलेट',
      'मुलांना बोलावत', 'मुलांना चॉकलेट', 'चॉकलेट देत', 'चॉकलेट दे रहा', 'chocolate det']),
  // A signal showing green both ways: crashes waiting to happen at a junction now.
  signalFault: concept(null, 'danger.signal-fault', '',
    ['green on both sides', 'green both sides', 'green for both', 'green on both', 'both sides green', 'dono taraf green', 'dono side green',
      'दोनों तरफ हरी', 'दोनों तरफ ग्रीन', 'दोन्ही बाजूंनी हिरवा', 'दोन्ही बाजूला हिरवा', 'donhi bajula green']),
  // Out in the open now, at night or in the cold: "रस्त्यावर बसलो आहोत", "bahar baithi hai thand me", "sitting on the steps".
  outInTheOpen: concept(null, 'danger.out-in-the-open', '',
    ['रस्त्यावर बसलो', 'रस्त्यावर बसली', 'रस्त्यावर बसले', 'bahar baithi', 'bahar baithe', 'बाहर बैठी', 'बाहर बैठे', 'sitting on the steps',
      'sitting on the road', 'sitting outside', 'on the road at night', 'thand me', 'ठंड में', 'थंडी आहे', 'थंडीत', 'in the cold',
      'सड़क पर बैठी', 'sadak pe baithi', 'footpath pe', 'फुटपाथवर']),
  // A woman put out of her home by her husband or in-laws ("घरातून हाकलून दिले", "locked her out").
  thrownOut: concept(null, 'danger.thrown-out', '',
    ['घरातून हाकलून', 'हाकलून दिले', 'हाकलून दिलं', 'घराबाहेर काढलं', 'घराबाहेर काढले', 'ghar se nikaal diya', 'ghar se nikal diya',
      'ghar se nikala', 'घर से निकाल दिया', 'घर से निकाला', 'locked her out', 'locked me out', 'thrown out of the house', 'threw her out',
      'threw me out', 'kicked her out', 'kicked me out', 'bahar nikal diya', 'bahar nikaal diya', 'बाहर निकाल दिया']),
  recurring: concept(null, 'time.recurring',
    'roz रोज़ रोज daily rozana रोजाना दररोज daroj',
    ['every day', 'every night', 'every week', 'har roz', 'har din', 'हर दिन', 'har raat', 'हर रात', 'har hafte', 'हर हफ्ते', 'har mahine',
      'हर महीने', 'is mahine', 'इस महीने', 'this month', 'is hafte', 'इस हफ्ते', 'this week', 'teesri baar', 'tisri baar', 'तीसरी बार',
      'third time', 'dusri baar', 'दूसरी बार', 'second time', 'baar baar', 'बार बार', 'बार-बार', 'again and again', 'keeps happening',
      'keep happening', 'रोज रात्री', 'दर आठवड्याला', 'या महिन्यात', 'तिसऱ्यांदा', 'पुन्हा पुन्हा', 'din me 3', 'दिन में 3']),
  recent: concept(null, 'time.recent',
    'yesterday kal कल काल parso परसों परवा parva kalpasun कालपासून',
    ['last night', 'last evening', 'kal raat', 'कल रात', 'काल रात्री', 'kal shaam', 'कल शाम', 'काल संध्याकाळी', 'since yesterday',
      'since last night', 'कल से', 'kal se', 'day before yesterday']),
  notNow: concept(null, 'time.not-now', '',
    ['abhi tak', 'अभी तक', 'till now', 'until now', 'as of now', 'by now', 'आत्तापर्यंत', 'ab tak', 'अब तक', 'still not',
      'still no', 'abhi tak nahi', 'now its', "now it's", 'now it is', 'even now', 'up till now', 'now asking', 'aata paise',
      'आता पैसे', 'आता फोन', 'now switched', 'now blocked', 'now not', 'now no',
      // Going on then, over now: "मारहाण चालू होती", "jhagda ho raha tha", "was going on".
      'चालू होती', 'चालू होता', 'चालू होते', 'सुरू होती', 'सुरू होता', 'सुरू होते', 'chalu hoti', 'chalu hota', 'suru hoti', 'suru hota',
      'ho raha tha', 'ho rahi thi', 'ho rahe the', 'हो रहा था', 'हो रही थी', 'हो रहे थे', 'चल रहा था', 'चल रही थी', 'chal raha tha',
      'chal rahi thi', 'was going on', 'were going on', 'was happening']),
  // The danger itself has ended: all is fine, calm, under control, a false alarm ("sab shant ho gaya",
  // "सगळं ठीक आहे"). A fight, a crowd or a crash that is over is a report, not a car to send; an injured
  // person still needs one (urgency reads injury apart).
  over: concept(null, 'time.over', '',
    ['calmed down', 'calm now', 'quiet now', 'all calm', 'all is calm', 'dont spread panic', "don't spread panic", 'no need to panic',
      'घबराने की जरूरत नहीं', 'घाबरू नका', 'all fine', 'all is fine', 'all ok', 'all okay', 'all good now', 'everyone is fine',
      'everyone is ok', 'everyone is okay', 'everything is fine', 'everything is ok', 'everything is okay', 'under control',
      'back to normal', 'situation is normal', 'false alarm', 'nothing serious', 'it was nothing', 'turned out to be',
      'sab theek hai', 'sab thik hai', 'sab theek', 'sab thik', 'shant ho gaya', 'shant ho gaye', 'shant ho gya', 'mamla shant',
      'mamla thanda', 'control me hai', 'control me aa gaya', 'normal ho gaya', 'सब ठीक', 'शांत हो गया', 'शांत हो गए',
      'मामला शांत', 'काबू में', 'नियंत्रण में', 'सामान्य हो गया', 'सगळं ठीक', 'सर्व ठीक', 'सगळे ठीक', 'शांत झाले', 'शांत झालं',
      'शांत झाला', 'नियंत्रणात', 'sagla thik', 'sagla theek', 'sagle thik', 'shant jhala', 'shant zala', 'shant jhale',
      // The one at risk is safe now: "abhi wo maike me hai", "I'm home now". (Not "out of town": whose? The owner of a house
      // being broken into is out of town too.)
      "i'm safe", 'i am safe', 'we are safe', "we're safe", 'reached home safely', 'safe at home', "i'm home now", 'nothing is happening now',
      'nothing happening now', 'maike me', 'maike mein', 'mayke me', 'main safe hu', 'main safe hoon', 'ab safe hu',
      'ghar pahunch gayi', 'ghar pahuch gayi', 'abhi kuch nahi ho raha', 'मायके में',
      'मैं सुरक्षित हूं', 'मैं सुरक्षित हूँ', 'हम सुरक्षित हैं', 'घर पहुंच गई', 'घर पहुँच गई', 'अभी कुछ नहीं हो रहा',
      'माहेरी', 'माहेरात', 'मी सुरक्षित आहे', 'आम्ही सुरक्षित आहोत', 'घरी पोहोचले', 'घरी पोहोचली', 'आत्ता काही होत नाही',
      'आत्ता काही होत नाहीये', 'maheri', 'mi surakshit ahe',
      // In hospital and stable: cared for, no longer in the fight.
      'is stable', 'stable now', 'stable hai', 'stable aahe', 'stable ahe', 'स्थिर है', 'स्थिर आहे', 'हालत स्थिर', 'halat stable',
      // With the family or in hospital now, after the harm: "वो अभी हमारे पास है", "ते आता घरी आहेत", "admitted in Mayo".
      'अभी हमारे पास', 'abhi hamare paas', 'ab hamare paas', 'is with us now', "she's with us now", "he's with us now",
      'अब घर पर है', 'ab ghar pe hai', 'ab ghar par hai', 'is home now', 'is at home now', 'आता घरी आहेत', 'आता घरी आहे',
      'aata ghari ahe', 'अभी अस्पताल में', 'abhi hospital me', 'abhi hospital mein', 'admit hai', 'is admitted', 'admitted in',
      'admitted at', 'भर्ती है', 'भर्ती हैं', 'रुग्णालयात दाखल', 'दवाखान्यात दाखल', 'हॉस्पिटलमध्ये दाखल',
      // Calm now, said as a state and not only as a change ("sab shant hai", "सगळं शांत आहे").
      'sab shant hai', 'sab shaant hai', 'ab shant hai', 'ab sab shant', 'shant hai ab', 'all calm now', "it's calm now", 'it is calm now',
      'सब शांत है', 'अब शांत है', 'अब सब शांत', 'अभी शांत है', 'abhi shant hai', 'aata shant aahe', 'माहौल शांत', 'mahaul shant', 'mahol shant', 'वातावरण शांत', 'vatavaran shant',
      'situation is calm', 'सगळं शांत आहे', 'सगळे शांत आहे', 'आता शांत आहे', 'sagla shant ahe', 'aata shant ahe',
      // The ones who wrote, or the one at risk, are fine now: "hum theek hai", "we're okay", "मी ठीक आहे".
      'hum theek hai', 'hum thik hai', 'hum theek hain', 'ham theek hai', 'hum sab theek', 'main theek hu', 'main theek hoon',
      'main thik hu', 'mai theek hu', 'mai thik hu', 'we are fine', "we're fine", 'we are okay', "we're okay", 'we are ok',
      "i'm fine now", 'i am fine now', "i'm okay now", 'i am okay now', 'हम ठीक हैं', 'हम सब ठीक', 'मैं ठीक हूं', 'मैं ठीक हूँ',
      'आम्ही ठीक आहोत', 'मी ठीक आहे',
      // The one at risk is fine now: "ladki theek hai", "ती ठीक आहे", "she's fine".
      'wo theek hai', 'woh theek hai', 'vo theek hai', 'ladki theek hai', 'वो ठीक है', 'वह ठीक है', 'ती ठीक आहे', 'तो ठीक आहे',
      "she's fine", "he's fine", 'she is fine', 'he is fine', "she's okay", "he's okay", 'she is okay', 'he is okay', 'she is safe now',
      'he is safe now', 'aamhi thik ahot', 'amhi thik ahot', 'mi thik ahe', 'mi theek aahe',
      // The fire brigade has come (a fire's danger is read apart, by its own time: this ends the rest).
      'fire brigade aa gayi', 'fire brigade aa gai', 'fire brigade came', 'fire brigade arrived', 'दमकल आ गई', 'फायर ब्रिगेड आ गई',
      'अग्निशमन दल आले', 'अग्निशमन दलाची गाडी आली', 'fire brigade aali', 'fire brigade ali',
      // Everyone got out: "sab log bahar aa gaye", "सगळे बाहेर आले".
      // A fire put out: "आग विझली आहे", "aag bujh gayi", "the fire is out".
      'आग विझली', 'आग विझवली', 'aag vizhli', 'आग बुझ गई', 'आग बुझा दी', 'aag bujh gayi', 'aag bujh gai', 'aag bujha di', 'fire is out',
      'fire was put out', 'fire has been put out', 'fire is under control', 'आग आटोक्यात', 'turns out', 'turns out it',
      // Nothing to fear after all: "nothing to worry", "चिंता की कोई बात नहीं", "all safe".
      'nothing to worry', 'no need to worry', 'all safe', 'everyone is safe', 'everyone safe', 'sab safe hai', 'chinta ki baat nahi',
      'चिंता की बात नहीं', 'चिंता की कोई बात नहीं', 'काळजीचं कारण नाही', 'काळजी करण्यासारखं काही नाही', 'सगळे सुरक्षित',
      // The fighters parted, or made up: "मंडी के अध्यक्ष ने दोनों को अलग किया", "bado ne samjhauta kara diya".
      'alag kar diya', 'alag kiya', 'alag kar diye', 'अलग किया', 'अलग कर दिया', 'अलग कर दिए', 'separated them', 'pulled them apart',
      'वेगळे केले', 'वेगळं केलं', 'vegle kele', 'samjhauta kara diya', 'samjhauta ho gaya', 'समझौता करा दिया', 'समझौता हो गया',
      'मिटवलं', 'मिटवले', 'सोडवलं', 'sorted it out', 'made up',
      'sab log bahar aa gaye', 'sab bahar aa gaye', 'everyone got out', 'everyone is out', 'all got out', 'सब लोग बाहर आ गए',
      'सब बाहर आ गए', 'सगळे बाहेर आले', 'sagle baher ale']),
  // The people who were the danger have gone, all of them ("they've all left now", "sab chale gaye", "सगळे
  // निघून गेले"): a fight, a crowd or a follower gone. Not one man going off, which is often the danger itself
  // (he left a bag, the tipper drove on).
  dispersed: concept(null, 'time.dispersed', 'dispersed',
    ["they've left", 'they have left', 'have all left', "they've all left", 'all left', 'left the spot', "they're gone",
      'they are gone', 'they have gone', "they've gone", 'moved off', 'broke up', 'no longer there', 'not there anymore',
      'chale gaye', 'chale gye', 'chale gae', 'chle gaye', 'sab chale', 'nikal gaye', 'nikal gye', 'चले गए', 'चले गये',
      'निकल गए', 'निकल गये', 'निघून गेले', 'निघून गेलेत', 'सगळे गेले', 'nighun gele',
      // Nobody there any more: "abhi koi nahi hai", "आत्ता कोणी नाही", "the crowd is gone".
      'abhi koi nahi hai', 'ab koi nahi hai', 'ab koi nahi', 'अभी कोई नहीं है', 'अब कोई नहीं है', 'आत्ता कोणी नाही', 'आता कोणी नाही',
      'aata koni nahi', 'atta koni nahi', 'nobody is there now', 'no one is there now', 'nobody there now', 'no one there now',
      'nobody here now', 'no one here now', 'crowd is gone', 'crowd has gone', 'bheed chali gayi', 'भीड़ चली गई', 'गर्दी गेली']),
  // Said in a later message of a chat, the danger taken away or never there: the police took the men, the owner
  // of the bag came; with `helpCame`, help took the hurt away ("ambulance aa gayi, usko Medical le gaye",
  // "रुग्णवाहिका आली, त्याला मेडिकलला घेऊन गेले"). Read only in a chat's last report, after its danger
  // (conversation.ts). Not the ambulance come alone: the hurt may still lie there.
  ended: concept(null, 'time.ended', '',
    ['took him to hospital', 'took her to hospital', 'took them to hospital', 'taken to hospital', 'taken to the hospital',
      'shifted to hospital', 'took him to medical', 'police took him', 'police took them', 'police took her', 'police caught',
      'police have caught', 'police picked', 'owner came', 'owner is here', 'owner has come', 'owner turned up', 'the owner came',
      'hospital le gaye', 'hospital le gye', 'hospital le gayi', 'medical le gaye', 'medical le gye', 'aspatal le gaye',
      'aspatal le gayi', 'police le gayi', 'police le gai', 'police pakad ke le gayi', 'police ne pakad liya', 'pcr le gayi',
      'malik aa gaya', 'maalik aa gaya', 'owner aa gaya',
      // Hurt, and already cared for: bandaged, home again, stable.
      'patti karwa li', 'patti kara li', 'पट्टी करवा ली', 'पट्टी करा ली', 'मलमपट्टी केली', 'got it bandaged', 'first aid done',
      'hurt but stable', 'is stable now', 'ab theek hai', 'अब ठीक है', 'आता बरा आहे', 'ghar aa gaya hai', 'घर आ गया है', 'घरी आला आहे',
      'discharged', 'डिस्चार्ज',
      'अस्पताल ले गए', 'अस्पताल ले गये', 'अस्पताल ले गई', 'हॉस्पिटल ले गए', 'मेडिकल ले गए', 'पुलिस ले गई', 'पुलिस पकड़ ले गई',
      'पुलिस ने पकड़ लिया', 'मालिक आ गया', 'दवाखान्यात नेले', 'दवाखान्यात घेऊन गेले', 'रुग्णालयात नेले', 'रुग्णालयात घेऊन गेले',
      'मेडिकलला नेले', 'मेडिकलला घेऊन गेले', 'पोलिसांनी पकडले', 'पोलिसांनी नेले', 'पोलीस घेऊन गेले', 'मालक आला',
      'davakhanyat nela', 'davakhanyat nele', 'medical la nela', 'medical la gheun gele', 'malak ala', 'malak aala',
      // The one who was the danger stopped or caught: "traffic police stopped him", "पकड़ा गया".
      'police stopped him', 'police stopped the', 'stopped him at', 'they caught him', 'caught him', 'police ne rok liya',
      'पुलिस ने रोक लिया', 'पोलिसांनी थांबवले', 'pakda gaya', 'pakda gya', 'पकड़ा गया', 'पकडला गेला', 'owner came running',
      // The hurt gone to hospital: "the injured guy went to hospital in an auto", "दवाखान्यात गेला".
      'went to hospital', 'went to the hospital', 'gone to hospital', 'gone to the hospital', 'hospital chala gaya', 'hospital chale gaye',
      'hospital gaya', 'hospital gaye', 'अस्पताल चला गया', 'अस्पताल चले गए', 'अस्पताल गया', 'दवाखान्यात गेला', 'दवाखान्यात गेले',
      'दवाखान्यात गेली', 'davakhanyat gela',
      // The thing was someone's: "unka tha, bhool gayi thi", "it was her bag", "त्याचीच बॅग होती".
      'unka tha', 'unki thi', 'uska tha', 'uski thi', 'usi ka tha', 'usi ki thi', 'उनका था', 'उनकी थी', 'उसका था', 'उसी का था', 'उसी की थी',
      'त्याचीच', 'तिचीच', 'it was hers', 'it was his', 'it was her bag', 'it was his bag', "it's his bag", "it's her bag",
      'bhool gayi thi', 'bhool gaya tha', 'भूल गई थी', 'भूल गया था', 'विसरली होती', 'विसरला होता', 'forgot it there']),
  // Help that takes the hurt away, with `tookAway` in the same message: the ambulance, the PCR van.
  helpCame: concept(null, 'time.help-came',
    'ambulance ambulence ambulans एम्बुलेंस एंबुलेंस ऐम्बुलेंस रुग्णवाहिका ॲम्ब्युलन्स अॅम्ब्युलन्स ॲम्बुलन्स pcr पीसीआर 108 police ' +
      'पुलिस पोलीस पोलिसांनी',
    []),
  tookAway: concept(null, 'time.took-away', '',
    ['le gaye', 'le gye', 'le gayi', 'le gai', 'le gaya', 'le ke gaye', 'leke gaye', 'ले गए', 'ले गये', 'ले गई', 'ले गया', 'लेकर गए',
      'लेकर गई', 'घेऊन गेले', 'घेऊन गेली', 'घेऊन गेला', 'नेले', 'नेलं', 'नेला', 'gheun gele', 'gheun geli', 'nela', 'nele',
      'shifted him', 'shifted her', 'took him', 'took her', 'took them', 'taken him', 'taken her', 'taken them', 'taken both',
      'pakad liya', 'pakad liye', 'पकड़ लिया', 'पकड लिया', 'पकडले', 'पकडलं', 'caught him', 'caught them', 'arrested him', 'arrested them']),
  // The one who was the danger went off, even one man ("he walked off", "bhaag gaya", "पळून गेले"), unlike
  // `dispersed`: read only in a chat's last report after a fight, a follower or a prowler, never of a thief or a
  // child ("ran away" from home is the report) nor beside an object left behind.
  fled: concept(null, 'time.fled', 'fled',
    ['ran away', 'ran off', 'run off', 'walked off', 'walked away', 'went away', 'drove off', 'drove away', 'sped off',
      'bhaag gaye', 'bhag gaye', 'bhaag gaya', 'bhag gaya', 'bhaag gye', 'bhag gye', 'bhaag gayi', 'bhag gayi', 'chala gaya',
      'chala gya', 'nikal gaya', 'nikal gya', 'भाग गए', 'भाग गये', 'भाग गया', 'भाग गई', 'चला गया', 'निकल गया',
      'पळून गेले', 'पळून गेला', 'पळून गेली', 'पळाले', 'पळाला', 'निघून गेला', 'निघून गेली', 'palun gele', 'palun gela',
      'palale', 'nighun gela']),
  // An apology for a false alarm: in a chat's last report after a danger, nothing happened ("sorry to bother",
  // "my mistake", "माफ करा, त्रास दिला"). A bare "sorry" is `sorry`: it also opens a correction ("sorry, Sadar nahi,
  // Gittikhadan").
  apology: concept(null, 'tone.apology', 'galatfehmi गलतफहमी ग़लतफ़हमी गैरसमज gairsamaj misunderstanding',
    ['sorry to bother', 'sorry to disturb', 'sorry for the trouble', 'sorry for disturbing', 'sorry for bothering', 'false complaint',
      'galat fehmi', 'pareshan kiya', 'pareshaan kiya', 'takleef ke liye', 'परेशान किया', 'तकलीफ के लिए', 'त्रास दिला',
      'त्रास दिल्याबद्दल', 'त्रासाबद्दल', 'tras dila', 'sorry for the scare', 'sorry for scaring', 'sorry for the panic', 'sorry for panic',
      'galat alarm', 'गलत अलार्म', 'चुकीचा अलार्म', 'chukicha alarm', 'false alarm', 'फॉल्स अलार्म',
      // Or the call taken back: "no need of anyone", "पुलिस की ज़रूरत नहीं", "पोलिसांची गरज नाही".
      'no need of anyone', 'no need to send', 'no need for police', 'no need of police', "don't need police", 'do not need police',
      'police ki zarurat nahi', 'police ki jarurat nahi', 'koi zarurat nahi', 'पुलिस की ज़रूरत नहीं', 'पुलिस की जरूरत नहीं', 'कोई ज़रूरत नहीं',
      'पोलिसांची गरज नाही', 'गरज नाही आता', 'policechi garaj nahi',
      // Staged or a joke: "film ki shooting chal rahi hai", "mazak kar raha tha", a mock drill.
      'film shooting', 'movie shooting', 'film ki shooting', 'फिल्म की शूटिंग', 'शूटिंग चल रही', 'shooting chal rahi', 'चित्रपटाचं शूटिंग',
      'mock drill', 'मॉक ड्रिल', 'it was a drill', 'mazak kar raha', 'mazaak kar raha', 'mazak kar rahi', 'mazak tha', 'मज़ाक कर रहा',
      'मजाक कर रहा', 'मज़ाक था', 'गंमत केली', 'just kidding', 'was joking', 'only joking', 'it was a prank', 'prank tha', 'film shoot',
      'movie shoot', "it's a shoot", 'shooting hai', 'shooting ho rahi', 'nothing happened', 'kuch nahi hua', 'कुछ नहीं हुआ', 'काही झालं नाही',
      'kahi zala nahi', 'took my phone and typed']),
  sorry: concept(null, 'tone.sorry', 'sorry sorri sory maafi माफी क्षमस्व',
    ['my mistake', 'my bad', 'galti ho gayi', 'galti ho gai', 'meri galti', 'गलती हो गई', 'मेरी गलती', 'चूक झाली', 'माझी चूक', 'chuk jhali',
      'chuk zali', 'majhi chuk', 'maaf karna', 'maaf kijiye', 'maaf kijie', 'maaf karo', 'maaf kar do', 'माफ करना', 'माफ़ करना', 'माफ कीजिए', 'माफ़ कीजिए',
      'माफ कीजिये', 'माफ़ कीजिये', 'माफ करें', 'माफ़ करें', 'माफ करा', 'माफ़ करा', 'क्षमा करा', 'क्षमा करें', 'maaf kara', 'maf kara']),
  // A vehicle towed by the traffic police: not a theft, whatever "my car was taken from" made the model say.
  towed: concept(null, 'traffic.towed', 'towed towing toed टोइंग टोईंग टोचन',
    ['tow away', 'towed away', 'tow kar', 'toe kar', 'towing van', 'towing vehicle', 'towing wale', 'towing walo', 'towing gadi',
      'towing gaadi', 'traffic police le gaye', 'traffic police le gayi', 'traffic wale le gaye', 'traffic walon ne utha', 'crane se utha',
      'क्रेन से उठा', 'टोइंग वाले', 'टोइंग वैन', 'ट्रैफिक पुलिस ले गई', 'ट्रैफिक पुलिस ले गए', 'टोईंग व्हॅन', 'टोईंग वाले', 'टोईंगवाल्यांनी',
      'वाहतूक पोलिसांनी उचलून', 'उचलून नेली', 'उचलून नेला', 'uchalun neli', 'uchlun neli']),
  // At the door now, told in the present: "he's outside my building", "ghar ke bahar khada hai", "घराबाहेर उभा आहे".
  // Urgent beside someone who harasses, threatens or stalks (urgency.ts).
  atDoor: concept(null, 'danger.at-door', '',
    ["he's outside my", 'he is outside my', "he's outside our", 'he is outside our', "they're outside my", 'they are outside my',
      "they're outside our", 'they are outside our', 'standing outside my', 'standing outside our', 'waiting outside my',
      'waiting outside our', 'banging on my door', 'banging on our door', 'at my door now', 'at our door now', 'ghar ke bahar khada hai',
      'ghar ke bahar khade hai', 'ghar ke bahar khade hain', 'ghar ke bahar baitha hai', 'ghar ke saamne khada hai', 'ghar ke samne khada hai',
      'darwaze pe khada', 'darwaje pe khada', 'darwaza peet raha', 'darwaja peet raha', 'घर के बाहर खड़ा है', 'घर के बाहर खड़े हैं',
      'घर के सामने खड़ा है', 'दरवाज़े पर खड़ा', 'दरवाजे पर खड़ा', 'दरवाज़ा पीट रहा', 'दरवाजा पीट रहा', 'घराबाहेर उभा आहे', 'घराबाहेर उभे आहेत',
      'घरासमोर उभा आहे', 'दारात उभा आहे', 'दार ठोकतोय', 'दार वाजवतोय', 'gharabaher ubha ahe', 'darat ubha ahe']),
  // Outside now, said of men anywhere ("bahar 3 ladke khade hai"): urgent beside drink or a threat to a woman or one alone.
  outsideNow: concept(null, 'danger.outside-now', '',
    ['bahar khade hai', 'bahar khade hain', 'bahar khada hai', 'baahar khade hai', 'बाहर खड़े हैं', 'बाहर खड़े है', 'बाहर खड़ा है',
      'बाहेर उभे आहेत', 'बाहेर उभा आहे', 'baher ubhe ahet', 'ladke khade hai', 'ladke khade hain',
      'log khade hai', 'aadmi khade hai', 'aadmi khada hai', 'लड़के खड़े हैं', 'लोग खड़े हैं', 'आदमी खड़े हैं', 'आदमी खड़ा है', 'मुलं उभी आहेत',
      'पोरं उभी आहेत', 'sitting outside our', 'sitting outside my', 'standing outside our', 'standing outside my', 'waiting outside our',
      'waiting outside my', 'outside my door', 'outside our door', 'outside our gate', 'outside my gate', 'still standing there',
      'still standing outside', 'still waiting outside', 'abhi bhi khada hai', 'abhi bhi wahi khada', 'अभी भी खड़ा है', 'अजून उभा आहे',
      'अजून तिथेच उभा', 'ata pan tithech ubha']),
  // The danger back after it had gone: "ok they're back with more people", "phir se aa gaye". (Not "wapas aa gaye",
  // which is the one missing come home.)
  returned: concept(null, 'time.returned', '',
    ["they're back", 'they are back', "he's back again", 'back again', 'came back again', 'phir se aa gaye', 'fir se aa gaye', 'phir aa gaye',
      'fir aa gaye', 'dobara aa gaye', 'फिर से आ गए', 'फिर आ गए', 'दोबारा आ गए', 'पुन्हा आले', 'punha ale']),
  // Pestering one person: abusive messages, calls that do not stop.
  pester: concept(null, 'danger.pester', 'stalker stalking',
    ['abusive messages', 'abusive msgs', 'abusive calls', 'keeps calling me', 'keeps messaging me', 'gande messages', 'gande msg',
      'गंदे मैसेज', 'pareshan kar raha', 'pareshan karta', 'pareshaan kar raha', 'परेशान कर रहा', 'परेशान करता', 'त्रास देतो', 'त्रास देत आहे',
      'tras deto']),
  // Music and its noise at night: a DJ, a loudspeaker, a party. Nightly noise is a report (TAXONOMY.md's p2) unless
  // a fight, a weapon or drink comes with it.
  music: concept(null, 'time.music',
    'dj डीजे loudspeaker loudspeakers music',
    ['sound system', 'full volume', 'full sound', 'loud music', 'gaane baja', 'gaana baja', 'गाने बजा', 'मोठ्या आवाजात गाणी',
      'band baj', 'band baja', 'बैंड बज', 'बँड वाज']),
  // Asked of what might happen, not told of what is happening: "if I find an unattended bag, whom do I tell?",
  // "what should a woman do if she is followed?", "agar kabhi koi peecha kare to?". Not "agar koi…": "agar koi banda
  // gali me talwar leke khada ho, to 112?" is a sword in the lane now, asked as a question.
  // Asked whether something heard is true: "kya ye sach hai?", "खरं आहे का?". (Not "is this real?": a man kept on a
  // video call by a fake officer asks it too.)
  hypothetical: concept(null, 'time.hypothetical', '',
    ['if i find', 'if i see', 'if i ever', 'if i notice', 'if a woman', 'if a girl', 'if she feels', 'what should a woman do',
      'what should one do', 'what to do if', 'what should i do if', 'what do i do if', 'what should we do if', 'asking in general',
      'just asking in general', 'general question', 'general knowledge', 'in case i', 'agar kabhi', 'agar mujhe', 'अगर कभी', 'अगर मुझे', 'जर कधी', 'जर मला',
      'jar kadhi', 'kya sach hai', 'fake lag raha', 'looks fake', 'seems fake', 'mock drill', 'मॉक ड्रिल', 'is this true', 'is it true',
      'kya ye sach hai', 'kya yeh sach hai', 'sach hai kya', 'क्या यह सच है', 'क्या ये सच है', 'खरं आहे का',
      'खरे आहे का', 'kharach ahe ka', 'real or fake', 'fake or real', 'fake hai kya', 'asli hai ya',
      'sach ya jhooth', 'सच या झूठ', 'खरं की खोटं']),
  // Whether something is allowed: "is carrying a knife for self defence legal in Maharashtra?", "क्या ... मना है क्या?". No
  // danger is told in it; but unlike the hypothetical it may be a complaint put as a question ("is it legal for my neighbour
  // to play loud bhajans at 6am?"), so it leaves the category to the model.
  legality: concept(null, 'time.legality', '',
    ['is it legal', 'is this legal', 'is that legal', 'legal in maharashtra', 'legal in india', 'legal hai kya', 'legal he kya',
      'illegal hai kya', 'is it illegal', 'is this illegal', 'allowed hai kya', 'is it allowed', 'am i allowed', 'are we allowed',
      'कानूनी है क्या', 'गैरकानूनी है क्या', 'मना है क्या', 'कायदेशीर आहे का', 'गुन्हा आहे का', 'अपराध है क्या', 'is it a crime',
      'is it an offence', 'jurm hai kya', 'जुर्म है क्या']),
  // A story or a figure of speech, not a report: a film, a web series, a dream, a match or an exam ("that knife fight scene
  // was insane 🔥", "sapne me dekha chor ghusa").
  // signals.ts counts it only with a dream's word, a laugh or a reaction emoji beside it.
  fiction: concept(null, 'tone.fiction',
    'movie movies film scene scenes thriller netflix episode webseries dream dreamt dreamed sapne sapna सपने सपना स्वप्नात ' +
      'swapnat ' +
      // A match or an exam told with a laugh: "Pakistan ki batting ko kisi ne kidnap kar liya 😂", "exam me aag laga di 😎".
      'batting bowling bowler bowlers wicket wickets innings ipl exam exams pariksha परीक्षा ' +
      'चित्रपट मूवी फिल्म फ़िल्म सिनेमा',
    ['web series', 'वेब सीरीज', 'film shoot', 'film ki shooting', 'फिल्म की शूटिंग']),
  // Heard or forwarded, not seen: "a message is going around that kidnappers…", "old video", "afwah". Like the
  // hypothetical, not happening here and now; unlike it, often no question (a chain message to pass on).
  hearsay: concept(null, 'time.hearsay', '',
    ['forwarded many times', 'forwarded as received', 'sab share karo', 'share to all', 'khabar chal rahi', 'खबर चल रही',
      'group pe msg', 'group me msg', 'group pe message', 'fake message', 'बताकर चल रहा', 'फैला रहे', 'वीडियो चल रहा', 'video chal raha',
      'वायरल हो रहा', 'viral ho raha', 'पुराना वीडियो', 'fake video',
      'message going around', 'going around on whatsapp', 'going viral', 'video viral', 'viral video', 'old video', 'purana video',
      'पुराना वीडियो', 'जुना व्हिडिओ', 'forwarded message', 'rumour', 'rumor', 'afwah', 'अफवाह', 'अफवा']),
  // Behind a door that stays shut, with no answer: "door locked from inside", "दार उघडत नाहीत", "andar se koi jawab nahi", the milk
  // packets piling up. Someone may lie hurt inside.
  // Among themselves: "drunk men shoving each other", "sharabi aapas me lad rahe", "एकमेकांवर ओरडत".
  mutual: concept(null, 'danger.mutual', '',
    ['each other', 'one another', 'aapas me', 'aapas mein', 'apas me', 'apas mein', 'आपस में', 'आपसमें', 'एकमेकांवर', 'एकमेकांना',
      'एकमेकांशी', 'ekmekanvar', 'ekmekanna', 'ekmekanshi']),
  // A light moving inside a house left empty: "आतून टॉर्चचा उजेड दिसतोय", "see torch light thru the window" (urgency.ts, with
  // danger.empty-home or someone inside).
  lightInside: concept(null, 'danger.light-inside', '',
    ['torch light', 'torch ki roshni', 'torch jal', 'torch ghoom', 'torchlight', 'टॉर्च की रोशनी', 'टॉर्च जल', 'टॉर्च घूम', 'टॉर्चचा उजेड',
      'टॉर्चचा प्रकाश', 'टॉर्च दिसत', 'torches inside', 'light moving inside', 'lights are on inside', 'lights on inside']),
  // A house left empty: "family is in Pune", "owner gaon gaye hai", "घर 15 दिवस बंद आहे".
  emptyHome: concept(null, 'danger.empty-home', '',
    ['family is in', 'family is away', 'owners are away', 'out of town', 'gaon gaye', 'gaon gaye hai', 'गाँव गए', 'गांव गए', 'गावाला गेले',
      'गावी गेले', 'ghar band', 'घर बंद', 'band ghar', 'बंद घर', 'बंद मकान', 'बंद फ्लॅट', 'flat band', 'दिवस बंद', 'din se band',
      'locked for', 'has been locked', 'nobody is home', 'no one is home', 'nobody home']),
  // A call cut off ("phir phone kat gaya", "फोन कट झाला"): with someone crying or screaming on it, the one in danger cannot be
  // reached (urgency.ts).
  cutOff: concept(null, 'danger.cut-off', '',
    ['phone kat', 'call kat', 'phone cut', 'call cut', 'call got cut', 'line went dead', 'call disconnected', 'got disconnected',
      'फोन कट', 'फ़ोन कट', 'कॉल कट', 'फोन बंद झाला', 'phone band zala', 'phone band jhala']),
  // Someone crying or screaming: "वो रो रही थी", "ती ओरडत होती", "chilla rahi thi", "screaming for help".
  distress: concept(null, 'danger.distress',
    'screaming crying scream screamed cried sobbing chillane चिल्लाने रोते ओरडत radat रडत cheekh चीख cheekhne चीखने',
    ['ro rahi', 'ro raha', 'ro rahe', 'रो रही', 'रो रहा', 'रो रहे', 'chilla rahi', 'chilla raha', 'chilla rahe', 'चिल्ला रही',
      'चिल्ला रहा', 'चिल्ला रहे']),
  shutIn: concept(null, 'danger.shut-in', '',
    ['door locked from inside', 'locked from inside', 'locked from the inside', 'दार आतून बंद', 'दार आतून लाव', 'दरवाजा अंदर से बंद',
      'दरवाज़ा अंदर से बंद', 'darwaza andar se band', 'darwaja andar se band', 'दार उघडत नाही', 'दार उघडत नाहीत', 'दार उघडत नाहीये',
      'darwaza nahi khol', 'darwaja nahi khol', 'दरवाजा नहीं खोल', 'दरवाज़ा नहीं खोल', 'not opening the door', "isn't opening the door",
      "won't open the door", 'not answering the door', 'no answer from inside', 'आतून उत्तर नाही', 'अंदर से कोई जवाब नहीं',
      'andar se koi jawab nahi', 'smell from inside', 'smell coming from inside', 'आतून वास', 'अंदर से बदबू', 'andar se badbu',
      'milk packets piling', 'newspapers piling', 'doodh ki theli bahar', 'दूध की थैली बाहर', 'दार वाजवलं तरी', 'darwaza khatkhata']),
  // A suggestion to the police ("Suggestion: put a warden at Medical Square", "अच्छा होगा अगर…", "बरे होईल"): feedback.
  // Denied ("suggestion nahi, complaint hai") it is not one.
  suggestion: concept(null, 'tone.suggestion',
    'suggestion suggest suggesting sujhav सुझाव',
    ['would be good if', 'would be better if', 'would be nice if', 'would be great if', 'would help if', 'it would help', 'please consider',
      'kindly consider', 'accha hoga agar', 'achha hoga agar', 'acha hoga agar', 'अच्छा होगा अगर', 'अच्छा होगा कि', 'अच्छा रहेगा अगर',
      'बरे होईल', 'चांगले होईल', 'चांगलं होईल', 'bara hoil', 'bare hoil', 'changla hoil', 'माझी सूचना', 'एक सूचना', 'ek suchna', 'मेरा सुझाव']),
  // A question put to the police about what they know: where a case stands ("any update?", "तपास झाला का?"), whether
  // a place is safe after news ("is it safe to send her back?"), why the police are out in numbers. Denied by a
  // "nahi" after it ("koi update nahi mila"), it is a complaint, not a question.
  asking: concept(null, 'tone.asking', '',
    ['any update', 'any updates', 'koi update', 'kuch update', 'update milega', 'update mil sakta', 'update mil sakti', 'update kya hai',
      'कोई अपडेट', 'कुछ अपडेट', 'अपडेट मिलेगा', 'काही अपडेट', 'अपडेट मिळेल', 'any progress', 'koi progress', 'what is the status',
      'status of my', 'status kya hai', 'स्टेटस क्या', 'case ka kya hua', 'complaint ka kya hua', 'केस का क्या हुआ', 'शिकायत का क्या हुआ',
      'तक्रारीचं काय झालं', 'तपास झाला का', 'tapas zala ka', 'kahi tapas', 'काही तपास', 'kuch pata chala', 'कुछ पता चला', 'kahi kalale',
      'is it safe', 'is the area safe', 'is it safe now', 'safe hai kya', 'safe he kya', 'सेफ है क्या', 'सुरक्षित है क्या', 'safe aahe ka',
      'safe ahe ka', 'सुरक्षित आहे का', 'सेफ आहे का', 'so many police', 'itni police', 'इतनी पुलिस', 'इतके पोलीस', 'एवढे पोलीस',
      // How a case ended: "uska aadmi pakda gaya kya?", "was anyone arrested in last year's stabbing?", "उसका क्या हुआ?".
      'pakda gaya kya', 'pakde gaye kya', 'pakde gaye ki nahi', 'pakda gaya ki nahi', 'पकड़ा गया क्या', 'पकड़े गए क्या', 'पकडले का',
      'anyone arrested', 'anybody arrested', 'any arrests', 'any arrest', 'arrest hua kya', 'arrest hue kya', 'case solved',
      'case was solved', 'uska kya hua', 'उसका क्या हुआ', 'त्याचं काय झालं']),
  // A theft found after the fact: "came back and saw the glass broken", "lauta to dekha", "सकाळी उठलो तर".
  discovered: concept(null, 'time.discovered', '',
    ['came back and saw', 'came back to find', 'returned to find', 'came back and found', 'when i came back', 'when i returned',
      'when i woke up', 'woke up to find', 'found it missing', 'lauta to dekha', 'lauta toh dekha', 'laute to dekha',
      'aaya to dekha', 'aaya toh dekha', 'utha to dekha', 'uthe to dekha', 'लौटा तो देखा', 'लौटे तो देखा', 'आया तो देखा',
      'उठा तो देखा', 'वापस आया तो', 'परत आलो तर', 'परत आले तर', 'आलो तर पाहिलं', 'उठलो तर', 'उठले तर', 'पाहिलं तर',
      'parat alo tar', 'uthlo tar', 'pahila tar', 'just realised', 'just realized', 'just noticed', 'लक्षात आलं', 'लक्षात आले',
      // "सुबह 7 बजे पता चला": found out, the theft already done.
      'बजे पता चला', 'baje pata chala', 'subah pata chala', 'सुबह पता चला', 'सकाळी कळलं', 'सकाळी कळले',
      'lakshat ala', 'lakshat aala', 'baad me pata chala', 'बाद में पता चला', 'नंतर कळलं']),
  // The case is over: "close the complaint", "band kar do", "back home safe".
  closed: concept(null, 'tone.case-closed', 'सुखरूप sukhrup',
    ['close the case', 'close the complaint', 'close my complaint', 'complaint band', 'case band', 'band kar do', 'band kar dijiye',
      'बंद कर दें', 'बंद करें', 'बंद करावी', 'बंद करा', 'delete the appeal', 'post hata', 'back home', 'came back', 'ghar aa gaya',
      'ghar aa gayi', 'घर आ गया', 'घर आ गई', 'घरी आला', 'घरी आली', 'has been found', 'has been traced', 'mil gaya', 'mil gayi',
      'मिल गया', 'मिल गई', 'मिल गए', 'सापडला', 'सापडली', 'सापडले', 'is safe', 'safe now', 'बंद करने']),
  // Words that deny what follows or precedes them ("no wires", "koi andar nahi", "घायल नाही"): urgency.ts
  // reads them around a danger word.
  negation: concept(null, 'tone.negation',
    'no not nobody noone none never nothing without nahi nahin nhi nai mat नहीं नही नाही नाहीत नको मत isn wasn aren weren ' +
      'didn doesn hasn haven hadn couldn',
    []),
  thanks: concept(null, 'tone.thanks',
    'thanks thank thankyou thanku thnx thx shukriya shukria शुक्रिया dhanyavad dhanyawad धन्यवाद आभार aabhar kudos salute ' +
      'grateful appreciate',
    ['thank you', 'hats off', 'well done', 'good job', 'great job', 'great work', 'quick response', 'prompt response', 'fast response',
      'good work']),
  question: concept(null, 'tone.question',
    'how kaise कैसे कसे kasa procedure',
    ['what should i do', 'what to do', 'kya karu', 'kya kare', 'क्या करें', 'काय करावे', 'where to', 'whom to']),

  spam: concept(null, 'flag.advertising',
    'earn earning income loan loans offer offers discount cashback followers likes subscribe subscribers investment invest ' +
      'crypto bitcoin profit guaranteed lottery casino betting jackpot admission sale franchise dealership seo promotion ' +
      'promote kamao kamaye कमाएं कमाओ कमवा डिस्काउंट ऑफर लोन pizza',
    ['work from home', 'ghar baithe', 'घर बैठे', 'घरबसल्या', 'dm for', 'dm me', 'call now', 'click here', 'limited offer',
      'buy now', 'best price', 'per day', 'daily income', 'contact for', 'whatsapp me', 'join our', 'link in bio',
      'abhi call karo', 'buy 1', 'instant approval', 'dm karo', 'dm kare', 'dm karein', 'order now', 'order karo', 'order kare',
      'book now', 'visit today', 'mega sale', 'mega offer', 'only rs', 'sirf rs', 'off on all', 'percent off', 'per cent off']),
  abuse: concept(null, 'flag.abuse',
    'idiot idiots stupid bastard bastards fuck fucking fuckers shit bullshit bitch asshole moron chutiya chutiye ' +
      'madarchod mc bc bhenchod behenchod bsdk bhosdike bhosdi gandu harami haramkhor kamine kamina kutte kutta saale sale ' +
      'saala suar nalayak nikamme nikamma चूतिया हरामी कमीने कुत्ते साले सालो नालायक निकम्मे हरामखोर भडवे भिकारचोट zavnya ' +
      'bhadve',
    []),
  bulk: concept(null, 'flag.chain-message',
    'forward forwarded fwd',
    ['share maximum', 'share this', 'forward to', 'forward this', 'maximum share', 'ज्यादा से ज्यादा शेयर',
      'जास्तीत जास्त शेअर', 'share karo', 'share kare', 'viral karo', 'as received']),
} as const;

/** The number of concepts, for sizing per-message buffers. */
export const CONCEPT_COUNT = LEXICON.size;
