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
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['ISR'], recipient: ['PSECVL'], date: null, optional: true, evidence: 'بازداشت مجدد اسرای آزاد شده در قرارداد تبادل اسرا', note: 're-arrest of prisoners freed in the exchange: a separate act, but its (type, actor, recipient, date) equals the arrests above, so a coder that merges same-tuple events is not punished' },
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
      { type: 'THREATEN', cameo: '130', actor: ['FRAGOV'], recipient: ['IGOEUREEC'], date: null, optional: true, evidence: 'به رهبران اتحاديه اروپا هشدار داده بود', note: 'Chirac, last month: a separate act with the same tuple as Lagarde\'s threat (null date overlaps), so optional' },
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
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['ISRGOV'], recipient: ['IRN'], date: null, optional: true, evidence: 'ايران تنها عضو سازمان ملل است كه اسرائيل را تهديد مي‌كند', note: 'Peres, at that meeting; same tuple as Ayalon\'s ACCUSE (null date overlaps), so optional' },
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
  {
    src: '1:248', // 2004-07-14
    note: 'an unnamed Iraqi source\'s allegations against Paul Bremer (CPA administrator, USAGOV)',
    events: [
      { type: 'ACCUSE', mode: 'allege', cameo: '1121', actor: ['IRQ'], recipient: ['USAGOV'], date: '2004-07-14', evidence: 'پل برمر در هنگام خروج از عراق مقادير قابل توجهي از آثار باستاني، كتب خطي و نفايس هنري عراق را با خود به آمريكا منتقل كرده است', note: 'the source\'s charge, told to Fars (paras 2-3 continue it)' },
      { type: 'COERCE', mode: 'seize', cameo: '1711', actor: ['USAGOV'], recipient: ['IRQ'], date: null, optional: true, evidence: 'مقادير زيادي از آثار باستاني و نفايس هنري عراق را از اين كشور خارج ساخته‌ بود', note: 'the alleged removal itself: coded only if the allegation is taken as fact' },
    ],
  },
  {
    src: '1:250', // 2007-07-12
    events: [
      { type: 'REJECT', mode: 'assist', cameo: '1213', actor: ['CHLJUD'], recipient: ['PER'], date: null, evidence: 'راي دستگاه قضايي شيلي به مسترد نكردن آلبرتو فوجيموري به پرو', note: 'judge Alvarez refuses extradition; day not stated' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['CHLLEG'], recipient: ['CHLJUD'], date: '2007-07-12', evidence: 'را شرم آور خواند', note: 'Senator Naranjo' },
      { type: 'REQUEST', cameo: '100', actor: ['CHLLEG'], recipient: [], date: '2007-07-12', optional: true, evidence: 'بر لزوم عذرخواهي از مردم پرو و قربانيان دوران حكومت او تاكيد كرد', note: 'who should apologise is not said' },
      { type: 'AGREE', cameo: '030', actor: ['CHLGOV'], recipient: ['PERGOV'], date: '2007-07-12', evidence: 'طرفين بر اساس برنامه مشترك و منافع متقابل همكاري خود با يكديگر را ادامه خواهند داد', note: 'Bachelet' },
      { type: 'ACCUSE', mode: 'allege', cameo: '1122', actor: ['PERJUD'], recipient: ['PERGOV'], date: null, evidence: 'به اتهام نقض حقوق بشر و فساد مالي از سوي دستگاه قضايي اين كشور تحت تعقيب قرار دارد', note: 'the former president prosecuted (standing)' },
    ],
    not_events: [{ evidence: 'هرگونه فشار دولت خود به دستگاه قضايي اين كشور در رابطه با حكم مسترد نكردن فوجيموري به پرو را رد كرد', note: 'a denial' }, { evidence: 'اين حكم هيچ تاثيري بر مناسبات سانتياگو و ليما نخواهد داشت', note: 'negated prediction' }],
  },
  {
    src: '1:255', // 2004-11-07
    note: 'Ayatollah Sistani and his representatives coded IRQREL (religious leader); the Shiite parties IRQ',
    events: [
      { type: 'SUPPORT', cameo: '051', actor: ['IRQREL'], recipient: ['IRQ'], date: null, evidence: 'تبريك گفته است', note: 'congratulates and supports the Shiite coalition (para 1 «از اين ائتلاف حمايت مي‌كند» is the same stance); reported by al-Hayat, day not stated' },
      { type: 'REQUEST', cameo: '102', actor: ['IRQREL'], recipient: ['IRQ'], date: null, evidence: 'ضرورت ارائه يك ليست انتخاباتي را خواستار شده', note: 'asks the party leaders for a single list' },
      { type: 'REJECT', cameo: '120', actor: ['IRQREL'], recipient: [], date: null, optional: true, evidence: 'هرگونه حمايت از فهرست نامزدهاي مستقل را رد', note: 'his office refuses to back lists of independents' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRQREL'], recipient: ['IRQGOV'], date: '2004-11-07', evidence: 'كارت‌هاي توزيع شده انتخابات سراسري در مناطق شيعه نشين عراق را ناكافي خواند', note: 'Karbalai criticises the distribution of voter cards (the electoral authorities)' },
      { type: 'AGREE', cameo: '036', actor: ['IRQREL'], recipient: ['IRQGOV'], date: null, evidence: 'با كميسيون عالي انتخابات عراق در ميان گذاشته خواهد شد', note: 'will raise it with the electoral commission (planned consultation)' },
    ],
    not_events: [{ evidence: 'ممكن است كمبود كارت‌ها توطئه بر ضد شيعان جنوب عراق باشد', note: 'speculation' }, { evidence: 'تحت هيچ شرايطي شركت نمي‌كند', note: 'negated' }],
  },
  {
    src: '1:262', // 2005-11-04
    note: 'no events: a boat accident; the navy\'s rescue teams are not a MOBILIZE against anyone',
    events: [],
    not_events: [{ evidence: 'گروه‌هاي نجات نيروي دريايي پاكستان براي يافتن اجساد به محل حادثه اعزام شده‌اند', note: 'rescue, not a deployment against a party' }],
  },
  {
    src: '1:265', // 2012-10-07
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['FRAGOV'], recipient: ['FRACOP'], date: '2012-10-07', evidence: 'کسانی که لباس پلیس را کثیف می‌کنند، هیچ جایی در آن ندارند', note: 'interior minister Valls on the corrupt Marseille unit' },
      { type: 'ACCUSE', mode: 'allege', cameo: '1121', actor: ['FRAJUD'], recipient: ['FRACOP'], date: null, evidence: 'این مأموران به سرقت و اخاذی از متهمین و افراد مظنون و همچنین اختفای مواد مخدر در مرکز پلیس و بازرسی‌های غیرقانونی اماکن متهم هستند', note: 'the prosecutor\'s charges; his «قانقاریا» comparison in para 3 is the same charge' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['FRAJUD'], recipient: ['FRACOP'], date: null, evidence: 'دستور بازداشت موقت 7 تن از این 12 مأمور پلیس را صادر کرده', note: 'day not stated' },
      { type: 'RETREAT', mode: 'release', cameo: '0841', actor: ['FRAJUD'], recipient: ['FRACOP'], date: null, optional: true, evidence: '5 نفر دیگر را با صدور قرار کنترل قضایی آزاد کرد', note: 'released under judicial supervision' },
    ],
    not_events: [{ evidence: 'در صورت اثبات جرائم انتسابی', note: 'conditional' }],
  },
  {
    src: '1:271', // 2005-09-20
    note: 'the Andijan defendants coded UZBREB (charged with an armed plot to overthrow the government)',
    events: [
      { type: 'ACCUSE', mode: 'allege', cameo: '1121', actor: ['UZBJUD'], recipient: ['UZBREB'], date: '2005-09-20', evidence: 'دادستان ازبكستان اين افراد را متهم كرده', note: 'first trial session; day not stated, so the publication day' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['UZBJUD'], recipient: ['UZBREB'], date: null, optional: true, evidence: 'دادگاه، عامل اين ناآرامي‌ها را گروهي به نام "تجار اكرميه"', note: 'the court blames Akramiya: same tuple as the prosecutor\'s charge' },
      { type: 'PROTEST', mode: 'riot', cameo: '145', actor: ['UZBREB'], recipient: ['UZBGOV'], date: '2005-05-13', optional: true, evidence: 'در آشوب‌هاي 13 ماه مه در شهر انديجان', note: 'the Andijan unrest (an armed uprising and its repression): PROTEST or ASSAULT' },
    ],
    dates: [{ text: '13 ماه مه', value: '2005-05-13', granularity: 'day' }],
  },
  {
    src: '1:293', // 2006-04-15
    note: 'Gorbachev holds no office: coded RUS',
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['RUS'], recipient: ['USA'], date: '2006-04-15', evidence: 'با اشاره به عقده غالبي كه آمريكا بعد از جنگ سرد دچار آن شده است', note: 'his article (day not stated); the «illusion of superpower» in para 0 is the same criticism' },
      { type: 'REQUEST', mode: 'yield', cameo: '1056', actor: ['RUS'], recipient: ['USA'], date: '2006-04-15', optional: true, evidence: 'در خصوص هر گونه حمله بازدارنده آمريكا به ايران هشدار داد', note: 'a warning against a US pre-emptive strike: a demand not to attack, or a criticism' },
    ],
    not_events: [
      { evidence: 'اگر آمريكايي‌ها به سوي تماس‌هاي بيشتري با قدرت حاكم بر ايران گام بردارند', note: 'conditional' },
      { evidence: 'روسيه از چنين نقشي كه آمريكا خواستار آن است حمايت نخواهد كرد', note: 'a former leader\'s view of Russia\'s role, negated' },
      { evidence: 'اگر اعضاي باشگاه هسته‌اي ذخاير بمب‌هاي اتمي خود را كاهش ندهند', note: 'conditional' },
    ],
  },
  {
    src: '1:296', // 2013-02-03
    events: [
      { type: 'COERCE', mode: 'restrict', cameo: '163', actor: ['USAGOV'], recipient: ['IRN'], date: null, evidence: 'بر اساس تحریم‌های وزارت خزانه‌داری آمریکا که از 6 فوریه اعمال می‌شود', note: 'US Treasury sanctions taking effect 6 February (163 is COERCE in the 2021 table); para 0 «اجرای دور جدید تحریم‌ها» is the same' },
      { type: 'SANCTION', cameo: '160', actor: ['IND'], recipient: ['IRN'], date: null, optional: true, evidence: 'به پرداخت پول نفت ایران از طریق بانک هالک ترکیه پس از 18 ماه پایان خواهد داد', note: 'India will stop paying through Halkbank (forced by the sanctions; future): a reduction of relations or no event' },
    ],
    not_events: [{ evidence: 'ایران می‌تواند از این پول تنها برای خرید خدمات و کالاهای مجاز', note: 'a description of the rules' }],
    dates: [{ text: '6 فوریه (18 بهمن)', value: '2013-02-06', granularity: 'day' }, { text: 'جولای سال 2011', value: '2011-07-01', granularity: 'month', until: '2011-07-31' }],
  },
  {
    src: '1:299', // 2004-01-27
    events: [
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['ITAGOV'], recipient: ['IRNGOV'], date: '2004-01-27', evidence: 'در ديدار عصر امروز فراتيني وزير خارجه ايتاليا با وي', note: 'Frattini (visitor) meets Rowhani (SNSC secretary) in Tehran' },
      { type: 'AGREE', cameo: '030', actor: ['IRNGOV'], recipient: ['ITA'], date: '2004-01-27', evidence: 'روابط تهران - رم در ابعاد سياسي - اقتصادي و فرهنگي گسترش يافته', note: 'Rowhani' },
      { type: 'REQUEST', cameo: '100', actor: ['IRNGOV'], recipient: ['EUR'], date: '2004-01-27', evidence: 'انتظار دارد طرف مقابل به تعهدات خود عمل نمايد', note: 'the other side of the Tehran declaration (the three European states, EUR as in annotations.mjs 2:147)' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNGOV'], recipient: ['USAMIL'], date: '2004-01-27', evidence: 'اقدامات نيروهاي اشغالگر در رابطه با گروهك تروريستي منافقين در عراق را مغاير اصول بين‌المللي', note: 'the occupying forces\' handling of the MKO' },
      { type: 'REQUEST', mode: 'change', cameo: '1042', actor: ['IRNGOV'], recipient: ['IGOEUREEC'], date: '2004-01-27', evidence: 'از اتحاديه اروپا خواست، در مورد مقابله با تروريسم به تعهدات بين‌المللي خود پايبند باشند' },
      { type: 'AGREE', cameo: '030', actor: ['ITAGOV'], recipient: ['IRN'], date: '2004-01-27', evidence: 'ايتاليا مايل است روابط خود را با تهران هر چه بيشتر گسترش دهد', note: 'also the wish to open EU–Iran trade talks soon (para 9): same tuple, one event' },
      { type: 'AGREE', cameo: '033', actor: ['ITAGOV'], recipient: ['IRN'], date: '2004-01-27', optional: true, evidence: 'آمادگي كامل كشورش را اعلام و بر حضور فعال ايتاليا در بازسازي آثار تاريخي بم تاكيد كرد', note: 'offer to help rebuild Bam: a distinct intent, but same tuple as the AGREE above' },
      { type: 'SUPPORT', cameo: '051', actor: ['ITAGOV'], recipient: ['IRN'], date: '2004-01-27', evidence: 'با ابراز حمايت اتحاديه اروپا از بيانيه تهران', note: 'Frattini voices EU support for the Tehran declaration' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['ITAGOV'], recipient: ['IRNREB'], date: '2004-01-27', evidence: 'ايتاليا اين گروه را بعنوان يك گروه تروريستي تلقي كرده', note: 'the MKO (armed Iranian opposition, IRNREB); the promise to bar its members is part of the same stance' },
    ],
    dates: [{ text: 'عصر امروز', value: '2004-01-27', granularity: 'day' }],
  },
  {
    src: '1:163', // 2006-08-07
    note: 'a review of a Bulletin of the Atomic Scientists report: mostly assessments and questions',
    events: [
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['USAGOV'], recipient: ['IRN'], date: null, evidence: 'اعلام كردند كه اين اقدامات ايران نشان دهنده پيشرفت سريع و هشدار دهنده اين كشور در غني سازي اورانيوم است', note: 'anonymous US officials, in March' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IGOUNOIAE'], recipient: ['USAGOV'], date: null, evidence: 'كساني كه ادعا مي كنند شگفت زده شده اند در پي ايجاد بحران هستند', note: 'an IAEA official to AP' },
      { type: 'REJECT', mode: 'yield', cameo: '128', actor: ['IRN'], recipient: ['IGOUNOIAE'], date: null, optional: true, evidence: 'ايران 52 پلمپ آژانس بين المللي انرژي اتمي كه حاكي از تعليق غني سازي اورانيوم سانتريفيوژ پي-1 بود را فك كرد', note: 'early January 2006: breaking the IAEA seals' },
    ],
    not_events: [
      { evidence: 'آيا ممكن است حمله اي نظامي عليه ايران با هدف توقف برنامه هاي اتمي اين كشور صورت گيرد', note: 'a question' },
      { evidence: 'دولتهاي غربي با ترديد به اظهارات مقام هاي ايراني', note: 'an attitude, no act' },
      { evidence: 'هنوز هيچ مدركي وجود ندارد', note: 'negated' },
    ],
    dates: [{ text: 'اوايل ژانويه 2006', value: '2006-01-01', granularity: 'month', until: '2006-01-31' }],
  },
  {
    src: '2:7', // 2013-02-09
    note: 'John Kiriakou, a former CIA officer facing prison, coded USACVL',
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['USACVL'], recipient: ['USAGOV'], date: '2013-02-09', evidence: 'باراک اوباما، رئیس جمهور آمریکا همان سیاست‌های دولت بوش را در پیش گرفته است', note: 'RT interview, day not stated; «ما بدون مدرک در حال کشتن مردم» (para 6) is part of the same criticism' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['USASPY'], recipient: ['IMGMUSALQ'], date: null, evidence: 'اولین عضوی که از القاعده دستگیر کردم', note: 'his first al-Qaeda arrest in Pakistan, background' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '116', actor: ['USAJUD'], recipient: ['USACVL'], date: null, optional: true, evidence: 'به دلیل افشای هویت یکی از کارکنان سیا با مجازات حبس روبرو است', note: 'facing a prison sentence (sentenced or about to be)' },
    ],
    not_events: [{ evidence: 'فکر نمی‌کردم که در دوران ریاست جمهوری وی به زندان بروم', note: 'negated, personal' }],
  },
  {
    src: '2:20', // 2005-12-08
    events: [
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['TURGOV'], recipient: ['AUS'], date: '2005-12-08', evidence: 'اولين سفر خود را به استراليا انجام مي‌دهد', note: 'Erdogan in Canberra' },
      { type: 'REQUEST', mode: 'assist', cameo: '1014', actor: ['TURGOV'], recipient: [], date: '2005-12-08', optional: true, evidence: 'بايد اطلاعات زيادي را به منظور دستيابي به اين هدف در اختيار يكديگر بگذاريم', note: 'a general call for intelligence sharing' },
    ],
    not_events: [{ evidence: 'حمله نظامي راه موثري براي مبارزه با افراد مسلح نيست', note: 'an opinion; «US attack» is only in the title' }],
  },
  {
    src: '2:23', // 2004-10-03
    note: 'Mohammad Niazi (head of the General Inspection Organisation, judiciary: IRNJUD) on the Pakdasht murders',
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNJUD'], recipient: ['IRNGOV'], date: '2004-10-03', evidence: 'حادثه پاكدشت ضعف سيستم‌هاي سياسي، قضايي، نظامي و امنيتي را به ما نشان داد', note: 'criticism of the state bodies (domestic)' },
    ],
    not_events: [{ evidence: 'اگر دستگاه‌هاي ما بخوبي وظايف خودشان را انجام مي‌دادند اين اتفاق نمي‌افتاد', note: 'counterfactual' }],
  },
  {
    src: '2:33', // 2004-03-01
    events: [
      { type: 'AGREE', cameo: '0334', actor: ['IGOUNO'], recipient: ['HTI'], date: null, evidence: 'اين قطعنامه‌ را با 15 راي موافق در برابر هيچ راي مخالف تصويب نمود', note: 'the Security Council authorises a multinational force for 90 days (para 1); day of the vote not stated' },
      { type: 'CONCEDE', cameo: '0831', actor: ['HTIGOV'], recipient: [], date: null, evidence: 'رئيس جمهوري هائيتي استعفا كرده', note: 'Aristide resigns and flees amid the fighting' },
      { type: 'REJECT', cameo: '120', actor: ['IGOUNO'], recipient: ['IGOUNO'], date: null, optional: true, evidence: 'با مخالفت كوفي‌ عنان، دبير كل سازمان ملل كه معتقد بود اين مدت كافي نيست، روبرو شد', note: 'the Secretary-General opposed the earlier two-month draft' },
      { type: 'AGREE', cameo: '033', actor: ['IGOUNO'], recipient: ['HTI'], date: null, optional: true, evidence: 'جامعه بين‌الملل در زمان نياز در كنار هائيتي خواهد ماند', note: 'Annan\'s pledge: same tuple as the authorisation' },
    ],
  },
  {
    src: '2:42', // 2018-12-09
    events: [
      { type: 'REJECT', cameo: '120', actor: ['SAU', 'USA', 'RUS', 'KWT'], recipient: ['IGOUNO'], date: null, evidence: 'نتایج گزارش مجمع بین‌المللی تغییرات آب‌و‎هوایی را با منافع ملی خود متضاد دیده‌اند', note: 'at COP24 in Katowice they oppose welcoming the IPCC report; one phrase, four parties; day not stated' },
    ],
    not_events: [{ evidence: 'هنوز موفق نشده‌اند به یک نتیجه واحد', note: 'negated agreement' }],
  },
  {
    src: '2:45', // 2015-10-03
    note: 'the parties asking to rally are coded IRN (no sector for political parties in these guidelines)',
    events: [
      { type: 'COERCE', mode: 'restrict', cameo: '172', actor: ['IRNGOV'], recipient: ['IRN'], date: '2015-10-03', evidence: 'ما فعلاً مجوزی برای گروهی اعم از موافق و مخالف برجام صادر نمی‌کنیم', note: 'the Tehran governorate bans JCPOA rallies: a refusal stated with a negated verb, but an act (para 1 restates it)' },
      { type: 'REQUEST', cameo: '100', actor: ['IRN'], recipient: ['IRNGOV'], date: null, optional: true, evidence: 'درخواست برخی احزاب نسبت به انجام تجمع در حمایت از توافق هسته‌ای', note: 'the parties\' request for a permit' },
    ],
  },
  {
    src: '2:50', // 2015-09-13 Sunday
    events: [
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['BRAGOV'], recipient: ['IRNGOV'], date: '2015-09-13', evidence: 'پس از دیدار و گفت‌وگو با ظریف همتای ایرانی خود', note: 'Vieira in Tehran' },
      { type: 'AGREE', cameo: '030', actor: ['BRAGOV'], recipient: ['IRN'], date: '2015-09-13', evidence: 'به ایران آمدیم تا روابط دوجانبه را ارتقا و تعمیق بخشیم', note: 'also «می‌خواهیم این روابط را ادامه دهیم», «علاقمند به تعمیق روابط اقتصادی»: one intent' },
      { type: 'AGREE', cameo: '036', actor: ['BRAGOV'], recipient: ['IRN'], date: null, optional: true, evidence: 'به سفر وزیر توسعه صنعت و تجارت برزیل که قرار است مهر ماه به ایران سفر کند', note: 'planned visit in Mehr (and the labour minister\'s in coming months): same tuple as the intent above' },
      { type: 'AGREE', cameo: '036', actor: ['BRAGOV'], recipient: ['IRNGOV'], date: '2015-09-13', evidence: 'از ظریف برای سفر به برزیل دعوت کرد', note: 'an invitation: intent to meet' },
      { type: 'SUPPORT', cameo: '051', actor: ['BRAGOV'], recipient: ['IRNGOV'], date: '2015-09-13', evidence: 'با تبریک توافق وین به جمهوری اسلامی ایران و ظریف', note: 'congratulation' },
      { type: 'SUPPORT', cameo: '051', actor: ['BRAGOV'], recipient: ['IGOUNO'], date: '2015-09-13', optional: true, evidence: 'از قطعنامه 2231 شورای امنیت نیز استقبال کرد' },
      { type: 'AGREE', cameo: '030', actor: ['BRAGOV'], recipient: ['IRNGOV'], date: '2015-09-13', optional: true, evidence: 'ما امروز توافق کردیم که فرصت‌های مختلف برای ارتقای روابط دو جانبه را بررسی کنیم', note: 'agreed today to examine ways to expand ties: same tuple as the invitation' },
      { type: 'AGREE', cameo: '036', actor: ['IRNGOV'], recipient: ['BRA'], date: null, optional: true, evidence: 'سفر اقتصاد و دارایی ایران به برزیل', note: 'the Iranian economy minister\'s trip to Brazil (planned or past, unclear)' },
    ],
    not_events: [{ evidence: 'حل موضوع سوریه را از طریق نظامی ممکن ندانست', note: 'an opinion' }, { evidence: 'روابط اقتصادی دو جانبه در چند سال گذشته افزایش نیافته بود', note: 'negated description' }],
  },
  {
    src: '2:54', // 2016-02-19 Friday
    events: [
      { type: 'CONSULT', mode: 'multilateral', cameo: '040', actor: ['GBRGOV'], recipient: ['IGOEUREEC'], date: '2016-02-18', evidence: 'از عصر روز پنج­شنبه (دیروز) با سران دیگر 28 کشور عضو این اتحادیه وارد گفت­وگو شد', note: 'the Brussels summit on Cameron\'s reforms; it continues on Friday (same event)' },
      { type: 'REQUEST', mode: 'change', cameo: '104', actor: ['GBRGOV'], recipient: ['IGOEUREEC'], date: null, evidence: 'طرحی 4 بندی را ارائه کرده بود که برای تغییر قواعد به اتحادیه اروپا پیشنهاد شد', note: 'the four-point reform demand' },
      { type: 'SUPPORT', cameo: '051', actor: ['IGOEUREEC'], recipient: ['GBR'], date: '2016-02-18', optional: true, evidence: 'همه کشورهای عضو تمایل خود را برای ماندن انگلیس در این اتحادیه اروپا ابراز کردند' },
    ],
    not_events: [
      { evidence: 'هیچ توافقی میان سران 28 کشور عضو اتحادیه اروپا برای اصلاح قواعد روابط میان انگلستان و اتحادیه حاصل نشد', note: 'negated agreement' },
      { evidence: 'اگر کامرون در مساله همه‌پرسی جدایی انگلستان از اتحادیه اروپا شکست بخورد', note: 'conditional' },
    ],
    dates: [{ text: 'عصر روز پنج­شنبه (دیروز)', value: '2016-02-18', granularity: 'day' }],
  },
  {
    src: '2:63', // 2018-01-10 Wednesday
    note: 'princes coded SAU (royals without office); the sports authority and the prosecutor SAUGOV/SAUJUD',
    events: [
      { type: 'COERCE', mode: 'restrict', cameo: '172', actor: ['SAUGOV'], recipient: ['SAUGOV'], date: '2018-01-10', optional: true, evidence: 'را از منصب خود برکنار کرد', note: 'dismissal of the water-sports federation head: an administrative sanction or an internal personnel act' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['SAUGOV'], recipient: ['SAU'], date: null, evidence: 'بازداشت شده و به زندان «الحائر» منتقل شده است', note: 'reportedly (گفته می‌شود) arrested for protesting' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['SAU'], recipient: ['SAUJUD'], date: '2018-01-08', evidence: 'روایت دادستان کل کشور درباره اینکه شاهزادگان به عدم پرداخت قبض برق اعتراض داشته سپس بازداشت شده‌اند، رد کرد', note: 'his Monday audio file calling the account «false» (para 5)' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['SAUGOV'], recipient: ['SAU'], date: null, optional: true, evidence: 'بازداشت یازده شاهزاده در کاخ سلطنتی ریاض', note: 'the eleven princes, recent days: same tuple' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['SAUGOV'], recipient: ['SAU'], date: null, optional: true, evidence: 'شماری از شاهزادگان متمول سعودی را به اتهام فساد بازداشت کرده', note: 'the Ritz-Carlton arrests months ago: same tuple' },
      { type: 'PROTEST', cameo: '140', actor: ['SAU'], recipient: ['SAUGOV'], date: null, optional: true, evidence: 'علت بازداشت یازده شاهزاده دیگر در کاخ سلطنتی ریاض، اعتراض به این بازداشت‌ها بوده است', note: 'per the opposition site Watan' },
    ],
    not_events: [{ evidence: 'بن سلمان قصد دارد دو سوم ثروت دهها شاهزاده بازداشتی را از آنان بگیرد', note: 'a claimed intention from unnamed Western sources' }],
    dates: [{ text: 'روز دوشنبه', value: '2018-01-08', granularity: 'day' }],
  },
  {
    src: '2:66', // 2014-09-20
    events: [
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['JPNGOV'], recipient: ['IRN'], date: '2014-09-20', evidence: 'سفیر ژاپن در ایران ظهر امروز از منطقه آزاد تجاری، صنعتی ماکو بازدید کرد', note: 'the ambassador\'s two-day provincial tour (para 3 is the same trip)' },
      { type: 'AGREE', cameo: '036', actor: ['JPNGOV'], recipient: ['IRNGOV'], date: '2014-09-21', evidence: 'وی صبح فردا با استاندار آذربایجان غربی دیدار', note: 'planned meeting with the governor' },
      { type: 'AGREE', cameo: '036', actor: ['JPNGOV'], recipient: ['IRNNGO'], date: '2014-09-21', evidence: 'با مدیران سازمان‌های مردم نهاد فعال در زمینه ارتقای سطح آگاهی در مورد کشاورزی پایدار دیدار می‌کند', note: 'planned meeting with NGO managers' },
    ],
    not_events: [{ evidence: 'از تالار کانی برازان دیدار', note: '«دیدار» of a place (a wetland), not a meeting' }],
    dates: [{ text: 'ظهر امروز', value: '2014-09-20', granularity: 'day' }, { text: 'صبح فردا', value: '2014-09-21', granularity: 'day' }],
  },
  {
    src: '2:68', // 2020-10-16 Friday
    events: [
      { type: 'AGREE', cameo: '0312', actor: ['IRNGOV'], recipient: [], date: '2020-10-16', evidence: 'جمهوری اسلامی به دنبال خرید و فروش سلاح با تعدادی از شرکای بین‌المللی خود است', note: 'intent to trade arms once the UN embargo ends; partners not named (Miryousefi in paras 5-7 says the same)' },
      { type: 'REQUEST', mode: 'change', cameo: '1042', actor: ['USA'], recipient: ['IGOUNO'], date: null, evidence: 'تلاش گسترده آمریکا برای متقاعد کردن اعضای برجام برای بازگرداندن تحریم‌های شورای امنیت سازمان ملل', note: 'the failed snapback push (the JCPOA members at the UN)' },
      { type: 'REJECT', cameo: '120', actor: ['IGOUNO'], recipient: ['USA'], date: null, evidence: 'سازمان ملل و اغلبیت قاطع کشورهای عضو، سیاست موسوم به فشار حداکثری آمریکا بر ایران را رد کرده‌اند', note: 'as Miryousefi puts it; «بی توجهی به درخواست آمریکا» in para 2 is the same' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNGOV'], recipient: ['USA'], date: '2020-10-16', evidence: 'تلاش این کشور برای نقض بیشتر برنامه جامع اقدام مشترک و قعطنامه 2231', note: 'Miryousefi (Iran\'s UN mission) to Newsweek' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['USAMIL'], recipient: ['IRN'], date: '2020-10-16', evidence: 'رژیم ایران از معیارهای بین‌المللی سرپیچی کرده و فعالیت‌های مخرب انجام داده', note: 'Pentagon spokesman Lodewick; his further claims (paras 11-13) are the same statement' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['USAMIL'], recipient: ['IRN'], date: null, optional: true, evidence: 'ایران همچنان بزرگترین تهدید برای ثبات و امنیت در منطقه به شمار می‌آید', note: 'General McKenzie, earlier: same tuple as the Pentagon\'s' },
    ],
    not_events: [
      { evidence: 'یک مقام ایرانی به نشریه «نیوزویک» گفت', note: 'an interview with a magazine is not a CONSULT' },
      { evidence: 'ایران هنوز رسما هیچگونه توافق تسلیحاتی را با کشوری اعلام نکرده', note: 'negated' },
      { evidence: 'نمایندگی آمریکا در سازمان ملل درخواست نیوزویک برای اظهارنظر', note: 'declining a magazine\'s request for comment' },
    ],
    dates: [{ text: 'روز 18 اکتبر (27 مهر)', value: '2020-10-18', granularity: 'day' }],
  },
  {
    src: '2:96', // 2014-02-01
    note: 'drug dealers coded IRNCRM (criminals)',
    events: [
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['IRNCOP'], recipient: ['IRNCRM'], date: '2014-02-01', evidence: 'در این عملیات جمعاً چهار متهم دستگیر', note: 'one operation, four arrests (para 2 is part of it); day not stated' },
      { type: 'COERCE', mode: 'seize', cameo: '1711', actor: ['IRNCOP'], recipient: ['IRNCRM'], date: '2014-02-01', optional: true, evidence: 'یک دستگاه خودروی پژو پارس نیز توقیف شد', note: 'seizure of drugs and two cars in the same operation: same tuple' },
    ],
  },
  {
    src: '2:104', // 2020-10-07
    events: [
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['IRNCOP'], recipient: ['IRNCRM'], date: null, evidence: 'مجموع دستگیری‌های انجام شده توسط پلیس‌های شرکت کننده در طرح را ۳۸۶ مجرم و هنجارشکن', note: 'the 72-hour campaign in Kermanshah province: one event for its arrests (paras 1, 5, 8, 10 itemise them)' },
      { type: 'COERCE', mode: 'restrict', cameo: '172', actor: ['IRNCOP'], recipient: ['IRNBUS'], date: null, evidence: 'پلمب ۲۵ قلیانسرا، عرضه پوشاک و آرایشگاه', note: 'sealing of businesses (the 24 drug-dealing places in para 2 are coded with the arrests)' },
      { type: 'COERCE', mode: 'seize', cameo: '1711', actor: ['IRNCOP'], recipient: ['IRNCRM'], date: null, optional: true, evidence: 'توقیف ۱۲۷ دستگاه خودرو و ۴۲ دستگاه موتورسیکلت', note: 'seizures: same type and actor as the arrests' },
    ],
  },
  {
    src: '2:109', // 2021-05-07 (Quds Day)
    note: 'the Islamic Society of Tehran University students coded IRNEDU',
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNEDU'], recipient: ['ISR'], date: '2021-05-07', evidence: 'چندین دهه اشغال و جنایت رژیم صهیونیستی را به شدت محکوم می‌کنیم', note: 'the statement is quoted twice (paras 0 and 7): one event' },
    ],
    not_events: [{ evidence: 'به دست جنایتکارانی که در پشت میز های مذاکره', note: 'Soleimani\'s killing is alluded to without naming the perpetrator: too vague to code' }],
  },
  {
    src: '2:111', // 2006-11-16 Thursday
    events: [
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['IRNGOV'], recipient: ['IRNCVL'], date: '2006-11-16', optional: true, evidence: 'پس از ديدار با مردم شهر بانه وارد شهرستان سقز شد', note: 'the president\'s provincial trip and «meeting with the people»: a domestic tour, arguably no CONSULT' },
    ],
    dates: [{ text: 'صبح امروز پنجشنبه', value: '2006-11-16', granularity: 'day' }],
  },
  {
    src: '2:114', // 2008-07-31
    events: [
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['BRAGOV'], recipient: ['IRNGOV'], date: '2008-07-31', evidence: 'به هنگام دريافت استوارنامه سفير جديد برزيل در تهران', note: 'the ambassador presents his credentials to Ahmadinejad; day not stated' },
      { type: 'AGREE', cameo: '030', actor: ['IRNGOV'], recipient: ['BRA'], date: '2008-07-31', evidence: 'جمهوري اسلامي ايران براي توسعه روابط دوجانبه با برزيل اهميت زيادي قائل است', note: 'also «مي‌توانند همكاري‌هاي گسترده‌اي داشته باشند»' },
      { type: 'SUPPORT', cameo: '051', actor: ['BRAGOV'], recipient: ['IRN'], date: '2008-07-31', evidence: 'امروز به يك قدرت منطقه اي تبديل شده است', note: 'the ambassador\'s praise' },
    ],
  },
  {
    src: '2:136', // 2013-10-08
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRQLEG'], recipient: ['IRQGOV'], date: '2013-10-08', evidence: 'با همه این شکست های بزرگ امنیتی حاضر به تغییر این فرماندهان نیست', note: 'MP Chalabi on Facebook criticises PM Maliki\'s handling of security (para 3 continues it)' },
      { type: 'ASSAULT', cameo: '180', actor: [], recipient: ['IRQCVL'], date: null, evidence: 'بیش از200  تن در شهرهای مختلف عراق بر اثر حملات تروریستی کشته شدند', note: 'first week of October; perpetrators not stated' },
      { type: 'REQUEST', cameo: '100', actor: ['IRQLEG'], recipient: [], date: '2013-10-08', optional: true, evidence: 'تشکیل کمیته های مردمی برای کمک به تامین امنیت مناطق را ضروری توصیف کرد' },
    ],
    not_events: [{ evidence: 'در صورتی که شکست امنیتی کنونی در عراق ادامه یابد وقوع کودتای نظامی', note: 'conditional speculation' }],
  },
  {
    src: '2:145', // 2005-12-26
    note: 'Katzman\'s statements are predictions and opinions',
    events: [
      { type: 'AGREE', cameo: '030', actor: ['IRNGOV'], recipient: ['RUS'], date: '2005-12-26', optional: true, evidence: 'هر طرحي كه حقوق ايران و غني سازي در داخل خاك ايران را به رسميت بشناسد، مي‌پذيريم', note: 'Asefi: a conditional acceptance' },
      { type: 'REQUEST', mode: 'change', cameo: '1042', actor: ['IRNLEG'], recipient: ['RUS'], date: '2005-12-26', evidence: 'روسيه نبايد به ابزار غرب براي تحميل پيشنهادهاي مغاير با NPT به ايران تبديل شود', note: 'MP Falahatpisheh warns Russia' },
      { type: 'RETREAT', mode: 'withdraw', cameo: '0874', actor: ['ISR'], recipient: ['PSE'], date: null, evidence: 'اسرائيل نيز از غزه عقب نشيني كرده است', note: 'the 2005 Gaza disengagement, background' },
    ],
    not_events: [
      { evidence: 'اگر تهران با اين امر مخالفت كند پرونده هسته‌اي ايران به شوراي امنيت ارجاع خواهد شد', note: 'conditional prediction' },
      { evidence: 'در سال 2006 فشارها بر ايران افزايش خواهد يافت', note: 'prediction' },
      { evidence: 'هنوز طرح مدون و مشخصي را از روسيه دريافت نكرده‌ايم', note: 'negated' },
      { evidence: 'من به اين توطئه عقيده ندارم', note: 'negated opinion' },
    ],
  },
  {
    src: '2:32', // 2017-09-26
    note: 'al-Nujaba (a PMF militia) coded IRQREB; the Kurdistan Regional Government coded IRQGOV',
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRQREB'], recipient: ['IRQGOV'], date: '2017-09-26', evidence: 'شیطنت‌های سران اقلیم کردستان، مساله جدیدی نیست', note: 'Yusuf al-Nasiri on the referendum; «توطئه‌ای استراتژیک» (para 3) and para 5 are the same criticism' },
      { type: 'THREATEN', mode: 'violence', cameo: '138', actor: ['IRQREB'], recipient: ['IRQGOV'], date: '2017-09-26', evidence: 'در صورت نیاز، به سادگی تمام «عمق اربیل» را هدف قرار خواهیم داد', note: 'a conditional military threat (para 9 repeats the warning)' },
      { type: 'SUPPORT', cameo: '051', actor: ['ISR'], recipient: ['IRQGOV'], date: null, evidence: 'حمایت‌های بی‌شائبه رژیم صهیونیستی از جدایی اقلیم کردستان', note: 'Israel\'s support for Kurdish secession, as stated' },
    ],
    not_events: [{ evidence: 'مانع تشکیل و گسترش آن خواهند شد', note: 'a prediction about Iraq\'s neighbours' }],
  },
  {
    src: '1:3', // 2006-01-12 — filed under farsplus-magazine
    events: [
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['IRNCOP'], recipient: ['IRNCRM'], date: '2006-01-12', evidence: 'دستگير شدگان پس از تشكيل پرونده', note: 'Mashhad police arrest 167 Goldquest recruiters (the number is in the title); day not stated' },
    ],
  },
  {
    src: '1:113', // 2003-05-09 — headlines of The News (Pakistan)
    note: 'a list of headlines: each is coded; no day is given, so news-of-the-day items take the publication day',
    events: [
      { type: 'REJECT', cameo: '120', actor: ['INDGOV'], recipient: ['PAKGOV'], date: '2003-05-09', evidence: 'واجپايي پيشنهاد پاكستان جهت نابودسازي سلاحهاي هسته اي را رد كرد', note: 'Vajpayee rejects Pakistan\'s denuclearisation offer' },
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['PAKLEG'], recipient: ['IND'], date: '2003-05-09', evidence: 'سيزده تن از نمايندگان مجلس پاكستان جهت انجام گفت و گوهاي مسالمت آميز راهي هند شدند' },
      { type: 'REQUEST', mode: 'assist', cameo: '102', actor: ['PAKOPP'], recipient: ['USAGOV'], date: '2003-05-09', evidence: 'از آرميتاژ و روكا تقاضاي كمك كردند', note: 'opposition leaders ask Armitage and Rocca to help Bhutto\'s and Sharif\'s return' },
      { type: 'ASSAULT', cameo: '190', actor: [], recipient: ['USAMIL'], date: '2003-05-09', evidence: 'دو سرباز آمريكايي در بغداد كشته شدند', note: 'perpetrator not stated' },
      { type: 'REQUEST', mode: 'yield', cameo: '1056', actor: ['USAGOV'], recipient: ['PAK'], date: '2003-05-09', evidence: 'فرستادگان ويژه آمريكا به پاكستان از اين كشور خواستند تا نفوذ خود به خاك هند را  متوقف كند', note: 'stop cross-border infiltration' },
      { type: 'REQUEST', cameo: '100', actor: ['USA'], recipient: ['IGOUNO'], date: '2003-05-09', optional: true, evidence: 'آمريكا جهت برخورد با ايران به سازمان ملل فشار مي آورد', note: 'pressure on the UN to act against Iran: a separate act with the same tuple as the Iraq-sanctions draft below' },
      { type: 'CONSULT', cameo: '040', actor: ['PAK'], recipient: ['GBR'], date: '2003-05-09', evidence: 'پاكستان و انگليس راههاي ممكن جهت همكاري هاي دفاع دريايي را مورد بررسي قرار دادند' },
      { type: 'REQUEST', mode: 'yield', cameo: '1054', actor: ['USA'], recipient: ['IGOUNO'], date: '2003-05-09', evidence: 'امروز آمريكا براي پايان دادن به تحريمهاي اقتصادي عليه عراق يك قطعنامه به شوراي امنيت سازمان ملل پيشنهاد مي كند', note: 'a draft resolution to lift the Iraq sanctions, today' },
      { type: 'CONSULT', cameo: '040', actor: ['IRQ'], recipient: ['USAGOV'], date: '2003-05-09', evidence: 'گروههاي سياسي عراق و مقامات آمريكايي جهت ايجاد دولت آينده عراق به بحث و تبادل نظر پرداختند' },
      { type: 'ASSAULT', cameo: '190', actor: ['INDMIL'], recipient: ['INDREB'], date: '2003-05-09', evidence: 'در اثر درگيري ميان نيروهاي دولتي هند و مبارزان مسلمان كشميري دست كم 9  تن كشته شدند', note: 'one event for the clash; Kashmiri militants INDREB' },
      { type: 'ASSAULT', cameo: '190', actor: ['ISRMIL'], recipient: ['PSE'], date: '2003-05-09', evidence: 'در پي تهاجم نيروهاي اسرائيلي به نواز غزه سه فلسطيني از جمله يكي از اعضاي برجسته جنبش حماس به شهادت رسيدند' },
      { type: 'SUPPORT', cameo: '051', actor: ['IGOEUREEC'], recipient: ['IND', 'PAK'], date: '2003-05-09', evidence: 'اتحاديه اروپا از برقراري تماس ميان هند و پاكستان حمايت مي كند' },
      { type: 'AGREE', cameo: '036', actor: ['PAKGOV'], recipient: ['USAGOV'], date: '2003-06-16', evidence: 'پرويز مشرف رئيس جمهور پاكستان روز 16 ژوئن سال جاري جهت ديدار با مقامات آمريكايي راهي اين كشور مي شود', note: 'planned visit' },
      { type: 'ASSAULT', cameo: '180', actor: [], recipient: ['IGOUNO'], date: null, evidence: 'به دنبال حمله به نيروهاي خنثي سازي مين در افغانستان', note: 'attack on UN deminers; perpetrator not stated' },
      { type: 'SANCTION', mode: 'discontinue', cameo: '1623', actor: ['IGOUNO'], recipient: ['AFG'], date: '2003-05-09', evidence: 'سازمان ملل عمليات خنثي سازي مين را در اين كشور ، متوقف كرد' },
    ],
    not_events: [
      { evidence: 'بوش به برقراي صلح درخاورميانه اميدوار است', note: 'an optimistic comment (CAMEO 013), no PLOVER event' },
      { evidence: 'در اثر برخورد يك قطار با اتوبوس آلماني در مجارستان 33 آلماني كشته شدند', note: 'an accident' },
    ],
    dates: [{ text: 'روز 16 ژوئن سال جاري', value: '2003-06-16', granularity: 'day' }],
  },
  {
    src: '1:9', // 2011-05-25
    events: [
      { type: 'AGREE', cameo: '036', actor: ['IRNGOV'], recipient: ['IRNLEG'], date: null, evidence: 'اين جلسه با حضور اسفنديار رحيم‌مشايي و محمد شريف ملك‌زاده براي ارائه توضيحات در خصوص عملكرد شوراي عالي ايرانيان برگزار خواهد شد', note: 'Mashaei and Malekzadeh will appear before the Majlis inquiry committee; date not yet fixed' },
    ],
    not_events: [
      { evidence: 'در هفته گذشته به دليل انتخابات هيئت رئيسه مجلس اين جلسه برگزار نشد', note: 'a meeting that did not take place (negated)' },
      { evidence: 'مقرر بود كه هفته گذشته اسفنديار رحيم مشايي و محمد شريف ملك‌زاده', note: 'a past plan that was cancelled' },
    ],
  },
  {
    src: '1:15', // 2004-06-28 — filed under arts-media
    events: [
      { type: 'REJECT', cameo: '120', actor: ['IRN'], recipient: ['SAU'], date: null, evidence: 'ايران به خاطر جلوگيري از كاهش ناگهاني قيمت نفت، با آن مخالفت كرده بود', note: 'Iran opposed the Saudi proposal in OPEC, earlier' },
    ],
    not_events: [{ evidence: 'هيچ خطري از اين بابت متوجه ما نيست', note: 'negated' }],
  },
  {
    src: '1:22', // 2008-03-23 — economy
    note: 'the five oil majors coded MNC (multinational corporations)',
    events: [
      { type: 'CONSULT', mode: 'third-party', cameo: '044', actor: ['IRQGOV'], recipient: ['MNC'], date: null, evidence: 'مقامهاي دولت عراق هفته گذشته با نمايندگان شركتهاي نفتي در شهر امان پايتخت اردن ديدار و  گفت گو كردند', note: 'last week in Amman' },
      { type: 'AGREE', cameo: '031', actor: ['MNC'], recipient: ['IRQ'], date: null, evidence: 'قرار است با ارائه كمكهاي فني ، ميزان توليد نفت عراق را بيش از 25 درصد افزايش دهند', note: 'planned technical-support contracts' },
    ],
    not_events: [{ evidence: 'پيش نويس قانون جديد صنعت نفت اين كشور را كه سال گذشته مورد تصويب دولت نوري مالكي قرار گرفته ، تصويب نكرده است', note: 'negated' }],
  },
  {
    src: '1:197', // 2013-05-19
    events: [
      { type: 'COERCE', mode: 'restrict', cameo: '172', actor: ['IRNCOP'], recipient: ['IRNBUS'], date: null, evidence: 'سه کافی نت در بجنورد با وجود تذکرات پلیس برابر دستورالعمل‌ها و قوانین جاری در کافی نت‌ها به خاطر وجود تخلفات مشهود و عدول از مقررات پلمپ شدند', note: 'sealing of three internet cafés' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['IRNCOP'], recipient: ['IRNCRM'], date: null, evidence: 'موفق شدند فردی را به هویت م.ت 29 ساله را شناسایی و دستگیر کنند', note: 'the cyber police arrest an extortionist (para 2 announces the same arrest)' },
    ],
  },
  {
    src: '1:295', // 2007-03-09 — filed under farsplus-magazine
    events: [
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['IRNCOP'], recipient: ['IRNCRM'], date: null, evidence: '15 نفر از عوامل تهيه و توزيع در واحدهاي صنفي آمل شناسايي و دستگير شدند', note: 'fireworks sellers, before Chaharshanbe Suri' },
      { type: 'THREATEN', mode: 'restrict', cameo: '132', actor: ['IRNCOP'], recipient: ['IRNBUS'], date: '2007-03-09', evidence: 'اين قبيل واحد‌ها در صورت شناسايي با هماهنگي مقامات قضايي پلمپ خواهند شد', note: 'a conditional threat to seal shops (a conditional threat is THREATEN)' },
    ],
  },
  {
    src: '2:48', // 2018-03-12
    note: 'the border guards (مرزبانی, part of the police) coded IRNCOP',
    events: [
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['IRNCOP'], recipient: ['IRNCRM'], date: null, evidence: '۱۱ نفر متهم نیز در این رابطه دستگیر', note: 'in the past 24 hours' },
      { type: 'COERCE', mode: 'seize', cameo: '1711', actor: ['IRNCOP'], recipient: ['IRNCRM'], date: null, optional: true, evidence: 'دو فروند شناور تجاری حامل و فعال در قاچاق کالا توقیف', note: 'seizure of goods and two boats: same tuple as the arrests' },
      { type: 'SUPPORT', cameo: '051', actor: ['IRNCOP'], recipient: ['IRNCVL'], date: '2018-03-12', evidence: 'ضمن قدردانی از مشارکت و همکاری خوب مرزنشینان با مرزبانان', note: 'thanks to border residents' },
      { type: 'REQUEST', cameo: '100', actor: ['IRNCOP'], recipient: ['IRNCVL'], date: '2018-03-12', evidence: 'از عموم شهروندان و مرزنشینان فهیم استان خواست تا در اسرع وقت به پاسگاه‌های مرزی اطلاع دهند' },
    ],
    dates: [{ text: 'صبح امروز', value: '2018-03-12', granularity: 'day' }],
  },
  {
    src: '2:115', // 2007-02-12 — filed under farsplus-magazine
    events: [
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['IRNCOP'], recipient: ['IRNCRM'], date: null, evidence: 'در اين زمينه 6 نفر دستگير', note: 'four operations in the past three days: one arrest event; the seizure of drugs and cars is part of it' },
    ],
  },
  {
    src: '1:72', // 2005-09-07 — filed under social
    note: 'Hossein Mofid (head of the Supreme Court) and Dorri-Najafabadi (prosecutor-general): IRNJUD; the statements come from the judiciary\'s bulletin, no day',
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNJUD'], recipient: ['IRQJUD'], date: '2005-09-07', evidence: 'به كيفرخواست غيرعادلانه و غيرمنصفانه صادره درباره‌ صدام اشاره كرد', note: 'the indictment ignores Saddam\'s crimes against Iran (para 1 continues it)' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNJUD'], recipient: ['IRQJUD'], date: '2005-09-07', optional: true, evidence: 'با انتقاد از نقايص محرز كيفرخواست صادر شده عليه صدام', note: 'Dorri-Najafabadi\'s criticism: a second speaker, same tuple' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['IRNJUD'], recipient: ['USA'], date: '2005-09-07', evidence: 'پشت پرده اين دادگاه آمريكايي‌ها هستند', note: 'also «دادگاهي كه … از سوي پل برمر تشكيل خواهد شد، چندان قابل اطمينان نيست»' },
      { type: 'ACCUSE', mode: 'allege', cameo: '115', actor: ['IRNJUD'], recipient: ['IRQGOV'], date: null, optional: true, evidence: 'درصدد تهيه‌ كيفرخواست جامعي عليه صدام و جنايات اوست', note: 'the prosecutor-general is preparing an indictment of Saddam (former regime: IRQGOV): an ongoing step or an intent' },
      { type: 'ASSAULT', cameo: '190', actor: ['IRQ'], recipient: ['IRN'], date: null, evidence: 'مهاجم در جنگ 8 ساله عليه ايران، عراق بوده است', note: 'the 1980-88 war, background' },
      { type: 'ASSAULT', mode: 'unconventional', cameo: '2041', actor: ['IRQGOV'], recipient: ['IRN'], date: null, evidence: 'استفاده‌ صدام از سلاح‌هاي شيميايي', note: 'background' },
    ],
    not_events: [{ evidence: 'ايران مي‌تواند خسارات وارده بر خود ناشي از اين جنگ را مطالبه كند', note: 'a possibility' }, { evidence: 'ممكن است در اين دادگاه به نتيجه‌اي نرسيم', note: 'speculation' }],
  },
  {
    src: '1:88', // 2018-11-12 Monday
    note: 'the CSIS think tank coded USANGO',
    events: [
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['USANGO'], recipient: ['PRK'], date: '2018-11-12', evidence: 'این کشور را به مخفی‌کاری و ادامه برنامه موشکی و اتمی خود متهم کرده است', note: 'report published today (paras 1-3, 9-14 detail it)' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['USANGO'], recipient: ['USAGOV'], date: '2018-11-12', evidence: 'به شدت از مواضع دونالد ترامپ رئیس‌جمهور آمریکا در قبال مذاکرات با کره شمالی', note: 'the report criticises Trump' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['USASPY'], recipient: ['PRK'], date: null, evidence: 'مقام‌های اطلاعاتی آمریکا می‌گویند که تولید مواد اتمی توسط کره شمالی', note: 'as quoted by the NYT' },
      { type: 'REQUEST', mode: 'change', cameo: '1042', actor: ['USAGOV'], recipient: ['PRKGOV'], date: '2018-11-12', evidence: 'رئیس کیم (جونگ اون رهبر کره شمالی) باید تعهداتش از قبیل تعهد به خلع سلاح اتمی کامل کره شمالی را اجرایی کند', note: 'State Department spokesman, restating Trump' },
      { type: 'CONSULT', cameo: '046', actor: ['USA'], recipient: ['PRK'], date: null, optional: true, evidence: 'به رغم ادامه مذاکرات بین طرف‌های آمریکایی و کره شمالی', note: 'ongoing talks, background' },
      { type: 'THREATEN', cameo: '130', actor: ['PRK'], recipient: ['USA'], date: null, evidence: 'پیونگ یانگ در هفته‌های اخیر به واشنگتن درباره احتمال از سرگیری برنامه اتمی خود در صورت تداوم مواضع خصمانه آمریکا علیه کره شمالی هشدار داده است', note: 'a conditional warning in recent weeks' },
    ],
    not_events: [{ evidence: 'به انتشار گزارش این اندیشکده آمریکایی و جنجال‌های ناشی از آن واکنشی نشان نداده‌اند', note: 'negated' }, { evidence: 'در صورت تشدید تنش بین کره شمالی و آمریکا', note: 'conditional' }],
    dates: [{ text: 'امروز دوشنبه', value: '2018-11-12', granularity: 'day' }, { text: 'دوشنبه ۲۱ آبان', value: '2018-11-12', granularity: 'day' }],
  },
  {
    src: '1:158', // 2012-08-17 Friday (Quds Day)
    note: 'the speaker is the IRGC commander of Lordegan (IRNMIL)',
    events: [
      { type: 'PROTEST', mode: 'demo', cameo: '141', actor: ['IRNCVL'], recipient: ['ISR'], date: '2012-08-17', evidence: 'ظهر امروز در اجتماع باشکوه راهپیمایی روز جهانی قدس', note: 'the Quds Day march in Lordegan' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['IRNMIL'], recipient: ['SAU'], date: '2012-08-17', evidence: 'این کشور از توانایی خود در راه مجهز کردن دشمنان اسلام به سلاح‌های جنگی در خاورمیانه استفاده می‌کند' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNMIL'], recipient: ['USA', 'ISR'], date: '2012-08-17', optional: true, evidence: 'دشمنان خبیث اسلام و در راس آن‌ها آمریکا و اسرائیل جنایتکار', note: 'rhetoric' },
    ],
    not_events: [
      { evidence: 'به زودی شاهد شکل گرفتن این تظاهرات در عربستان سعودی و نابودی حکومت آل‌سعود خواهیم بود', note: 'a wish/prediction' },
      { evidence: 'در جنگ 33 روزه توسط 2 هزار 600 نفر از حزب‌الله لبنان شکست خورد', note: 'a historical judgement, no dated act coded' },
    ],
  },
  {
    src: '1:256', // 2009-11-11 Wednesday
    note: 'MP Mirtajeddini\'s speech in the Majlis',
    events: [
      { type: 'SUPPORT', cameo: '051', actor: ['IRNLEG'], recipient: ['IRNGOV'], date: '2009-11-11', evidence: 'ضمن تشكر از اين دولت خدمتگزار', note: 'thanks the government' },
      { type: 'REQUEST', cameo: '100', actor: ['IRNLEG'], recipient: ['IRNGOV'], date: '2009-11-11', evidence: 'درخواست مي‌كنم پاره‌اي از مسائل اصلي اين استان را در اولويت قرار دهند', note: 'the list of projects (paras 3-6) is part of the same request' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNLEG'], recipient: ['SAU'], date: '2009-11-11', evidence: 'را شديداً محكوم مي‌كنيم' },
      { type: 'ASSAULT', cameo: '190', actor: ['SAUMIL'], recipient: ['YEMCVL'], date: null, evidence: 'تهاجم وحشيانه عربستان سعودي به شيعيان بي‌دفاع يمن', note: 'the Saudi offensive against the Houthis (the speaker calls the victims defenceless Shiites); phosphorus bombs «according to reports»' },
      { type: 'REQUEST', mode: 'yield', cameo: '1055', actor: ['IRNLEG'], recipient: ['IGOUNO'], date: '2009-11-11', evidence: 'ضروري است كه سازمان ملل هر چه سريعتر هيئت تحقيق براي منطقه اعزام كنند' },
      { type: 'REQUEST', mode: 'yield', cameo: '1056', actor: ['IRNLEG'], recipient: ['SAU'], date: '2009-11-11', evidence: 'حملات سعودي به دولت يمن بايد سريعاً متوقف شود' },
      { type: 'REQUEST', mode: 'assist', cameo: '1013', actor: ['IRNLEG'], recipient: ['PAKGOV'], date: '2009-11-11', evidence: 'دولت پاكستان بايد تروريست‌هاي خون آشام را تحويل دهد', note: 'the Jundallah bombing suspects' },
    ],
    not_events: [
      { evidence: 'در پيگيري مسائل و امور مردم تبريز كوتاهي نخواهم كرد', note: 'a personal promise to constituents, no counterpart act' },
      { evidence: 'اگر بخواهد مقابل حركت اين انقلاب بايستد مطلوب منزوي خواهد شد', note: 'a general conditional warning, no addressee named' },
    ],
  },
  {
    src: '1:267', // 2016-03-23
    note: 'mostly experts\' predictions about the Kazakh elections',
    events: [
      { type: 'REQUEST', cameo: '100', actor: ['KAZGOV'], recipient: ['KAZCVL'], date: null, evidence: 'از مردم این کشور خواست تا به حضور فعال خود در انتخابات، وحدت و یکپارچگی خود را حفظ نمایند', note: 'Nazarbayev\'s campaign speech in Uralsk, no day' },
    ],
    not_events: [{ evidence: 'پارلمان جدید در این کشور خطوط بودجه را مشخص خواهد کرد', note: 'prediction' }, { evidence: 'بدون شک پیروزی با حزب نور آتن خواهد بود', note: 'prediction' }],
    dates: [{ text: '20 مارس', value: '2016-03-20', granularity: 'day' }],
  },
  {
    src: '2:65', // 2018-10-04 Thursday
    note: 'hoarders coded IRNBUS, smugglers IRNCRM',
    events: [
      { type: 'COERCE', mode: 'restrict', cameo: '172', actor: ['IRNCOP'], recipient: ['IRNBUS'], date: null, evidence: 'همه این انبارها پلمپ', note: 'the 72-hour operation against hoarders: warehouses sealed' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['IRNCOP'], recipient: ['IRNBUS'], date: null, optional: true, evidence: 'افراد متخلف در این خصوص دستگیر و به مراجع قضائی معرفی شدند', note: 'arrests of the hoarders: same sentence and tuple as the sealing' },
      { type: 'ASSAULT', mode: 'firearms', cameo: '193', actor: ['IRNCOP'], recipient: ['IRNCRM'], date: '2018-10-04', evidence: 'در یک درگیری مسلحانه آنان را زمین گیر کنند', note: 'the Nikshahr gunfight «last night» at 3 a.m., i.e. the early hours of the publication day; the smugglers fled' },
      { type: 'COERCE', mode: 'seize', cameo: '1711', actor: ['IRNCOP'], recipient: ['IRNCRM'], date: '2018-10-04', evidence: 'یک تن و 450 کیلو و 800گرم تریاک', note: 'drugs seized from the two cars' },
    ],
    not_events: [{ evidence: 'سوداگران مرگ در امان نخواهند بود', note: 'a general warning, no specific act' }],
    dates: [{ text: 'شب گذشته', value: '2018-10-03', granularity: 'day' }],
  },
  {
    src: '2:125', // 2006-06-01
    note: 'no events: a commander inspects his own brigades; the «enemies» are unnamed',
    events: [],
    not_events: [{ evidence: 'در بازديد ميداني از گردان‌هاي پياده و تخصصي تيپ 48 فتح', note: 'an inspection of one\'s own units is no CONSULT' }],
  },
  {
    src: '2:140', // 2007-10-12 Friday — filed under farsplus-magazine
    note: 'Shahrekord\'s Friday prayer leader coded IRNREL',
    events: [
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['IRNREL'], recipient: ['USA', 'ISR'], date: '2007-10-12', evidence: 'مسئولان بايد مراقب توطئه‌ها و فتنه‌انگيزي‌هاي آمريكا و صهيونيسم باشند', note: 'this week\'s Friday sermon' },
    ],
    not_events: [{ evidence: 'هرگز به خواسته‌هاي خود نخواهند رسيد', note: 'prediction about unnamed enemies' }],
  },
  {
    src: '1:92', // 2014-09-01 Monday — headlines of the day (the text says «امروز هشتم شهریورماه», but the link and «امروز دوشنبه» give 10 Shahrivar = 1 September)
    note: 'a digest of headlines with their leads; each act is coded once (headline + lead)',
    events: [
      { type: 'COOPERATE', cameo: '060', actor: ['IRN'], recipient: ['IGOUNOIAE'], date: null, evidence: 'جمهوری اسلامی ایران با جدیت به اجرای 5 گام عملی توافق شده با آژانس بین‌المللی انرژی اتمی اقدام کرده است', note: 'implementing the five agreed practical steps (ongoing)' },
      { type: 'CONSULT', cameo: '040', actor: ['IRN'], recipient: ['IGOUNOIAE'], date: '2014-08-31', evidence: 'نشست فنی با آژانس روز یکشنبه برگزار شد' },
      { type: 'ASSAULT', cameo: '190', actor: ['ISRMIL'], recipient: ['PSE'], date: null, evidence: 'این تهاجم وحشیانه سومین عملیات نظامی از زمان پیروزی مقاومت اسلامی فلسطین', note: 'Operation Hot Winter (2008), recalled in a retrospective' },
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['IRNGOV'], recipient: ['BEL'], date: '2014-09-01', evidence: 'وزیر امور خارجه کشورمان برای سفر به چند کشور اروپایی تهران را به مقصد بروکسل ترک کرد', note: 'Zarif leaves for Brussels (destination of travel); also headline «ظریف راهی بروکسل شد»' },
      { type: 'PROTEST', mode: 'demo', cameo: '141', actor: ['YEMREB'], recipient: ['YEMGOV'], date: '2014-09-01', evidence: 'رهبر حوثی‌های یمن از آغاز مرحله سوم خیزش مردمی یمن علیه دولت ناکام این کشور خبر داد', note: 'the Houthis (YEMREB) announce the third, peaceful phase of their protest campaign' },
      { type: 'COERCE', mode: 'restrict', cameo: '163', actor: ['AUSGOV'], recipient: ['RUS'], date: '2014-09-01', evidence: 'تحریم‌های جدیدی را علیه مسکو اعمال کرد', note: 'new sanctions today Monday (163 is COERCE in the 2021 table)' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['PSEGOV'], recipient: ['ISRGOV'], date: '2014-09-01', evidence: 'تصمیم رژیم صهیونیستی برای مصادره زمین‌های کرانه باختری را عامل ایجاد تنش بیشتر در مذاکرات سازش خواند', note: 'Abbas' },
      { type: 'COERCE', mode: 'seize', cameo: '1711', actor: ['ISRGOV'], recipient: ['PSE'], date: null, evidence: 'تصمیم رژیم صهیونیستی برای مصادره زمین‌های کرانه باختری', note: 'the land confiscation decision' },
      { type: 'ASSAULT', cameo: '180', actor: ['KAZCVL'], recipient: ['KAZCVL'], date: null, evidence: 'حمله گروهی جوانان مسلح قزاق به یک روستای ازبک‌نشین در جنوب قزاقستان', note: 'armed ethnic-Kazakh youths attack an ethnic-Uzbek village (both Kazakh citizens)' },
      { type: 'AGREE', cameo: '030', actor: ['GBRGOV'], recipient: ['IRN'], date: null, evidence: 'از گسترش روابط با ایران، استقبال کرد', note: 'Humza Yousaf of the Scottish government (devolved: GBRGOV), in an interview with Fars' },
      { type: 'REQUEST', cameo: '100', actor: ['GBRGOV'], recipient: [], date: null, evidence: 'لزوم تحقیق در مورد جرایم اسرائیل در نوار غزه سخن گفت', note: 'calls for an investigation of Israel\'s crimes (no addressee)' },
      { type: 'AGREE', cameo: '0332', actor: ['AUSGOV'], recipient: ['IRQGOV'], date: null, evidence: 'از عزیمت هواپیماهای نظامی استرالیا به عراق بمنظور تسلیح کردهای این کشور علیه عناصر گروه تروریستی داعش طی هفته جاری خبر داد', note: 'will arm the Iraqi Kurds this week (planned military aid; the Kurdish authorities coded IRQGOV as in 2:32)' },
      { type: 'AGREE', cameo: '036', actor: ['LBNGOV'], recipient: ['RUSGOV'], date: null, evidence: 'نیمه دوم ماه سپتامبر به منظور دیدار با همتای روس و مقامات امنیتی روسیه و بحث و بررسی موضوع خرید سلاح، به مسکو سفر می‌کند', note: 'planned visit, second half of September' },
      { type: 'MOBILIZE', mode: 'troops', cameo: '150', actor: ['ISRMIL'], recipient: [], date: '2014-09-01', evidence: 'رژیم صهیونیستی امروز دوشنبه مانوری نظامی در منطقه اشغالی جولان سوریه', note: 'a military exercise near the Shebaa farms: a show of force with no named target' },
      { type: 'ACCUSE', mode: 'allege', cameo: '1123', actor: ['UKRGOV'], recipient: ['RUS'], date: '2014-09-01', evidence: 'روسیه را به مداخله نظامی مستقیم در شرق اوکراین متهم کرد', note: 'Poroshenko (headline + lead: one event)' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: [], recipient: ['TURCOP'], date: '2014-09-01', evidence: 'ده‌ها نیروی پلیس ترکیه صبح امروز به اتهام توطئه‌چینی علیه دولت این کشور دستگیر شدند', note: 'passive, the arresting authority is not stated' },
    ],
    not_events: [
      { evidence: 'در گفت‌وگوی اختصاصی با خبرگزاری فارس', note: 'an interview with Fars, not a CONSULT' },
      { evidence: 'توافق موقت هسته‌ای با ایران می‌تواند میراث خوبی', note: 'speculation' },
      { evidence: 'آمریکا باید از تحریم جدید پرهیز می‌کرد', note: 'an analyst\'s opinion' },
    ],
    dates: [{ text: 'روز یکشنبه', value: '2014-08-31', granularity: 'day' }, { text: 'امروز دوشنبه', value: '2014-09-01', granularity: 'day' }, { text: 'نیمه دوم ماه سپتامبر', value: '2014-09-16', granularity: 'day', until: '2014-09-30' }],
  },
  {
    src: '1:257', // 2008-08-08 — Mashaei's interview with The Hindu
    events: [
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['IRNGOV'], recipient: ['IND'], date: '2008-04-29', evidence: 'در طول ديدار 29 آوريل رئيس جمهور محمود احمدي‌نژاد', note: 'Ahmadinejad\'s visit to India (para 5 «حدود سه ماه پيش از هند و پاكستان ديدن كرد»)' },
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['IRNGOV'], recipient: ['PAK'], date: null, evidence: 'رئيس جمهور ايران  حدود سه ماه پيش از هند و پاكستان ديدن كرد', note: 'and to Pakistan, about three months ago' },
      { type: 'AGREE', cameo: '030', actor: ['IRNGOV'], recipient: ['IND', 'PAK'], date: null, evidence: 'تعهد ايران را نسبت به شكل سه‌جانبه اين طرح تكرار كرد', note: 'during the trip' },
      { type: 'AGREE', cameo: '0311', actor: ['INDGOV'], recipient: ['IRN'], date: '2008-04-29', evidence: 'دهلي نو مشتاق نهايي سازي اين طرح است', note: 'Patil, Singh and Deora during the visit' },
      { type: 'REQUEST', mode: 'assist', cameo: '1011', actor: ['INDGOV'], recipient: ['IRN'], date: '2008-04-29', evidence: 'رئيس جمهور هندي نكاتي را پيشنهاد كرد كه ايران بايستي آنها را مورد بررسي قرار دهد', note: 'the non-paper of concerns (also para 1)' },
      { type: 'AGREE', cameo: '031', actor: ['IRNGOV'], recipient: ['IND'], date: null, evidence: 'رئيس جمهور ايران توافق كرد كه گاز ايران در مرزهند با پاكستان تحويل هند داده شود', note: 'accepts delivery at the India–Pakistan border' },
      { type: 'REQUEST', mode: 'meet', cameo: '106', actor: ['IRNGOV'], recipient: ['IND'], date: '2008-08-08', evidence: 'بهتر است كه هند مذاكرات را هر چه زودتر به پايان رسانده و به سوي مرحله بعدي حركت كند', note: 'urges India to conclude; «منتظريم كه مقامات و دولت هند تمايل خود را براي برگزاري نشست‌هاي سه جانبه اعلام كنند» is the same call' },
      { type: 'THREATEN', cameo: '130', actor: ['IRNGOV'], recipient: ['IND'], date: '2008-08-08', evidence: 'اگر پاسخي از سوي هند دريافت نشود اين طرح به طور دوجانبه با پاكستان دنبال و نهايي خواهد شد', note: 'a conditional threat to go ahead without India (para 21 repeats it)' },
      { type: 'REQUEST', mode: 'meet', cameo: '106', actor: ['PAK'], recipient: ['IRN'], date: null, optional: true, evidence: 'آنان خواهان انجام مذاكرات بيشتر در سطح كارشناسان هستند', note: 'Pakistan wants further expert talks (as Mashaei reports)' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNGOV'], recipient: ['IND'], date: '2008-08-08', evidence: 'ما ازعملكرد هند در گذشته راضي نيستيم' },
    ],
    not_events: [
      { evidence: 'هيچ گونه مذاكره‌اي با چين صورت نگرفته', note: 'negated' },
      { evidence: 'در گفتگو با خبرنگار روزنامه هندو چاپ هندوستان', note: 'a newspaper interview, not a CONSULT' },
      { evidence: 'ما در مورد آن به توافق خواهيم رسيد', note: 'a prediction about the price talks' },
    ],
    dates: [{ text: '29 آوريل', value: '2008-04-29', granularity: 'day' }],
  },
  {
    src: '2:21', // 2016-04-11 — regional-offices (Afghanistan site): a short story
    note: 'no events: a piece of fiction about an Afghan migrant\'s child',
    events: [],
    not_events: [{ evidence: 'گفتی پدرم را با خودت می‌آوری', note: 'a character\'s promise in a story' }],
  },
  {
    src: '1:53', // 2011-05-19 — sports: handball
    note: 'sports: «ديدار» and «مقابل هم صف‌آرايي كردند» are handball matches — no CONSULT, no ASSAULT',
    events: [],
    not_events: [{ evidence: 'در آخرين ديدار از هفته بيستم ليگ برتر هندبال', note: 'a match' }, { evidence: 'ميزبان خود را از پيش رو برداشت', note: 'winning a match, not an attack' }],
  },
  {
    src: '1:245', // 2012-09-29 — sports: Asian U-16 championship in Tehran
    note: 'sports: South Korea vs Uzbekistan youth teams; the coaches\' press conference is not a CONSULT between the states',
    events: [],
    not_events: [
      { evidence: 'اگر در دیدار مقابل سوریه دقت می‌کرد', note: 'a match against Syria\'s team, and conditional' },
      { evidence: 'با یکدیگر رو به رو شدند', note: 'teams facing each other in a match' },
    ],
  },
  {
    src: '1:84', // 2011-08-14 — sports: futsal, filed under world/iran
    note: 'sports: Real Madrid vs Barcelona futsal final and the «war of words» between players — no events',
    events: [],
    not_events: [{ evidence: 'ديدار نهايي مسابقات بين‌المللي فوتسال دبي', note: 'a match' }, { evidence: 'جنگ كلامي (كركري) راه انداختند', note: 'banter between club players, not an ACCUSE between political actors' }],
  },
  {
    src: '2:19', // 2015-01-17 — sports: Tabriz club\'s training camp in Turkey
    note: 'sports: friendly matches against Kazakh, Turkish and Azerbaijani clubs — no events',
    events: [],
    not_events: [{ evidence: 'در سومین بازی دوستانه خود به مصاف تیم نفتچی باکو می‌رود', note: 'a planned friendly match, not a planned meeting (no AGREE)' }, { evidence: 'این تیم در هفته هجدهم میزبان تیم سایپای کرج است', note: '«hosting» a match' }],
  },
  {
    src: '1:207', // 2006-12-29 — sports: wrestling league, filed under world/europe-amercia
    note: 'sports: a wrestling league meeting; a wrestler\'s protest to the referee is no political PROTEST',
    events: [],
    not_events: [{ evidence: 'اعتراض مداوم تاتاري به داور باعث شد نزديك به پنج دقيقه كشتي‌ها تعطيل شد', note: 'a sports protest to a referee' }, { evidence: 'مسلم نادري خادم در 55 كيلوگرم سلطاني را شكست داد', note: 'defeating an opponent in a bout' }],
  },
  {
    src: '1:192', // 2011-06-11 — filed under social/welfare: an explainer on Pakistan's militant groups
    note: 'an explainer: the specific acts it states as facts are coded (date null unless a day is given); general descriptions («فرهنگ كلاشينكوف را … رواج داده», the army\'s «proxy war» strategy) are not. Pakistani militant groups PAKREB, Kashmiri ones INDREB, Afghan Taliban in 2011 AFGREBTAL',
    events: [
      { type: 'AID', mode: null, cameo: '072', actor: ['USASPY', 'SAUSPY', 'PAKSPY'], recipient: ['PAKREB'], date: null, evidence: 'مورد حمايت نظامي و مالي سازمان‌هاي اطلاعاتي آمريكا، عربستان سعودي و پاكستان قرار گرفتند', note: 'during the Soviet war in Afghanistan; one phrase naming three parties' },
      { type: 'AGREE', cameo: '0312', actor: ['PAKGOV'], recipient: ['USA'], date: null, evidence: 'ژنرال مشرف تصميم به اتحاد با آمريكا گرفته بود', note: 'after 11 September 2001' },
      { type: 'ASSAULT', cameo: '190', actor: ['USAMIL'], recipient: ['AFG'], date: null, evidence: 'به دنبال يورش نظامي آمريكا عليه افغانستان در سال 2001', note: 'also «اشغال نظامي افغانستان از جانب آمريكا و كشورهاي عضو سازمان نظامي ناتو در اكتبر 2001» (para 51)' },
      { type: 'ASSAULT', cameo: '190', actor: ['PAKREB'], recipient: ['PAKMIL'], date: null, evidence: 'در حال حاضر با نيروهاي نظامي پاكستان در حال جنگ است', note: 'the Pakistani Taliban\'s war with the army; the Swat fighting (paras 15-16) is the same pair' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['PAKSPY', 'PAKMED'], recipient: ['PAKREB'], date: null, evidence: 'سازمان‌هاي اطلاعاتي و رسانه‌هاي پاكستان اين گروه را متهم ميكنند', note: 'of fighting the army with US, Indian, Israeli and British help' },
      { type: 'ASSAULT', mode: 'aerial', cameo: '195', actor: ['USAMIL'], recipient: ['AFGREBTAL'], date: null, evidence: 'آمريكا طالبان افغان كه در مناطق فاتا به ويژه كه در وزيرستان شمالي پناهنده شده‌اند را مورد هدف حملات هوايي قرار ميدهد' },
      { type: 'ASSAULT', cameo: '190', actor: ['PAKMIL'], recipient: ['PAKREB'], date: null, evidence: 'عمليات نظامي در ماه اكتبر 2007 جهت انهدام شبكه جنگجويان', note: 'the October 2007 Swat operation' },
      { type: 'CONCEDE', cameo: '0832', actor: ['PAKGOV'], recipient: ['PAKREB'], date: null, evidence: 'در سال 2009 دولت را مجبور به قبول اجراي قوانين اسلامي در منطقه مالاكند كردند', note: 'the government accepts Sharia in Malakand' },
      { type: 'ASSAULT', mode: 'suicide-attack', cameo: '1831', actor: [], recipient: ['PAKOPP'], date: '2007-10-18', evidence: 'حمله انتحاري روز 18 اكتبر 2007عليه كاروان استقبال كننده به وي (بينظير بوتو) در كراچي', note: 'the Karachi attack on Bhutto\'s convoy; the perpetrator is only alleged' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['PAKOPP'], recipient: ['PAKREB'], date: null, evidence: 'توسط "بينظير بوتو" در كتاب خود (كه پس از مرگ وي انتشار يافته) به عنوان مغز متفكر', note: 'Bhutto (PPP, then in opposition) blames HUJI' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['INDGOV'], recipient: ['PAKREB'], date: null, evidence: 'دولت هند اين گروه را به دست داشتن در بمب گذاريهايي در شهرهاي هند متهم ميكند' },
      { type: 'ACCUSE', mode: 'allege', cameo: '1121', actor: ['USAGOV'], recipient: ['PAKREB'], date: null, optional: true, evidence: 'آمريكا اين گروه را در ماه اكتبر 1997 به عنوان يك سازمان تروريستي اعلام كرد', note: 'a terrorist designation: ACCUSE or an administrative sanction' },
      { type: 'COERCE', mode: 'restrict', cameo: '1722', actor: ['PAKGOV'], recipient: ['PAKREB'], date: null, evidence: 'رژيم ژنرال مشرف "حركت‌المجاهدين" را در ماه ژانويه 2002 تحت فشار آمريكا ممنوع‌الفعاليت اعلام كرد' },
      { type: 'ASSAULT', cameo: '180', actor: ['PAKREB'], recipient: ['WST'], date: null, evidence: 'اغلب عمليات مهم تروريستي كه عليه مراكز غربي در پاكستان پس از حملات تروريستي 11 سپتامبر 2001 در پاكستان انجام گرفت', note: 'Lashkar-e Jhangvi against Western targets' },
      { type: 'ASSAULT', mode: 'targeted', cameo: '186', actor: [], recipient: ['PAKREB'], date: null, evidence: 'رهبر سپاه صحابه كه در ماه فوريه 1990 ترور شد', note: 'Haq Nawaz Jhangvi; perpetrator not stated' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['PAKGOV'], recipient: ['PAKREB'], date: null, optional: true, evidence: 'اكرم لاهوري كه هم اكنون به اتهام تروريسم در كراچي زنداني است', note: 'imprisoned: same tuple as the ban' },
      { type: 'RETREAT', mode: 'release', cameo: '0841', actor: ['IND'], recipient: ['PAKREB'], date: null, evidence: 'پس از آزادي وي از زنداني در هند طي مبادله گروگان‌هاي موجود در داخل يك هواپيماي متعلق به شركت هوايي هند', note: 'Masood Azhar freed in the 1999 hostage exchange' },
      { type: 'ASSAULT', mode: 'abduct', cameo: '181', actor: ['INDREB'], recipient: ['IND'], date: null, evidence: 'هواپيماي مزبور توسط پنج جنگجوي مسلح كشميري در ماه دسامبر 1999 ربوده و به شهر قندهار برده شده بود' },
      { type: 'ASSAULT', cameo: '180', actor: [], recipient: ['INDCVL'], date: '2008-11-26', evidence: 'لشكر طيبه به دنبال حملات خونين شهر مومباي (بمبئي) در 26 نوامبر 2008، مجددا مطرح شد', note: 'the Mumbai attacks; the text does not say outright who carried them out' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['PAKGOV'], recipient: ['PAKREB'], date: null, evidence: 'در حمله 3 مارس 2009 عليه تيم كريكت سري لانكا در لاهور توسط دولت مقصر شناخته شد' },
      { type: 'ASSAULT', cameo: '180', actor: [], recipient: ['LKACVL'], date: '2009-03-03', evidence: 'حمله 3 مارس 2009 عليه تيم كريكت سري لانكا در لاهور', note: 'the attack itself; perpetrator only blamed' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['PAKGOV'], recipient: ['PAKREB'], date: '2008-12-11', optional: true, evidence: 'در 11 دسامبر 2008 بخاطر فشار آمريكا توسط دولت در منزل خود در لاهور بازداشت شد', note: 'Hafiz Saeed\'s house arrest: a dated act, but its tuple overlaps the ban\'s null date' },
      { type: 'RETREAT', mode: 'release', cameo: '0841', actor: ['PAKJUD'], recipient: ['PAKREB'], date: '2009-06-02', evidence: 'در 12 خرداد سال 1388 به دستور ديوان عالي ايالت پنجاب آزاد شد' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['INDGOV'], recipient: ['PAK'], date: null, evidence: 'دولت هند نسبت به آزادي حافظ سعيد به شدت اعتراض كرد' },
      { type: 'AID', mode: null, cameo: '072', actor: ['PAKSPY'], recipient: ['INDREB'], date: null, evidence: 'كاملاً مورد حمايت سازمان اطلاعات ارتش پاكستان است', note: 'Hizbul Mujahideen (Kashmir)' },
      { type: 'AID', mode: null, cameo: '072', actor: ['PAKSPY'], recipient: ['AFGREBTAL', 'AFGREB'], date: null, evidence: 'هنوز هم از گروه طالبان افغانستان و رهبران جهادي افغانستان مانند مولانا "جلال‌الدين حقاني" و "گلبدين حكمتيار" حمايت ميكند', note: 'ISI support for the Taliban, Haqqani and Hekmatyar (Hezb-e Islami AFGREB)' },
      { type: 'ASSAULT', mode: 'drone', cameo: '195', actor: ['USASPY'], recipient: ['PAKREB'], date: null, evidence: 'هواپيماي بدون سرنشين سازمان سيا آمريكا نيز بيشتر مناطق تحت كنترل مولوي نذير و مولوي گل بهادر را مورد هدف قرار ميدهند' },
    ],
    not_events: [
      { evidence: 'ارتش پاكستان يقين دارد كه نيروهاي آمريكا و ناتو افغانستان را درآينده نزديك تخليه خواهند كرد', note: 'a belief about the future' },
      { evidence: 'دولت افغانستان خط مرزي خود با پاكستان را تا كنون به رسميت شناخته', note: 'the sentence contradicts its continuation (probably «نشناخته»): no SUPPORT coded' },
      { evidence: 'معمولا پايگاه‌هاي اين گروه در وزيرستان جنوبي در معرض حملات هوايي آمريكا قرار نميگيرند', note: 'negated' },
    ],
    dates: [{ text: '12 دسامبر سال 2007', value: '2007-12-12', granularity: 'day' }, { text: '11 دسامبر 2008', value: '2008-12-11', granularity: 'day' }, { text: '12 خرداد سال 1388', value: '2009-06-02', granularity: 'day' }, { text: '3 مارس 2009', value: '2009-03-03', granularity: 'day' }],
  },
  {
    src: '1:165', // 2018-03-21 — Philip Gordon's Foreign Policy article
    note: 'Gordon (a former White House adviser, no office) coded USACVL; most of the article is argument and prediction',
    events: [
      { type: 'AGREE', cameo: '036', actor: ['USAGOV'], recipient: ['PRKGOV'], date: null, evidence: 'پذیرش فوری دعوت از سوی ترامپ', note: 'Trump accepts Kim\'s invitation; the «impending meeting» (same para) is the same planned meeting' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['USACVL'], recipient: ['USAGOV'], date: '2018-03-21', evidence: 'اصلاح توافق هسته‌ای ایران در آستانه مذاکره با کره شمالی ایده‌ای وحشتناک است', note: 'the article\'s thesis; its later arguments are the same criticism (day not stated)' },
      { type: 'REQUEST', mode: 'change', cameo: '1042', actor: ['USAGOV'], recipient: ['IRN'], date: null, optional: true, evidence: 'با «اصلاح»‌ برجام بر اساس آنچه که ترامپ شرط کرده', note: 'Trump\'s conditions for «fixing» the JCPOA (missiles, inspections, sunset clauses)' },
    ],
    not_events: [
      { evidence: 'به احتمال زیاد قادر به یافتن زمینه‌ مشترک برای مذاکره', note: 'prediction' },
      { evidence: 'به احتمال بسیار زیاد، تهران محدودیت‌ها و شرایط ترامپ را نخواهد پذیرفت', note: 'prediction, not a REJECT' },
      { evidence: 'آلمان، فرانسه و انگلیس با شرایط افراطی و دور از واقعیت ترامپ موافقت نخواهند کرد', note: 'prediction' },
    ],
  },
  {
    src: '1:122', // 2013-04-13 — a summary of the US intelligence community's threat assessment
    note: 'the Senate hearing is a domestic briefing (no CONSULT coded); the assessment\'s claims are coded as ACCUSE by USASPY on the hearing day',
    events: [
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['USASPY'], recipient: ['IRN'], date: '2013-03-12', evidence: 'ایران اکنون به استفاده از فرصت‌هایش برای انجام حملاتی در خاک آمریکا تمایل بیشتری یافته', note: 'also the claims about arms to militias (para 6): one ACCUSE for the report\'s Iran section' },
      { type: 'ACCUSE', mode: 'allege', cameo: '1125', actor: ['USASPY'], recipient: ['CHN', 'RUS'], date: '2013-03-12', evidence: 'دو کشور چین و روسیه را توانمندترین و پایدارترین منابع تهدیدکننده آمریکا، مخصوصا در زمینه جاسوسیِ اقتصادی، می‌داند' },
    ],
    not_events: [
      { evidence: 'طرحِ ادعاییِ ترور سفیر عربستان در واشینگتن در سال 2011', note: 'an alleged plot, mentioned as a reference' },
      { evidence: 'ایران ترجیح می‌دهد از رویاروییِ مستقیم با آمریکا بپرهیزد', note: 'an assessment of intentions' },
      { evidence: 'احتمالا رویکرد دیپلماتیک روسیه به برنامه هسته‌ای ایران تغییر نخواهد کرد', note: 'prediction' },
    ],
    dates: [{ text: 'روز 22 اسفند ماه 1391', value: '2013-03-12', granularity: 'day' }],
  },
];
