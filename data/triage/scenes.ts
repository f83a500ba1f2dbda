/**
 * More scenes for the triage corpus (see make-corpus.ts): for every category of TAXONOMY.md the
 * situations a Nagpur desk sees, each phrased in English, Hindi, Marathi and romanised Hindi/Marathi.
 * Written for this purpose from how citizens write to the police; none comes from the evaluation sets.
 *
 * Slots: {place} {now} {ago} {weapon} {veh} {item} {rel} {child} {elder} {amt} {phone} {reg} {recent}.
 */
export type Pri = 'p1' | 'p2' | 'p3';
export interface Scene {
  cat: string;
  p: Pri;
  en: string[];
  hi: string[];
  mr: string[];
  hl: string[];
}

export const MORE_SCENES: Scene[] = [];
function s(cat: string, p: Pri, en: string[], hi: string[], mr: string[], hl: string[]): void {
  MORE_SCENES.push({ cat, p, en, hi, mr, hl });
}

// ---------------------------------------------------------------- theft
s('theft', 'p1',
  ['{item} snatched from my hand near {place} {now}, two guys on a bike, went towards the flyover',
    'Chain snatchers just pulled a lady\'s gold chain at {place}, she fell down, they escaped on a black bike',
    'my {item} was just snatched at {place} signal'],
  ['{place} में {now} बाइक सवार दो लड़के मेरा {item} छीनकर भाग गए', '{place} में अभी अभी एक महिला की चेन खींचकर बाइक वाले भागे'],
  ['{place} येथे {now} दुचाकीवरून आलेल्या दोघांनी माझा {item} हिसकावून पळ काढला', '{place} मध्ये आत्ताच एका बाईंचे मंगळसूत्र हिसकावले'],
  ['{place} me {now} bike wale mera {item} chheen ke bhaag gaye', 'abhi abhi {place} pe ek aunty ki chain kheech li do ladko ne',
    '{place} la aattach majha {item} hiskavla bike varun']);
s('theft', 'p1',
  ['Someone is inside my neighbour\'s locked house at {place} {now}, they are away, I can hear things being moved',
    'thieves on the roof of the shop next door at {place}, trying to cut the shutter {now}'],
  ['{place} में पड़ोसी के बंद घर में {now} कोई घुसा है, आवाजें आ रही हैं, वो लोग बाहर गए हैं',
    '{place} में दुकान का शटर काट रहे हैं कुछ लोग {now}'],
  ['{place} मध्ये शेजाऱ्यांच्या बंद घरात {now} कोणीतरी घुसले आहे, आवाज येत आहेत', '{place} मध्ये दुकानाचे शटर तोडत आहेत काही लोक {now}'],
  ['{place} me padosi ke band ghar me {now} koi ghusa hai, awaz aa rahi hai', '{place} me dukan ka taala tod rahe hai {now} 2-3 log']);
s('theft', 'p1',
  ['pickpocket caught in the crowded bus at {place}, he took my {item}, still in the bus, stop the bus!',
    'a man just stole my {item} from the counter at {place} and is running towards the market'],
  ['{place} की बस में {now} किसी ने मेरी जेब से {item} निकाल लिया, वो अभी बस में ही है',
    '{place} में {now} एक आदमी काउंटर से मेरा {item} उठाकर भागा'],
  ['{place} च्या बसमध्ये {now} कोणीतरी माझ्या खिशातून {item} काढला, तो अजून बसमध्ये आहे'],
  ['{place} bus me abhi kisi ne jeb se {item} nikal liya, banda bus me hi hai', 'abhi ek aadmi counter se {item} utha ke bhaga {place} market ki taraf']);
s('theft', 'p2',
  ['My {veh} {reg} was stolen from outside my house in {place} {ago}. CCTV shows two men.',
    '{veh} parked at {place} went missing {ago}, number {reg}, please register a complaint',
    'Someone stole my {veh} from the hospital parking at {place} {ago}'],
  ['{ago} {place} में घर के बाहर से मेरी {veh} चोरी हो गई, नंबर {reg}', '{place} पार्किंग से {ago} मेरी {veh} गायब हो गई'],
  ['{ago} {place} येथे घरासमोरून माझी {veh} चोरीला गेली, नंबर {reg}', '{place} च्या पार्किंगमधून {ago} {veh} गायब झाली'],
  ['{ago} {place} me ghar ke bahar se meri {veh} chori ho gayi, number {reg}', 'majhi {veh} {ago} {place} madhun chorila geli',
    '{place} parking se {veh} gayab {ago}, {reg}']);
s('theft', 'p2',
  ['Our house in {place} was broken into while we were at a wedding {ago}, gold and cash missing, cupboard lock broken',
    'came home {ago} and found the door lock broken at {place}, jewellery and {amt} cash gone'],
  ['{ago} हम शादी में गए थे, {place} में घर का ताला तोड़कर गहने और नकदी चोरी हो गई',
    '{place} में हमारे घर में {ago} सेंधमारी हुई, अलमारी खुली पड़ी थी'],
  ['{ago} आम्ही लग्नाला गेलो होतो, {place} येथे घराचे कुलूप तोडून दागिने आणि रोकड चोरली', '{place} मध्ये {ago} घरफोडी झाली, कपाट उघडे होते'],
  ['{ago} shaadi me gaye the, {place} me ghar ka taala tod ke gehne aur cash le gaye', '{place} madhe {ago} gharfodi zali, kapat ughda hota']);
s('theft', 'p2',
  ['Pickpocketed in the crowd at {place} {ago}, wallet with Aadhaar and {amt} cash gone',
    'lost my {item} to a pickpocket at the {place} bus stand {ago}, want an FIR for the SIM block'],
  ['{ago} {place} की भीड़ में किसी ने जेब काट ली, बटुए में आधार और पैसे थे', '{place} बस स्टैंड पर {ago} जेबकतरे ने {item} निकाल लिया'],
  ['{ago} {place} येथे गर्दीत कोणीतरी पाकीट मारले, त्यात आधार कार्ड आणि पैसे होते'],
  ['{ago} {place} ki bheed me kisi ne jeb kaat li, wallet gaya', '{place} stand pe {ago} jebkatre ne {item} maar liya']);
s('theft', 'p2',
  ['Scrap iron and shuttering plates taken from our godown at {place} {ago}',
    'batteries of 3 trucks stolen from the transport yard at {place} {ago}',
    'Diesel stolen from our parked trucks at {place}, this is the second time this month'],
  ['{place} में हमारे गोदाम से {ago} लोहे का सामान चोरी हो गया', '{place} यार्ड में खड़े ट्रकों की बैटरी {ago} चोरी हो गई'],
  ['{place} येथील गोदामातून {ago} लोखंडी साहित्य चोरीला गेले', '{place} मध्ये उभ्या ट्रकमधून {ago} डिझेल चोरले'],
  ['{place} godown se {ago} loha aur saman chori ho gaya', 'truck ki battery nikal ke le gaye {ago} {place} yard se']);
s('theft', 'p2',
  ['Someone took my {item} from my bag on the train near {place} {ago}', 'shop lifting at our store in {place}, two women took sarees {ago}, CCTV available',
    'My {item} was stolen from my desk in the office at {place} {ago}'],
  ['{ago} ट्रेन में {place} के पास बैग से मेरा {item} चोरी हो गया', '{place} में हमारी दुकान से {ago} दो औरतें साड़ियाँ चुरा ले गईं'],
  ['{ago} रेल्वेत {place} जवळ बॅगमधून माझा {item} चोरीला गेला', '{place} मधील दुकानातून {ago} दोन बायकांनी साड्या चोरल्या'],
  ['{ago} train me {place} ke paas bag se {item} chori ho gaya', 'office me table se mera {item} kisi ne chura liya {ago}']);
s('theft', 'p2',
  ['Our temple donation box at {place} was broken and emptied {ago}', 'Water pump and pipes stolen from our farm near {place} {ago}',
    'gas cylinder stolen from our verandah in {place} {ago}'],
  ['{place} में मंदिर की दानपेटी {ago} तोड़कर पैसे चोरी कर लिए', '{place} के पास खेत से {ago} मोटर पंप चोरी हो गया'],
  ['{place} येथील मंदिराची दानपेटी {ago} फोडून पैसे चोरले', '{place} जवळ शेतातून {ago} मोटर पंप चोरीला गेला'],
  ['{place} mandir ki daan peti {ago} tod ke paise chura liye', 'ghar ke bahar se cylinder chori ho gaya {ago} {place}']);

// ---------------------------------------------------------------- violence
s('violence', 'p1',
  ['Two men fighting with {weapon} at {place} {now}, crowd gathering', 'fight at {place} {now}, one guy has {weapon}, please come',
    'Group fight at {place} {now}, they are hitting each other with {weapon}'],
  ['{place} में {now} दो लोग {weapon} लेकर लड़ रहे हैं, भीड़ जमा हो रही है', '{place} पर {now} झगड़ा चल रहा है, एक के हाथ में {weapon} है'],
  ['{place} येथे {now} दोघे {weapon} घेऊन भांडत आहेत, गर्दी जमली आहे', '{place} मध्ये {now} मारामारी सुरू आहे, एकाकडे {weapon} आहे'],
  ['{place} me {now} do log {weapon} leke lad rahe hai, bheed jama ho rahi', '{place} pe {now} jhagda chal raha hai ek ke paas {weapon} hai',
    '{place} la {now} maramari chalu aahe, ekakade {weapon} aahe']);
s('violence', 'p1',
  ['please help, fight here at {place}', 'fight going on outside my house in {place}, please send someone',
    'big fight near {place} chowk, people are beating a boy'],
  ['{place} में यहाँ मारपीट हो रही है, जल्दी आइए', 'मेरे घर के बाहर {place} में झगड़ा हो रहा है, पुलिस भेजिए'],
  ['{place} मध्ये इथे मारामारी सुरू आहे, लवकर या', 'आमच्या घरासमोर {place} ला भांडण सुरू आहे, पोलीस पाठवा'],
  ['help karo yaha {place} me ladai ho rahi hai', 'ghar ke bahar {place} me maramari ho rahi hai koi bhejo', 'ithe {place} la hanamari chalu ahe lavkar ya']);
s('violence', 'p1',
  ['{rel} is being beaten by 4-5 men outside the college at {place} {now}, he is on the ground',
    'Some boys are thrashing a delivery guy at {place} {now}, he is bleeding from the head'],
  ['{place} में कॉलेज के बाहर {now} 4-5 लोग {rel} को पीट रहे हैं, वो जमीन पर गिरा है', '{place} में {now} कुछ लड़के एक डिलीवरी वाले को मार रहे हैं, सिर से खून निकल रहा है'],
  ['{place} मध्ये कॉलेजबाहेर {now} 4-5 जण {rel} ला मारत आहेत, तो खाली पडला आहे', '{place} येथे {now} काही पोरं एका डिलिव्हरी बॉयला मारत आहेत, डोक्यातून रक्त येतंय'],
  ['{place} college ke bahar {now} 4-5 log {rel} ko maar rahe hai, wo neeche gir gaya', '{place} me {now} delivery wale ko pit rahe hai ladke, khoon aa raha']);
s('violence', 'p1',
  ['A man with {weapon} is threatening people at {place} {now}, everyone is hiding in shops',
    'drunk guy waving {weapon} at the {place} bus stop {now}'],
  ['{place} में {now} एक आदमी {weapon} लेकर लोगों को धमका रहा है, सब दुकानों में छुपे हैं', '{place} बस स्टॉप पर {now} एक शराबी {weapon} लहरा रहा है'],
  ['{place} येथे {now} एक माणूस {weapon} घेऊन लोकांना धमकावत आहे', '{place} बस थांब्यावर {now} एक दारुडा {weapon} फिरवत आहे'],
  ['{place} me {now} ek aadmi {weapon} leke logo ko dhamka raha hai', '{place} bus stop pe {now} ek bewda {weapon} ghuma raha hai']);
s('violence', 'p1',
  ['Someone just stabbed a boy near {place}, he is bleeding, attackers ran towards the railway line',
    'a man has been attacked with {weapon} at {place}, he is lying in blood'],
  ['{place} के पास अभी एक लड़के को चाकू मार दिया, खून बह रहा है', '{place} में एक आदमी पर {weapon} से हमला हुआ, वो खून में लथपथ है'],
  ['{place} जवळ आत्ताच एका मुलाला चाकू मारला, रक्त वाहत आहे', '{place} येथे एकावर {weapon} ने हल्ला झाला, तो रक्तबंबाळ आहे'],
  ['{place} ke paas abhi ek ladke ko chaku maar diya, khoon beh raha', '{place} me ek aadmi pe {weapon} se hamla hua, khoon me lathpath hai']);
s('violence', 'p1',
  ['Robbery {now} at {place}: two men with {weapon} took cash from the shop and ran',
    'I was robbed at knifepoint near {place} {now}, they took my {item} and wallet'],
  ['{place} में {now} दो लोगों ने {weapon} दिखाकर दुकान से पैसे लूट लिए', '{place} के पास {now} चाकू की नोक पर मेरा {item} और पर्स लूट लिया'],
  ['{place} येथे {now} दोघांनी {weapon} दाखवून दुकानातून पैसे लुटले', '{place} जवळ {now} चाकूचा धाक दाखवून माझा {item} लुटला'],
  ['{place} me {now} do logo ne {weapon} dikha ke dukan se paise loot liye', '{place} ke paas {now} chaku dikha ke mera {item} aur wallet cheen liya']);
s('violence', 'p2',
  ['My neighbour slapped my mother over a parking dispute {ago} in {place}. We want to file a complaint.',
    'I was punched by a rickshaw driver at {place} {ago} after an argument about the fare'],
  ['{ago} {place} में पार्किंग के झगड़े में पड़ोसी ने मेरी मां को थप्पड़ मारा', '{ago} {place} में किराए पर बहस के बाद रिक्शा वाले ने मुझे मुक्का मारा'],
  ['{ago} {place} मध्ये पार्किंगच्या वादातून शेजाऱ्याने माझ्या आईला मारले', '{ago} {place} येथे भाड्यावरून वाद झाल्यावर रिक्षावाल्याने मला मारहाण केली'],
  ['{ago} {place} me parking ke jhagde me padosi ne meri mummy ko thappad mara', '{ago} rickshaw wale ne {place} me bhade ke liye maar diya']);
s('violence', 'p2',
  ['Some people are calling me and threatening to kill my son unless I pay {amt}. It started {ago}.',
    'Local goons in {place} are demanding {amt} every month from our shop or they will break it'],
  ['कुछ लोग फोन करके {amt} मांग रहे हैं वरना बेटे को मारने की धमकी दे रहे हैं, {ago} से', '{place} में गुंडे हर महीने {amt} मांगते हैं, नहीं तो दुकान तोड़ देंगे बोलते हैं'],
  ['काही लोक फोन करून {amt} मागत आहेत नाहीतर मुलाला मारू अशी धमकी देत आहेत', '{place} मध्ये गुंड दर महिन्याला {amt} खंडणी मागतात, नाहीतर दुकान फोडू म्हणतात'],
  ['kuch log phone karke {amt} maang rahe hai warna bete ko maar denge bol rahe', '{place} me gunde har mahine {amt} hafta maangte hai nahi to dukan tod denge']);
s('violence', 'p2',
  ['A man from our colony threatened my father with a knife {ago} over a land dispute in {place}',
    'they threatened us with a sword {ago} and said they will come back, {place}'],
  ['{ago} {place} में जमीन के विवाद में एक आदमी ने मेरे पिताजी को चाकू दिखाकर धमकाया', '{ago} तलवार दिखाकर धमकी दी और बोले फिर आएंगे, {place}'],
  ['{ago} {place} मध्ये जमिनीच्या वादातून एकाने माझ्या वडिलांना चाकू दाखवून धमकावले', '{ago} तलवार दाखवून धमकी दिली, परत येऊ म्हणाले'],
  ['{ago} {place} me zameen ke jhagde me ek aadmi ne papa ko chaku dikha ke dhamkaya', '{ago} talwar dikha ke dhamki di, bole phir aayenge']);
s('violence', 'p2',
  ['My brother was beaten up by some boys at {place} {ago}, he has stitches on his head, we want an FIR',
    'There was a fight in our lane {ago}, my uncle got injured, the accused are roaming free'],
  ['{ago} {place} में कुछ लड़कों ने मेरे भाई को पीटा, सिर में टांके लगे हैं, एफआईआर करनी है', '{ago} हमारी गली में झगड़ा हुआ था, चाचा घायल हुए, आरोपी खुलेआम घूम रहे हैं'],
  ['{ago} {place} येथे काही मुलांनी माझ्या भावाला मारहाण केली, डोक्याला टाके पडले', '{ago} आमच्या गल्लीत भांडण झाले, काका जखमी झाले, आरोपी मोकाट फिरत आहेत'],
  ['{ago} {place} me kuch ladko ne bhai ko peeta, sir me taanke lage, FIR karni hai', '{ago} gali me jhagda hua tha, chacha ghayal hue, aaropi khule ghoom rahe']);
s('violence', 'p2',
  ['Stones were thrown at our house {ago} night by the neighbours in {place}, windows broken',
    'someone set fire to my bike parked outside {ago}, {place}, I suspect my neighbour who threatened me'],
  ['{ago} रात पड़ोसियों ने {place} में हमारे घर पर पत्थर फेंके, खिड़कियां टूट गईं', '{ago} {place} में किसी ने मेरी बाइक जला दी, पड़ोसी पर शक है जिसने धमकी दी थी'],
  ['{ago} रात्री शेजाऱ्यांनी {place} मध्ये आमच्या घरावर दगड फेकले, खिडक्या फुटल्या', '{ago} {place} येथे कोणीतरी माझी बाईक जाळली'],
  ['{ago} raat padosiyo ne ghar pe patthar fenke {place} me, khidki toot gayi', '{ago} kisi ne meri bike jala di {place} me, padosi pe shak hai']);

// ---------------------------------------------------------------- women_safety
s('women_safety', 'p1',
  ['a man is following me from {place} {now}, I am alone and scared', 'Someone on a bike keeps following my sister {now} near {place}, she is hiding in a shop',
    'being followed by two guys in a car near {place}, I am walking home alone'],
  ['{place} से {now} एक आदमी मेरा पीछा कर रहा है, मैं अकेली हूं, डर लग रहा है', '{now} {place} के पास एक बाइक वाला मेरी बहन का पीछा कर रहा है'],
  ['{place} पासून {now} एक माणूस माझा पाठलाग करत आहे, मी एकटी आहे, भीती वाटते', '{now} {place} जवळ एक बाईकवाला माझ्या बहिणीचा पाठलाग करतोय'],
  ['{place} se {now} ek aadmi mera peecha kar raha hai, mai akeli hu', '{now} {place} ke paas ek bike wala meri behen ka peecha kar raha hai',
    'ek manus majha pathlag kartoy {place} pasun, mi ekti aahe']);
s('women_safety', 'p1',
  ['drunk men are harassing a girl at {place} bus stop {now}, nobody is helping', 'some boys are teasing and touching college girls at {place} {now}'],
  ['{place} बस स्टॉप पर {now} शराबी एक लड़की को छेड़ रहे हैं, कोई मदद नहीं कर रहा', '{place} में {now} कुछ लड़के कॉलेज की लड़कियों को छेड़ रहे हैं'],
  ['{place} बस थांब्यावर {now} दारुडे एका मुलीची छेड काढत आहेत', '{place} येथे {now} काही मुलं कॉलेजच्या मुलींची छेड काढत आहेत'],
  ['{place} bus stop pe {now} bewde ek ladki ko chhed rahe hai', '{place} me {now} ladke college ki ladkiyo ko chhed rahe hai, touch kar rahe']);
s('women_safety', 'p1',
  ['My neighbour is beating his wife badly {now}, she is screaming, {place}', 'a woman is being dragged into a car at {place} {now}, she is shouting for help'],
  ['{place} में पड़ोसी {now} अपनी पत्नी को बुरी तरह मार रहा है, वो चीख रही है', '{place} में {now} एक महिला को जबरदस्ती कार में खींच रहे हैं'],
  ['{place} मध्ये शेजारी {now} बायकोला बेदम मारत आहे, ती ओरडत आहे', '{place} येथे {now} एका बाईला जबरदस्तीने गाडीत ओढत आहेत'],
  ['{place} me padosi {now} apni biwi ko bahut maar raha hai, wo chilla rahi hai', '{place} me {now} ek ladki ko zabardasti car me kheench rahe hai']);
s('women_safety', 'p1',
  ['the auto driver is not stopping and taking a wrong route, I am scared, near {place}', 'I am in a cab and the driver is misbehaving, he locked the doors, {place}'],
  ['ऑटो वाला रोक नहीं रहा और गलत रास्ते ले जा रहा है, {place} के पास, मुझे डर लग रहा है'],
  ['रिक्षावाला थांबत नाही आणि चुकीच्या रस्त्याने नेत आहे, {place} जवळ, मला भीती वाटते'],
  ['auto wala ruk nahi raha galat raste le ja raha hai {place} ke paas, dar lag raha hai', 'cab driver badtameezi kar raha hai, door lock kar diya']);
s('women_safety', 'p2',
  ['A man has been stalking my daughter on her way to college in {place} for two weeks', 'my ex sends me fifty messages a day and shows up at my office gate in {place}, this month'],
  ['{place} में एक लड़का दो हफ्ते से मेरी बेटी का कॉलेज जाते समय पीछा करता है', 'मेरा पुराना दोस्त महीने भर से ऑफिस के बाहर इंतजार करता है और मैसेज करता है'],
  ['{place} मध्ये एक मुलगा दोन आठवड्यांपासून माझ्या मुलीचा कॉलेजला जाताना पाठलाग करतो', 'एक जण महिनाभरापासून ऑफिसबाहेर थांबून माझा पाठलाग करतो'],
  ['{place} me ek ladka 2 hafte se meri beti ka college jaate waqt peecha karta hai', 'mera ex mahine bhar se office ke bahar wait karta hai aur msg karta hai']);
s('women_safety', 'p2',
  ['My husband beats me every time he drinks, my in-laws support him. I live in {place}.', 'in-laws are demanding {amt} more dowry and threatening to throw me out'],
  ['मेरा पति शराब पीकर रोज मारता है, ससुराल वाले उसका साथ देते हैं', 'ससुराल वाले {amt} और दहेज मांग रहे हैं, घर से निकालने की धमकी देते हैं'],
  ['नवरा दारू पिऊन रोज मारहाण करतो, सासरचे त्याला साथ देतात', 'सासरचे आणखी {amt} हुंडा मागत आहेत आणि घराबाहेर काढण्याची धमकी देतात'],
  ['pati daru pi ke roz maarta hai, sasural wale bhi saath dete hai', 'sasural wale {amt} aur dahej maang rahe hai, ghar se nikalne ki dhamki']);
s('women_safety', 'p2',
  ['Boys sit outside the girls\' school in {place} every afternoon and pass comments on students', 'roadside romeos at {place} whistle at every woman passing, every evening'],
  ['{place} में लड़कियों के स्कूल के बाहर रोज लड़के बैठकर कमेंट करते हैं', '{place} में शाम को कुछ लफंगे हर लड़की पर सीटी बजाते हैं'],
  ['{place} मध्ये मुलींच्या शाळेबाहेर रोज मुलं बसून शेरेबाजी करतात', '{place} येथे संध्याकाळी टवाळखोर मुलींना पाहून शिट्ट्या मारतात'],
  ['{place} me girls school ke bahar roz ladke comment pass karte hai', '{place} me shaam ko lafange har ladki pe seeti maarte hai']);
s('women_safety', 'p2',
  ['My manager at work touches me inappropriately and sends obscene messages', 'a man in our building exposes himself to women from his window, happened again {ago}'],
  ['ऑफिस में मेरा मैनेजर गलत तरीके से छूता है और अश्लील मैसेज भेजता है', 'हमारी बिल्डिंग में एक आदमी खिड़की से महिलाओं को गंदे इशारे करता है'],
  ['ऑफिसमध्ये मॅनेजर अंगचटीला येतो आणि अश्लील मेसेज पाठवतो', 'आमच्या इमारतीत एक माणूस खिडकीतून बायकांना अश्लील इशारे करतो'],
  ['office me manager galat tarike se touch karta hai aur gande msg bhejta hai', 'building me ek aadmi khidki se ladies ko gande ishare karta hai']);
s('women_safety', 'p2',
  ['A man molested my daughter in a crowded bus at {place} {ago}, we have his photo', 'I was groped at the {place} fair {ago}, I want to file a complaint'],
  ['{ago} {place} की भीड़ वाली बस में एक आदमी ने मेरी बेटी से छेड़छाड़ की', '{ago} {place} के मेले में मेरे साथ छेड़छाड़ हुई, शिकायत करनी है'],
  ['{ago} {place} च्या गर्दीच्या बसमध्ये एका माणसाने माझ्या मुलीचा विनयभंग केला', '{ago} {place} च्या जत्रेत माझ्याशी गैरवर्तन झाले'],
  ['{ago} {place} ki bus me ek aadmi ne meri beti ke saath chhedkhani ki', '{ago} {place} mele me mere saath galat harkat hui, complaint karni hai']);

// ---------------------------------------------------------------- traffic
s('traffic', 'p2',
  ['Huge jam at {place} since an hour, no traffic police anywhere', 'traffic stuck at {place} for 45 minutes, signal is off and nobody managing'],
  ['{place} पर एक घंटे से भारी जाम है, कोई ट्रैफिक पुलिस नहीं', '{place} पर सिग्नल बंद है, 45 मिनट से जाम'],
  ['{place} येथे तासाभरापासून प्रचंड वाहतूक कोंडी आहे, वाहतूक पोलीस नाहीत', '{place} चा सिग्नल बंद आहे, पाऊण तासापासून कोंडी'],
  ['{place} pe ek ghante se jam laga hai koi traffic police nahi', '{place} ka signal band hai, 45 min se traffic me fase hai']);
s('traffic', 'p2',
  ['Cars parked on both sides outside {place}, ambulances cannot pass', 'someone has parked a {veh} blocking our gate in {place} since morning, {reg}',
    'wrong parking in front of the shops at {place} every evening, the whole road is choked'],
  ['{place} के बाहर दोनों तरफ गाड़ियां खड़ी हैं, एम्बुलेंस भी नहीं निकल पाती', 'सुबह से किसी ने {place} में हमारे गेट के सामने {veh} खड़ी कर दी है'],
  ['{place} बाहेर दोन्ही बाजूंनी गाड्या उभ्या असतात, रुग्णवाहिका पण जाऊ शकत नाही', 'सकाळपासून कोणीतरी {place} मध्ये आमच्या गेटसमोर {veh} उभी केली आहे'],
  ['{place} ke bahar dono side gaadiya khadi rehti hai, ambulance ko bhi rasta nahi milta', 'subah se kisi ne gate ke saamne {veh} khadi kar di {place} me, {reg}']);
s('traffic', 'p2',
  ['Bikers speeding and doing stunts on {place} road every night, someone will die', 'school buses overspeeding near {place} every morning'],
  ['{place} रोड पर रोज रात बाइक वाले स्टंट और रेस करते हैं', '{place} के पास हर सुबह स्कूल बसें तेज रफ्तार से चलती हैं'],
  ['{place} रस्त्यावर रोज रात्री बाईकस्वार भरधाव वेगाने स्टंट करतात', '{place} जवळ रोज सकाळी स्कूल बस भरधाव चालतात'],
  ['{place} road pe roz raat bike wale race aur stunt karte hai', '{place} ke paas school bus bahut tez chalate hai roz']);
s('traffic', 'p2',
  ['Heavy trucks enter {place} in no-entry hours every day', 'vehicles come wrong side on the {place} flyover every day, accident waiting to happen'],
  ['{place} में नो एंट्री के समय भी रोज ट्रक घुसते हैं', '{place} फ्लाईओवर पर रोज गाड़ियां उल्टी दिशा में आती हैं, कभी भी हादसा हो सकता है'],
  ['{place} मध्ये नो एंट्रीच्या वेळेत रोज ट्रक येतात', '{place} उड्डाणपुलावर रोज उलट्या दिशेने गाड्या येतात, कधीही अपघात होईल'],
  ['{place} me no entry me bhi roz truck ghuste hai', '{place} flyover pe roz wrong side se gaadi aati hai, accident ho sakta hai']);
s('traffic', 'p2',
  ['Signal at {place} not working since {ago}, total chaos', 'the traffic light at {place} shows green both ways, please fix'],
  ['{place} का सिग्नल {ago} से खराब है, अफरातफरी मची है', '{place} सिग्नल दोनों तरफ हरा दिखा रहा है'],
  ['{place} चा सिग्नल {ago} पासून बंद आहे, गोंधळ उडाला आहे', '{place} सिग्नल दोन्ही बाजूंनी हिरवा दाखवत आहे'],
  ['{place} ka signal {ago} se kharab hai', '{place} signal dono taraf green dikha raha hai, fix karo']);
s('traffic', 'p1',
  ['A drunk driver is zig-zagging on {place} road {now}, nearly hit two people, {reg}', 'car driving wrong side at high speed on the {place} highway {now}, someone will die'],
  ['{place} रोड पर {now} एक शराबी ड्राइवर गाड़ी इधर उधर चला रहा है, दो लोगों को टक्कर लगते लगते बची'],
  ['{place} रस्त्यावर {now} एक दारुडा चालक वेडीवाकडी गाडी चालवत आहे, {reg}'],
  ['{place} road pe {now} ek car wala daaru pi ke zig zag chala raha hai, {reg}', 'highway pe {now} ek truck wrong side tez chal raha hai']);
s('traffic', 'p2',
  ['a political rally has choked {place} road, buses stuck in a line', 'a broken-down truck blocking {place} road since morning'],
  ['{place} पर रैली की वजह से बसें लाइन में अटकी हैं', '{place} रोड पर सुबह से खराब ट्रक खड़ा है, रास्ता बंद'],
  ['{place} येथे मोर्च्यामुळे बस रांगेत अडकल्या आहेत', '{place} रस्त्यावर सकाळपासून बंद पडलेला ट्रक उभा आहे'],
  ['{place} pe rally ki wajah se bus line me atki hai', '{place} road pe subah se kharab truck khada hai, rasta band']);
s('traffic', 'p2',
  ['Minors riding bikes without helmets and triple seat near {place} school', 'auto drivers stand in the middle of {place} square to pick passengers, blocking everyone'],
  ['{place} स्कूल के पास नाबालिग बिना हेलमेट ट्रिपल सीट बाइक चलाते हैं', '{place} चौक के बीच में ऑटो वाले सवारी के लिए खड़े रहते हैं'],
  ['{place} शाळेजवळ अल्पवयीन मुलं हेल्मेटशिवाय ट्रिपल सीट गाडी चालवतात', '{place} चौकात मधोमध रिक्षावाले प्रवासी घेण्यासाठी थांबतात'],
  ['{place} school ke paas bacche bina helmet triple seat bike chalate hai', '{place} chowk ke beech me auto wale khade rehte hai sawari ke liye']);

// ---------------------------------------------------------------- accident
s('accident', 'p1',
  ['Accident at {place} {now}, a {veh} hit a pedestrian, he is bleeding and unconscious', 'truck ran over a biker at {place}, he is badly injured, send ambulance'],
  ['{place} पर {now} एक्सीडेंट हुआ, {veh} ने एक आदमी को टक्कर मारी, वो बेहोश है', '{place} पर ट्रक ने बाइक वाले को कुचल दिया, बुरी तरह घायल है'],
  ['{place} येथे {now} अपघात झाला, {veh} ने एका माणसाला उडवले, तो बेशुद्ध आहे', '{place} जवळ ट्रकने दुचाकीस्वाराला चिरडले, तो गंभीर जखमी आहे'],
  ['{place} pe {now} accident hua, {veh} ne ek aadmi ko thok diya, behosh pada hai', '{place} pe truck ne bike wale ko kuchal diya, bahut khoon beh raha']);
s('accident', 'p1',
  ['Bus overturned near {place}, many passengers injured', 'two cars collided head-on at {place}, people trapped inside'],
  ['{place} के पास बस पलट गई, कई यात्री घायल हैं', '{place} पर दो कारों की आमने सामने भिड़ंत, लोग अंदर फंसे हैं'],
  ['{place} जवळ बस उलटली, अनेक प्रवासी जखमी आहेत', '{place} येथे दोन गाड्यांची समोरासमोर धडक, लोक आत अडकले आहेत'],
  ['{place} ke paas bus palat gayi, kai log ghayal hai', '{place} pe do car aamne samne takra gayi, log andar fase hai']);
s('accident', 'p1',
  ['Fire in a shop at {place} {now}, smoke everywhere, people inside', 'cylinder blast in a house at {place}, two people burnt'],
  ['{place} में एक दुकान में {now} आग लगी है, अंदर लोग हैं', '{place} में एक घर में सिलेंडर फटा, दो लोग झुलस गए'],
  ['{place} मध्ये एका दुकानाला {now} आग लागली आहे, आत लोक आहेत', '{place} येथे एका घरात सिलेंडरचा स्फोट झाला, दोघे भाजले'],
  ['{place} me ek dukan me {now} aag lagi hai, andar log hai', '{place} me cylinder fata, do log jhulas gaye']);
s('accident', 'p1',
  ['A boy fell into the open drain at {place}, he is not coming out', 'wall collapsed on labourers at a site in {place}, two under the debris',
    'a man got electrocuted from a hanging wire at {place}, he is lying there'],
  ['{place} में एक बच्चा खुले नाले में गिर गया है', '{place} में निर्माण स्थल पर दीवार गिरी, दो मजदूर दबे हैं'],
  ['{place} मध्ये एक मुलगा उघड्या नाल्यात पडला आहे', '{place} येथे बांधकामावर भिंत कोसळली, दोन मजूर दबले आहेत'],
  ['{place} me ek baccha khule naale me gir gaya', '{place} site pe deewar giri, do mazdoor dabe hai']);
s('accident', 'p1',
  ['Bike skidded at {place} {now}, the rider has a head injury and is not moving', 'an auto hit my father at {place}, his leg looks broken, please send help'],
  ['{place} पर {now} बाइक फिसली, सवार के सिर में चोट है, हिल नहीं रहा', '{place} पर एक ऑटो ने मेरे पिताजी को टक्कर मारी, पैर टूट गया लगता है'],
  ['{place} येथे {now} बाईक घसरली, चालकाच्या डोक्याला मार लागला आहे', '{place} येथे रिक्षाने माझ्या वडिलांना धडक दिली, पाय मोडला आहे'],
  ['{place} pe {now} bike slip hui, banda hil nahi raha, sar pe chot', '{place} pe auto ne papa ko thok diya, pair toot gaya lagta hai']);
s('accident', 'p2',
  ['Minor accident at {place} {ago}, a car hit my {veh} from behind, no one hurt, I need a report for insurance',
    'a tempo scratched my parked car at {place} {ago} and drove off, number {reg}'],
  ['{ago} {place} में एक कार ने पीछे से मेरी {veh} को टक्कर मारी, कोई घायल नहीं, इंश्योरेंस के लिए रिपोर्ट चाहिए', '{ago} एक टेम्पो ने मेरी खड़ी कार को घिसकर भाग गया, नंबर {reg}'],
  ['{ago} {place} येथे एका कारने माझ्या {veh} ला मागून धडक दिली, कोणी जखमी नाही', '{ago} एका टेम्पोने माझ्या उभ्या गाडीला घासले आणि पळून गेला, नंबर {reg}'],
  ['{ago} {place} me car ne peeche se meri {veh} ko thok diya, koi ghayal nahi, insurance ke liye report chahiye', '{ago} ek tempo ne meri khadi car ko ragad diya aur bhaag gaya {reg}']);
s('accident', 'p2',
  ['{rel} met with an accident near {place} {ago}, he is in hospital now, the driver who hit him has not been found',
    'my son was hit by a car at {place} {ago} and the driver fled, he has a fracture'],
  ['{ago} {place} के पास {rel} का एक्सीडेंट हुआ, अब अस्पताल में है, टक्कर मारने वाला भाग गया', '{ago} {place} में मेरे बेटे को कार ने टक्कर मारी और ड्राइवर भाग गया'],
  ['{ago} {place} जवळ {rel} चा अपघात झाला, आता दवाखान्यात आहे, धडक देणारा पळून गेला', '{ago} {place} येथे माझ्या मुलाला कारने धडक दिली आणि चालक पळाला'],
  ['{ago} {place} ke paas {rel} ka accident hua, hospital me hai, gaadi wala bhaag gaya', '{ago} bete ko car ne takkar maari aur driver bhaag gaya']);
s('accident', 'p2',
  ['A truck hit our compound wall at {place} {ago}, wall damaged, nobody was hurt', 'tree branch fell on my parked car at {place} {ago}, heavy damage'],
  ['{ago} {place} में ट्रक ने हमारी दीवार तोड़ दी, कोई घायल नहीं', '{ago} {place} में पेड़ की डाल मेरी खड़ी कार पर गिरी'],
  ['{ago} {place} येथे ट्रकने आमची भिंत पाडली, कोणी जखमी नाही', '{ago} {place} मध्ये झाडाची फांदी माझ्या गाडीवर पडली'],
  ['{ago} {place} me truck ne hamari deewar tod di, koi ghayal nahi', '{ago} ped ki daal car pe giri {place} me, nuksan hua']);

// ---------------------------------------------------------------- suspicious
s('suspicious', 'p1',
  ['Unattended bag lying at {place} bus stand for an hour, lots of people around', 'a suitcase left near the temple gate at {place}, nobody has claimed it, crowd is big'],
  ['{place} बस स्टैंड पर एक घंटे से लावारिस बैग पड़ा है, भीड़ बहुत है', '{place} मंदिर के गेट के पास सूटकेस पड़ा है, कोई लेने नहीं आया'],
  ['{place} बसस्थानकात तासाभरापासून बेवारस बॅग पडली आहे, गर्दी खूप आहे', '{place} मंदिराच्या गेटजवळ एक सुटकेस पडली आहे, कोणी घेतली नाही'],
  ['{place} bus stand pe ek ghante se lawaris bag pada hai, bheed hai', '{place} mandir ke gate pe suitcase pada hai koi lene nahi aaya']);
s('suspicious', 'p1',
  ['Three men with masks are checking locked houses in our lane at {place} {now}', 'some men are trying door handles of cars in {place} parking {now}'],
  ['{place} में {now} तीन नकाबपोश हमारी गली में बंद घरों को देख रहे हैं', '{place} पार्किंग में {now} कुछ लोग गाड़ियों के दरवाजे खोलने की कोशिश कर रहे हैं'],
  ['{place} मध्ये {now} तीन तोंड बांधलेले लोक आमच्या गल्लीत बंद घरं पाहत आहेत', '{place} पार्किंगमध्ये {now} काही लोक गाड्यांचे दरवाजे उघडण्याचा प्रयत्न करत आहेत'],
  ['{place} me {now} 3 nakabposh gali me band gharo ko dekh rahe hai', '{place} parking me {now} kuch log gaadiyo ke darwaze khol rahe hai']);
s('suspicious', 'p2',
  ['A car without a number plate has been parked near {place} for 3 days', 'abandoned bike lying near the {place} ground for a week, looks stolen'],
  ['{place} के पास तीन दिन से बिना नंबर की कार खड़ी है', '{place} मैदान के पास एक हफ्ते से लावारिस बाइक पड़ी है'],
  ['{place} जवळ तीन दिवसांपासून विना नंबरची कार उभी आहे', '{place} मैदानाजवळ आठवड्यापासून बेवारस बाईक पडली आहे'],
  ['{place} ke paas 3 din se bina number ki car khadi hai', '{place} ground ke paas hafte bhar se lawaris bike padi hai']);
s('suspicious', 'p2',
  ['Strangers going door to door in {place} asking which houses are empty during the day', 'two men on a bike took photos of our houses in {place} {ago}, left when asked'],
  ['{place} में कुछ अनजान लोग घर घर जाकर पूछ रहे थे कि दिन में कौन से घर खाली रहते हैं', '{ago} {place} में बाइक पर दो लोग हमारे घरों की फोटो खींच रहे थे'],
  ['{place} मध्ये अनोळखी लोक घरोघरी जाऊन दिवसा कोणती घरं रिकामी असतात ते विचारत होते', '{ago} {place} मध्ये दोघे आमच्या घरांचे फोटो काढत होते'],
  ['{place} me kuch anjaan log ghar ghar jaake pooch rahe the kaun se ghar khali rehte', '{ago} {place} me do log bike pe ghar ki photo le rahe the']);
s('suspicious', 'p2',
  ['New people in the flat next door in {place}, lots of visitors at night and a strange smell', 'a house in {place} where young men come and go all night, feels like something wrong'],
  ['{place} में बगल के फ्लैट में नए लोग आए हैं, रात भर लोग आते जाते हैं', '{place} में एक घर में रात भर लड़के आते जाते हैं, कुछ गड़बड़ लगती है'],
  ['{place} मध्ये शेजारच्या फ्लॅटमध्ये नवीन लोक आले, रात्रभर लोक ये-जा करतात', '{place} मध्ये एका घरात रात्रभर तरुण ये-जा करतात, काहीतरी गडबड वाटते'],
  ['{place} me bagal ke flat me naye log aaye hai, raat bhar log aate jaate hai', '{place} ke ek ghar me raat bhar ladke aate jaate hai, kuch gadbad hai']);
s('suspicious', 'p2',
  ['A man was offering chocolates to children outside the school in {place} {ago}, ran when asked', 'someone is flying a drone over the houses in {place} every night'],
  ['{ago} {place} में स्कूल के बाहर एक आदमी बच्चों को चॉकलेट दे रहा था, पूछने पर भाग गया', '{place} में रोज रात घरों के ऊपर ड्रोन उड़ता है'],
  ['{ago} {place} मध्ये शाळेबाहेर एक माणूस मुलांना चॉकलेट देत होता, विचारल्यावर पळाला', '{place} मध्ये रोज रात्री घरांवर ड्रोन उडतो'],
  ['{ago} {place} school ke bahar ek aadmi baccho ko chocolate de raha tha, puchne pe bhaag gaya', '{place} me roz raat drone udta hai gharo ke upar']);
s('suspicious', 'p2',
  ['Chalk marks appeared on the gates of some houses in {place} overnight', 'a man keeps sitting on a bike outside the girls hostel in {place} for hours, watching'],
  ['{place} में रात में कुछ घरों के गेट पर निशान बना गए', '{place} में गर्ल्स हॉस्टल के बाहर एक आदमी घंटों बाइक पर बैठा रहता है'],
  ['{place} मध्ये रात्रीतून काही घरांच्या गेटवर खुणा केल्या आहेत', '{place} मध्ये मुलींच्या वसतिगृहाबाहेर एक माणूस तासनतास बसलेला असतो'],
  ['{place} me raat me kuch gharo ke gate pe nishan bana gaye', '{place} hostel ke bahar ek banda ghanto bike pe baith ke dekhta rehta hai']);

// ---------------------------------------------------------------- nuisance
s('nuisance', 'p2',
  ['DJ playing at full volume at {place} past midnight, kids have exams', 'the lawn at {place} plays loud music till 2 am every weekend'],
  ['{place} में आधी रात के बाद भी तेज आवाज में डीजे बज रहा है, बच्चों की परीक्षा है', '{place} के लॉन में हर हफ्ते रात 2 बजे तक तेज गाने बजते हैं'],
  ['{place} मध्ये मध्यरात्रीनंतरही मोठ्या आवाजात डीजे सुरू आहे, मुलांच्या परीक्षा आहेत', '{place} लॉनवर दर आठवड्याला रात्री 2 पर्यंत मोठ्याने गाणी'],
  ['{place} me raat 12 ke baad bhi full volume me dj baj raha hai', '{place} lawn me har weekend raat 2 baje tak gaane bajte hai']);
s('nuisance', 'p2',
  ['People drink openly in the park at {place} every evening and abuse passersby', 'drunkards sit outside the wine shop at {place} and create nuisance every night'],
  ['{place} पार्क में रोज शाम को लोग खुलेआम शराब पीते हैं और गालियां देते हैं', '{place} में शराब की दुकान के बाहर रोज रात शराबी हंगामा करते हैं'],
  ['{place} बागेत रोज संध्याकाळी लोक उघड्यावर दारू पितात आणि शिवीगाळ करतात', '{place} मध्ये दारू दुकानाबाहेर रोज रात्री दारुडे गोंधळ घालतात'],
  ['{place} park me roz shaam log khule me daru peete hai aur gaali dete hai', '{place} me wine shop ke bahar bewde roz hungama karte hai']);
s('nuisance', 'p2',
  ['Illegal liquor being sold from a hut in {place}, men fight there every night', 'gambling den running behind the temple in {place}, satta openly'],
  ['{place} में एक झोपड़ी से अवैध शराब बिकती है', '{place} में मंदिर के पीछे जुआ और सट्टा खुलेआम चलता है'],
  ['{place} मध्ये एका झोपडीतून हातभट्टीची दारू विकली जाते', '{place} मध्ये मंदिराच्या मागे जुगार आणि सट्टा उघडपणे चालतो'],
  ['{place} me ek jhopdi se avaidh daru bikti hai', '{place} me mandir ke peeche jua aur satta khulle aam chalta hai']);
s('nuisance', 'p2',
  ['Ganja being sold near the college in {place}, young boys are hooked', 'a hookah parlour is running late at night in {place}, students go there'],
  ['{place} में कॉलेज के पास गांजा बिकता है, लड़के नशे में रहते हैं', '{place} में देर रात तक हुक्का पार्लर चलता है'],
  ['{place} मध्ये कॉलेजजवळ गांजा विकला जातो', '{place} मध्ये रात्री उशिरापर्यंत हुक्का पार्लर चालते'],
  ['{place} college ke paas ganja bikta hai, ladke nashe me rehte hai', '{place} me raat bhar hukka parlour chalta hai']);
s('nuisance', 'p2',
  ['Hawkers have occupied the entire footpath at {place}, no place to walk', 'a shopkeeper has encroached the road in front of his shop at {place}'],
  ['{place} में फेरीवालों ने पूरे फुटपाथ पर कब्जा कर लिया है', '{place} में दुकानदार ने दुकान के आगे सड़क पर अतिक्रमण कर लिया है'],
  ['{place} मध्ये फेरीवाल्यांनी संपूर्ण फुटपाथवर कब्जा केला आहे', '{place} येथे दुकानदाराने दुकानासमोर रस्त्यावर अतिक्रमण केले आहे'],
  ['{place} me footpath pe thele walo ka kabza hai, chalne ki jagah nahi', '{place} me dukandar ne road pe atikraman kar liya']);
s('nuisance', 'p2',
  ['Loudspeaker from the religious place in {place} starts at 5 am at full volume', 'neighbours burst crackers till 1 am every night in {place}, elderly cannot sleep'],
  ['{place} में धार्मिक स्थल का लाउडस्पीकर सुबह 5 बजे से पूरी आवाज में बजता है', '{place} में पड़ोसी रोज रात 1 बजे तक पटाखे फोड़ते हैं'],
  ['{place} मध्ये धार्मिक स्थळाचा भोंगा पहाटे 5 पासून मोठ्या आवाजात वाजतो', '{place} मध्ये शेजारी रोज रात्री 1 पर्यंत फटाके फोडतात'],
  ['{place} me loudspeaker subah 5 baje se full awaaz me bajta hai', '{place} me padosi raat 1 baje tak patake fodte hai']);
s('nuisance', 'p2',
  ['Two drunk men were shouting and pushing each other outside the bar in {place}, nobody hurt, this happens daily', 'boys gather at the paan shop in {place} till 2 am, shouting and abusing'],
  ['{place} में बार के बाहर दो शराबी आपस में धक्का मुक्की कर रहे थे, कोई घायल नहीं, रोज का है', '{place} में पान की दुकान पर रात 2 बजे तक लड़के हुड़दंग करते हैं'],
  ['{place} मध्ये बारबाहेर दोन दारुडे एकमेकांना ढकलत होते, कोणी जखमी नाही, हे रोजचे आहे', '{place} मध्ये पानटपरीवर रात्री 2 पर्यंत पोरं गोंधळ घालतात'],
  ['{place} bar ke bahar do bewde aapas me dhakka mukki kar rahe the, koi ghayal nahi, roz ka hai', '{place} paan ki dukan pe raat 2 baje tak ladke hungama karte hai']);

// ---------------------------------------------------------------- cyber_fraud
s('cyber_fraud', 'p2',
  ['Got a call from "bank", shared OTP, {amt} debited from my account', 'someone asked me to update KYC on a link and my account was emptied, {amt} gone'],
  ['बैंक के नाम से फोन आया, ओटीपी बताया और खाते से {amt} कट गए', 'केवायसी अपडेट के लिंक पर क्लिक किया और खाते से {amt} निकल गए'],
  ['बँकेतून बोलतोय म्हणून फोन आला, ओटीपी सांगितला आणि खात्यातून {amt} गेले', 'केवायसी अपडेटच्या लिंकवर क्लिक केले आणि {amt} कापले गेले'],
  ['bank wala bankar call aaya, otp bataya, account se {amt} kat gaye', 'kyc update ka link aaya, click kiya aur {amt} nikal gaye']);
s('cyber_fraud', 'p2',
  ['Someone created a fake Instagram profile with my photos and is messaging my friends', 'fake Facebook account in my father\'s name asking people for money'],
  ['किसी ने मेरी फोटो से फर्जी इंस्टाग्राम आईडी बनाई और दोस्तों को मैसेज कर रहा है', 'मेरे पिताजी के नाम से फर्जी फेसबुक अकाउंट बनाकर पैसे मांग रहे हैं'],
  ['कोणीतरी माझ्या फोटोंनी बनावट इंस्टाग्राम प्रोफाइल बनवली आहे', 'माझ्या वडिलांच्या नावाने बनावट फेसबुक अकाउंट बनवून पैसे मागत आहेत'],
  ['kisi ne meri photo se fake insta id bana li aur dosto ko msg kar raha', 'papa ke naam se fake facebook id bana ke paise maang rahe hai']);
s('cyber_fraud', 'p2',
  ['I invested {amt} in a share market tips group on Telegram, now they ask more money to withdraw', 'online part time job of liking videos, paid {amt} as task deposit, now blocked'],
  ['टेलीग्राम ग्रुप में शेयर मार्केट टिप्स के नाम पर {amt} लगवाए, अब निकालने नहीं दे रहे', 'वीडियो लाइक करने की पार्ट टाइम जॉब में {amt} जमा करवाए, अब ब्लॉक कर दिया'],
  ['टेलिग्राम ग्रुपमध्ये शेअर मार्केट टिप्सच्या नावाखाली {amt} गुंतवले, आता पैसे काढू देत नाहीत', 'पार्ट टाइम जॉबच्या नावाखाली {amt} भरले, आता ब्लॉक केले'],
  ['telegram group me share market ke naam pe {amt} lagwaye, ab withdraw nahi hone de rahe', 'part time job ke naam pe task me {amt} doob gaye']);
s('cyber_fraud', 'p2',
  ['A woman on video call recorded me and now is blackmailing me for {amt}', 'someone morphed my sister\'s photos and is threatening to post them online unless we pay'],
  ['एक लड़की ने वीडियो कॉल रिकॉर्ड किया और अब {amt} के लिए ब्लैकमेल कर रही है', 'किसी ने मेरी बहन की फोटो मॉर्फ करके ऑनलाइन डालने की धमकी दी है'],
  ['एका मुलीने व्हिडिओ कॉल रेकॉर्ड करून {amt} साठी ब्लॅकमेल सुरू केले आहे', 'कोणीतरी माझ्या बहिणीचे फोटो मॉर्फ करून व्हायरल करण्याची धमकी देत आहे'],
  ['video call record karke {amt} ke liye blackmail kar rahe hai', 'behen ki photo morph karke online daalne ki dhamki de raha hai']);
s('cyber_fraud', 'p2',
  ['Bought a {veh} on OLX, paid {amt} advance by UPI, the seller switched off his phone', 'Scanned a QR code to receive money for my sofa, instead {amt} got debited'],
  ['ओएलएक्स पर {veh} खरीदने के लिए यूपीआई से {amt} दिए, अब फोन बंद है', 'सोफा बेचने पर पैसे लेने के लिए क्यूआर कोड स्कैन किया, उल्टा {amt} कट गए'],
  ['ओएलएक्सवर {veh} घेण्यासाठी यूपीआयने {amt} दिले, आता फोन बंद', 'सोफा विकताना क्यूआर कोड स्कॅन केला आणि {amt} कापले गेले'],
  ['olx pe {veh} ke liye upi se {amt} advance diya, ab phone band hai', 'qr code scan kiya paise lene ke liye, ulta {amt} kat gaye']);
s('cyber_fraud', 'p2',
  ['Caller said he is a customs officer, my parcel has drugs, kept me on video call for hours and took {amt}', 'got a message that my electricity will be cut tonight, paid {amt} on their link'],
  ['कॉल करने वाले ने कहा मेरे पार्सल में ड्रग्स है, घंटों वीडियो कॉल पर रखा और {amt} ले लिए', 'आज रात बिजली कटने का मैसेज आया, लिंक पर {amt} भर दिए'],
  ['कॉलरने माझ्या पार्सलमध्ये ड्रग्ज आहे सांगून तासनतास व्हिडिओ कॉलवर ठेवले आणि {amt} घेतले', 'आज रात्री वीज कापली जाईल असा मेसेज आला, लिंकवर {amt} भरले'],
  ['parcel me drugs bol ke digital arrest kiya, {amt} le liye', 'light cut hone ka msg aaya, link pe {amt} bhar diye']);
s('cyber_fraud', 'p2',
  ['A loan app took my contacts and the recovery agents are sending abusive messages to everyone', 'someone took a loan in my name on an app, I never applied'],
  ['लोन ऐप ने मेरे कॉन्टैक्ट ले लिए, अब रिकवरी वाले सबको गंदे मैसेज भेज रहे हैं', 'किसी ने मेरे नाम से ऐप पर लोन ले लिया'],
  ['कर्ज ॲपने माझे कॉन्टॅक्ट घेतले, आता वसुलीवाले सगळ्यांना शिवीगाळीचे मेसेज पाठवत आहेत', 'कोणीतरी माझ्या नावाने ॲपवरून कर्ज घेतले'],
  ['loan app ne contacts le liye, recovery wale sabko gande msg bhej rahe hai', 'kisi ne mere naam pe app se loan le liya']);
s('cyber_fraud', 'p2',
  ['My WhatsApp was hacked and someone is asking my contacts for money', 'My email and bank app were hacked {ago}, {amt} transferred out'],
  ['मेरा व्हाट्सएप हैक हो गया, कोई मेरे नाम से पैसे मांग रहा है', '{ago} मेरा ईमेल और बैंक ऐप हैक हुआ, {amt} ट्रांसफर हो गए'],
  ['माझे व्हॉट्सॲप हॅक झाले, कोणीतरी माझ्या नावाने पैसे मागत आहे', '{ago} माझे बँक ॲप हॅक झाले, {amt} ट्रान्सफर झाले'],
  ['mera whatsapp hack ho gaya, mere naam se paise maang rahe', '{ago} bank app hack hua, {amt} transfer ho gaye']);

// ---------------------------------------------------------------- missing_person
s('missing_person', 'p1',
  ['{child} went to play outside at {recent} and has not come back, we searched everywhere in {place}', '{child} is missing from {place} market since {recent}, wearing a red shirt'],
  ['{child} {recent} बाहर खेलने गया था, अब तक नहीं लौटा, {place} में सब जगह ढूंढा', '{child} {place} बाजार से {recent} से लापता है'],
  ['{child} {recent} बाहेर खेळायला गेला, अजून परत आला नाही, {place} मध्ये सगळीकडे शोधले', '{child} {place} बाजारातून {recent} पासून बेपत्ता आहे'],
  ['{child} {recent} khelne gaya tha abhi tak nahi aaya, {place} me sab jagah dhoonda', '{child} {place} market se {recent} se gayab hai']);
s('missing_person', 'p1',
  ['{elder} has dementia and walked out of the house at {recent}, not found yet, {place}', '{elder} left for the temple after breakfast, it is evening and no sign of him, he forgets things'],
  ['{elder} को भूलने की बीमारी है, {recent} घर से निकले, अब तक नहीं मिले', '{elder} नाश्ते के बाद मंदिर गए थे, शाम हो गई, कोई खबर नहीं'],
  ['{elder} यांना विसरण्याचा आजार आहे, {recent} घरातून निघाले, अजून सापडले नाहीत', '{elder} सकाळी देवळात जातो म्हणून गेले, दुपार झाली तरी घरी आले नाहीत'],
  ['{elder} ko bhoolne ki bimari hai, {recent} ghar se nikle abhi tak nahi mile', '{elder} nashte ke baad mandir gaye the, shaam ho gayi koi khabar nahi']);
s('missing_person', 'p1',
  ['my daughter (15) did not come home from tuition today, her phone is off', 'lost my 4 year old in the crowd at {place} fair, please help find him'],
  ['मेरी 15 साल की बेटी आज ट्यूशन से घर नहीं आई, फोन बंद है', '{place} मेले की भीड़ में मेरा 4 साल का बेटा खो गया'],
  ['माझी 15 वर्षांची मुलगी आज क्लासवरून घरी आली नाही, फोन बंद आहे', '{place} जत्रेच्या गर्दीत माझा 4 वर्षांचा मुलगा हरवला'],
  ['meri 15 saal ki beti aaj tuition se ghar nahi aayi, phone band hai', '{place} mele me mera 4 saal ka beta kho gaya, madad karo']);
s('missing_person', 'p2',
  ['{rel} left home {ago} and has not returned, phone switched off since then', 'my husband went to work {ago} and has not been heard of since'],
  ['{rel} {ago} घर से गया था, अब तक नहीं लौटा, फोन बंद है', 'मेरे पति {ago} काम पर गए थे, तब से कोई खबर नहीं'],
  ['{rel} {ago} घरातून गेला, अजून परत आला नाही, फोन बंद आहे', 'माझे पती {ago} कामावर गेले, तेव्हापासून काही संपर्क नाही'],
  ['{rel} {ago} ghar se gaya tha abhi tak nahi lauta, phone band', 'mere pati {ago} kaam pe gaye the tab se koi khabar nahi']);
s('missing_person', 'p2',
  ['Our tenant\'s 19 year old son left a note and went away {ago}, family is worried', 'my sister (22) has not come home for 3 days, we fear she is in trouble'],
  ['हमारे किरायेदार का 19 साल का बेटा {ago} चिट्ठी छोड़कर चला गया', 'मेरी 22 साल की बहन तीन दिन से घर नहीं आई'],
  ['आमच्या भाडेकरूचा 19 वर्षांचा मुलगा {ago} चिठ्ठी ठेवून निघून गेला', 'माझी 22 वर्षांची बहीण तीन दिवसांपासून घरी आली नाही'],
  ['kirayedar ka 19 saal ka beta {ago} chitthi chhod ke chala gaya', 'meri 22 saal ki behen 3 din se ghar nahi aayi']);
// Found alone: the family is not there and the person cannot say where home is, so p1.
s('missing_person', 'p1',
  ['Found an old woman sitting alone at {place} station, she cannot tell her address', 'a small boy is crying alone near {place}, looking for his parents'],
  ['{place} स्टेशन पर सुबह से एक बुजुर्ग महिला अकेली बैठी हैं, उन्हें कुछ याद नहीं', '{place} के पास एक छोटा बच्चा रोता हुआ मिला, उसके माता पिता को ढूंढ रहे हैं'],
  ['{place} स्टेशनवर एक आजी एकट्या बसल्या आहेत, पत्ता सांगता येत नाही', '{place} जवळ एक लहान मुलगा रडताना सापडला, आईवडिलांचा शोध घेत आहोत'],
  ['{place} station pe ek dadi akeli baithi hai subah se, unhe kuch yaad nahi', '{place} ke paas ek chhota baccha rota hua mila, uske mummy papa ka kuch pata nahi']);
s('missing_person', 'p3',
  ['Update: the boy reported missing from {place} has been found safe, thank you all', 'My brother came back home this morning, please close the missing complaint'],
  ['{place} से लापता बच्चा सुरक्षित मिल गया है, सबका धन्यवाद', 'मेरा भाई आज सुबह घर लौट आया, गुमशुदगी की शिकायत बंद कर दें'],
  ['{place} मधून हरवलेला मुलगा सुखरूप सापडला आहे, सर्वांचे आभार', 'माझा भाऊ आज सकाळी घरी परत आला, तक्रार बंद करावी'],
  ['{place} se gum hua baccha mil gaya, sabka shukriya', 'bhai aaj subah ghar aa gaya, missing complaint band kar do']);

// ---------------------------------------------------------------- police_conduct
s('police_conduct', 'p2',
  ['{place} station staff told me to bring CCTV footage first, only then they will write anything about my stolen {veh}', 'the duty officer at {place} said my case is a civil matter and refused to take the complaint'],
  ['{place} थाने में {veh} चोरी की शिकायत लेकर गया, एफआईआर लिखने से मना कर दिया, बोले खुद ढूंढो', '{place} थाने के अधिकारी ने कहा सिविल मामला है, शिकायत नहीं ली'],
  ['{place} पोलीस ठाण्यात {veh} चोरीची तक्रार द्यायला गेलो, एफआयआर घेतला नाही, स्वतः शोधा म्हणाले', '{place} ठाण्याचे अधिकारी म्हणाले दिवाणी प्रकरण आहे, तक्रार घेतली नाही'],
  ['{place} thane me {veh} chori ki complaint le ke gaya, FIR nahi likhi, bole khud dhoondho', '{place} thane wale bol rahe civil matter hai, complaint nahi li']);
s('police_conduct', 'p2',
  ['A traffic constable at {place} took {amt} from me and gave no receipt', 'the beat constable collects money from hawkers at {place} every week'],
  ['{place} पर ट्रैफिक हवलदार ने {amt} लिए और रसीद नहीं दी', '{place} में बीट हवलदार हर हफ्ते ठेले वालों से पैसे वसूलता है'],
  ['{place} येथे वाहतूक हवालदाराने {amt} घेतले आणि पावती दिली नाही', '{place} मध्ये बीट हवालदार दर आठवड्याला फेरीवाल्यांकडून पैसे घेतो'],
  ['{place} pe traffic wale ne {amt} le liye, receipt nahi di', '{place} me beat wala havaldar har hafte thele walo se paise leta hai']);
s('police_conduct', 'p2',
  ['The inspector at {place} spoke very rudely to my mother and threw us out', 'officer at the {place} chowki was drunk on duty and abused us'],
  ['{place} थाने के इंस्पेक्टर ने मेरी मां से बदतमीजी की और बाहर निकाल दिया', '{place} चौकी का पुलिसवाला ड्यूटी पर नशे में था और गाली दी'],
  ['{place} ठाण्याच्या निरीक्षकांनी माझ्या आईशी उद्धटपणे बोलून बाहेर काढले', '{place} चौकीतील पोलीस ड्युटीवर दारू पिऊन होता आणि शिवीगाळ केली'],
  ['{place} thane ke inspector ne mummy se badtameezi ki aur bahar nikal diya', '{place} chowki wala police daaru pi ke duty pe tha, gaali di']);
s('police_conduct', 'p2',
  ['Called 112 twice about a fight at {place}, nobody came for an hour', 'my complaint has been pending at {place} station for 3 months, the IO does not pick up the phone'],
  ['{place} में झगड़े के बारे में दो बार 112 पर फोन किया, एक घंटे तक कोई नहीं आया', '{place} थाने में मेरी शिकायत तीन महीने से पड़ी है, जांच अधिकारी फोन नहीं उठाते'],
  ['{place} मध्ये भांडणाबद्दल दोनदा 112 ला फोन केला, तासभर कोणीच आले नाही', '{place} ठाण्यात माझी तक्रार तीन महिन्यांपासून पडून आहे, तपास अधिकारी फोन उचलत नाहीत'],
  ['112 pe do baar call kiya {place} me jhagde ke liye, ghante bhar koi nahi aaya', '{place} thane me 3 mahine se complaint padi hai, IO phone nahi uthate']);
s('police_conduct', 'p2',
  ['Amazing speed, six months and my case file has not moved an inch, nobody even called me', 'Wow, such fast action, only 4 visits to {place} station and still no FIR 👏'],
  ['वाह पुलिस, छह महीने से मेरी शिकायत "जांच में" है, किसी ने फोन तक नहीं किया', 'वाह, {place} थाने के चार चक्कर और अब तक एफआईआर नहीं'],
  ['वा पोलीस, सहा महिन्यांपासून माझी तक्रार "तपासात" आहे, कोणी फोनसुद्धा केला नाही', 'वा, {place} ठाण्यात चार चकरा आणि अजून एफआयआर नाही'],
  ['wah police, 6 mahine se complaint under investigation hai, kisi ne call tak nahi kiya', 'wah kya fast action, {place} thane ke 4 chakkar aur abhi tak FIR nahi']);
s('police_conduct', 'p2',
  ['Police van parked on the footpath at {place} while constables chat, blocking everyone', 'policemen at {place} checkpoint harass truck drivers for money every night'],
  ['{place} में पुलिस की गाड़ी फुटपाथ पर खड़ी करके पुलिसवाले गप्पें मारते हैं', '{place} नाके पर पुलिस वाले रोज रात ट्रक वालों से पैसे मांगते हैं'],
  ['{place} येथे पोलिसांची गाडी फुटपाथवर उभी करून पोलीस गप्पा मारतात', '{place} नाक्यावर पोलीस रोज रात्री ट्रकवाल्यांकडून पैसे उकळतात'],
  ['{place} me police ki gaadi footpath pe khadi karke police wale gappe maarte hai', '{place} naka pe police wale roz raat truck walo se paise maangte hai']);

// ---------------------------------------------------------------- information
s('information', 'p3',
  ['How do I apply for police verification of my tenant?', 'what documents are needed for a police clearance certificate?', 'how long does passport police verification take in Nagpur?'],
  ['किरायेदार का पुलिस सत्यापन कैसे करवाएं?', 'पुलिस क्लीयरेंस सर्टिफिकेट के लिए कौन से कागजात चाहिए?'],
  ['भाडेकरूची पोलीस पडताळणी कशी करायची?', 'पोलीस क्लिअरन्स प्रमाणपत्रासाठी कोणती कागदपत्रे लागतात?'],
  ['kirayedar ka police verification kaise karwaye?', 'PCC ke liye kaunse documents chahiye?', 'bhadekaru verification kasa karaycha?']);
s('information', 'p3',
  ['What is the status of my FIR {firno} filed at {place} station?', 'I applied for a character certificate 3 weeks ago, what is the status?'],
  ['{place} थाने में दर्ज मेरी एफआईआर {firno} का क्या हुआ?', 'तीन हफ्ते पहले चरित्र प्रमाणपत्र के लिए आवेदन किया था, स्टेटस क्या है?'],
  ['{place} ठाण्यात दाखल माझ्या एफआयआर {firno} चे काय झाले?', 'तीन आठवड्यांपूर्वी चारित्र्य प्रमाणपत्रासाठी अर्ज केला, स्थिती काय आहे?'],
  ['FIR {firno} ka status kya hai {place} thana', 'character certificate ka application diya tha, kya hua?']);
s('information', 'p3',
  ['I lost my Aadhaar card and driving licence somewhere in {place}, how do I get a lost report?', 'lost my phone in an auto, how to file an online lost report for the SIM?'],
  ['{place} में मेरा आधार कार्ड और लाइसेंस कहीं गिर गया, गुम होने की रिपोर्ट कैसे बनवाएं?', 'ऑटो में मोबाइल छूट गया, ऑनलाइन गुम रिपोर्ट कैसे करें?'],
  ['{place} मध्ये माझे आधार कार्ड आणि लायसन्स हरवले, हरवल्याची नोंद कशी करायची?', 'रिक्षात मोबाईल विसरलो, ऑनलाइन तक्रार कशी करायची?'],
  ['mera aadhar aur licence gir gaya {place} me, lost report kaise banwaye?', 'auto me phone chhut gaya, online lost report kaise kare?']);
s('information', 'p3',
  ['Do we need police permission for a loudspeaker at a wedding in {place}?', 'whom to contact for permission for a Ganesh procession?'],
  ['शादी में लाउडस्पीकर के लिए पुलिस की अनुमति चाहिए क्या?', 'गणेश जुलूस की अनुमति के लिए किससे संपर्क करें?'],
  ['लग्नात भोंग्यासाठी पोलिसांची परवानगी लागते का?', 'गणपती मिरवणुकीच्या परवानगीसाठी कोणाशी संपर्क करावा?'],
  ['shaadi me loudspeaker ke liye permission chahiye kya?', 'ganpati miravnuk ki permission kaha milegi?']);
s('information', 'p3',
  ['Insurance company wants police papers for my bike damage claim, where do I apply?', 'how can I get a certified FIR copy for the claim on my stolen bike?'],
  ['पिछले महीने एक्सीडेंट हुआ था, इंश्योरेंस के लिए पंचनामा की कॉपी कैसे मिलेगी?', 'चोरी हुई बाइक की एफआईआर की कॉपी इंश्योरेंस के लिए कैसे मिलेगी?'],
  ['मागच्या महिन्यात अपघात झाला, विम्यासाठी पंचनाम्याची प्रत कशी मिळेल?', 'चोरी गेलेल्या बाईकच्या एफआयआरची प्रत विम्यासाठी कशी मिळेल?'],
  ['last month accident hua tha, insurance ke liye panchnama copy kaise milegi?', 'chori hui bike ki FIR copy insurance ke liye kaise milegi?']);
s('information', 'p3',
  ['Which police station covers {place}?', 'is there a women helpline number in Nagpur?', 'what is the number of the cyber cell?'],
  ['{place} किस थाने में आता है?', 'नागपुर में महिला हेल्पलाइन नंबर क्या है?'],
  ['{place} कोणत्या पोलीस ठाण्याच्या हद्दीत येते?', 'सायबर सेलचा नंबर काय आहे?'],
  ['{place} kaunse thane me aata hai?', 'cyber cell ka number kya hai?', 'mahila helpline number kay aahe?']);
s('information', 'p3',
  ['Can I file an FIR online for a lost mobile?', 'how do I get my seized vehicle released from the police station?'],
  ['क्या खोए हुए मोबाइल की ऑनलाइन एफआईआर हो सकती है?', 'जब्त गाड़ी थाने से कैसे छुड़वाएं?'],
  ['हरवलेल्या मोबाईलची ऑनलाइन तक्रार करता येते का?', 'जप्त केलेली गाडी ठाण्यातून कशी सोडवायची?'],
  ['lost mobile ki online FIR ho sakti hai kya?', 'jabt gaadi thane se kaise chhudwaye?']);

// ---------------------------------------------------------------- feedback
s('feedback', 'p3',
  ['Thank you {place} police for finding my stolen {veh} within two days!', 'stolen {item} recovered, thank you so much team', 'Thanks for catching the chain snatchers last week, we feel safer'],
  ['{place} पुलिस का धन्यवाद, दो दिन में मेरी चोरी हुई {veh} ढूंढ दी', 'पिछले हफ्ते चेन स्नैचर पकड़ने के लिए धन्यवाद'],
  ['{place} पोलिसांचे आभार, दोन दिवसांत माझी चोरीला गेलेली {veh} शोधून दिली', 'मागच्या आठवड्यात चेन चोरांना पकडल्याबद्दल धन्यवाद'],
  ['{place} police ka shukriya, chori hui {veh} 2 din me dhoondh di', 'chain chor pakadne ke liye thanks, ab safe lagta hai']);
s('feedback', 'p3',
  ['Great work by the traffic police at {place} during the festival rush', 'hats off to the officers who managed the crowd at {place} yesterday'],
  ['त्योहार की भीड़ में {place} पर ट्रैफिक पुलिस ने बढ़िया काम किया', 'कल {place} पर भीड़ संभालने वाले पुलिसकर्मियों को सलाम'],
  ['सणाच्या गर्दीत {place} येथे वाहतूक पोलिसांनी छान काम केले', 'काल {place} येथे गर्दी सांभाळणाऱ्या पोलिसांना सलाम'],
  ['{place} pe traffic police ne festival me badhiya kaam kiya', 'kal {place} pe bheed sambhalne wale police walo ko salute']);
s('feedback', 'p3',
  ['Suggestion: more patrolling near {place} after 10 pm would help women feel safe', 'Please install CCTV cameras at {place} square, it would help a lot'],
  ['सुझाव: रात 10 बजे के बाद {place} में गश्त बढ़ाई जाए', '{place} चौक पर सीसीटीवी कैमरे लगाए जाएं तो अच्छा होगा'],
  ['सूचना: रात्री 10 नंतर {place} मध्ये गस्त वाढवावी', '{place} चौकात सीसीटीव्ही कॅमेरे बसवले तर बरे होईल'],
  ['suggestion hai ki raat 10 ke baad {place} me patrolling badhao', '{place} chowk pe CCTV lagwa do to accha rahega']);
s('feedback', 'p3',
  ['The officer at {place} station was very polite and helped me file my complaint quickly', 'quick response on 112, the patrol reached in 10 minutes, thank you'],
  ['{place} थाने के अधिकारी बहुत विनम्र थे और जल्दी शिकायत दर्ज की', '112 पर तुरंत जवाब मिला, दस मिनट में गाड़ी आ गई, धन्यवाद'],
  ['{place} ठाण्यातील अधिकारी खूप नम्र होते आणि पटकन तक्रार नोंदवली', '112 वर लगेच प्रतिसाद मिळाला, दहा मिनिटांत गाडी आली, धन्यवाद'],
  ['{place} thane ke sahab bahut ache the, jaldi complaint likh li', '112 pe turant response mila, 10 min me gaadi aa gayi, thanks']);
s('feedback', 'p3',
  ['Nagpur Police is doing a good job but traffic management needs improvement', 'proud of our police for the safe Diwali in {place}'],
  ['नागपुर पुलिस अच्छा काम कर रही है पर ट्रैफिक व्यवस्था सुधारनी चाहिए', '{place} में सुरक्षित दिवाली के लिए हमारी पुलिस पर गर्व है'],
  ['नागपूर पोलीस चांगलं काम करत आहेत पण वाहतूक व्यवस्थेत सुधारणा हवी', '{place} मध्ये सुरक्षित दिवाळीबद्दल पोलिसांचा अभिमान वाटतो'],
  ['Nagpur police accha kaam kar rahi hai par traffic sudharna chahiye', '{place} me safe diwali ke liye police pe garv hai']);
s('feedback', 'p3',
  ['My missing father was traced by your team within hours, heartfelt thanks', 'thank you for catching the knife gang that was troubling {place}'],
  ['आपकी टीम ने कुछ घंटों में मेरे पिताजी को ढूंढ निकाला, दिल से धन्यवाद', '{place} में परेशान करने वाले चाकू गैंग को पकड़ने के लिए धन्यवाद'],
  ['तुमच्या टीमने काही तासांत माझ्या वडिलांना शोधून काढले, मनापासून आभार', '{place} मधील चाकू गँगला पकडल्याबद्दल धन्यवाद'],
  ['aapki team ne kuch ghanto me papa ko dhoondh nikala, dil se thanks', '{place} ki chaku gang pakadne ke liye shukriya']);

// ---------------------------------------------------------------- other
s('other', 'p3',
  ['Earn {amt} per week from home, just like and share posts, DM now', 'Get instant personal loan in 5 minutes, no documents, call {phone}', 'Best coaching classes in {place}, admissions open, 50% discount'],
  ['घर बैठे रोज {amt} कमाएं, अभी संपर्क करें {phone}', '5 मिनट में लोन पाएं बिना कागजात, कॉल करें {phone}'],
  ['घरबसल्या दररोज {amt} कमवा, संपर्क {phone}', 'फक्त 5 मिनिटांत कर्ज, कागदपत्रांशिवाय, कॉल करा {phone}'],
  ['ghar baithe roz {amt} kamao, abhi call karo {phone}', 'loan chahiye? 5 min me approval, call {phone}']);
s('other', 'p3',
  ['Happy Independence Day to all! Jai Hind', 'Wishing everyone a very happy Diwali 🪔', 'good morning Nagpur'],
  ['सभी को गणतंत्र दिवस की हार्दिक शुभकामनाएं', 'जय श्री राम 🙏'],
  ['सर्वांना गणेशोत्सवाच्या हार्दिक शुभेच्छा', 'जय महाराष्ट्र'],
  ['sabko happy holi bhai log', 'jai hind doston', 'ganpati bappa morya sabko shubhechha']);
s('other', 'p3',
  ['Vote for development, vote for our party on Sunday', 'The minister\'s speech today was useless, this government has failed'],
  ['विकास के लिए हमारी पार्टी को वोट दें', 'आज मंत्री का भाषण बेकार था'],
  ['विकासासाठी आमच्या पक्षाला मत द्या', 'आजचे मंत्र्यांचे भाषण फालतू होते'],
  ['party ko vote do, vikas ke liye', 'aaj neta ji ka bhashan bekar tha']);
s('other', 'p3',
  ['Who won the India match today?', 'anyone know a good biryani place near {place}?', 'It is 46 degrees in Nagpur today, unbelievable'],
  ['आज का मैच किसने जीता?', '{place} के पास अच्छा बिरयानी कहां मिलेगा?'],
  ['आज नागपुरात 46 अंश, भयंकर उकाडा', '{place} जवळ चांगले हॉटेल कोणते?'],
  ['aaj match kaun jeeta bhai?', 'koi accha mobile repair wala batao {place} me', 'koi accha gym batao {place} me']);
s('other', 'p3',
  ['Follow for follow, get 1000 followers fast, link in bio', 'Buy 1 get 1 free on pizzas at our {place} outlet this weekend!'],
  ['फ्री में फॉलोअर्स बढ़ाएं, लिंक पर क्लिक करें {url}', 'इस रविवार {place} में हमारे शोरूम पर भारी छूट'],
  ['मोफत फॉलोअर्स मिळवा, लिंकवर क्लिक करा {url}', 'या रविवारी {place} येथील आमच्या दुकानात मोठी सूट'],
  ['followers badhao free me, link {url}', '{place} outlet pe is weekend buy 1 get 1 pizza']);
s('other', 'p3',
  ['lol this account replies faster than my friends', 'what is the meaning of life @NagpurPolice', 'testing 123'],
  ['ये अकाउंट कौन चलाता है?', 'बस ऐसे ही देख रहा था'],
  ['हे अकाउंट कोण चालवतं?', 'सहज पाहत होतो'],
  ['ye account kaun chalata hai bhai', 'bas aise hi timepass']);

// ---------------------------------------------------------------- second batch: the thinner categories
s('police_conduct', 'p2',
  ['The constable at {place} chowki asked me for {amt} to "settle" my complaint', 'they want a bribe to return my seized {veh} from {place} station'],
  ['{place} चौकी के हवलदार ने शिकायत निपटाने के लिए {amt} मांगे', '{place} थाने से जब्त {veh} छुड़ाने के लिए रिश्वत मांग रहे हैं'],
  ['{place} चौकीतील हवालदाराने तक्रार मिटवण्यासाठी {amt} मागितले', '{place} ठाण्यातून जप्त {veh} सोडवण्यासाठी लाच मागत आहेत'],
  ['{place} chowki ka havaldar complaint settle karne ke {amt} maang raha', 'jabt {veh} chhudane ke liye {place} thane me rishwat maang rahe']);
s('police_conduct', 'p2',
  ['I was made to wait 5 hours at {place} station to give a simple application, nobody attended', 'the lady constable at the desk in {place} shouted at my old mother'],
  ['{place} थाने में एक अर्जी देने के लिए पांच घंटे बिठाए रखा, किसी ने ध्यान नहीं दिया', '{place} थाने की महिला सिपाही ने मेरी बूढ़ी मां पर चिल्लाया'],
  ['{place} ठाण्यात साधा अर्ज द्यायला पाच तास बसवून ठेवले, कोणी लक्ष दिले नाही', '{place} ठाण्यातील महिला पोलिसाने माझ्या म्हाताऱ्या आईवर आरडाओरडा केला'],
  ['{place} thane me ek application dene ke liye 5 ghante baithaya, koi dhyan nahi', 'desk wali lady constable mummy pe chillayi {place} thane me']);
s('police_conduct', 'p2',
  ['Patrol car passed right by the fight in {place} and did not stop', 'the police did not even visit the spot after my house was burgled {ago}'],
  ['{place} में झगड़ा हो रहा था, पुलिस की गाड़ी पास से निकल गई, रुकी भी नहीं', '{ago} घर में चोरी हुई, पुलिस मौके पर देखने तक नहीं आई'],
  ['{place} मध्ये भांडण सुरू होते, पोलिसांची गाडी जवळून गेली पण थांबली नाही', '{ago} घरफोडी झाली, पोलीस पंचनाम्यालाही आले नाहीत'],
  ['{place} me jhagda ho raha tha, police ki gaadi paas se nikal gayi ruki bhi nahi', '{ago} ghar me chori hui, police spot pe aayi hi nahi']);
s('police_conduct', 'p2',
  ['The investigating officer is siding with the accused because he is a local leader', 'police pressured me to withdraw my complaint against my neighbour in {place}'],
  ['जांच अधिकारी आरोपी का साथ दे रहे हैं क्योंकि वो नेता है', '{place} पुलिस मुझ पर पड़ोसी के खिलाफ शिकायत वापस लेने का दबाव डाल रही है'],
  ['तपास अधिकारी आरोपीची बाजू घेत आहेत कारण तो स्थानिक नेता आहे', '{place} पोलीस माझ्यावर तक्रार मागे घेण्यासाठी दबाव टाकत आहेत'],
  ['IO sahab aaropi ka saath de rahe hai kyunki wo neta hai', '{place} police complaint wapas lene ka pressure daal rahi hai']);
s('police_conduct', 'p2',
  ['a traffic cop at {place} slapped an auto driver for no reason, I have a video', 'policemen at {place} beat my brother in custody'],
  ['{place} पर ट्रैफिक पुलिस वाले ने बिना वजह ऑटो वाले को थप्पड़ मारा, वीडियो है', '{place} थाने में पुलिस ने हिरासत में मेरे भाई को पीटा'],
  ['{place} येथे वाहतूक पोलिसाने विनाकारण रिक्षावाल्याला मारले, व्हिडिओ आहे', '{place} ठाण्यात पोलिसांनी कोठडीत माझ्या भावाला मारहाण केली'],
  ['{place} pe traffic police ne bina wajah auto wale ko thappad maara, video hai', '{place} thane me police ne custody me bhai ko peeta']);
s('police_conduct', 'p2',
  ['Cyber cell keeps telling me to come next week, it has been two months since my fraud complaint', 'my e-FIR was closed without anyone contacting me'],
  ['साइबर सेल वाले हर बार अगले हफ्ते आने को कहते हैं, दो महीने हो गए', 'मेरी ई-एफआईआर बिना संपर्क किए बंद कर दी गई'],
  ['सायबर सेलवाले दर वेळी पुढच्या आठवड्यात या म्हणतात, दोन महिने झाले', 'माझी ई-एफआयआर कोणताही संपर्क न करता बंद केली'],
  ['cyber cell wale har baar agle hafte aana bolte hai, 2 mahine ho gaye', 'meri e-FIR bina call kiye band kar di']);
s('police_conduct', 'p2',
  ['The SHO of {place} refuses to meet citizens, the staff says sahab is busy every day'],
  ['{place} थाने के थानेदार जनता से मिलते ही नहीं, हर दिन बोलते हैं साहब व्यस्त हैं'],
  ['{place} ठाण्याचे ठाणेदार नागरिकांना भेटतच नाहीत, रोज साहेब व्यस्त आहेत म्हणतात'],
  ['{place} ke thanedar milte hi nahi, roz bolte hai sahab busy hai']);

s('feedback', 'p3',
  ['The women\'s cell counsellor at {place} helped my sister a lot, very grateful', 'Damini squad came to our college, very useful session, thank you'],
  ['{place} के महिला सेल ने मेरी बहन की बहुत मदद की, आभारी हैं', 'दामिनी पथक ने कॉलेज में अच्छा सत्र लिया, धन्यवाद'],
  ['{place} येथील महिला कक्षाने माझ्या बहिणीला खूप मदत केली, आभारी आहोत', 'दामिनी पथकाने कॉलेजमध्ये छान मार्गदर्शन केले, धन्यवाद'],
  ['{place} mahila cell ne behen ki bahut madad ki, thanks', 'damini pathak ka college me session accha tha, dhanyawad']);
s('feedback', 'p3',
  ['Your Twitter handle replies faster than my bank, appreciate it', 'good to see the night patrolling in {place} these days'],
  ['आपका ट्विटर जवाब बहुत तेज़ है, सराहनीय', 'आजकल {place} में रात की गश्त देखकर अच्छा लगता है'],
  ['तुमचे ट्विटर उत्तर खूप जलद आहे, कौतुक', 'सध्या {place} मध्ये रात्रीची गस्त पाहून बरे वाटते'],
  ['aapka twitter reply bahut fast hai, appreciate', 'aajkal {place} me raat ki patrolling dekh ke accha lagta hai']);
s('feedback', 'p3',
  ['Please start a WhatsApp number for traffic complaints, it would be easier', 'Idea: signboards with the police station number in every lane'],
  ['ट्रैफिक शिकायतों के लिए व्हाट्सएप नंबर शुरू करें तो आसान होगा', 'हर गली में थाने का नंबर लिखा बोर्ड लगाना चाहिए'],
  ['वाहतूक तक्रारींसाठी व्हॉट्सॲप नंबर सुरू करावा', 'प्रत्येक गल्लीत पोलीस ठाण्याचा नंबर असलेले फलक लावावेत'],
  ['traffic complaint ke liye whatsapp number shuru karo', 'har gali me thane ka number wala board lagao']);
s('feedback', 'p3',
  ['The constable who helped my father cross the road at {place} today deserves praise', 'kudos to the officer who returned the lost wallet at {place}'],
  ['आज {place} पर पिताजी को सड़क पार कराने वाले सिपाही की तारीफ होनी चाहिए', '{place} पर खोया बटुआ लौटाने वाले अधिकारी को सलाम'],
  ['आज {place} येथे वडिलांना रस्ता ओलांडायला मदत करणाऱ्या पोलिसाचे कौतुक', '{place} येथे हरवलेले पाकीट परत करणाऱ्या अधिकाऱ्याला सलाम'],
  ['aaj {place} pe papa ko road cross karane wale police wale ko salute', '{place} pe khoya wallet lautane wale sahab ko salaam']);
s('feedback', 'p3',
  ['Police alone cannot do everything, citizens should also follow rules', 'I think fines for wrong parking should be higher'],
  ['पुलिस अकेले सब नहीं कर सकती, नागरिकों को भी नियम मानने चाहिए', 'मेरे हिसाब से गलत पार्किंग का जुर्माना बढ़ना चाहिए'],
  ['पोलीस एकटे सगळे करू शकत नाहीत, नागरिकांनीही नियम पाळावेत', 'माझ्या मते चुकीच्या पार्किंगचा दंड वाढवायला हवा'],
  ['police akele sab nahi kar sakti, public ko bhi rules follow karne chahiye', 'wrong parking ka fine badhna chahiye mere hisaab se']);
s('feedback', 'p3',
  ['Thanks for the quick help last night, the patrol came within minutes when we called about the fight', 'the gang that was snatching chains in {place} is caught, well done team'],
  ['कल रात झगड़े की सूचना पर मिनटों में गाड़ी आई, धन्यवाद', '{place} में चेन छीनने वाला गिरोह पकड़ा गया, शाबाश'],
  ['काल रात्री भांडणाची माहिती दिल्यावर काही मिनिटांत गाडी आली, धन्यवाद', '{place} मधील सोनसाखळी चोरांची टोळी पकडली, शाब्बास'],
  ['kal raat jhagde ki call pe turant gaadi aayi, thanks', '{place} ki chain snatching gang pakdi gayi, well done']);
s('feedback', 'p3',
  ['Very disappointed with how the city police handles traffic, but the staff at {place} are good'],
  ['शहर पुलिस का ट्रैफिक संभालना निराशाजनक है, पर {place} का स्टाफ अच्छा है'],
  ['शहर पोलिसांचे वाहतूक नियोजन निराशाजनक आहे, पण {place} चे कर्मचारी चांगले आहेत'],
  ['city police ka traffic management bekaar hai, par {place} ka staff accha hai']);

s('information', 'p3',
  ['How do I register a complaint online for a stolen phone?', 'where can I check whether a chargesheet has been filed in my case?'],
  ['चोरी हुए फोन की शिकायत ऑनलाइन कैसे दर्ज करें?', 'मेरे केस में चार्जशीट दाखिल हुई या नहीं, कहां देखें?'],
  ['चोरी झालेल्या फोनची तक्रार ऑनलाइन कशी नोंदवायची?', 'माझ्या प्रकरणात आरोपपत्र दाखल झाले का, कुठे पाहायचे?'],
  ['chori hue phone ki complaint online kaise kare?', 'mere case me chargesheet file hui ya nahi kaha dekhe?']);
s('information', 'p3',
  ['What is the procedure to get an arms licence in Nagpur?', 'how to get permission for a street play near {place}?'],
  ['नागपुर में शस्त्र लाइसेंस की क्या प्रक्रिया है?', '{place} के पास नुक्कड़ नाटक की अनुमति कैसे लें?'],
  ['नागपुरात शस्त्र परवान्याची प्रक्रिया काय आहे?', '{place} जवळ पथनाट्यासाठी परवानगी कशी घ्यायची?'],
  ['Nagpur me arms licence ki process kya hai?', '{place} ke paas nukkad natak ki permission kaise le?']);
s('information', 'p3',
  ['Is domestic help verification mandatory? What is the fee?', 'can a foreigner staying with us need to register with police?'],
  ['घरेलू नौकर का वेरिफिकेशन जरूरी है क्या? फीस कितनी है?', 'हमारे घर रुके विदेशी मेहमान का पुलिस में पंजीकरण जरूरी है?'],
  ['घरकाम करणाऱ्यांची पडताळणी आवश्यक आहे का? शुल्क किती?', 'आमच्याकडे राहणाऱ्या परदेशी पाहुण्याची नोंदणी पोलिसांकडे करावी लागते का?'],
  ['kaamwali bai ka verification zaroori hai kya? fees kitni?', 'foreigner guest ka police registration karna padta hai kya?']);
s('information', 'p3',
  ['My son got a traffic challan but we were not there, how to contest it?', 'how can I pay an e-challan online?'],
  ['बेटे के नाम चालान आया पर हम वहां थे ही नहीं, कैसे आपत्ति करें?', 'ई-चालान ऑनलाइन कैसे भरें?'],
  ['मुलाच्या नावाने चलान आले पण आम्ही तिथे नव्हतो, आक्षेप कसा घ्यायचा?', 'ई-चलान ऑनलाइन कसे भरायचे?'],
  ['bete ke naam challan aaya par hum waha the hi nahi, kaise objection kare?', 'e challan online kaise bhare?']);
s('information', 'p3',
  ['Where is the lost and found for things left in city buses?', 'what are the visiting hours at the commissioner office?'],
  ['सिटी बस में छूटे सामान के लिए कहां संपर्क करें?', 'पुलिस आयुक्त कार्यालय में मिलने का समय क्या है?'],
  ['शहर बसमध्ये विसरलेल्या वस्तूंसाठी कुठे संपर्क करायचा?', 'पोलीस आयुक्त कार्यालयात भेटीची वेळ काय आहे?'],
  ['city bus me saman chhut gaya to kaha contact kare?', 'commissioner office me milne ka time kya hai?']);
s('information', 'p3',
  ['I found someone\'s wallet with documents, where should I submit it?', 'how do I get a copy of the accident report for court?'],
  ['मुझे किसी का बटुआ मिला है जिसमें कागजात हैं, कहां जमा करूं?', 'कोर्ट के लिए एक्सीडेंट रिपोर्ट की कॉपी कैसे मिलेगी?'],
  ['मला एकाचे पाकीट सापडले आहे, त्यात कागदपत्रे आहेत, कुठे जमा करू?', 'कोर्टासाठी अपघात अहवालाची प्रत कशी मिळेल?'],
  ['mujhe kisi ka wallet mila hai documents ke saath, kaha jama karu?', 'court ke liye accident report ki copy kaise milegi?']);

s('other', 'p3',
  ['RT if you love Nagpur ❤️', 'anyone going to the Tadoba safari this weekend?'],
  ['नागपुर के संतरे दुनिया में सबसे अच्छे', 'इस रविवार कोई ताडोबा चल रहा है?'],
  ['नागपूरची संत्री जगात भारी', 'या रविवारी ताडोबाला कोण येतंय?'],
  ['nagpur ke santre best hai duniya me', 'is sunday koi tadoba chal raha hai kya?']);
s('other', 'p3',
  ['Admissions open for spoken English classes in {place}, call {phone}', 'Hiring delivery boys, salary 20k, contact {phone}'],
  ['{place} में इंग्लिश स्पीकिंग क्लास में एडमिशन शुरू, संपर्क {phone}', 'डिलीवरी बॉय की भर्ती, वेतन 20 हजार, संपर्क {phone}'],
  ['{place} मध्ये इंग्रजी संभाषण वर्गात प्रवेश सुरू, संपर्क {phone}', 'डिलिव्हरी बॉय पाहिजे, पगार 20 हजार, संपर्क {phone}'],
  ['{place} me english speaking class admission open, call {phone}', 'delivery boy chahiye salary 20k contact {phone}']);
s('other', 'p3',
  ['Which party will win the municipal election this time?', 'the new flyover looks beautiful at night'],
  ['इस बार नगर निगम चुनाव कौन जीतेगा?', 'नया फ्लाईओवर रात में सुंदर दिखता है'],
  ['यावेळी महापालिका निवडणूक कोण जिंकणार?', 'नवीन उड्डाणपूल रात्री छान दिसतो'],
  ['is baar corporation election kaun jeetega?', 'naya flyover raat me mast dikhta hai']);
s('other', 'p3',
  ['hi', 'hello anyone there?', 'ok'],
  ['नमस्ते', 'कोई है?'],
  ['नमस्कार', 'कोणी आहे का?'],
  ['hello bhai', 'koi hai kya', 'hmm ok']);
s('other', 'p3',
  ['Guaranteed 3x returns on crypto in 30 days, join the VIP group {url}', 'Lucky draw winner! claim your iPhone at {url}'],
  ['क्रिप्टो में 30 दिन में तीन गुना रिटर्न, वीआईपी ग्रुप जॉइन करें {url}', 'लकी ड्रा विजेता! अपना इनाम यहां लें {url}'],
  ['क्रिप्टोमध्ये 30 दिवसांत तिप्पट परतावा, व्हीआयपी ग्रुप जॉइन करा {url}', 'लकी ड्रॉ विजेते! बक्षीस येथे घ्या {url}'],
  ['crypto me 30 din me 3 guna return, vip group join karo {url}', 'lucky draw jeeta aapne, iphone claim karo {url}']);
s('other', 'p3',
  ['Mumbai is better than Nagpur, change my mind', 'my cat is sleeping on my laptop again 😂'],
  ['मुंबई नागपुर से अच्छा है', 'आज बहुत बारिश हो रही है, मजा आ गया'],
  ['पुणे नागपूरपेक्षा चांगलं आहे', 'आज खूप पाऊस पडतोय, मजा आली'],
  ['mumbai nagpur se accha hai bhai', 'aaj baarish me maza aa gaya']);

s('cyber_fraud', 'p2',
  ['A man I met on a matrimonial site took {amt} saying he was stuck at customs', 'fake army officer selling a second hand car online, I paid {amt} advance'],
  ['मैट्रिमोनियल साइट पर मिले आदमी ने कस्टम में फंसा बताकर {amt} ले लिए', 'फर्जी आर्मी अफसर ने ऑनलाइन गाड़ी बेचने के नाम पर {amt} एडवांस लिया'],
  ['विवाह संकेतस्थळावर भेटलेल्या माणसाने कस्टममध्ये अडकलो म्हणून {amt} घेतले', 'बनावट आर्मी अधिकाऱ्याने ऑनलाइन गाडी विकण्याच्या नावाखाली {amt} घेतले'],
  ['matrimonial site pe mila banda customs me fasa bol ke {amt} le gaya', 'fake army officer ne online car bechne ke naam pe {amt} advance liya']);
s('cyber_fraud', 'p2',
  ['Got a call that my son was arrested and needed {amt} for bail, it was a fraud', 'someone cloned my debit card and withdrew {amt} from an ATM in another city'],
  ['फोन आया कि बेटा गिरफ्तार है और जमानत के लिए {amt} चाहिए, धोखा निकला', 'मेरा डेबिट कार्ड क्लोन करके दूसरे शहर के एटीएम से {amt} निकाल लिए'],
  ['मुलाला अटक झाली, जामिनासाठी {amt} पाठवा असा फोन आला, फसवणूक निघाली', 'माझे डेबिट कार्ड क्लोन करून दुसऱ्या शहरातील एटीएममधून {amt} काढले'],
  ['call aaya beta arrest hua hai bail ke {amt} bhejo, fraud nikla', 'mera debit card clone karke dusre shahar ke atm se {amt} nikale']);
s('cyber_fraud', 'p2',
  ['My daughter is being harassed by an unknown Instagram account sending obscene messages', 'someone is posting my wife\'s number on social media with bad comments'],
  ['मेरी बेटी को एक अनजान इंस्टाग्राम अकाउंट से अश्लील मैसेज आ रहे हैं', 'कोई सोशल मीडिया पर मेरी पत्नी का नंबर गंदे कमेंट के साथ डाल रहा है'],
  ['माझ्या मुलीला एका अनोळखी इंस्टाग्राम खात्यावरून अश्लील मेसेज येत आहेत', 'कोणीतरी सोशल मीडियावर माझ्या बायकोचा नंबर वाईट कमेंटसह टाकत आहे'],
  ['beti ko ek unknown insta id se gande msg aa rahe hai', 'koi social media pe biwi ka number gande comment ke saath daal raha hai']);
s('cyber_fraud', 'p2',
  ['Paid {amt} for a hotel booking on a fake website, the hotel has no record', 'fake customer care number on Google took my UPI PIN and {amt}'],
  ['फर्जी वेबसाइट पर होटल बुकिंग के {amt} दिए, होटल में कोई बुकिंग नहीं', 'गूगल पर फर्जी कस्टमर केयर नंबर ने यूपीआई पिन लेकर {amt} निकाले'],
  ['बनावट वेबसाइटवर हॉटेल बुकिंगसाठी {amt} भरले, हॉटेलमध्ये नोंदच नाही', 'गूगलवरील बनावट कस्टमर केअर नंबरने यूपीआय पिन घेऊन {amt} काढले'],
  ['fake website pe hotel booking ke {amt} diye, hotel me booking hi nahi', 'google pe customer care number fake tha, upi pin le ke {amt} nikal liye']);
s('cyber_fraud', 'p2',
  ['A lottery call said I won a car, I paid {amt} as tax and they vanished', 'an APK sent on WhatsApp as a wedding card took over my phone and bank'],
  ['लॉटरी में कार जीतने का फोन आया, टैक्स के नाम पर {amt} दिए', 'व्हाट्सएप पर शादी के कार्ड के नाम से फाइल आई, खोलते ही बैंक से पैसे गए'],
  ['लॉटरीत कार लागली असा फोन आला, कराच्या नावाखाली {amt} भरले', 'व्हॉट्सॲपवर लग्नपत्रिकेच्या नावाने फाइल आली, उघडताच बँकेतून पैसे गेले'],
  ['lottery me car jeeti bol ke tax ke {amt} le liye', 'whatsapp pe shaadi card ki apk aayi, kholte hi bank se paise gaye']);

s('nuisance', 'p2',
  ['Cows and buffaloes tied on the road by a dairy owner in {place}, dung everywhere', 'a garage in {place} works on vehicles on the road till midnight with loud tools'],
  ['{place} में डेयरी वाला सड़क पर जानवर बांधता है', '{place} में गैरेज वाला आधी रात तक सड़क पर गाड़ियों का काम करता है, शोर होता है'],
  ['{place} मध्ये दूधवाला रस्त्यावर जनावरे बांधतो', '{place} मध्ये गॅरेजवाला मध्यरात्रीपर्यंत रस्त्यावर गाड्यांचे काम करतो, आवाज होतो'],
  ['{place} me dairy wala road pe bhains baandhta hai', '{place} me garage wala raat 12 tak road pe kaam karta hai, shor']);
s('nuisance', 'p2',
  ['Youngsters smoke and drink in the dark lane behind {place} school every evening', 'a liquor den runs behind the bus depot in {place}, fights every night'],
  ['{place} स्कूल के पीछे अंधेरी गली में रोज शाम लड़के सिगरेट शराब पीते हैं', '{place} बस डिपो के पीछे दारू का अड्डा चलता है'],
  ['{place} शाळेमागील अंधाऱ्या गल्लीत रोज संध्याकाळी पोरं सिगारेट दारू पितात', '{place} बस डेपोमागे दारूचा अड्डा चालतो'],
  ['{place} school ke peeche andheri gali me roz ladke daru sutta karte hai', '{place} depot ke peeche daru ka adda chalta hai']);
s('nuisance', 'p2',
  ['Neighbour plays bhajans on a loudspeaker every morning at 6, too loud', 'the party hall next to us in {place} has music every night past 11'],
  ['पड़ोसी रोज सुबह 6 बजे लाउडस्पीकर पर भजन बजाता है', '{place} में हमारे बगल के हॉल में रोज रात 11 के बाद भी गाने'],
  ['शेजारी रोज सकाळी 6 वाजता भोंग्यावर भजन लावतो', '{place} मध्ये शेजारच्या हॉलमध्ये रोज रात्री 11 नंतरही गाणी'],
  ['padosi roz subah 6 baje loudspeaker pe bhajan bajata hai', '{place} me bagal ke hall me raat 11 ke baad bhi gaane']);
s('nuisance', 'p2',
  ['Online betting and card games going on openly in a shop in {place}', 'boys sell MD powder near the {place} garden'],
  ['{place} में एक दुकान में खुलेआम सट्टा और ताश का जुआ', '{place} गार्डन के पास लड़के एमडी बेचते हैं'],
  ['{place} मध्ये एका दुकानात उघडपणे सट्टा आणि पत्त्यांचा जुगार', '{place} बागेजवळ मुलं एमडी विकतात'],
  ['{place} ki ek dukan me khulle aam satta aur patte ka jua', '{place} garden ke paas ladke MD bechte hai']);
s('nuisance', 'p2',
  ['Drunk men quarrel loudly outside our gate in {place} every night, no one gets hurt but we cannot sleep'],
  ['{place} में रोज रात शराबी हमारे गेट के बाहर जोर जोर से झगड़ते हैं, सो नहीं पाते'],
  ['{place} मध्ये रोज रात्री दारुडे आमच्या गेटबाहेर मोठ्याने भांडतात, झोप लागत नाही'],
  ['{place} me roz raat bewde gate ke bahar jor jor se ladte hai, neend nahi aati']);

s('traffic', 'p2',
  ['Buses stop in the middle of the road at {place} instead of the bus stop', 'e-rickshaws block the station road at {place} every evening'],
  ['{place} पर बसें स्टॉप की जगह बीच सड़क पर रुकती हैं', '{place} स्टेशन रोड पर रोज शाम ई-रिक्शा रास्ता रोकते हैं'],
  ['{place} येथे बस थांब्याऐवजी रस्त्याच्या मधोमध थांबतात', '{place} स्टेशन रस्त्यावर रोज संध्याकाळी ई-रिक्षा रस्ता अडवतात'],
  ['{place} pe bus stop ki jagah beech road pe rukti hai', '{place} station road pe roz shaam e-rickshaw rasta rokte hai']);
s('traffic', 'p2',
  ['Tanker drivers speed through {place} market lanes, very dangerous for kids', 'the speed breaker at {place} was removed and now cars race past the school'],
  ['{place} बाजार की गलियों में टैंकर तेज रफ्तार से चलते हैं', '{place} में स्पीड ब्रेकर हटा दिया, अब स्कूल के पास गाड़ियां तेज दौड़ती हैं'],
  ['{place} बाजारातील गल्ल्यांमधून टँकर भरधाव जातात', '{place} येथील गतिरोधक काढला, आता शाळेजवळ गाड्या सुसाट धावतात'],
  ['{place} market ki galiyo me tanker tez chalate hai', '{place} me speed breaker hata diya ab school ke paas gaadi tez bhagti hai']);
s('traffic', 'p2',
  ['Traffic police towing bikes but cars parked illegally at {place} are ignored', 'cars park on the flyover ramp at {place} to buy snacks'],
  ['{place} पर बाइक उठाते हैं पर गलत खड़ी कारों को छोड़ देते हैं', '{place} फ्लाईओवर के रैंप पर लोग गाड़ी खड़ी करके नाश्ता लेते हैं'],
  ['{place} येथे दुचाकी उचलतात पण चुकीच्या उभ्या कार सोडतात', '{place} उड्डाणपुलाच्या उतारावर लोक गाडी उभी करून नाश्ता घेतात'],
  ['{place} pe bike tow karte hai par galat khadi car chhod dete', '{place} flyover ramp pe log gaadi khadi karke nashta lete hai']);
s('traffic', 'p2',
  ['The road at {place} is dug up and there is no diversion sign, huge jam', 'streetlights at {place} square are off and the signal too'],
  ['{place} पर सड़क खुदी पड़ी है, कोई डायवर्जन बोर्ड नहीं, भारी जाम', '{place} चौक पर लाइट और सिग्नल दोनों बंद'],
  ['{place} येथे रस्ता खोदलेला आहे, वळणाचा फलक नाही, मोठी कोंडी', '{place} चौकातील दिवे आणि सिग्नल दोन्ही बंद'],
  ['{place} pe road khuda pada hai, diversion board nahi, bahut jam', '{place} chowk pe light aur signal dono band']);

s('accident', 'p1',
  ['A child fell from the second floor balcony in {place}, bleeding from the head', 'school van overturned at {place}, kids crying, some hurt'],
  ['{place} में एक बच्चा दूसरी मंजिल की बालकनी से गिर गया, सिर से खून बह रहा है', '{place} पर स्कूल वैन पलट गई, बच्चे घायल हैं'],
  ['{place} मध्ये एक मूल दुसऱ्या मजल्याच्या गॅलरीतून पडले, डोक्यातून रक्त येत आहे', '{place} येथे स्कूल व्हॅन उलटली, मुले जखमी आहेत'],
  ['{place} me ek baccha balcony se gir gaya, sir se khoon beh raha', '{place} pe school van palat gayi, bacche ghayal hai']);
s('accident', 'p2',
  ['My parked bike was hit by a reversing car at {place} {ago}, the owner refuses to pay', 'a cyclist dashed into my car door at {place} {ago}, minor scratches only'],
  ['{ago} {place} में रिवर्स करती कार ने मेरी खड़ी बाइक को टक्कर मारी, मालिक पैसे नहीं दे रहा', '{ago} {place} पर साइकिल वाला मेरी कार के दरवाजे से टकराया, हल्की खरोंच'],
  ['{ago} {place} येथे मागे येणाऱ्या कारने माझ्या उभ्या बाईकला धडक दिली, मालक भरपाई देत नाही', '{ago} {place} येथे सायकलस्वार माझ्या कारच्या दाराला धडकला, किरकोळ ओरखडे'],
  ['{ago} {place} me reverse karti car ne meri bike thok di, malik paise nahi de raha', '{ago} cycle wala car ke darwaze se takraya, halki kharonch']);
s('accident', 'p1',
  ['Tree fell on an auto at {place} in the storm {now}, driver trapped', 'a man slipped into the lake at {place} while taking a selfie, not seen since'],
  ['{place} पर {now} आंधी में पेड़ ऑटो पर गिरा, ड्राइवर फंसा है', '{place} तालाब में सेल्फी लेते हुए एक आदमी फिसलकर गिर गया'],
  ['{place} येथे {now} वादळात झाड रिक्षावर पडले, चालक अडकला', '{place} तलावात सेल्फी घेताना एकजण घसरून पडला'],
  ['{place} pe {now} aandhi me ped auto pe gira, driver fasa hai', '{place} talab me selfie lete waqt ek aadmi gir gaya']);

s('suspicious', 'p2',
  ['two men asked my maid detailed questions about when we leave home'],
  ['दो लोग हमारी कामवाली से पूछ रहे थे कि हम घर से कब निकलते हैं'],
  ['दोघे आमच्या कामवालीला आम्ही घरातून कधी निघतो ते विचारत होते'],
  ['do log kaamwali se puch rahe the hum ghar se kab nikalte hai']);
// Someone peering into parked cars as the message is written is a theft about to happen: p1.
s('suspicious', 'p1',
  ['A man in a helmet has been walking up and down our street in {place} looking into parked cars'],
  ['{place} में हेलमेट पहने एक आदमी हमारी गली में खड़ी गाड़ियों में झांकता घूम रहा है'],
  ['{place} मध्ये हेल्मेट घातलेला एक माणूस आमच्या गल्लीत उभ्या गाड्यांमध्ये डोकावत फिरतोय'],
  ['{place} me helmet pehne ek banda gali me khadi gaadiyo me jhaank raha hai']);
s('suspicious', 'p2',
  ['Someone keeps calling our landline and hanging up, then a bike stops outside at night', 'a tempo loads boxes from a closed shop in {place} every night at 2 am'],
  ['कोई बार बार फोन करके काट देता है, फिर रात को बाहर एक बाइक रुकती है', '{place} में बंद दुकान से रोज रात 2 बजे टेम्पो में पेटियां भरी जाती हैं'],
  ['कोणीतरी वारंवार फोन करून ठेवतो, मग रात्री बाहेर एक बाईक थांबते', '{place} मध्ये बंद दुकानातून रोज रात्री 2 वाजता टेम्पोत खोकी भरली जातात'],
  ['koi baar baar call karke kaat deta hai, phir raat ko bahar bike rukti hai', '{place} me band dukan se roz raat 2 baje tempo me peti bharte hai']);
s('suspicious', 'p1',
  ['A man is climbing the compound wall of the bank at {place} {now}', 'someone with a torch is moving inside the closed school at {place} {now}'],
  ['{place} में {now} एक आदमी बैंक की दीवार पर चढ़ रहा है', '{place} में {now} बंद स्कूल के अंदर कोई टॉर्च लेकर घूम रहा है'],
  ['{place} येथे {now} एक माणूस बँकेच्या भिंतीवर चढत आहे', '{place} मध्ये {now} बंद शाळेत कोणीतरी बॅटरी घेऊन फिरत आहे'],
  ['{place} me {now} ek aadmi bank ki deewar pe chadh raha hai', '{place} me {now} band school me koi torch leke ghoom raha hai']);

s('missing_person', 'p2',
  ['A young labourer from our site in {place} has not reported for 4 days, his phone is off', 'my aunt went to the market {ago} and her family has no news since'],
  ['{place} साइट का एक मजदूर चार दिन से नहीं आया, फोन बंद है', 'मेरी मौसी {ago} बाजार गई थीं, तब से कोई खबर नहीं'],
  ['{place} साइटवरील एक मजूर चार दिवसांपासून आला नाही, फोन बंद', 'माझी मावशी {ago} बाजारात गेली, तेव्हापासून काही पत्ता नाही'],
  ['{place} site ka ek mazdoor 4 din se nahi aaya, phone band', 'meri mausi {ago} market gayi thi, tab se koi khabar nahi']);
s('missing_person', 'p1',
  ['My 11 year old ran away after being scolded an hour ago, we cannot find him anywhere near {place}', 'a special child from our school walked out of the gate {recent}, search on'],
  ['मेरा 11 साल का बेटा डांट के बाद एक घंटा पहले घर से भाग गया, {place} में कहीं नहीं मिल रहा', 'हमारे स्कूल का एक विशेष बच्चा {recent} गेट से बाहर निकल गया'],
  ['माझा 11 वर्षांचा मुलगा रागावल्यावर तासाभरापूर्वी घरातून पळून गेला, {place} मध्ये कुठेच सापडत नाही', 'आमच्या शाळेतील एक विशेष मूल {recent} गेटबाहेर निघून गेले'],
  ['mera 11 saal ka beta daant ke baad ghante bhar pehle bhaag gaya, {place} me kahi nahi mil raha', 'school ka ek special baccha {recent} gate se bahar nikal gaya']);
s('missing_person', 'p3',
  ['The girl from {place} we posted about is back home safely, please delete the appeal'],
  ['{place} की जिस लड़की के बारे में पोस्ट किया था, वो सुरक्षित घर आ गई है'],
  ['{place} मधील ज्या मुलीबद्दल पोस्ट केली होती ती सुखरूप घरी आली'],
  ['{place} wali ladki ghar aa gayi safe, post hata do']);

s('women_safety', 'p2',
  ['My husband does not let me meet my parents and takes my salary, beats me if I argue'],
  ['पति मुझे मायके नहीं जाने देता और मेरी तनख्वाह छीन लेता है'],
  ['नवरा मला माहेरी जाऊ देत नाही आणि माझा पगार काढून घेतो'],
  ['pati maayke nahi jaane deta, salary le leta hai, maarta hai']);
s('women_safety', 'p1',
  ['A drunk man has entered the ladies compartment at {place} station {now} and is misbehaving'],
  ['{place} स्टेशन पर {now} एक शराबी महिला डिब्बे में घुसकर बदतमीजी कर रहा है'],
  ['{place} स्टेशनवर {now} एक दारुडा महिलांच्या डब्यात घुसून गैरवर्तन करत आहे'],
  ['{place} station pe {now} ek bewda ladies dabbe me ghus ke badtameezi kar raha hai']);

// ---------------------------------------------------------------- urgency the blind reviews found missed
// Classes of message, not messages: each written here in new words, in four registers, with a past or
// denied counterpart where one exists, so that the model learns the danger and its time together.

// A vulnerable person alone or lost now: a small child, an elderly person with memory loss, a disabled person.
s('missing_person', 'p1',
  ['an elderly man with memory loss is walking alone on the {place} main road, he does not know where he lives',
    'found a small girl crying alone at {place} market, no parents around, she only knows her first name',
    'a disabled boy who cannot speak is wandering alone near {place}, seems lost, please send someone',
    '{elder} has Alzheimer\'s and slipped out of our house in {place} {recent}, still not found'],
  ['{place} में एक बुजुर्ग अकेले भटक रहे हैं, उन्हें अपना घर याद नहीं',
    '{place} बाजार में एक छोटी बच्ची अकेली रो रही है, माँ बाप नहीं दिख रहे',
    'एक मानसिक रूप से कमजोर लड़का {place} के पास अकेला घूम रहा है, बोल नहीं सकता'],
  ['{place} मध्ये एक आजोबा एकटेच फिरत आहेत, त्यांना घरचा पत्ता आठवत नाही',
    '{place} बाजारात एक लहान मुलगी एकटीच रडत आहे, आई वडील कुठे दिसत नाहीत',
    'एक अपंग मुलगा {place} जवळ एकटाच भटकतोय, त्याला बोलता येत नाही'],
  ['{place} me ek buzurg akele ghoom rahe hai, unko ghar ka pata yaad nahi',
    '{place} market me ek chhoti bacchi akeli ro rahi hai, mummy papa nahi dikh rahe',
    'ek viklang ladka {place} ke paas akela bhatak raha hai, bol nahi sakta',
    '{place} madhe ek aaji ektya firat aahet, tyanna kahi athvat nahi']);

// An unattended object with wires, a timer, a ticking sound or a smell of gas or chemicals.
s('suspicious', 'p1',
  ['a cardboard box with wires and a small clock taped to it is lying outside {place} bus stand',
    'strange ticking sound coming from a suitcase left near the {place} temple, nobody owns it',
    'a sack left near the godown at {place} smells strongly of chemicals, wires sticking out'],
  ['{place} में एक डिब्बा पड़ा है जिस पर तार और घड़ी लगी है',
    '{place} मंदिर के पास छोड़े गए सूटकेस से टिक टिक की आवाज़ आ रही है',
    '{place} स्टेशन पर एक थैले से केमिकल जैसी बदबू आ रही है, किसी का नहीं है'],
  ['{place} बसस्थानकाबाहेर एक खोका पडला आहे, त्याला वायर आणि घड्याळ बांधलेले आहे',
    '{place} मंदिराजवळ ठेवलेल्या बॅगेतून टिक टिक आवाज येत आहे',
    '{place} मध्ये एका पिशवीतून गॅससारखा वास येतोय, कोणी घेऊन जात नाही'],
  ['{place} bus stand ke bahar ek box pada hai, usme wire aur ghadi lagi hai',
    '{place} mandir ke paas ek suitcase se tik tik ki awaaz aa rahi hai',
    '{place} la ek pishvi padli aahe, tyatun gas cha vaas yetoy']);

// A drunk, racing or wrong-way driver on the road now.
s('traffic', 'p1',
  ['a tanker is coming in the wrong direction on the {place} highway {now}, cars swerving to dodge it',
    'two cars are racing each other through {place} {now} at crazy speed, weaving through traffic',
    'the bus driver looks drunk, the bus is swaying all over the {place} road {now}'],
  ['{place} हाईवे पर {now} एक टैंकर उल्टी दिशा में आ रहा है',
    '{now} {place} में दो कारें रेस लगा रही हैं, बहुत तेज़ रफ्तार में',
    'बस ड्राइवर नशे में है, {place} रोड पर बस लहराते हुए चला रहा है'],
  ['{place} महामार्गावर {now} एक टँकर उलट्या दिशेने येत आहे',
    '{now} {place} मध्ये दोन गाड्या भरधाव वेगात रेस लावत आहेत',
    'बसचा चालक दारू पिऊन आहे, {place} रस्त्यावर बस नागमोडी चालवतोय'],
  ['{place} highway pe {now} ek tanker ulti disha me aa raha hai',
    '{now} {place} me do car race laga rahi hai bahut tez',
    'bus ka driver daaru pi ke hai, {place} road pe bus lahrate hue chala raha hai']);

// Someone dragged, pushed or forced into a vehicle.
s('women_safety', 'p1',
  ['two men pulled a girl into a car near {place} {now} and drove off, she was screaming',
    'a woman is being dragged towards a van at {place}, she is shouting for help'],
  ['{place} के पास {now} दो लोगों ने एक लड़की को जबरदस्ती कार में खींच लिया'],
  ['{place} जवळ {now} दोघांनी एका तरुणीला जबरदस्तीने गाडीत ओढले'],
  ['{place} ke paas {now} ek ladki ko zabardasti gaadi me daal ke le gaye']);
s('violence', 'p1',
  ['some men are forcing a young man into an SUV at {place} {now}, beating him',
    'a shopkeeper was just bundled into a car outside his shop in {place}'],
  ['{place} में {now} कुछ लोग एक लड़के को मारते हुए गाड़ी में ठूंस रहे हैं'],
  ['{place} मध्ये {now} काही लोक एका तरुणाला मारत गाडीत कोंबत आहेत'],
  ['{place} me {now} kuch log ek ladke ko maar ke gaadi me bitha rahe hai']);

// People testing door locks, peering into cars or climbing walls, now.
s('suspicious', 'p1',
  ['two men are climbing over the wall of the empty bungalow next door in {place} {now}',
    'someone is going car to car in our lane in {place} {now}, pulling the door handles',
    'a guy with a torch is peering into parked cars outside our building in {place} {now}'],
  ['{now} {place} में दो लोग पड़ोस के बंद घर की दीवार फांद रहे हैं',
    '{now} {place} में कोई गली की गाड़ियों के दरवाज़े खोलकर देख रहा है'],
  ['{now} {place} मध्ये दोन जण शेजारच्या बंद बंगल्याच्या भिंतीवरून उड्या मारत आहेत',
    '{now} {place} मध्ये कोणीतरी गल्लीतल्या गाड्यांचे दरवाजे ओढून बघतोय'],
  ['{now} {place} me do log padosi ke band ghar ki deewar phaand rahe hai',
    '{now} {place} me koi gali ki gaadiyo ke door handle kheech ke dekh raha hai']);
s('suspicious', 'p2',
  ['last week someone tried the door handles of the cars in our lane in {place}, please increase patrolling'],
  ['पिछले हफ्ते {place} में किसी ने गली की गाड़ियों के दरवाज़े खोलने की कोशिश की थी'],
  ['मागच्या आठवड्यात {place} मध्ये कोणीतरी गाड्यांचे दरवाजे उघडायचा प्रयत्न केला होता'],
  ['pichle hafte {place} me kisi ne gaadiyo ke darwaze kholne ki koshish ki thi']);

// An injured person whose ambulance does not come, or who lies with nobody helping.
s('accident', 'p1',
  ['a man hit by a bike is lying on the road at {place}, bleeding, we called 108 but no ambulance yet',
    'an old woman fainted at {place} bus stop and nobody is helping, the ambulance number is not connecting'],
  ['{place} में एक आदमी सड़क पर घायल पड़ा है, 108 पर फोन नहीं लग रहा',
    '{place} बस स्टॉप पर एक बुजुर्ग महिला बेहोश पड़ी है, कोई मदद नहीं कर रहा'],
  ['{place} येथे एक माणूस रस्त्यावर जखमी अवस्थेत पडून आहे, रुग्णवाहिका येत नाही',
    '{place} बस थांब्यावर एक आजी बेशुद्ध पडल्या आहेत, कोणी मदत करत नाही'],
  ['{place} me ek aadmi road pe ghayal pada hai, ambulance nahi aa rahi',
    '{place} bus stop pe ek aunty behosh padi hai, koi madad nahi kar raha']);

// Blackmail to publish photos or videos, with a deadline.
s('cyber_fraud', 'p1',
  ['a stranger recorded my video call and says he will send it to all my contacts by tonight unless I pay {amt}',
    'someone has morphed my daughter\'s photos and says they will go viral in 2 hours if we do not pay'],
  ['किसी ने मेरा वीडियो कॉल रिकॉर्ड किया है और कह रहा है आज रात तक {amt} नहीं दिए तो वायरल कर देगा',
    'मेरी बेटी की फोटो मॉर्फ करके धमकी दे रहा है कि 2 घंटे में पैसे नहीं दिए तो सबको भेज देगा'],
  ['एकाने माझा व्हिडिओ कॉल रेकॉर्ड केला आहे, आज रात्रीपर्यंत {amt} दिले नाहीत तर व्हायरल करेन म्हणतोय',
    'माझ्या मुलीचे फोटो मॉर्फ करून 2 तासात पैसे दे नाहीतर पसरवेन अशी धमकी देत आहे'],
  ['kisi ne mera video call record kiya, bol raha aaj raat tak {amt} nahi diye to viral kar dega',
    'meri behen ki photo morph karke bol raha 2 ghante me paise do warna insta pe daal dunga']);

// A threat to self-harm: a life at risk now. No category of TAXONOMY.md is about it, so `other`, but p1.
s('other', 'p1',
  ['my brother has locked himself in his room and says he will kill himself, please send someone to {place}',
    'a young man is standing on the edge of the {place} bridge saying he wants to end his life'],
  ['मेरा भाई कमरे में बंद है और कह रहा है कि आत्महत्या कर लेगा, {place}',
    '{place} पुल पर एक लड़का खड़ा है, कह रहा है कूदकर जान दे देगा'],
  ['माझा भाऊ खोलीत कोंडून बसला आहे आणि आत्महत्या करणार म्हणतोय, {place}',
    '{place} पुलावर एक तरुण उभा आहे, उडी मारून जीव देणार म्हणतोय'],
  ['mera bhai kamre me band hai aur bol raha hai suicide kar lega, {place}',
    '{place} pul pe ek ladka khada hai bol raha hai kood ke jaan de dega']);

// Fire or smoke with people inside.
s('accident', 'p1',
  ['thick smoke coming from a flat on the third floor in {place}, an old couple is inside',
    'the godown at {place} is on fire and two workers are stuck inside'],
  ['{place} में तीसरी मंजिल के फ्लैट से धुआं निकल रहा है, अंदर बुजुर्ग दंपति हैं',
    '{place} के गोदाम में आग लगी है, दो मजदूर अंदर फंसे हैं'],
  ['{place} मध्ये तिसऱ्या मजल्यावरील फ्लॅटमधून धूर येत आहे, आत आजी आजोबा आहेत',
    '{place} येथील गोदामाला आग लागली, दोन कामगार आत अडकले आहेत'],
  ['{place} me teesri manzil ke flat se dhuan nikal raha hai, andar buzurg log hai',
    '{place} godown me aag lagi hai, do mazdoor andar phase hai']);

// A crowd turning violent.
s('violence', 'p1',
  ['a crowd is gathering outside the {place} chowki after the accident, people are shouting and picking up stones',
    'tension at {place}, two groups facing each other with sticks, it can turn violent any moment'],
  ['{place} में हादसे के बाद भीड़ जमा हो रही है, लोग पत्थर उठा रहे हैं',
    '{place} में दो गुट लाठियां लेकर आमने सामने हैं, कभी भी झगड़ा हो सकता है'],
  ['{place} मध्ये अपघातानंतर जमाव वाढतोय, लोक दगड उचलत आहेत',
    '{place} येथे दोन गट काठ्या घेऊन समोरासमोर आले आहेत, तणाव आहे'],
  ['{place} me accident ke baad bheed jama ho rahi hai, log pathar utha rahe hai',
    '{place} me do gut lathi leke aamne samne hai, kabhi bhi ladai ho sakti hai']);

// Someone trapped: in a lift, under a wall, in a drain.
s('accident', 'p1',
  ['two people are stuck in the lift of our building in {place} for an hour, the power is gone and one cannot breathe',
    'a labourer is buried under the wall that collapsed at the {place} construction site'],
  ['{place} में हमारी बिल्डिंग की लिफ्ट में दो लोग फंसे हैं, लाइट चली गई है',
    '{place} में निर्माणाधीन इमारत की दीवार गिर गई, एक मजदूर नीचे दब गया'],
  ['{place} मध्ये आमच्या इमारतीच्या लिफ्टमध्ये दोन जण अडकले आहेत, वीज गेली आहे',
    '{place} येथे बांधकामाची भिंत कोसळली, एक मजूर खाली दबला आहे'],
  ['{place} me building ki lift me do log phase hai, light chali gayi',
    '{place} construction site pe deewar gir gayi, ek mazdoor niche dab gaya']);

// Found, and safe with someone who is looking after them: the family must be traced today, not this minute.
s('missing_person', 'p2',
  ['found a boy of about 8 near {place}, he is safe with us at the shop, please help trace his parents',
    'an old man who had lost his way is sitting with us at our society office in {place}, please inform his family'],
  ['{place} के पास एक 8 साल का लड़का मिला है, हमारे पास सुरक्षित है, उसके माता पिता को ढूंढने में मदद करें'],
  ['{place} जवळ एक आठ वर्षांचा मुलगा सापडला आहे, तो आमच्याकडे सुरक्षित आहे, त्याच्या पालकांना शोधा'],
  ['{place} ke paas ek 8 saal ka ladka mila hai, hamare paas safe hai, uske parents ko dhundhne me madad karo']);
