/**
 * Builds data/triage/corpus.jsonl: labelled messages of the kind citizens send Nagpur City Police on
 * X, WhatsApp and Telegram, from scenes and vocabularies written for this purpose (never from the
 * evaluation sets). Run: npx tsx data/triage/make-corpus.ts
 *
 * A scene is one kind of incident with its category and priority, phrased in English, Hindi, Marathi
 * and romanised Hindi/Marathi; slots ({place}, {ago}, {now}, …) and noise (typos, elongations,
 * missing spaces, handles, emoji, mixed-in English) multiply each scene into varied messages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MORE_SCENES } from './scenes.js';

type Lang = 'en' | 'hi' | 'mr' | 'hi-Latn';
type Pri = 'p1' | 'p2' | 'p3';
interface Scene {
  cat: string;
  p: Pri;
  en: string[];
  hi: string[];
  mr: string[];
  hl: string[];
}

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

// A seeded generator, so the corpus is the same on every run.
let state = 0x5eed2026;
function rand(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
function pick<T>(a: readonly T[]): T {
  const v = a[Math.floor(rand() * a.length)];
  if (v === undefined) throw new Error('empty choice');
  return v;
}
function chance(p: number): boolean {
  return rand() < p;
}

// Places from the city's gazetteer: Latin names for English and romanised text, Devanagari for the rest.
const latinPlaces: string[] = [];
const devaPlaces: string[] = [];
for (const line of readFileSync(join(root, 'data/nagpur/gazetteer.csv'), 'utf8').split('\n').slice(1)) {
  const cols = line.split(',');
  const name = cols[2];
  const variants = (cols[3] ?? '').split('|');
  if (!name) continue;
  latinPlaces.push(name);
  for (const v of variants) {
    if (/[\u0900-\u097F]/.test(v)) devaPlaces.push(v);
    else if (v.length > 0 && chance(0.3)) latinPlaces.push(v);
  }
}

const SLOTS: Record<Lang, Record<string, string[]>> = {
  en: {
    now: ['right now', 'just now', 'now', 'at this moment', 'this very moment', 'as I type this'],
    ago: ['yesterday', 'last night', '2 days back', 'this morning', 'on Sunday', 'last week', 'day before yesterday', 'three days ago'],
    weapon: ['a knife', 'knives', 'a sword', 'iron rods', 'a pistol', 'a koyta', 'a chopper', 'sticks and rods'],
    veh: ['bike', 'scooty', 'Activa', 'car', 'auto', 'Splendor', 'cycle', 'Pulsar'],
    item: ['mobile', 'phone', 'purse', 'laptop', 'gold chain', 'wallet', 'bag'],
    rel: ['my brother', 'my father', 'my neighbour', 'a young boy', 'my friend', 'my uncle', 'a shopkeeper'],
    child: ['my 8 year old son', 'my daughter aged 10', 'my 6 yr old boy', 'our 12 year old girl', 'my little brother (9)', 'a small child'],
    elder: ['my grandfather', 'my 75 year old father', 'my mother, 68,', 'an old man from our lane', 'my grandmother'],
  },
  hi: {
    now: ['अभी', 'अभी अभी', 'इस वक्त', 'अभी इसी समय'],
    ago: ['कल', 'कल रात', 'दो दिन पहले', 'आज सुबह', 'रविवार को', 'पिछले हफ्ते', 'परसों'],
    weapon: ['चाकू', 'तलवार', 'लोहे की रॉड', 'कट्टा', 'लाठी डंडे', 'चाकू और रॉड'],
    veh: ['बाइक', 'स्कूटी', 'गाड़ी', 'कार', 'ऑटो', 'मोटरसाइकिल', 'साइकिल'],
    item: ['मोबाइल', 'फोन', 'पर्स', 'लैपटॉप', 'सोने की चेन', 'बटुआ'],
    rel: ['मेरा भाई', 'मेरे पिताजी', 'मेरा पड़ोसी', 'एक लड़का', 'मेरा दोस्त', 'एक दुकानदार'],
    child: ['मेरा 8 साल का बेटा', 'मेरी 10 साल की बेटी', 'मेरा छोटा बेटा', 'हमारी 12 साल की बच्ची', 'एक छोटा बच्चा'],
    elder: ['मेरे दादाजी', 'मेरे 75 साल के पिताजी', 'मेरी बूढ़ी माँ', 'हमारे मोहल्ले के एक बुजुर्ग'],
  },
  mr: {
    now: ['आत्ता', 'आता', 'आत्ताच', 'या क्षणी'],
    ago: ['काल', 'काल रात्री', 'दोन दिवसांपूर्वी', 'आज सकाळी', 'रविवारी', 'मागच्या आठवड्यात', 'परवा'],
    weapon: ['चाकू', 'कोयता', 'तलवार', 'लोखंडी रॉड', 'काठ्या', 'कोयते आणि चाकू'],
    veh: ['बाईक', 'स्कूटी', 'गाडी', 'कार', 'रिक्षा', 'मोटारसायकल', 'सायकल'],
    item: ['मोबाईल', 'फोन', 'पर्स', 'लॅपटॉप', 'सोन्याची चेन', 'पाकीट'],
    rel: ['माझा भाऊ', 'माझे वडील', 'माझा शेजारी', 'एक मुलगा', 'माझा मित्र', 'एक दुकानदार'],
    child: ['माझा 8 वर्षांचा मुलगा', 'माझी 10 वर्षांची मुलगी', 'माझा लहान मुलगा', 'आमची 12 वर्षांची मुलगी', 'एक लहान मूल'],
    elder: ['माझे आजोबा', 'माझे 75 वर्षांचे वडील', 'माझी आजी', 'आमच्या गल्लीतले एक म्हातारे आजोबा'],
  },
  'hi-Latn': {
    now: ['abhi', 'abhi abhi', 'abi', 'is waqt', 'aatta', 'abhi ke abhi'],
    ago: ['kal', 'kal raat', '2 din pehle', 'aaj subah', 'parso', 'last week', 'sunday ko', 'kal sham'],
    weapon: ['chaku', 'chaaku', 'talwar', 'rod', 'katta', 'koyta', 'lathi danda'],
    veh: ['bike', 'gaadi', 'gadi', 'scooty', 'activa', 'car', 'auto', 'splendor'],
    item: ['mobile', 'phone', 'purse', 'laptop', 'sone ki chain', 'wallet'],
    rel: ['mera bhai', 'mere papa', 'mera padosi', 'ek ladka', 'mera dost', 'ek dukandar', 'majha bhau'],
    child: ['mera 8 saal ka beta', 'meri 10 saal ki beti', 'mera chhota beta', 'hamari bacchi', 'majha mulga', 'ek chhota baccha'],
    elder: ['mere dadaji', 'mere 75 saal ke papa', 'meri dadi', 'mohalle ke ek uncle', 'majhe ajoba'],
  },
};

// Openers and closings: how people begin and end, by language and by how urgent they are.
const OPEN: Record<Lang, string[]> = {
  en: ['', '', '', '@NagpurPolice ', '@NagpurPolice @CPNagpur ', 'Sir, ', 'Respected sir, ', 'Hello, ', 'Dear Nagpur Police, ', 'Urgent: '],
  hi: ['', '', '@NagpurPolice ', 'सर, ', 'आदरणीय महोदय, ', 'नमस्ते सर, ', 'नागपुर पुलिस, '],
  mr: ['', '', '@NagpurPolice ', 'साहेब, ', 'नमस्कार, ', 'आदरणीय साहेब, ', 'नागपूर पोलीस, '],
  'hi-Latn': ['', '', '@NagpurPolice ', 'sir ', 'bhai ', 'hello sir ', 'namaste sir, ', 'saheb '],
};
const CLOSE: Record<Lang, Record<Pri, string[]>> = {
  en: {
    p1: ['', ' Please send police immediately!', ' Pls send help asap', ' Please hurry', ' Send patrol fast 🙏', ' Plz come quickly', ' HELP'],
    p2: ['', ' Please take action.', ' Kindly look into this.', ' Pls do something', ' Requesting strict action.', ' Kindly help.'],
    p3: ['', ' Thanks.', ' Please guide.', '', ' Regards.'],
  },
  hi: {
    p1: ['', ' तुरंत पुलिस भेजिए!', ' जल्दी आइए', ' कृपया तुरंत मदद करें 🙏', ' जल्दी फोर्स भेजो'],
    p2: ['', ' कृपया कार्रवाई करें।', ' कृपया ध्यान दें।', ' सख्त कार्रवाई की जाए।'],
    p3: ['', ' धन्यवाद।', ' कृपया मार्गदर्शन करें।'],
  },
  mr: {
    p1: ['', ' लवकर पोलीस पाठवा!', ' ताबडतोब मदत करा 🙏', ' लवकर या', ' तात्काळ पोलीस पाठवा'],
    p2: ['', ' कृपया कारवाई करा.', ' कृपया लक्ष द्या.', ' योग्य ती कारवाई करावी.'],
    p3: ['', ' धन्यवाद.', ' कृपया मार्गदर्शन करा.'],
  },
  'hi-Latn': {
    p1: ['', ' jaldi police bhejo', ' plz jaldi aao', ' turant madad karo 🙏', ' jaldi kuch karo sir', ' lavkar police pathva'],
    p2: ['', ' plz action lo', ' kuch karo sir', ' kripya dhyan de', ' action lijiye please'],
    p3: ['', ' thanks', ' please batao', ' dhanyawad'],
  },
};
const TAGS = ['', '', '', ' #Nagpur', ' #NagpurPolice', ' 🙏', ' 🙏🙏', ' 😡', ' 😢', ' #help', ' @CPNagpur', ' @nagpurtraffic',
  ' #NagpurCity', ' #SafeNagpur', ' 🙄', ' 😭', ' 🚨', ' @DGPMaharashtra'];
// Sentences people add around the point, so that messages run from five words to a paragraph.
const CONTEXT: Record<Lang, Record<Pri, string[]>> = {
  en: {
    p1: ['I am standing nearby and can see it.', 'My family is with me.', 'There are many people around.', 'I am very scared.'],
    p2: ['I live in {place} with my family.', 'This is the second time this month.', 'We are fed up with this.', 'I have already told the society secretary.',
      'My name and number are in my profile.', 'Senior citizens live here.'],
    p3: ['Just wanted to say this.', 'I am a resident of {place}.', 'Regards, a citizen.'],
  },
  hi: {
    p1: ['मैं पास में खड़ा होकर देख रहा हूं।', 'बहुत लोग जमा हैं।', 'मुझे बहुत डर लग रहा है।'],
    p2: ['मैं {place} में परिवार के साथ रहता हूं।', 'इस महीने यह दूसरी बार है।', 'हम बहुत परेशान हैं।'],
    p3: ['बस इतना कहना था।', 'मैं {place} का निवासी हूं।'],
  },
  mr: {
    p1: ['मी जवळच उभा राहून पाहत आहे.', 'खूप लोक जमले आहेत.', 'मला खूप भीती वाटत आहे.'],
    p2: ['मी {place} मध्ये कुटुंबासोबत राहतो.', 'या महिन्यात हे दुसऱ्यांदा झाले.', 'आम्ही खूप त्रस्त आहोत.'],
    p3: ['एवढंच सांगायचं होतं.', 'मी {place} चा रहिवासी आहे.'],
  },
  'hi-Latn': {
    p1: ['mai paas me khada hu dekh raha hu', 'bahut log jama hai', 'bahut dar lag raha hai'],
    p2: ['hum {place} me rehte hai family ke saath', 'is mahine doosri baar hua hai', 'bahut pareshan hai hum log', 'society wale bhi kuch nahi karte'],
    p3: ['bas itna bolna tha', 'mai {place} se hu'],
  },
};

const SCENES: Scene[] = [];
function scene(cat: string, p: Pri, en: string[], hi: string[], mr: string[], hl: string[]): void {
  SCENES.push({ cat, p, en, hi, mr, hl });
}

// ---- violence ----
scene('violence', 'p1',
  ['Two groups are fighting with {weapon} near {place} {now}, one guy is bleeding badly.',
    'Gang of 5-6 boys attacking people with {weapon} at {place} {now}. Shops shutting down.',
    'Someone just stabbed a man outside the bar in {place}, he is lying on the road.',
    'Stone pelting going on between two communities at {place}, people injured.'],
  ['{place} में {now} दो गुटों में {weapon} से मारपीट हो रही है, एक आदमी का खून बह रहा है।',
    '{place} चौक पर कुछ गुंडे {weapon} लेकर लोगों पर हमला कर रहे हैं, दुकानें बंद हो रही हैं।',
    '{place} में {now} पथराव हो रहा है, कई लोग घायल हैं।'],
  ['{place} येथे {now} दोन गटांत {weapon} घेऊन हाणामारी सुरू आहे, एकजण रक्तबंबाळ झाला आहे.',
    '{place} चौकात काही गुंड {weapon} घेऊन लोकांवर हल्ला करत आहेत.',
    '{place} मध्ये {now} दगडफेक सुरू आहे, काही लोक जखमी झालेत.'],
  ['{place} me {now} 2 group me {weapon} se maramari chal rahi hai, ek ladke ka sir phat gaya',
    '{place} chowk pe kuch log {weapon} leke logo ko maar rahe hai {now}',
    '{place} madhe {now} hanamari chalu aahe, ek jan jakhmi aahe',
    'bhai {place} me {now} firing hui, log bhaag rahe hai']);
scene('violence', 'p1',
  ['2 guys with {weapon} robbed a man near {place} {now} and ran towards the highway.',
    'Robbery at knifepoint {now} at {place}, they took cash from the petrol pump.',
    'Some men are threatening shopkeepers with {weapon} at {place} {now}, demanding money.'],
  ['{place} के पास {now} दो लड़कों ने {weapon} दिखाकर एक आदमी को लूट लिया और भाग गए।',
    '{place} में {weapon} की नोक पर लूटपाट हो रही है {now}।',
    '{now} {place} में कुछ बदमाश {weapon} लेकर दुकानदारों से पैसे वसूल रहे हैं।'],
  ['{place} जवळ {now} दोघांनी {weapon} दाखवून एकाला लुटले आणि पळून गेले.',
    '{place} येथे {weapon} चा धाक दाखवून लूट सुरू आहे.'],
  ['{place} ke paas {now} 2 ladko ne {weapon} dikha ke loot liya, black pulsar pe bhage',
    '{now} {place} pe {weapon} dikhake paise cheen liye ek uncle ke',
    '{place} jawal {now} {weapon} dakhavun lutla ek mansala']);
scene('violence', 'p1',
  ['My husband\'s friends are beating my father with {weapon} outside our house in {place}, please come.',
    'A drunk man is attacking his neighbours with {weapon} in {place} {now}.',
    'Heard gunshots near {place} {now}, people running.'],
  ['{place} में हमारे घर के बाहर कुछ लोग मेरे भाई को {weapon} से पीट रहे हैं, जल्दी आइए।',
    '{place} में {now} गोली चलने की आवाज आई, लोग भाग रहे हैं।'],
  ['{place} मध्ये आमच्या घरासमोर काही लोक माझ्या भावाला {weapon} ने मारत आहेत, लवकर या.',
    '{place} जवळ {now} गोळीबार झाला, लोक पळत आहेत.'],
  ['{place} me ghar ke bahar kuch log mere bhai ko {weapon} se maar rahe hai, jaldi aao',
    '{place} me abhi goli chali, sab log bhaag rahe',
    'amchya gharasamor kahi lok majhya bhavala martat aahet {place} la, lavkar ya']);
scene('violence', 'p2',
  ['My neighbour has been threatening to kill me since {ago} over a property dispute. We live in {place}.',
    '{rel} was beaten up by some local goons {ago} near {place}. We want an FIR against them.',
    'A local goon demands hafta every week from shopkeepers in {place}. He threatened me {ago}.',
    'Someone posted threats on our door {ago} in {place}, saying they will break my legs.'],
  ['मेरा पड़ोसी {ago} से मुझे जान से मारने की धमकी दे रहा है, हम {place} में रहते हैं।',
    '{ago} {place} के पास कुछ गुंडों ने {rel} के साथ मारपीट की, रिपोर्ट दर्ज करनी है।',
    '{place} में एक गुंडा हर हफ्ते दुकानदारों से हफ्ता वसूली करता है, {ago} उसने मुझे धमकाया।'],
  ['माझा शेजारी {ago} पासून मला जीवे मारण्याची धमकी देत आहे, आम्ही {place} येथे राहतो.',
    '{ago} {place} जवळ काही गुंडांनी {rel} ला मारहाण केली, तक्रार द्यायची आहे.',
    '{place} मध्ये एक गुंड दुकानदारांकडून खंडणी वसूल करतो, त्याने {ago} मला धमकी दिली.'],
  ['mera padosi {ago} se mujhe jaan se maarne ki dhamki de raha hai, {place} me rehte hai',
    '{ago} {place} ke paas kuch gundo ne {rel} ko peeta, FIR karni hai',
    '{place} me ek gunda har hafte hafta vasooli karta hai dukandaro se',
    'majha shejari {ago} pasun dhamki deto aahe maarnyachi']);
scene('violence', 'p2',
  ['I was assaulted by a bike rider after a minor argument {ago} at {place}. Got a swollen eye.',
    'Our society watchman was slapped and abused by a resident {ago}. {place}.',
    'Group of boys beat up my son at his college in {place} {ago}, they keep threatening him.'],
  ['{ago} {place} में मामूली बहस के बाद एक आदमी ने मुझे थप्पड़ मारे और धमकाया।',
    'मेरे बेटे को {place} के कॉलेज में कुछ लड़कों ने {ago} पीटा, अब धमकी दे रहे हैं।'],
  ['{ago} {place} येथे किरकोळ वादातून एकाने मला मारहाण केली आणि धमकी दिली.',
    'माझ्या मुलाला {place} च्या कॉलेजमध्ये काही मुलांनी {ago} मारले, आता धमक्या देत आहेत.'],
  ['{ago} {place} me chhoti si baat pe ek aadmi ne mujhe thappad maara aur dhamki di',
    'mere bete ko {place} college me kuch ladko ne {ago} peeta, ab dhamki de rahe',
    '{ago} bhandan jhala {place} la, tyane mala marla']);

// ---- theft ----
scene('theft', 'p2',
  ['My {veh} ({reg}) was stolen from outside my house in {place} {ago}. Please help trace it.',
    '{veh} stolen from {place} parking {ago}, number {reg}. Lock was broken.',
    'Someone stole my {veh} from the hospital parking at {place} {ago}.'],
  ['{place} में घर के बाहर से मेरी {veh} {reg} {ago} चोरी हो गई।',
    '{ago} {place} पार्किंग से मेरी {veh} चोरी हुई, नंबर {reg} है।'],
  ['{place} येथे घराबाहेरून माझी {veh} {reg} {ago} चोरीला गेली.',
    '{ago} {place} पार्किंगमधून माझी {veh} चोरी झाली, नंबर {reg}.'],
  ['{place} me ghar ke bahar se meri {veh} {reg} {ago} chori ho gayi',
    '{ago} {place} parking se {veh} chori hui bhai, number {reg}',
    'majhi {veh} {place} madhun {ago} chorila geli, number {reg}',
    'meri {veh} kisine {ago} chura li {place} se, lock tod diya']);
scene('theft', 'p2',
  ['House broken into in {place} while we were out of town. Cash and jewellery missing. Found it {ago}.',
    'Burglary at our flat in {place} {ago}, the lock was cut and the almirah emptied.',
    'Thieves broke into 3 shops in {place} market {ago}, shutters cut open.'],
  ['{place} में हमारे घर का ताला तोड़कर चोरी हुई, नकदी और गहने गायब हैं। {ago} पता चला।',
    '{ago} {place} में तीन दुकानों के शटर तोड़कर चोरी हुई।'],
  ['{place} येथे आमच्या घराचे कुलूप तोडून चोरी झाली, दागिने आणि रोख रक्कम गेली.',
    '{ago} {place} मध्ये तीन दुकाने फोडली, चोरट्यांनी माल लंपास केला.'],
  ['{place} me ghar ka tala tod ke chori hui, gehne aur cash gayab',
    '{ago} {place} market me 3 dukaan ke shutter tod ke chori',
    'amcha ghar fodla {place} la {ago}, dagine chorila gele']);
scene('theft', 'p2',
  ['My {item} was snatched by two bike riders near {place} {ago}.',
    'Chain snatching with my mother near {place} temple {ago}.',
    'Pickpocket took my {item} in the crowded bus near {place} {ago}.',
    'Lost my {item} to a pickpocket at {place} market {ago}, it has all my cards.'],
  ['{ago} {place} के पास बाइक सवार दो लोग मेरा {item} छीनकर भाग गए।',
    '{ago} {place} मंदिर के पास मेरी माँ की चेन खींच ली।',
    '{place} में बस में किसी ने जेब काटकर मेरा {item} निकाल लिया।'],
  ['{ago} {place} जवळ दुचाकीवरून आलेल्या दोघांनी माझा {item} हिसकावून नेला.',
    '{ago} {place} मंदिराजवळ माझ्या आईची सोनसाखळी हिसकावली.'],
  ['{ago} {place} ke paas bike wale mera {item} chheen ke bhag gaye',
    'meri mummy ki chain kheench li {place} mandir ke paas {ago}',
    'bus me kisi ne jeb kaat li, {item} gaya {place} me',
    'majha {item} hiskavla {place} jawal {ago}']);
scene('theft', 'p1',
  ['There are thieves inside my neighbour\'s house in {place} {now}, they are on the roof. Please come fast.',
    'Someone is breaking into the shop next to mine at {place} {now}, the shutter is half open.',
    'A man just snatched a lady\'s chain at {place} and is running towards the station {now}.'],
  ['{place} में {now} पड़ोसी के घर में चोर घुसे हैं, छत पर दिख रहे हैं, जल्दी आइए।',
    '{place} में {now} कोई दुकान का ताला तोड़ रहा है।'],
  ['{place} येथे {now} शेजारच्या घरात चोर घुसलेत, गच्चीवर दिसत आहेत.',
    '{place} मध्ये {now} कोणीतरी दुकानाचे कुलूप तोडत आहे.'],
  ['{place} me {now} padosi ke ghar me chor ghuse hai chhat pe dikh rahe',
    '{now} koi {place} me dukaan ka tala tod raha hai jaldi aao',
    '{place} la {now} chor ghusle aahet gharat']);
scene('theft', 'p2',
  ['Copper wires and water meter stolen from our building in {place} {ago}.',
    'My son\'s cycle was stolen from school in {place} {ago}, second time this month.',
    'Fuel stolen from trucks parked at {place} every night, drivers complaining.'],
  ['{place} में हमारी बिल्डिंग से पानी का मीटर और तांबे के तार {ago} चोरी हो गए।',
    '{place} स्कूल से मेरे बेटे की साइकिल {ago} चोरी हो गई।'],
  ['{place} मध्ये आमच्या इमारतीतून पाण्याचे मीटर {ago} चोरीला गेले.',
    'माझ्या मुलाची सायकल {place} च्या शाळेतून {ago} चोरी झाली.'],
  ['{place} me building se paani ka meter chori ho gaya {ago}',
    'bete ki cycle school se chori ho gayi {place} me',
    '{place} la roj raatri truck madhun diesel chori hote']);

// ---- women_safety ----
scene('women_safety', 'p1',
  ['A man on a bike has been following my sister from {place} {now}, she is scared. Please help.',
    'Some guy is following me {now} near {place}, I\'m alone and scared.',
    'Drunk men are harassing two girls at the {place} bus stop {now}, passing comments and touching them.',
    'A woman is being dragged and beaten by a man near {place} {now}.'],
  ['{now} {place} से एक बाइक वाला मेरी बहन का पीछा कर रहा है, वह डरी हुई है।',
    '{place} बस स्टॉप पर {now} कुछ शराबी लड़कियों को छेड़ रहे हैं।',
    'एक आदमी {now} {place} के पास मेरा पीछा कर रहा है, मैं अकेली हूँ।'],
  ['{now} {place} पासून एक बाईकवाला माझ्या बहिणीचा पाठलाग करत आहे, ती घाबरली आहे.',
    '{place} बस स्टॉपवर {now} काही दारुडे मुलींची छेड काढत आहेत.',
    'एक माणूस {now} {place} जवळ माझा पाठलाग करत आहे, मी एकटी आहे.'],
  ['{now} ek bike wala meri behen ka peecha kar raha hai {place} se, wo dari hui hai',
    '{place} bus stop pe {now} kuch sharabi ladkiyon ko chhed rahe hai',
    'koi ladka mera pichha kar raha hai {now} {place} ke paas, main akeli hu',
    'ek manus majha pathlag karto aahe {now} {place} jawal']);
scene('women_safety', 'p1',
  ['My neighbour is beating his wife badly {now}, she is screaming. {place}.',
    'My husband is drunk and beating me {now}, I have locked myself in the room. {place}'],
  ['पड़ोस में {now} एक आदमी अपनी पत्नी को बुरी तरह पीट रहा है, वह चिल्ला रही है। {place}',
    'मेरा पति शराब पीकर {now} मुझे मार रहा है, मैंने खुद को कमरे में बंद कर लिया है।'],
  ['शेजारी {now} एक माणूस बायकोला बेदम मारत आहे, ती ओरडत आहे. {place}',
    'माझा नवरा दारू पिऊन {now} मला मारत आहे, मी खोलीत लपले आहे.'],
  ['pados me {now} ek aadmi apni biwi ko bahut maar raha hai, wo chilla rahi hai {place}',
    'mera pati daru pi ke mujhe maar raha hai {now}, please help',
    'shejari ek manus baykola marto aahe {now}']);
scene('women_safety', 'p2',
  ['Boys on bikes pass lewd comments at girls outside the college in {place} every evening. Needs patrolling.',
    'A man has been stalking my daughter on her way to tuition in {place} for a week.',
    'I was groped in a crowded bus near {place} {ago}. The conductor did nothing.',
    'My in-laws are harassing me for dowry and my husband beat me {ago}. I live in {place}.'],
  ['{place} में कॉलेज के बाहर रोज शाम को कुछ लड़के लड़कियों पर भद्दे कमेंट करते हैं।',
    'एक लड़का हफ्ते भर से मेरी बेटी का ट्यूशन जाते समय पीछा करता है, {place}।',
    'मेरे ससुराल वाले दहेज के लिए परेशान करते हैं, {ago} पति ने मारपीट की।'],
  ['{place} येथे कॉलेजबाहेर रोज संध्याकाळी काही मुले मुलींची छेड काढतात.',
    'एक मुलगा आठवडाभरापासून माझ्या मुलीचा क्लासला जाताना पाठलाग करतो, {place}.',
    'सासरचे लोक हुंड्यासाठी छळ करतात, {ago} नवऱ्याने मारहाण केली.'],
  ['{place} college ke bahar roz shaam ko ladke ladkiyo ko chhedte hai, comments paas karte',
    'ek ladka hafte bhar se meri beti ka tuition jaate time peecha karta hai {place}',
    'sasural wale dahej ke liye pareshan karte hai, pati ne {ago} maara',
    'ek mulga roj majhya mulicha pathlag karto {place} la']);

// ---- traffic ----
scene('traffic', 'p2',
  ['Huge traffic jam at {place} for the last hour, no traffic police anywhere.',
    'Signal at {place} not working since morning, total chaos.',
    'Trucks parked on both sides of the road at {place} block traffic every evening.',
    'Heavy jam at {place} square because of a wedding procession blocking the road.'],
  ['{place} चौक पर एक घंटे से भारी जाम लगा है, कोई ट्रैफिक पुलिस नहीं है।',
    '{place} का सिग्नल सुबह से बंद है, बहुत अफरा-तफरी है।',
    '{place} में सड़क पर ट्रक खड़े रहते हैं, रोज जाम लगता है।'],
  ['{place} चौकात एक तासापासून प्रचंड वाहतूक कोंडी आहे, एकही वाहतूक पोलीस नाही.',
    '{place} येथील सिग्नल सकाळपासून बंद आहे.',
    '{place} मध्ये रस्त्यावर ट्रक उभे असतात, रोज ट्रॅफिक जाम होतो.'],
  ['{place} chowk pe 1 ghante se bahut jaam laga hai, koi traffic police nahi',
    '{place} ka signal band hai subah se, sab gadbad',
    '{place} la traffic jam jhala aahe, signal band aahe',
    'bhai {place} me full traffic jam hai road block ho gaya']);
scene('traffic', 'p2',
  ['Someone has parked a car ({reg}) in front of my gate in {place} since {ago}, can\'t take my vehicle out.',
    'Wrong parking outside the hospital gate in {place}, ambulances cannot enter.',
    'Bikers doing stunts and rash driving on the {place} road every Sunday night.',
    'Auto drivers block the whole road at {place} waiting for passengers.'],
  ['किसी ने मेरे गेट के सामने {place} में गाड़ी {reg} खड़ी कर दी है, मैं गाड़ी नहीं निकाल पा रहा।',
    '{place} रोड पर हर रविवार रात बाइक वाले स्टंट और तेज रफ्तार ड्राइविंग करते हैं।',
    '{place} में ऑटो वाले पूरी सड़क रोक कर खड़े रहते हैं।'],
  ['कोणीतरी माझ्या गेटसमोर {place} मध्ये गाडी {reg} उभी केली आहे, गाडी काढता येत नाही.',
    '{place} रस्त्यावर दर रविवारी रात्री बाईकस्वार स्टंटबाजी करतात.',
    '{place} येथे रिक्षावाले रस्ता अडवून उभे राहतात.'],
  ['kisi ne mere gate ke saamne gaadi {reg} khadi kar di hai {place} me, gaadi nahi nikal rahi',
    '{place} road pe har sunday raat ko ladke stunt aur rash driving karte',
    'auto wale pura road rok ke khade rehte {place} me',
    'majhya gate samor gadi lavli aahe {reg}, {place}']);
scene('traffic', 'p2',
  ['Road blocked at {place} because of a fallen tree, traffic diverted nowhere.',
    'Heavy vehicles entering city roads at {place} during no-entry hours daily.'],
  ['{place} में पेड़ गिरने से सड़क बंद है।'],
  ['{place} येथे झाड पडल्याने रस्ता बंद आहे.'],
  ['{place} me ped gir gaya road block hai',
    'no entry me truck ghuste hai {place} la roj']);
// A drunk or wrong-way driver on the road now can kill in the next minute: p1 (TAXONOMY.md).
scene('traffic', 'p1',
  ['A drunk driver in a white car is swerving all over the {place} road {now}, number {reg}.',
    'A truck is driving on the wrong side on the {place} flyover {now}, very dangerous.'],
  ['{place} रोड पर {now} एक कार वाला नशे में गाड़ी चला रहा है, नंबर {reg}।'],
  ['{place} रस्त्यावर {now} एक कारचालक दारू पिऊन गाडी चालवत आहे, नंबर {reg}.'],
  ['{place} road pe ek car wala daru pi ke gaadi chala raha hai, number {reg}']);

// ---- accident ----
scene('accident', 'p1',
  ['Accident at {place} {now}, a truck hit a bike, the rider is badly injured and bleeding. Need ambulance.',
    'Car hit a pedestrian at {place} {now}, he is unconscious on the road.',
    'Bus overturned near {place}, many passengers injured.',
    'Bad accident on the ring road near {place}, two people lying on the road, not moving.'],
  ['{place} पर {now} ट्रक ने बाइक को टक्कर मार दी, बाइक वाला बुरी तरह घायल है, खून बह रहा है।',
    '{place} में {now} एक कार ने पैदल चल रहे आदमी को उड़ा दिया, वह बेहोश है।',
    '{place} के पास बस पलट गई, कई यात्री घायल हैं।'],
  ['{place} येथे {now} ट्रकने दुचाकीला धडक दिली, चालक गंभीर जखमी आहे.',
    '{place} मध्ये {now} एका कारने पादचाऱ्याला उडवले, तो बेशुद्ध आहे.',
    '{place} जवळ बस उलटली, अनेक प्रवासी जखमी झाले.'],
  ['{place} pe {now} truck ne bike ko thok diya, bike wala bahut ghayal hai khoon beh raha',
    '{now} {place} me accident hua, ek aadmi behosh pada hai road pe',
    '{place} jawal {now} apghat jhala, ek jan gambhir jakhmi aahe',
    'bhai {place} ke paas bada accident, 2 log ghayal, ambulance bhejo']);
scene('accident', 'p2',
  ['A car rear-ended my scooter at {place} {ago}, only damage, but the driver ran away. Number {reg}.',
    'Minor accident at {place} {ago} between an auto and a car, no one hurt but they are blocking the road arguing.',
    'Hit and run near {place} {ago}, my bike got damaged. The car number was {reg}.'],
  ['{ago} {place} में एक कार ने मेरी स्कूटी को पीछे से टक्कर मारी, गाड़ी का नुकसान हुआ, ड्राइवर भाग गया।',
    '{place} में {ago} छोटा एक्सीडेंट हुआ, कोई घायल नहीं, गाड़ी का नंबर {reg}।'],
  ['{ago} {place} येथे एका कारने माझ्या स्कूटीला मागून धडक दिली, गाडीचे नुकसान झाले, चालक पळून गेला.',
    '{place} मध्ये {ago} किरकोळ अपघात झाला, कोणी जखमी नाही, गाडी नंबर {reg}.'],
  ['{ago} {place} me ek car ne meri scooty ko peeche se thoka, damage hua, driver bhaag gaya {reg}',
    'chhota accident hua {place} me {ago}, koi ghayal nahi par gaadi ka nuksan',
    '{ago} {place} la gadi la dhadak dili, nuksan jhala']);

// ---- suspicious ----
scene('suspicious', 'p1',
  ['An unattended black bag has been lying near the ticket counter at {place} for an hour. Crowd all around.',
    'Suspicious bag left under a bench at {place} bus stand, nobody claiming it.',
    'There is a box with wires near the temple gate at {place}, lots of people around.'],
  ['{place} पर टिकट काउंटर के पास एक घंटे से लावारिस बैग पड़ा है, बहुत भीड़ है।',
    '{place} बस स्टैंड पर बेंच के नीचे संदिग्ध बैग पड़ा है, कोई लेने नहीं आया।'],
  ['{place} येथे तिकीट खिडकीजवळ एक तासापासून बेवारस बॅग पडली आहे, खूप गर्दी आहे.',
    '{place} बसस्थानकावर बाकाखाली संशयास्पद पिशवी पडली आहे.'],
  ['{place} pe ticket counter ke paas ek lawaris bag pada hai 1 ghante se, bheed bahut hai',
    '{place} bus stand pe bench ke niche ek bag pada hai, koi lene nahi aaya, shak ho raha',
    '{place} la ek bewaras bag padli aahe, khup gardi aahe']);
scene('suspicious', 'p1',
  ['Two men are checking the locks of houses in our lane in {place} {now}, they ran when we shouted.',
    '3 unknown guys roaming around parked cars in {place} {now} with a bag, looks like they will steal.'],
  ['{now} {place} में हमारी गली में दो अनजान लोग घरों के ताले चेक कर रहे हैं।',
    '{now} {place} में तीन संदिग्ध लोग खड़ी गाड़ियों के आसपास घूम रहे हैं।'],
  ['{now} {place} मध्ये आमच्या गल्लीत दोन अनोळखी लोक घरांची कुलुपे तपासत आहेत.',
    '{now} {place} येथे तीन संशयित लोक उभ्या गाड्यांभोवती फिरत आहेत.'],
  ['{now} {place} me gali me 2 anjaan log gharo ke tale check kar rahe hai',
    '{now} {place} me 3 sandigdh ladke gaadiyo ke aas paas ghoom rahe hai',
    '{now} {place} la don anolkhi lok gharanchi kulupa baghat aahet']);
scene('suspicious', 'p2',
  ['A car without number plates has been parked in our colony in {place} for 4 days. Nobody knows whose it is.',
    'Some unknown men keep visiting an empty flat in {place} late at night, looks suspicious.',
    'A stranger was taking photos of children outside the school in {place} {ago}.',
    'A man was roaming around our building in {place} {ago} asking odd questions about who lives where.'],
  ['{place} में हमारी कॉलोनी में 4 दिन से बिना नंबर प्लेट की कार खड़ी है, किसी को नहीं पता किसकी है।',
    '{place} में एक खाली फ्लैट में देर रात अनजान लोग आते-जाते हैं, शक होता है।',
    '{ago} {place} में स्कूल के बाहर एक अजनबी बच्चों की फोटो खींच रहा था।'],
  ['{place} मध्ये आमच्या कॉलनीत 4 दिवसांपासून विना नंबरप्लेटची कार उभी आहे.',
    '{place} येथे एका रिकाम्या फ्लॅटमध्ये रात्री उशिरा अनोळखी लोक येतात, संशय येतो.',
    '{ago} {place} मध्ये शाळेबाहेर एक अनोळखी माणूस मुलांचे फोटो काढत होता.'],
  ['{place} colony me 4 din se bina number plate ki car khadi hai, kiski hai pata nahi',
    '{place} me ek khali flat me raat ko anjaan log aate jaate hai, shak hota hai',
    '{ago} school ke bahar ek ajnabi bacho ki photo le raha tha {place}',
    '{place} la ek sanshayit manus firat hota {ago}']);

// ---- nuisance ----
scene('nuisance', 'p2',
  ['Loud DJ music at the lawn in {place} past midnight every night, we can\'t sleep.',
    'Loudspeakers blaring in {place} till 1 am, kids have exams.',
    'Firecrackers and band baaja at 2 am in {place} again.'],
  ['{place} के लॉन में रोज आधी रात के बाद तक तेज डीजे बजता है, सो नहीं पाते।',
    '{place} में रात 1 बजे तक लाउडस्पीकर बज रहे हैं, बच्चों की परीक्षा है।'],
  ['{place} येथील लॉनवर रोज मध्यरात्रीनंतरही मोठ्याने डीजे वाजतो, झोप येत नाही.',
    '{place} मध्ये रात्री 1 वाजेपर्यंत लाऊडस्पीकर सुरू असतात.'],
  ['{place} ke lawn me roz raat 12 ke baad bhi full DJ bajta hai, so nahi pate',
    '{place} me raat 1 baje tak loudspeaker baj rahe, bacho ki exam hai',
    '{place} la roj ratri DJ vajto, zop yet nahi']);
scene('nuisance', 'p2',
  ['People drink openly on the footpath near {place} every evening and create a nuisance.',
    'Illegal liquor being sold from a paan shop in {place}, drunkards everywhere.',
    'Gambling den running behind the {place} market, satta daily.',
    'Boys smoke ganja in the park at {place}, families have stopped going.',
    'Two drunk men quarrelling loudly outside the wine shop in {place}, abusing passers-by.',
    'Hawkers have encroached the whole footpath at {place}, no space to walk.'],
  ['{place} के पास हर शाम लोग खुलेआम फुटपाथ पर शराब पीते हैं।',
    '{place} में एक पान ठेले से अवैध शराब बिकती है।',
    '{place} मार्केट के पीछे जुए का अड्डा चलता है, रोज सट्टा होता है।',
    '{place} के पार्क में लड़के गांजा पीते हैं।',
    '{place} में शराब की दुकान के बाहर दो शराबी झगड़ा और गाली-गलौज कर रहे हैं।'],
  ['{place} जवळ रोज संध्याकाळी लोक फुटपाथवर उघडपणे दारू पितात.',
    '{place} मध्ये एका पानटपरीवरून अवैध दारू विकली जाते.',
    '{place} बाजारामागे जुगाराचा अड्डा चालतो.',
    '{place} च्या बागेत मुले गांजा ओढतात.',
    '{place} मध्ये फेरीवाल्यांनी संपूर्ण फुटपाथ अडवला आहे.'],
  ['{place} ke paas roz shaam log khule me daru peete hai footpath pe',
    '{place} me paan thele se avaidh daru bikti hai',
    '{place} market ke peeche jua aur satta chalta hai roz',
    '{place} park me ladke ganja peete hai',
    'do bewde wine shop ke bahar jhagad rahe gaali de rahe {place}',
    '{place} la daru che adde chalu aahet']);

// ---- cyber_fraud ----
scene('cyber_fraud', 'p2',
  ['I got a call from a fake bank officer {ago}, shared the OTP and ₹{amt} was debited from my account.',
    'Lost ₹{amt} in a UPI fraud {ago}. The person pretended to buy my sofa on OLX and sent a QR code.',
    'Someone created a fake Facebook profile with my photos and is asking my friends for money.',
    'A loan app is harassing me and sending morphed photos to my contacts.',
    'Got a KYC update SMS with a link {ago}, clicked it and ₹{amt} gone from my card.',
    'Someone is blackmailing me online with my private video, asking for money.',
    'Paid ₹{amt} for an online part-time job task {ago}, now they are asking for more. It\'s a scam.'],
  ['{ago} बैंक अधिकारी बनकर किसी ने फोन किया, OTP बताया और खाते से ₹{amt} कट गए।',
    '{ago} UPI से ₹{amt} की ठगी हो गई, OLX पर खरीदार बनकर QR कोड भेजा।',
    'किसी ने मेरी फोटो से फर्जी फेसबुक प्रोफाइल बनाकर दोस्तों से पैसे मांगे।',
    'लोन ऐप वाले मेरे फोटो एडिट करके रिश्तेदारों को भेज रहे हैं, ब्लैकमेल कर रहे हैं।'],
  ['{ago} बँक अधिकारी असल्याचे सांगून फोन आला, OTP सांगितला आणि खात्यातून ₹{amt} गेले.',
    '{ago} ऑनलाइन फसवणूक झाली, UPI वरून ₹{amt} कापले गेले.',
    'कोणीतरी माझ्या फोटोंचे बनावट फेसबुक प्रोफाइल बनवून मित्रांकडे पैसे मागत आहे.',
    'लोन ॲपवाले माझे फोटो मॉर्फ करून नातेवाईकांना पाठवत आहेत.'],
  ['{ago} bank wala bankar call aaya, OTP bataya aur {amt} rupaye kat gaye account se',
    'UPI fraud ho gaya bhai, {amt} gaye, OLX pe QR code bheja tha',
    'kisi ne meri fake id bana di instagram pe, sabse paise maang raha',
    'loan app wale photo morph karke bhej rahe sabko, blackmail kar rahe',
    'online fasavnuk jhali, {amt} rupaye gele account madhun',
    'KYC ke naam pe link bheja, click kiya aur {amt} kat gaye']);

// ---- missing_person ----
scene('missing_person', 'p1',
  ['{child} has been missing since {recent}, went to play near {place} and did not come back.',
    '{child} did not return from school today, we have searched all of {place}.',
    '{elder} has dementia and wandered off from our house in {place} {recent}. He is wearing a white shirt.',
    'Child lost in the crowd at {place} fair, 5 year old boy in a red t-shirt.'],
  ['{child} {recent} से लापता है, {place} के पास खेलने गया था और वापस नहीं आया।',
    '{child} आज स्कूल से घर नहीं आया, पूरा {place} ढूंढ लिया।',
    '{elder} भूलने की बीमारी है, {recent} {place} से घर से निकले और गुम हो गए।'],
  ['{child} {recent} पासून बेपत्ता आहे, {place} जवळ खेळायला गेला होता, परत आला नाही.',
    '{child} आज शाळेतून घरी आला नाही, संपूर्ण {place} शोधले.',
    '{elder} यांना विसरण्याचा आजार आहे, {recent} {place} येथून घराबाहेर पडले आणि हरवले.'],
  ['{child} {recent} se gayab hai, {place} me khelne gaya tha wapas nahi aaya',
    '{child} aaj school se ghar nahi aaya, pura {place} dhoondh liya',
    '{elder} ko bhoolne ki bimari hai, {recent} ghar se nikle aur gum ho gaye {place}',
    '{child} {recent} pasun harvala aahe {place} madhun']);
scene('missing_person', 'p2',
  ['My brother (24) has not been home for 3 days, phone switched off. Last seen near {place}.',
    'My husband left for work {ago} and has not returned, his phone is off.'],
  ['मेरा 24 साल का भाई 3 दिन से घर नहीं आया, फोन बंद है, आखिरी बार {place} में देखा गया।'],
  ['माझा 24 वर्षांचा भाऊ 3 दिवसांपासून घरी आला नाही, फोन बंद आहे, शेवटचा {place} येथे दिसला.'],
  ['mera bhai 3 din se ghar nahi aaya, phone band hai, last {place} me dekha',
    'majha bhau 3 divsanpasun gharla aala nahi, phone band aahe']);
// Found alone and unable to say where home is: as urgent as missing, the family is searching now.
scene('missing_person', 'p1',
  ['Found an old man wandering alone at {place}, he can\'t tell his address.'],
  ['{place} में एक बुजुर्ग भटकते हुए मिले हैं, अपना पता नहीं बता पा रहे।'],
  ['{place} येथे एक वृद्ध व्यक्ती भटकताना सापडली, त्यांना पत्ता सांगता येत नाही.'],
  ['{place} me ek buzurg mile hai bhatakte hue, address nahi bata pa rahe']);

// ---- police_conduct ----
scene('police_conduct', 'p2',
  ['The {place} police station refused to register my FIR for my stolen {veh}, they asked me to come tomorrow.',
    'The duty officer at {place} police station was very rude and shouted at my old mother.',
    'A constable at {place} signal demanded ₹500 without a receipt. This is bribery.',
    'Called 112 twice {ago} about a fight, no one came. Very disappointed with the response.',
    'Gave a complaint at {place} PS a month ago, no action yet, the IO does not pick up the phone.',
    'Policemen at the {place} checkpost were drunk on duty {ago}.'],
  ['{place} थाने में मेरी FIR दर्ज करने से मना कर दिया, कहा कल आना।',
    '{place} थाने के ड्यूटी अधिकारी ने मेरी बूढ़ी माँ से बहुत बदतमीजी की।',
    '{place} सिग्नल पर एक सिपाही ने बिना रसीद 500 रुपये रिश्वत मांगी।',
    '{ago} 112 पर दो बार फोन किया, कोई नहीं आया।',
    'एक महीने पहले {place} थाने में शिकायत दी थी, अब तक कोई कार्रवाई नहीं हुई।'],
  ['{place} पोलीस ठाण्यात माझी एफआयआर नोंदवण्यास नकार दिला, उद्या या म्हणाले.',
    '{place} ठाण्यातील अधिकारी माझ्या आईशी उद्धटपणे बोलले.',
    '{place} सिग्नलवर एका पोलिसाने पावती न देता 500 रुपये लाच मागितली.',
    '{ago} 112 ला दोनदा फोन केला, कोणीच आले नाही.',
    'महिन्यापूर्वी {place} ठाण्यात तक्रार दिली, अजून काहीच कारवाई नाही.'],
  ['{place} thane me FIR likhne se mana kar diya, bole kal aana',
    '{place} police station ke officer ne meri mummy se badtameezi ki',
    'signal pe havaldar ne 500 rupaye maange bina receipt ke, rishwat hai ye',
    '{ago} 112 pe 2 baar call kiya koi nahi aaya',
    '{place} thanyat FIR ghetli nahi, udya ya mhanale',
    'ek mahine se complaint di hai koi action nahi, IO phone nahi uthata']);

// ---- information ----
scene('information', 'p3',
  ['What is the status of my FIR number {firno} filed at {place} police station?',
    'How do I apply for police verification for my passport? Mine is pending.',
    'Is tenant verification mandatory in Nagpur? How can I do it online?',
    'I lost my Aadhaar card and driving licence in {place}. How do I get a lost report?',
    'How to get a character certificate from Nagpur police for a job?',
    'Which police station covers {place}? I want to submit an application.',
    'What is the cyber cell helpline number?',
    'Do we need police permission for a loudspeaker at a wedding in {place}?'],
  ['{place} थाने में दर्ज मेरी FIR {firno} का स्टेटस क्या है?',
    'पासपोर्ट के लिए पुलिस वेरिफिकेशन कैसे करवाएं? मेरा पेंडिंग है।',
    'किरायेदार का पुलिस सत्यापन ऑनलाइन कैसे करें?',
    'मेरा आधार कार्ड और लाइसेंस {place} में गुम हो गया, गुमशुदगी रिपोर्ट कैसे बनवाएं?',
    'नौकरी के लिए चरित्र प्रमाणपत्र कैसे मिलेगा?',
    '{place} किस थाने में आता है?'],
  ['{place} पोलीस ठाण्यात नोंदवलेल्या माझ्या एफआयआर {firno} ची स्थिती काय आहे?',
    'पासपोर्टसाठी पोलीस पडताळणी कशी करायची? माझी प्रलंबित आहे.',
    'भाडेकरूची पोलीस पडताळणी ऑनलाईन कशी करावी?',
    'माझे आधार कार्ड आणि परवाना {place} मध्ये हरवले, हरवल्याचा दाखला कसा मिळेल?',
    'नोकरीसाठी चारित्र्य प्रमाणपत्र कसे मिळेल?',
    '{place} कोणत्या पोलीस ठाण्यात येते?'],
  ['meri FIR {firno} ka status kya hai {place} thane me di thi',
    'passport verification kaise hoga, mera pending hai kab tak hoga?',
    'kirayedar ka police verification online kaise kare?',
    'mera aadhar card aur licence gum ho gaya {place} me, report kaise banaye?',
    'character certificate kaise milega job ke liye?',
    '{place} kis thane me aata hai bhai?',
    'passport verification kasa karaycha, pending aahe']);

// ---- feedback ----
scene('feedback', 'p3',
  ['Thank you @NagpurPolice for finding my stolen {veh} within 2 days. Great work by {place} PS!',
    'Kudos to the traffic police at {place} for managing the crowd so well during the festival.',
    'Suggestion: please increase night patrolling in {place}, it will make residents feel safer.',
    'The new women help desk at {place} station is very helpful. Well done.',
    'Police at {place} were very polite and quick. Proud of Nagpur police.',
    'You should put more CCTV cameras on the {place} road, just a suggestion.'],
  ['नागपुर पुलिस को धन्यवाद, {place} थाने ने 2 दिन में मेरी {veh} ढूंढ दी।',
    '{place} में त्योहार पर भीड़ संभालने के लिए ट्रैफिक पुलिस का शुक्रिया।',
    'सुझाव: {place} में रात की गश्त बढ़ाई जाए।',
    'नागपुर पुलिस बहुत अच्छा काम कर रही है, गर्व है।'],
  ['नागपूर पोलिसांचे आभार, {place} ठाण्याने 2 दिवसांत माझी {veh} शोधून दिली.',
    '{place} मध्ये उत्सवात गर्दी उत्तम सांभाळल्याबद्दल वाहतूक पोलिसांचे कौतुक.',
    'सूचना: {place} मध्ये रात्रीची गस्त वाढवावी.',
    'नागपूर पोलीस उत्कृष्ट काम करत आहेत, अभिमान वाटतो.'],
  ['thank you nagpur police, {place} thane ne 2 din me meri {veh} dhoondh di',
    'traffic police ne {place} me bheed bahut accha sambhala, salute',
    'suggestion hai {place} me raat ko patrolling badhao',
    'nagpur police ekdum mast kaam kar rahi hai, proud',
    'dhanyawad saheb, tumhi khup changla kaam kela']);

// ---- other ----
scene('other', 'p3',
  ['Earn ₹{amt} per day from home! DM now, limited seats. {url}',
    'Get 10k Instagram followers at the best price, WhatsApp {phone}',
    'Mega sale at our showroom in {place}, 50% off on all mobiles this weekend!',
    'Good morning everyone, have a blessed Sunday 🌞🌸',
    'Who is winning today\'s India vs Australia match?',
    'Vote for our candidate in the upcoming corporation election! #Nagpur',
    'Forward this message to 10 groups and you will get good news today.',
    'The roads in this city are a joke, the corporation is useless. Nothing to do with police, just venting.'],
  ['घर बैठे रोज ₹{amt} कमाएं! अभी संपर्क करें {phone}',
    'सुप्रभात, आपका दिन शुभ हो 🙏🌸',
    'आज का मैच कौन जीतेगा?',
    'हमारे उम्मीदवार को वोट दें, नगर निगम चुनाव में।',
    'यह संदेश 10 ग्रुप में भेजें, अच्छी खबर मिलेगी।'],
  ['घरबसल्या दररोज ₹{amt} कमवा! संपर्क {phone}',
    'शुभ सकाळ, आपला दिवस आनंदी जावो 🌸',
    'आजची मॅच कोण जिंकणार?',
    'आमच्या उमेदवाराला मत द्या!',
    'हा संदेश 10 ग्रुपमध्ये पाठवा.'],
  ['ghar baithe roz {amt} kamao, abhi DM karo {url}',
    'good morning sabko, aapka din shubh ho',
    'aaj match kaun jeetega bhai?',
    'hamare neta ko vote do is baar',
    'ye message 10 group me forward karo',
    '10k followers sasta me, whatsapp karo {phone}']);
scene('other', 'p3',
  ['You useless idiots, just sitting there doing nothing, bloody jokers.',
    'Nagpur police is a bunch of clowns lol 🤡🤡',
    'asdfgh test test',
    'hi',
    'Anyone selling a second-hand fridge in {place}?'],
  ['बेकार लोग हो तुम सब, हरामी निकम्मे।', 'टेस्ट मैसेज', 'नमस्ते'],
  ['नालायक लोक आहात तुम्ही सगळे.', 'टेस्ट', 'नमस्कार'],
  ['tum log nikamme ho saale, kuch kaam ke nahi', 'bc kuch nahi karte ye log', 'test msg', 'hello', 'koi second hand fridge bech raha hai kya {place} me?']);

// ---- more scenes: the everyday spread of each category, beyond the obvious incident reports ----
scene('other', 'p3',
  ['Orange City marathon was so much fun this morning! 🏃‍♂️ #Nagpur',
    'Anyone know a good biryani place open late near {place}? 😋',
    'Potholes everywhere on the {place} road, the municipal corporation is sleeping. Nothing for police, just angry.',
    'Happy Holi everyone 🎨🎉 stay colourful Nagpur!',
    'Eid Mubarak to all my friends in Nagpur 🌙',
    'Water supply cut again in {place} for 3 days, NMC please wake up.',
    '2BHK flat for sale in {place}, ready possession, call {phone}',
    'Best coaching class for NEET in Nagpur? Asking for my cousin.',
    'Who else is going to the concert at {place} ground this Saturday? 🎶',
    'This city has the best oranges, no debate 🍊'],
  ['होली की सभी को हार्दिक शुभकामनाएं 🎨',
    '{place} में सड़कों पर गड्ढे ही गड्ढे हैं, नगर निगम सो रहा है।',
    '{place} में तीन दिन से पानी नहीं आ रहा, मनपा कुछ नहीं करती।',
    'नागपुर के संतरे सबसे बढ़िया हैं 🍊',
    'कोई बताएगा {place} के पास अच्छी बिरयानी कहाँ मिलेगी?',
    'आज का मौसम बहुत सुहाना है, घूमने का मन है।',
    'फ्लैट बिकाऊ है {place} में, संपर्क करें {phone}'],
  ['सर्वांना होळीच्या हार्दिक शुभेच्छा 🎨',
    '{place} रस्त्यावर सगळीकडे खड्डे, महानगरपालिका झोपली आहे.',
    '{place} मध्ये तीन दिवसांपासून पाणी नाही, मनपा काहीच करत नाही.',
    'नागपूरची संत्री सगळ्यात भारी 🍊',
    '{place} जवळ चांगली बिर्याणी कुठे मिळेल?',
    'आजचा पाऊस मस्त आहे, भजी खायला चला.'],
  ['sabko holi ki shubhkamnaye 🎨🎉',
    '{place} road pe itne gadde hai, NMC so rahi hai kya',
    'teen din se paani nahi aa raha {place} me, corporation kuch nahi karta',
    'marathon me bahut maza aaya aaj subah 🏃',
    'koi batao {place} ke paas late night biryani kaha milegi? 😋',
    'NEET ke liye best coaching konsi hai nagpur me?',
    'aaj paus khup aahe, mast vatavaran']);
scene('feedback', 'p3',
  ['Thanks to the {place} police for recovering my stolen mobile in just a week, amazing work 👏',
    'Saw a traffic constable helping an old man cross the road at {place} in the rain. Respect 🙏',
    'Great arrangements during the Marbat procession, crowd was handled so smoothly. Well done Nagpur Police.',
    'The cyber safety session your team took at our school was very useful for the kids. Thank you.',
    'Your helmet awareness drive is working, I see more people wearing helmets now 👍',
    'Suggestion: please fix street lights and add a women patrol near {place}, it gets dark and lonely.',
    'Response time of the 112 team has really improved, they reached in 10 minutes. Keep it up!',
    'Love the creative posts on your page, very effective messaging 😄'],
  ['{place} पुलिस का धन्यवाद, एक हफ्ते में मेरा चोरी हुआ मोबाइल वापस दिला दिया 👏',
    'बारिश में ट्रैफिक सिपाही ने एक बुजुर्ग को सड़क पार कराई, सलाम 🙏',
    'हमारे स्कूल में साइबर सुरक्षा पर आपकी टीम का सत्र बहुत उपयोगी रहा, धन्यवाद।',
    'सुझाव है कि {place} में स्ट्रीट लाइट और महिला गश्त बढ़ाई जाए।',
    '112 की टीम 10 मिनट में पहुंच गई, बहुत बढ़िया काम।'],
  ['{place} पोलिसांचे आभार, आठवड्यात माझा चोरी गेलेला मोबाईल परत मिळवून दिला 👏',
    'पावसात वाहतूक पोलिसाने एका आजोबांना रस्ता पार करून दिला, सलाम 🙏',
    'आमच्या शाळेत तुमच्या टीमने घेतलेले सायबर सुरक्षा सत्र मुलांसाठी खूप उपयोगी ठरले.',
    'सूचना: {place} मध्ये पथदिवे आणि महिला गस्त वाढवावी.',
    '112 ची टीम 10 मिनिटांत पोहोचली, उत्तम काम.'],
  ['{place} police ko thanks, ek hafte me chori hua mobile wapas dila diya 👏',
    'baarish me traffic wale bhaiya ne ek uncle ko road cross karaya, respect 🙏',
    'school me cyber safety wala session bahut useful tha, thank you team',
    'helmet wali campaign kaam kar rahi hai, ab sab helmet pehente hai 👍',
    '112 wale 10 min me aa gaye, kya baat hai, keep it up',
    'aapke posts bahut creative hote hai 😄',
    'police dadanno tumhi chaan kaam karta, abhar']);
scene('information', 'p3',
  ['How do I get a copy of my FIR? I need it for a claim.',
    'Is there any helpline for senior citizens who live alone in Nagpur?',
    'What permissions are needed for a Ganesh pandal on the street in {place}?',
    'What documents are needed for an arms licence application?',
    'How can I check and pay my e-challan online?',
    'Where do I apply for a police clearance certificate for a visa?',
    'How do I do police verification for our new domestic help?',
    'What are the timings of the {place} police station for submitting an application?',
    'I want to withdraw a complaint I filed earlier. What is the procedure?',
    'How can I file a complaint online without going to the station?',
    'Do we need police permission for a DJ at a private function in {place}?'],
  ['मुझे अपनी FIR की कॉपी कैसे मिलेगी?',
    'अकेले रहने वाले बुजुर्गों के लिए नागपुर पुलिस की कोई हेल्पलाइन है?',
    'गणेश पंडाल के लिए कौन सी अनुमति चाहिए?',
    'ई-चालान ऑनलाइन कैसे भरें?',
    'घरेलू काम वाली बाई का पुलिस वेरिफिकेशन कैसे करवाएं?',
    'ऑनलाइन शिकायत कैसे दर्ज करें?',
    'निजी कार्यक्रम में डीजे के लिए पुलिस की अनुमति लेनी पड़ती है क्या?'],
  ['माझ्या एफआयआरची प्रत कशी मिळेल?',
    'एकट्या राहणाऱ्या ज्येष्ठ नागरिकांसाठी काही हेल्पलाइन आहे का?',
    'गणपती मंडपासाठी कोणत्या परवानग्या लागतात?',
    'ई-चलन ऑनलाईन कसे भरायचे?',
    'घरकाम करणाऱ्या बाईची पोलीस पडताळणी कशी करायची?',
    'ऑनलाईन तक्रार कशी नोंदवायची?',
    'खाजगी कार्यक्रमात डीजेसाठी परवानगी लागते का? कुठे अर्ज करायचा?'],
  ['FIR ki copy kaise milegi mujhe?',
    'senior citizens ke liye koi helpline hai kya nagpur me?',
    'ganpati pandal ke liye kaunsi permission chahiye?',
    'e-challan online kaise bhare?',
    'kaamwali bai ka police verification kaise karwaye?',
    'online complaint kaise karte hai bina thane jaye?',
    'DJ sathi parvangi lagte ka? kuthe arj karaycha?']);
scene('nuisance', 'p2',
  ['So kind of the marriage hall in {place} to share their band with the whole colony till 1am 🙃 every single night.',
    'Men sit on the {place} footpath drinking and fighting among themselves every night, women avoid the road.',
    'Drugs being sold near the school gate in {place}, everyone knows the peddler.',
    'Cricket betting racket running from a house in {place}, lots of youngsters going there.',
    'Some people burn garbage and plastic every night in {place}, whole lane full of smoke.',
    'Dhaba in {place} serves liquor illegally late at night, drunk customers shout on the road.'],
  ['{place} के मैरिज हॉल वाले रोज रात 1 बजे तक पूरे मोहल्ले को बैंड सुनाते हैं, बहुत मेहरबानी 🙃',
    '{place} में फुटपाथ पर रोज रात लोग शराब पीकर आपस में झगड़ते हैं।',
    '{place} में स्कूल के गेट के पास नशीले पदार्थ बिकते हैं।',
    '{place} के एक घर से क्रिकेट सट्टा चलता है।'],
  ['{place} चे मंगल कार्यालय रोज रात्री 1 पर्यंत बँड वाजवते, झोप मोड होते.',
    '{place} मध्ये फुटपाथवर रोज रात्री लोक दारू पिऊन आपसात भांडतात.',
    '{place} मध्ये शाळेच्या गेटजवळ अमली पदार्थ विकले जातात.',
    '{place} मध्ये एका घरातून क्रिकेट सट्टा चालतो.'],
  ['{place} ke marriage hall wale roz raat 1 baje tak band bajate hai, bahut meharbani 🙃',
    'footpath pe roz raat log daru peeke aapas me ladte hai {place} me',
    'school gate ke paas nasha bechte hai {place} me, sabko pata hai',
    '{place} me ek ghar se cricket satta chalta hai',
    'roj ratri {place} la DJ aani daru party chalu aste']);
scene('police_conduct', 'p2',
  ['Whom do I complain to about the SHO of {place} who refuses to even look at my application?',
    'The investigating officer keeps asking me for "expenses" to move my case forward.',
    'Constables at the {place} naka stop only trucks and take money openly.',
    'I called the control room {ago} for a fight, the van came after 2 hours.'],
  ['{place} थाने के थानेदार मेरी अर्जी देखते तक नहीं, उनकी शिकायत कहाँ करें?',
    'जांच अधिकारी केस आगे बढ़ाने के लिए "खर्चा" मांग रहे हैं।',
    '{place} नाके पर सिपाही खुलेआम ट्रक वालों से पैसे लेते हैं।'],
  ['{place} ठाण्याचे अधिकारी माझा अर्जसुद्धा पाहत नाहीत, त्यांची तक्रार कुठे करायची?',
    'तपास अधिकारी केस पुढे नेण्यासाठी पैसे मागत आहेत.',
    '{place} नाक्यावर पोलीस उघडपणे ट्रकवाल्यांकडून पैसे घेतात.'],
  ['{place} thane ke SHO application dekhte bhi nahi, inki shikayat kaha kare?',
    'IO case aage badhane ke liye kharcha maang raha hai',
    'naka pe havaldar khule aam truck walo se paise lete hai',
    'thanedar ne complaint lene ki jagah mujhe hi dhamkaya']);
scene('theft', 'p2',
  ['Cement bags and iron bars stolen overnight from the godown in {place}, the shutter was forced.',
    'Someone broke my car window at {place} and stole the laptop bag {ago}.',
    'Two goats stolen from our shed in {place} {ago}.',
    'Shoplifting caught on CCTV at my store in {place}, the man took cash from the counter.'],
  ['{place} के गोदाम से रात में सीमेंट की बोरियां और सरिया चोरी हो गए।',
    '{ago} {place} में कार का शीशा तोड़कर लैपटॉप बैग चोरी हुआ।',
    'बस में किसी ने मेरी जेब काट ली, बटुए में सारे कार्ड थे।'],
  ['बसमध्ये कोणीतरी माझा खिसा कापला, पाकिटात सगळी कार्डे होती.',
    '{place} येथील गोदामातून रात्री सिमेंटची पोती आणि सळ्या चोरीला गेल्या.',
    '{ago} {place} मध्ये कारची काच फोडून लॅपटॉप बॅग चोरली.',
    'बाजारात गर्दीत माझे पाकीट मारले गेले.'],
  ['bus me kisi ne jeb kaat li, wallet me saare card the',
    'godown se raat me cement ki bori aur sariya chori ho gaye {place}',
    'car ka kaanch tod ke laptop bag chura liya {ago}',
    'bazaarat gardit majha pakit marla gela']);
scene('accident', 'p2',
  ['{ago} a bus scraped my car at {place} and did not stop, side mirror and door damaged.',
    'My scooter was hit by a reversing truck at {place} {ago}, only the scooter is damaged.'],
  ['{ago} {place} में एक बस मेरी कार को रगड़ते हुए निकल गई, दरवाजा और शीशा टूट गया।',
    '{place} में पीछे आते ट्रक ने मेरी स्कूटी को टक्कर मारी, सिर्फ गाड़ी का नुकसान हुआ।'],
  ['{ago} {place} येथे एका बसने माझ्या कारला घासले, दरवाजा आणि आरसा तुटला.',
    '{place} मध्ये मागे येणाऱ्या ट्रकने स्कूटीला धडक दिली, फक्त गाडीचे नुकसान.'],
  ['{ago} bus ne meri car ko ragad diya {place} me, mirror aur door toot gaya',
    'truck reverse me aake scooty ko thok gaya, sirf gaadi ka nuksan']);
scene('accident', 'p1',
  ['A tractor overturned on the {place} road {now}, the driver is trapped underneath.',
    'A cyclist was knocked down by a speeding car near {place}, he is bleeding from the head.',
    'Cylinder blast in a house at {place}, people trapped, fire spreading.'],
  ['{place} रोड पर {now} ट्रैक्टर पलट गया, ड्राइवर नीचे दबा है।',
    '{place} के पास तेज कार ने साइकिल वाले को उड़ा दिया, सिर से खून बह रहा है।',
    '{place} में एक घर में सिलेंडर फटा, आग लगी है, लोग फंसे हैं।'],
  ['{place} रस्त्यावर {now} ट्रॅक्टर उलटला, चालक खाली अडकला आहे.',
    '{place} जवळ भरधाव कारने सायकलस्वाराला उडवले, डोक्यातून रक्त येत आहे.',
    '{place} मध्ये घरात सिलेंडरचा स्फोट झाला, आग लागली आहे.'],
  ['{now} {place} road pe tractor palat gaya, driver neeche fasa hai',
    'tez car ne cycle wale ko uda diya {place} ke paas, sar se khoon beh raha',
    '{place} me ghar me cylinder phata aag lagi hai log fase hai']);
scene('missing_person', 'p1',
  ['Lost my 4 year old daughter in the crowd at {place} during the procession, pink frock. Please announce.',
    '{elder} left home after lunch in {place} and is not answering, he gets confused easily.',
    'Our 15 year old son left for coaching at 4 and has not reached home, phone switched off.'],
  ['जुलूस की भीड़ में {place} पर मेरी 4 साल की बेटी बिछड़ गई, गुलाबी फ्रॉक पहनी है।',
    '{elder} दोपहर खाने के बाद घर से निकले, फोन नहीं उठा रहे, उन्हें याद नहीं रहता।',
    'हमारा 15 साल का बेटा कोचिंग गया था, अभी तक घर नहीं आया, फोन बंद है।'],
  ['मिरवणुकीच्या गर्दीत {place} येथे माझी 4 वर्षांची मुलगी हरवली, गुलाबी फ्रॉक घातला आहे.',
    '{elder} दुपारी जेवणानंतर घराबाहेर पडले, अजून आले नाहीत, त्यांना आठवत नाही.',
    'आमचा 15 वर्षांचा मुलगा क्लासला गेला, अजून घरी आला नाही, फोन बंद आहे.'],
  ['juloos ki bheed me {place} pe meri 4 saal ki beti bichhad gayi, pink frock',
    'dadaji lunch ke baad ghar se nikle, abhi tak nahi aaye, unhe yaad nahi rehta',
    'beta coaching gaya tha abhi tak ghar nahi aaya phone band']);
scene('missing_person', 'p2',
  ['A confused elderly man is sitting at our shop in {place} since noon, he cannot say where he lives.',
    'A small boy found crying near {place} market, we are keeping him at the shop. Please inform his parents.'],
  ['{place} में हमारी दुकान पर एक बुजुर्ग दोपहर से बैठे हैं, अपना घर नहीं बता पा रहे।'],
  ['{place} मध्ये आमच्या दुकानात एक आजोबा दुपारपासून बसले आहेत, घर कुठे ते सांगता येत नाही.'],
  ['{place} me dukaan pe ek buzurg dopahar se baithe hai, ghar ka pata nahi bata rahe',
    'ek chhota ladka rota hua mila {place} market me, uske parents ko dhundho']);
scene('missing_person', 'p3',
  ['My sister who was reported missing has been traced and is safe with relatives. You may close the complaint.',
    'Thank you, my son who went missing has returned home. Kindly close the missing complaint.'],
  ['मेरी बहन जिसकी गुमशुदगी दर्ज कराई थी, रिश्तेदारों के पास सुरक्षित मिल गई है। शिकायत बंद कर दें।'],
  ['माझी बहीण जिची हरवल्याची तक्रार दिली होती, ती नातेवाईकांकडे सुखरूप सापडली. तक्रार बंद करावी.'],
  ['behen ki missing report likhai thi, wo rishtedar ke ghar mil gayi, complaint band kar do',
    'bhai wapas aa gaya ghar, complaint close kar dijiye']);
scene('suspicious', 'p2',
  ['A van without plates comes every night to the closed factory in {place} and leaves before dawn.',
    'A drone has been flying over our housing society in {place} at night for three days.',
    'Two men were noting down which flats are locked in our building in {place} {ago}.'],
  ['{place} में बंद फैक्ट्री में रोज रात बिना नंबर की वैन आती है और सुबह से पहले चली जाती है।',
    '{place} में तीन दिन से रात को सोसाइटी के ऊपर ड्रोन उड़ रहा है।'],
  ['{place} मध्ये बंद कारखान्यात रोज रात्री विना नंबरची व्हॅन येते आणि पहाटे निघून जाते.',
    '{place} मध्ये तीन दिवसांपासून रात्री सोसायटीवर ड्रोन उडत आहे.'],
  ['{place} ki band factory me roz raat bina number ki van aati hai, subah se pehle chali jati',
    '3 din se raat ko drone ud raha hai society ke upar {place} me']);
scene('suspicious', 'p1',
  ['Two masked men are standing near the ATM at {place} with a crowbar {now}, the guard is missing.'],
  ['{place} के एटीएम के पास {now} दो नकाबपोश हाथ में सब्बल लेकर खड़े हैं, गार्ड नहीं है।'],
  ['{place} येथील एटीएमजवळ {now} दोन तोंड बांधलेले लोक हातात टॉमी घेऊन उभे आहेत.'],
  ['{place} ATM ke paas {now} 2 nakabposh sabbal leke khade hai, guard nahi hai']);
scene('women_safety', 'p1',
  ['A car has been slowly following my daughter as she walks home from {place}, she is on the phone with me, terrified.'],
  ['{place} से एक कार धीरे धीरे मेरी बेटी के पीछे चल रही है, वो फोन पर है, बहुत डरी हुई है।'],
  ['{place} पासून एक कार हळूहळू माझ्या मुलीच्या मागे येत आहे, ती फोनवर आहे, खूप घाबरली आहे.'],
  ['{place} se ek car dheere dheere meri beti ka peecha kar rahi hai, wo phone pe hai, bahut dari hui hai']);
scene('violence', 'p2',
  ['A builder\'s men have been threatening us to vacate our house in {place}, they came again with a warning.'],
  ['{place} में बिल्डर के आदमी हमें घर खाली करने की धमकी दे रहे हैं।'],
  ['{place} मध्ये बिल्डरची माणसे घर खाली करण्यासाठी धमक्या देत आहेत.'],
  ['{place} me builder ke aadmi ghar khali karne ki dhamki de rahe hai, phir aaye the']);
scene('cyber_fraud', 'p2',
  ['Got a call saying a parcel in my name had drugs, they kept me on video call for hours as "digital arrest" and took ₹{amt}.',
    'My WhatsApp got hacked and messages asking for money are going to all my contacts.',
    'Fake electricity department SMS said my power will be cut, I paid ₹{amt} on their link.',
    'Bought a phone on Instagram, paid ₹{amt}, the seller blocked me.'],
  ['मेरे नाम के पार्सल में ड्रग्स बताकर वीडियो कॉल पर डिजिटल अरेस्ट किया और ₹{amt} ले लिए।',
    'मेरा व्हाट्सऐप हैक हो गया, सबको पैसे मांगने के मैसेज जा रहे हैं।',
    'बिजली कटने का फर्जी मैसेज आया, लिंक पर ₹{amt} भर दिए।'],
  ['माझ्या नावाच्या पार्सलमध्ये ड्रग्ज असल्याचे सांगून व्हिडिओ कॉलवर डिजिटल अरेस्ट केले आणि ₹{amt} घेतले.',
    'माझे व्हॉट्सॲप हॅक झाले, सगळ्यांना पैसे मागणारे मेसेज जात आहेत.',
    'वीज कापण्याचा बनावट मेसेज आला, लिंकवर ₹{amt} भरले.'],
  ['parcel me drugs bol ke digital arrest kiya video call pe, {amt} le liye',
    'mera whatsapp hack ho gaya sabko paise maangne ke msg ja rahe',
    'light bill ka fake msg aaya, link pe {amt} bhar diye',
    'instagram pe phone kharida, paise diye aur usne block kar diya']);

SCENES.push(...MORE_SCENES);

// Slots that depend on nothing but chance.
function registration(): string {
  const series = pick(['AB', 'BX', 'CD', 'AK', 'BZ', 'DL', 'EH', 'Q', 'AZ']);
  const rto = pick(['31', '49', '40', '36', '27']);
  const num = String(1000 + Math.floor(rand() * 9000));
  const sep = pick([' ', '-', '', ' ']);
  const code = chance(0.7) ? 'MH' : 'mh';
  return `${code}${sep}${rto}${sep}${series}${sep}${num}`;
}
function phone(): string {
  const d = String(6 + Math.floor(rand() * 4)) + String(Math.floor(rand() * 1e9)).padStart(9, '0');
  return pick([d, `+91 ${d}`, `${d.slice(0, 5)} ${d.slice(5)}`, `+91-${d.slice(0, 5)}-${d.slice(5)}`, `0${d}`]);
}
const RECENT: Record<Lang, string[]> = {
  en: ['this morning', '4 pm', 'the afternoon', '2 hours', 'evening', 'an hour'],
  hi: ['सुबह', 'दोपहर', 'आज शाम', '3 घंटे'],
  mr: ['सकाळ', 'दुपार', 'संध्याकाळ', '3 तास'],
  'hi-Latn': ['subah', 'dopahar', 'sham', '3 ghante', 'sakali'],
};

function fill(template: string, lang: Lang): string {
  const s = SLOTS[lang];
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => {
    if (key === 'place') return lang === 'hi' || lang === 'mr' ? pick(devaPlaces) : pick(latinPlaces);
    if (key === 'reg') return registration();
    if (key === 'phone') return phone();
    if (key === 'amt') return pick(['5,000', '12000', '45,999', '1.2 lakh', '8500', '2,40,000', '999']);
    if (key === 'firno') return `${Math.floor(rand() * 900) + 100}/${pick(['2025', '2026', '25'])}`;
    if (key === 'url') return pick(['https://bit.ly/earn-fast', 'www.quickcash.in', 'http://t.me/offers']);
    if (key === 'recent') return pick(RECENT[lang]);
    const options = s[key];
    return options === undefined ? '' : pick(options);
  });
}

// Romanised spellings people actually mix: the same word written many ways.
const ROMAN_VARIANTS: Record<string, string[]> = {
  hai: ['h', 'he', 'hai', 'hain', 'hy'], nahi: ['nhi', 'nahin', 'nai', 'nahi'], kya: ['kya', 'kyaa', 'kia'],
  abhi: ['abhi', 'abhii', 'abi'], jaldi: ['jaldi', 'jldi', 'jaldiii', 'jaldee'], bhai: ['bhai', 'bhaii', 'bhaiya'],
  please: ['please', 'pls', 'plz', 'plzzz', 'plese'], police: ['police', 'polis', 'pulis', 'police'],
  chori: ['chori', 'chorii', 'choree'], ladka: ['ladka', 'ladaka'], ladki: ['ladki', 'ladaki', 'ladkee'],
  maar: ['maar', 'mar'], raha: ['raha', 'rha', 'rahaa'], rahi: ['rahi', 'rhi'], rahe: ['rahe', 'rhe'],
  paas: ['paas', 'pass', 'pas'], gaya: ['gaya', 'gya'], gayi: ['gayi', 'gyi', 'gai'], aahe: ['aahe', 'ahe'],
  hua: ['hua', 'huwa', 'hva'], bahut: ['bahut', 'bohot', 'bht', 'bahot'], accident: ['accident', 'accedent', 'axident'],
};
const EN_TYPOS: Record<string, string[]> = {
  please: ['please', 'pls', 'plz', 'plss', 'plzz'], police: ['police', 'polce', 'plice'], right: ['right', 'rite'],
  because: ['because', 'bcoz', 'coz'], people: ['people', 'ppl'], immediately: ['immediately', 'immediatly', 'immidiately'],
  you: ['you', 'u'], are: ['are', 'r'], and: ['and', 'n', '&'], the: ['the', 'the', 'da'], accident: ['accident', 'accedent'],
};

function addNoise(text: string, lang: Lang): string {
  let t = text;
  if (lang === 'hi-Latn' || lang === 'en') {
    const table = lang === 'en' ? EN_TYPOS : ROMAN_VARIANTS;
    t = t.replace(/[A-Za-z]+/g, (w) => {
      const v = table[w.toLowerCase()];
      return v !== undefined && chance(0.5) ? pick(v) : w;
    });
    if (chance(0.15)) t = t.toLowerCase();
    if (chance(0.04)) t = t.toUpperCase();
    // A dropped vowel or a doubled letter somewhere, as thumbs do.
    if (chance(0.3)) {
      t = t.replace(/\b([a-z]{5,})\b/, (w) => {
        const i = 1 + Math.floor(rand() * (w.length - 2));
        return chance(0.5) ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + (w[i] ?? '') + w.slice(i);
      });
    }
    if (chance(0.15)) t = t.replace(/\b(help|please|plz|jaldi|fast|bachao|sir)\b/i, (w) => w + (w.slice(-1).repeat(3)));
  }
  // Missing spaces after punctuation or between two words.
  if (chance(0.2)) t = t.replace(/([,.।]) /, '$1');
  if (chance(0.1)) t = t.replace(/ (\S{2,6}) /, '$1 ');
  if (chance(0.1)) t = t.replace(/[.।]$/, '');
  return t;
}

// English with a few Hindi words stays English; romanised Hindi with English nouns stays hi-Latn.
const EN_SPRINKLE = [' bhai', ' yaar', ' ji', ' jaldi', ''];
function render(sc: Scene, lang: Lang): string {
  const templates = lang === 'en' ? sc.en : lang === 'hi' ? sc.hi : lang === 'mr' ? sc.mr : sc.hl;
  let body = fill(pick(templates), lang);
  const open = pick(OPEN[lang]);
  const close = sc.cat === 'other' ? '' : pick(CLOSE[lang][sc.p]);
  // Context before or after the point, in a fifth of the messages.
  if (chance(0.2)) {
    const ctx = fill(pick(CONTEXT[lang][sc.p]), lang);
    body = chance(0.5) ? `${ctx} ${body}` : `${body} ${ctx}`;
  }
  body = `${open}${body}${close}`;
  if (lang === 'en' && chance(0.1)) body += pick(EN_SPRINKLE);
  body = addNoise(body, lang);
  if (chance(0.35)) body += pick(TAGS);
  return body.replace(/\s+/g, ' ').trim();
}

const LANG_WEIGHTS: [Lang, number][] = [['en', 0.32], ['hi-Latn', 0.3], ['hi', 0.2], ['mr', 0.18]];
function pickLang(): Lang {
  let r = rand();
  for (const [l, w] of LANG_WEIGHTS) {
    r -= w;
    if (r <= 0) return l;
  }
  return 'en';
}

const PER_CATEGORY = 480;
const byCat = new Map<string, Scene[]>();
for (const sc of SCENES) byCat.set(sc.cat, [...(byCat.get(sc.cat) ?? []), sc]);
const seen = new Set<string>();
const rows: string[] = [];
let n = 0;
for (const [cat, scenes] of byCat) {
  let made = 0;
  let tries = 0;
  while (made < PER_CATEGORY && tries < PER_CATEGORY * 20) {
    tries += 1;
    const sc = pick(scenes);
    const lang = pickLang();
    const text = render(sc, lang);
    if (seen.has(text)) continue;
    seen.add(text);
    n += 1;
    made += 1;
    rows.push(JSON.stringify({ id: `corpus-${String(n).padStart(5, '0')}`, text, labels: { category: cat, priority: sc.p, language: lang } }));
  }
}
writeFileSync(join(here, 'corpus.jsonl'), `${rows.join('\n')}\n`);
console.log(`wrote ${rows.length} messages from ${SCENES.length} scenes`);
