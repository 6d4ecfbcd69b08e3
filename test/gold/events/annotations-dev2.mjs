// biome-ignore-all format: one event a line is easier to read and annotate
// Hand annotations extending the development gold (guidelines: test/gold/README.md), second batch.
// Same layout as annotations.mjs: "N:index" names an article of ../shared/corpus/fars-news-N.json; only
// the PARAGRAPHS are coded. The comment beside src is the publication day from the link id
// (build.mjs publishedFromLink). `optional: true` marks a reading two careful annotators could both
// defend either way (neither rewarded nor punished); `not_events` lists traps that are no event.
// Annotated by reading the Persian text only, without running rasad or looking at its output.
export const annotations = [
  {
    src: '1:26', // 2013-03-16
    events: [
      { type: 'REJECT', mode: 'assist', cameo: '1211', actor: ['AZEGOV'], recipient: ['IRNGOV'], date: null, evidence: 'ما این پیشنهاد ایران را نپذیرفتیم', note: 'Azerbaijan\'s postal administration (ministry) rejects the Iranian postal operator\'s proposal; a rejection, not a negated event; day not stated (background)' },
      { type: 'AGREE', cameo: '031', actor: ['IRNGOV'], recipient: ['AZEGOV'], date: null, optional: true, evidence: 'اپراتور پستی ایران به ما پیشنهاد کرد', note: 'a proposal of a cooperation method: an offer (03x) or no event' },
    ],
    not_events: [{ evidence: 'تلاش‌های مکرر آذرپست برای تنظیم روند نقل و انتقالات پولی با ایران موفقیتی در پی نداشته است', note: 'failed efforts, no act towards a party' }],
  },
  {
    src: '1:28', // 2007-01-15
    note: 'the execution of Barzan and Bandar is unconfirmed news (تاكنون … تائيد نشده): not coded',
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '116', actor: ['IRQJUD'], recipient: ['IRQGOV'], date: '2006-11-05', evidence: 'صدام، تكريتي و بندر پنجم نوامبر به اتهام كشتار مردم دجيل به اعدام محكوم شدند', note: 'sentence by the Iraqi tribunal (116 under ACCUSE per the 2021 table, as in annotations.mjs); the defendants are the former regime, coded IRQGOV' },
      { type: 'ASSAULT', cameo: '1823', actor: ['IRQGOV'], recipient: ['IRQGOV'], date: '2006-12-30', optional: true, evidence: 'حكم اعدام صدام سپيده دم روز شنبه سي‌ام دسامبر اجرا شد', note: 'a judicial execution: PLOVER has no clean type for it' },
    ],
    not_events: [
      { evidence: 'از خبر اجراي حكم اعدام برزان تكريتي و عواد بندر اطلاعي ندارد', note: 'the prosecutor says he does not know: no event' },
      { evidence: 'تاكنون اين خبر از سوي منابع رسمي تائيد نشده است', note: 'the reported execution is unconfirmed' },
    ],
    dates: [{ text: 'پنجم نوامبر', value: '2006-11-05', granularity: 'day' }, { text: 'سپيده دم روز شنبه سي‌ام دسامبر', value: '2006-12-30', granularity: 'day' }],
  },
  {
    src: '1:46', // 2005-02-19
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRQGOV'], recipient: ['IRN', 'SYR'], date: '2005-02-18', evidence: 'با ابراز نگراني از ايفاي نقش ايران و سوريه در عراق', note: 'interim PM Allawi in yesterday\'s Washington Post (the warning in para 0 is the same statement)' },
      { type: 'CONSULT', cameo: '046', actor: ['IRQGOV'], recipient: ['IRN', 'SYR'], date: null, evidence: 'ما مذاكرات بسياري با يكديگر (ايران و سوريه) داشتيم', note: 'background talks, no day' },
    ],
    not_events: [{ evidence: 'اگر ما در راه رسيدن به وحدت ملي شكست خوريم', note: 'conditional' }],
    dates: [{ text: 'روز گذشته', value: '2005-02-18', granularity: 'day' }],
  },
  {
    src: '1:74', // 2004-07-25
    note: 'an opinion poll: the shares of Turks who reject or oppose are opinions, not events',
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['TURGOV'], recipient: ['ISR'], date: null, evidence: 'اسراييل را رژيمي تروريست خواند', note: 'Erdogan\'s earlier statement, background' },
    ],
    not_events: [
      { evidence: 'هرگونه همكاري تركيه با آمريكايي‌ها را رد', note: 'poll respondents\' opinion, not a REJECT' },
      { evidence: 'با اشغال عراق توسط آمريكا مخالفند', note: 'poll opinion' },
    ],
  },
  {
    src: '1:78', // 2014-12-06
    events: [
      { type: 'ACCUSE', mode: 'allege', cameo: '1122', actor: ['PSEGOV'], recipient: ['ISRGOV'], date: '2014-12-06', evidence: 'پیوسته قوانین و تدابیری را در پیش گرفتند تا حقوق اسرا و کرامت آنها را هدف قرار دهند', note: 'Issa Qaraqe (PA prisoners\' affairs committee); «خطرناک‌ترین تدابیر سیاسی … خواند» in para 2 restates it' },
      { type: 'CONSULT', cameo: '040', actor: ['PSEGOV'], recipient: ['PSECVL'], date: '2014-12-06', evidence: 'در دیدارش با «مهند جرادات» اسیر آزادشده از رام‌الله', note: 'meeting with a released prisoner; no day, so the publication day' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['ISR'], recipient: ['PSECVL'], date: null, evidence: 'بیش از 1500 کودک کم سن و سال در قدس بازداشت شده‌اند', note: 'arrests over the year' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['ISR'], recipient: ['PSECVL'], date: null, evidence: 'بازداشت مجدد اسرای آزاد شده در قرارداد تبادل اسرا', note: 're-arrest of prisoners freed in the exchange' },
      { type: 'REQUEST', cameo: '100', actor: ['PSEGOV'], recipient: [], date: '2014-12-06', optional: true, evidence: 'دعوت کرد سال آینده سال مبارزه قانونی و انسانی برای دفاع از حقوق اسرا', note: 'a general appeal with no addressee' },
    ],
  },
  {
    src: '1:98', // 2016-03-02
    events: [
      { type: 'REQUEST', cameo: '100', actor: ['GBRGOV'], recipient: ['GBR'], date: '2016-03-02', evidence: 'هاموند از حامیان خروج از اتحادیه اروپا خواست مدلی را برای چگونگی مذاکره انگلیس با اتحادیه اروپا در صورت خروج، تعریف کنند', note: 'Leave campaigners (politicians of several parties) coded GBR' },
    ],
    not_events: [
      { evidence: 'اگر تصمیم بگیریم که خارج شویم، جدایی خواهد بود', note: 'conditional' },
      { evidence: 'دولت انگلیس درصدد است مردم را تشویق کند', note: 'an aim, no act' },
    ],
  },
  {
    src: '1:99', // 2020-09-05
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNLEG'], recipient: ['AREGOV'], date: '2020-09-05', evidence: 'امارات در این اقدام مرتکب یک اشتباه محاسباتی شد', note: 'MP Haghighatpour; «خیانت به آرمان فلسطین» in para 3 restates it' },
      { type: 'THREATEN', cameo: '130', actor: ['IRNLEG'], recipient: ['ARE'], date: '2020-09-05', optional: true, evidence: 'این جرم امارات را بی‌پاسخ نخواهند گذاشت', note: 'a warning on behalf of the «resistance front», not of his own body' },
      { type: 'SUPPORT', cameo: '054', actor: ['ARE'], recipient: ['ISR'], date: null, optional: true, evidence: 'برقراری ارتباط سیاسی بین امارات و رژیم صهیونیستی', note: 'normalisation as background' },
      { type: 'SANCTION', cameo: '160', actor: ['TUR'], recipient: ['ARE'], date: null, evidence: 'ترکیه و پاکستان محدودیت‌هایی را در روابط خود با امارات ایجاد کرده‌اند', note: 'as the MP states; two parties, two acts' },
      { type: 'SANCTION', cameo: '160', actor: ['PAK'], recipient: ['ARE'], date: null, evidence: 'ترکیه و پاکستان محدودیت‌هایی را در روابط خود با امارات ایجاد کرده‌اند' },
    ],
    not_events: [{ evidence: 'شاهد محدودیت‌هایی در این روابط خواهیم بود', note: 'prediction' }],
  },
  {
    src: '1:136', // 2013-10-08 Tuesday
    events: [
      { type: 'CONCEDE', cameo: '0811', actor: ['TURGOV'], recipient: ['TURCVL'], date: '2013-10-08', evidence: 'از امروز سه شنبه رسما لغو شد', note: 'the headscarf ban and the Kemalist school oath lifted: one verb, one event (para 1 restates it)' },
      { type: 'REQUEST', mode: 'change', cameo: '1042', actor: ['TURCVL'], recipient: ['TURGOV'], date: null, optional: true, evidence: 'خواستار برداشته شدن آن بودند', note: 'Kurds and other minorities had demanded it (background)' },
    ],
    dates: [{ text: 'امروز سه شنبه', value: '2013-10-08', granularity: 'day' }, { text: '7 اکتبر', value: '2013-10-07', granularity: 'day' }],
  },
  {
    src: '1:148', // 2011-06-03 — the paragraphs are a single "."
    note: 'no events: the article body is empty (only the title reports a protest)',
    events: [],
  },
  {
    src: '1:164', // 2011-03-13
    note: 'Saad Abboud of the Karama party (EGYOPP); mostly opinion on a new constitution',
    events: [
      { type: 'REQUEST', mode: 'change', cameo: '1044', actor: ['EGYOPP'], recipient: [], date: null, evidence: 'ما درخواست قانون اساسي جديد داديم', note: 'the demand for a new constitution (no addressee named; the military council rules)' },
      { type: 'REJECT', mode: 'change', cameo: '123', actor: ['EGYOPP'], recipient: [], date: '2011-03-13', optional: true, evidence: 'ضمن مخالفت با اكتفا به اصلاحات قانون اساسي در مرحله انتقالي', note: 'opposes settling for constitutional amendments' },
    ],
  },
  {
    src: '1:166', // 2015-12-03 Thursday
    events: [
      { type: 'SUPPORT', cameo: '051', actor: ['RUSGOV'], recipient: ['GBR'], date: '2015-12-03', evidence: 'کرملین از هر اقدامی در مبارزه با تروریسم استقبال می‌کند', note: 'Peskov welcomes the British strikes, on condition they hit terrorists (para 0 reports the same welcome)' },
      { type: 'REQUEST', cameo: '102', actor: ['RUSGOV'], recipient: [], date: '2015-12-03', evidence: 'کرملین بار دیگر درخواست ایجاد ائتلاف گسترده علیه تروریسم را مطرح می‌کند', note: 'no addressee' },
      { type: 'SUPPORT', cameo: '051', actor: ['RUSLEG'], recipient: ['GBR'], date: '2015-12-03', evidence: 'مسکو از تهاجم هوایی این کشور در سوریه استقبال می‌کند', note: 'Kosachev (Federation Council) welcomes them conditionally; his Facebook post on Thursday' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['RUSLEG'], recipient: ['GBR'], date: '2015-12-03', evidence: 'بر خلاف اصول بین‌المللی است', note: 'Kosachev: the British intervention, like the US-led coalition\'s, is against international principles' },
      { type: 'ASSAULT', mode: 'aerial', cameo: '195', actor: ['GBRMIL'], recipient: ['IMGMUSISI'], date: '2015-12-03', evidence: 'انجام نخستین حملات هوایی انگلیس بر ضد سازمان تروریستی داعش', note: 'first RAF strikes in Syria, reported today' },
      { type: 'SUPPORT', cameo: '051', actor: ['GBRLEG'], recipient: ['GBRGOV'], date: '2015-12-02', optional: true, evidence: 'پارلمان انگلیس دیروز مجوز تهاجم هوایی بر ضد داعش در سوریه را صادر کرد', note: 'parliament authorises Cameron\'s plan (397 MPs supported it): domestic endorsement' },
    ],
    not_events: [{ evidence: 'را رد نکرد', note: 'not ruling out other British aims: speculation, not an accusation' }],
    dates: [{ text: 'روز پنجشنبه (امروز 12 آذر)', value: '2015-12-03', granularity: 'day' }, { text: 'دیروز', value: '2015-12-02', granularity: 'day' }],
  },
  {
    src: '1:176', // 2004-03-10
    note: 'an analyst\'s interview: predictions and standing positions, no current events',
    events: [
      { type: 'AGREE', cameo: '057', actor: ['USA'], recipient: ['CHN'], date: null, optional: true, evidence: 'توافق اساسي ميان آمريكا و چين در سال 1971 حاصل شد', note: 'the 1971-72 understanding, background' },
    ],
    not_events: [
      { evidence: 'به رايزني با آمريكا مبادرت خواهد كرد', note: 'an analyst\'s prediction of consultations' },
      { evidence: 'هيچ مخالفتي با موضع پكن در قبال اين موضوع ندارد', note: 'negated' },
      { evidence: 'واشنگتن نمي‌خواهد با تايوان به عنوان يك كشور مستقل', note: 'negated' },
    ],
  },
  {
    src: '1:190', // 2005-11-06
    events: [
      { type: 'THREATEN', cameo: '130', actor: ['FRAGOV'], recipient: ['IGOEUREEC'], date: '2005-11-06', evidence: 'اگر پيشنهاد اروپا مورد قبول ما نباشد از حق وتوي خود استفاده خواهيم كرد', note: 'Lagarde: a conditional threat to veto the EU\'s WTO farm offer (a conditional threat is THREATEN)' },
      { type: 'THREATEN', cameo: '130', actor: ['FRAGOV'], recipient: ['IGOEUREEC'], date: null, evidence: 'به رهبران اتحاديه اروپا هشدار داده بود', note: 'Chirac, last month' },
      { type: 'REJECT', cameo: '120', actor: ['USA', 'CAN', 'AUS'], recipient: ['IGOEUREEC'], date: null, evidence: 'ضمن مخالفت با اين طرح', note: 'one phrase naming three parties: one event' },
      { type: 'REQUEST', mode: 'yield', cameo: '1054', actor: ['USA', 'CAN', 'AUS'], recipient: ['IGOEUREEC'], date: null, evidence: 'خواستار كاهش بيشتر تعرفه واردات محصولات كشاورزي از سوي اروپا شده اند' },
      { type: 'AGREE', cameo: '035', actor: ['IGOEUREEC'], recipient: [], date: null, optional: true, evidence: 'طرح كاهش 38 درصدي تعرفه واردات محصولات كشاورزي را مطرح كرده است', note: 'the EU\'s tariff offer in the WTO round' },
    ],
    not_events: [{ evidence: 'اميدوارم فرانسه مجبور به استفاده از اين سلاح تجاري نشود', note: 'a hope' }, { evidence: 'قرار است شش هفته ديگر در هنگ كنگ برگزار شود', note: 'a scheduled multilateral summit, no actor pair' }],
  },
  {
    src: '1:199', // 2003-06-06
    note: 'Shafei is coded IRNGOV (an Iranian nuclear official)',
    events: [
      { type: 'AGREE', cameo: '030', actor: ['IRNGOV'], recipient: ['RUS'], date: '2003-06-05', evidence: 'ايران آماده است تا با به وجود آمدن شرايط مساعد،  قرار داد بازگرداندن زباله هاي مصرفي نيروگاه بوشهر به روسيه را امضا كند', note: 'said yesterday; para 1 restates it' },
      { type: 'REJECT', mode: 'yield', cameo: '1245', actor: ['IRNGOV'], recipient: ['IGOUNOIAE'], date: '2003-06-05', optional: true, evidence: 'ايران برنامه اي براي امضاي پروتكل الحاقي را ندارد', note: '«has no plan to sign»: a refusal or a negated statement' },
      { type: 'AGREE', cameo: '033', actor: ['RUSGOV'], recipient: ['IRN'], date: '2003-06-06', evidence: 'سوخت مورد نياز نيروگاه هسته اي بوشهر از طرف روسيه تامين خواهد شد', note: 'Rumyantsev: fuel will be supplied once the return contract is signed' },
      { type: 'AGREE', cameo: '030', actor: ['IRN'], recipient: ['RUS'], date: null, evidence: 'ايران و روسيه پيشتر نيز به طور اصولي در اين زمينه با يكديگر موافقت نموده', note: 'earlier agreement in principle' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['USA'], recipient: ['IRN'], date: null, evidence: 'با غير صلح آميز خواندن فعاليت هسته اي ايران', note: 'in recent weeks' },
      { type: 'REQUEST', mode: 'change', cameo: '1042', actor: ['USA'], recipient: ['RUS'], date: null, optional: true, evidence: 'تلاش مي كند كه روسيه را از ادامه همكاري هسته اي با تهران منصرف كند', note: 'pressure on Russia: REQUEST or COERCE' },
    ],
    not_events: [{ evidence: 'اگر ايران پروتكل الحاقي را امضا كند', note: 'conditional' }, { evidence: 'هيچ مانعي بر سر راه ارسال سوخت به نيروگاه اتمي بوشهر وجود ندارد', note: 'negated' }],
    dates: [{ text: 'روز گذشته', value: '2003-06-05', granularity: 'day' }, { text: 'امروز', value: '2003-06-06', granularity: 'day' }],
  },
  {
    src: '1:219', // 2009-11-06 Friday
    events: [
      { type: 'THREATEN', mode: 'violence', cameo: '138', actor: ['ISRGOV'], recipient: ['IRN'], date: '2009-11-06', optional: true, evidence: 'اسرائيل در تهديدات خود درباه اقدام نظامي عليه تاسيسات هسته‌اي ايران اغراق نمي‌كند', note: 'Ayalon reaffirms the threats («not exaggerating»): a threat or a comment on threats' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['ISRGOV'], recipient: ['IRN'], date: '2009-11-06', evidence: 'كسي كه در حال اغراق‌گويي است ايران بوده', note: 'Ayalon; «تاكتيك ايران … شيوه تاخير است» in para 4 is the same interview' },
      { type: 'CONSULT', cameo: '040', actor: ['ISRGOV'], recipient: ['RUSGOV'], date: null, evidence: 'در ديدار با "ديميتري ميدويديف " رئيس جمهور روسيه', note: 'Peres meets Medvedev, some time ago' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['ISRGOV'], recipient: ['IRN'], date: null, evidence: 'ايران تنها عضو سازمان ملل است كه اسرائيل را تهديد مي‌كند', note: 'Peres, at that meeting' },
      { type: 'THREATEN', mode: 'violence', cameo: '138', actor: ['ISRGOV'], recipient: ['IRN'], date: null, evidence: 'چندين بار ايران را تهديد به حمله نظامي ‌كرده‌اند', note: 'over the past months' },
      { type: 'REQUEST', cameo: '100', actor: ['IRNGOV'], recipient: ['IGOUNOIAE'], date: null, evidence: 'ايران خواستار بازبيني پيشنهاد سوخت هسته‌اي براي ارسال اورانيوم با درصد غناي پايين به خارج از كشور است', note: 'Mottaki, a few days ago' },
      { type: 'REJECT', mode: 'yield', cameo: '128', actor: ['ISR'], recipient: [], date: null, optional: true, evidence: 'از امضاي پيمان منع گسترش تسليحات هسته‌اي امتناع مي‌ورزد', note: 'a standing refusal, background' },
    ],
    not_events: [{ evidence: 'اسرائيل هرگز ايران را تهديد نكرده است', note: 'negated (Peres\' denial)' }, { evidence: 'امكان دارد كه كميسيوني فني براي بازبيني', note: 'possibility' }],
  },
  {
    src: '1:220', // 2007-08-11
    events: [
      { type: 'ASSAULT', mode: 'explosives', cameo: '183', actor: [], recipient: ['ITACVL'], date: null, optional: true, evidence: 'بمب‌هاي آتش‌زا و يك بمب خوشه‌اي جاسازي كرده بودند', note: 'bombs planted in an Islamic centre near Milan, found and defused before exploding: an attempted attack; unknown perpetrators' },
      { type: 'ASSAULT', cameo: '1712', actor: [], recipient: ['ITACVL'], date: null, evidence: 'افراد ناشناس خودروي شخصي امام اين مسجد را در مقابل مسجد آتش زدند', note: 'arson of the imam\'s car (destroy property: ASSAULT per the 2021 table)' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['ITACVL'], recipient: ['ITAGOV'], date: null, optional: true, evidence: 'مساجد از سوي دولت مورد حمايت و محافظت واقع نمي‌شوند', note: 'a Muslim cleric\'s complaint that the state does not protect mosques' },
    ],
    not_events: [{ evidence: 'از  احتمال وقوع حملات گسترده‌تر در آينده ابراز نگراني كردند', note: 'concern about possible future attacks, no target' }],
  },
  {
    src: '1:227', // 2010-03-04
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['CUBGOV'], recipient: ['WST'], date: '2010-03-03', evidence: 'كشورهاي صنعتي در دفاع از حق زندگي جامعه بين‌المللي فريبكاري ايدئولوژيكي', note: 'FM Rodriguez at the UN human rights body yesterday; «industrialised countries» coded WST' },
      { type: 'ACCUSE', mode: 'allege', cameo: '1122', actor: ['CUBGOV'], recipient: ['USA', 'WST'], date: '2010-03-03', evidence: 'مشخصا همان مسئولان مستقيم شديدترين موارد نقض سيستماتيك حقوق بشر هستند', note: 'in reply to the US and other Western countries' },
      { type: 'ACCUSE', mode: 'allege', cameo: '1122', actor: ['USA', 'WST'], recipient: ['CUBGOV'], date: null, evidence: 'ادعاهاي آمريكا و ديگر كشورهاي غربي به مرگ يك زنداني در كوبا', note: 'their earlier claims about a dissident prisoner\'s death' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['CUBGOV'], recipient: ['USA'], date: '2010-03-03', evidence: 'آمريكا سعي دارد مزدوران را وطن‌پرست و ماموران خود در جزيره و مجرمان را مخالف سياسي جلوه دهد' },
      { type: 'COERCE', mode: 'restrict', cameo: '163', actor: ['USA'], recipient: ['CUB'], date: null, optional: true, evidence: 'تحريم هاي تجاري و اقتصادي 50 ساله عليه كشورش', note: 'the standing embargo, mentioned as background (163 is COERCE in the 2021 table)' },
      { type: 'REQUEST', cameo: '100', actor: ['CUBGOV'], recipient: ['USA'], date: '2010-03-03', evidence: 'خواستار توضيح كشورهايي شد كه حقوق بشر را در زندان هاي "ابوغريب" عراق، "بگرام" افغانستان، "گوانتانامو"', note: 'the prisons named are US-run' },
    ],
    dates: [{ text: 'روز گذشته', value: '2010-03-03', granularity: 'day' }],
  },
  {
    src: '1:232', // 2007-07-20 Friday
    events: [
      { type: 'AGREE', cameo: '030', actor: ['IGOEUREEC'], recipient: ['LBY'], date: '2007-07-20', optional: true, evidence: 'اتحاديه اروپا روابط خود را ليبي به سطح ديگر كشورهاي شمال آفريقا خواهد رساند', note: 'a promise conditional on the nurses\' release: AGREE or a conditional (not coded)' },
      { type: 'REQUEST', mode: 'yield', cameo: '1053', actor: ['IGOEUREEC'], recipient: ['LBY'], date: null, optional: true, evidence: 'اگر خواسته ما از ليبي برآورده شود', note: 'the demand itself (release of the Bulgarian nurses) is only implied here' },
      { type: 'CONCEDE', cameo: '081', actor: ['LBYJUD'], recipient: ['BGRCVL'], date: '2007-07-17', optional: true, evidence: 'مجازات اعدام پنج پرستار و يك پزشك بلغاري', note: 'Supreme Judicial Council commutes death sentences to life on Tuesday: an easing (CONCEDE) or a sentence (ACCUSE 116)' },
      { type: 'ACCUSE', mode: 'allege', cameo: '1121', actor: ['LBYJUD'], recipient: ['BGRCVL'], date: null, evidence: 'متهم به آلوده كردن حدود 200كودك ليبيايي به ويروس ايدز هستند', note: 'standing charge' },
    ],
    not_events: [{ evidence: 'وزراي خارجه اتحاديه اروپا روز دوشنبه اين مساله را مورد بحث و بررسي قرار مي‌دهند', note: 'an internal EU meeting, no counterpart' }],
    dates: [{ text: 'روز سه شنبه', value: '2007-07-17', granularity: 'day' }, { text: 'روز دوشنبه', value: '2007-07-23', granularity: 'day' }],
  },
  {
    src: '1:238', // 2006-02-04
    note: 'Hezbollah (Nabil Qaouk) coded LBNREB',
    events: [
      { type: 'ASSAULT', mode: 'firearms', cameo: '193', actor: ['ISRMIL'], recipient: ['LBNCVL'], date: null, evidence: 'يك نوجوان لبناني را كه در خاك لبنان چوپاني مي‌كرد به ضرب گلوله كشته‌اند', note: 'day not stated' },
      { type: 'ASSAULT', mode: 'heavy-weapons', cameo: '194', actor: ['LBNREB'], recipient: ['ISRMIL'], date: null, evidence: 'با شليك شديد و مستقيم موشك و خمپاره به موقعيت اسرائيلي "ريسات العلم"', note: 'Hezbollah\'s retaliation' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['ISRMIL'], recipient: ['LBNREB'], date: null, evidence: 'كشته‌شدن يك چوپان لبناني چنين پاسخي را نمي‌طلبيد', note: 'Israeli army spokesman' },
      { type: 'ACCUSE', mode: 'allege', cameo: '1123', actor: ['LBNREB'], recipient: ['ISRMIL'], date: '2006-02-04', optional: true, evidence: 'نيروهاي اسرائيلي خط سبز بين‌المللي را در جنوب لبنان ناديده گرفته', note: 'Qaouk\'s charge; also the source of the ASSAULT' },
    ],
    not_events: [{ evidence: 'همواره آماده است به هرگونه تعدي و تجاوز طي چند دقيقه پاسخ دهد', note: 'a general readiness, not a specific threat' }],
  },
];
