// biome-ignore-all format: one event a line is easier to read and annotate
// Hand annotations of the FROZEN TEST part of the event gold (guidelines: test/gold/README.md). No rule of
// rasad is ever written from these articles; they measure the coder independently. Keys "N:index" name an
// article of ../shared/corpus/fars-news-N.json (only fars-news-3 and fars-news-2 indices 150-299).
// Only the PARAGRAPHS are coded. Dates: ISO day the text fixes (or the publication day, written beside src,
// when it says nothing about a news-of-the-day event); null for week/month/year, "a few days ago" or
// background. `optional: true`: a reading two careful annotators could both defend either way (neither
// rewarded nor punished). `not_events`: traps (negations, hypotheticals, denials, speculation, matches).
// Annotated by reading the text only; rasad's output was never looked at.
export const annotations = [
  {
    src: '3:18', // 2014-11-18 Tuesday
    events: [
      { type: 'REQUEST', cameo: '102', actor: ['ESPLEG'], recipient: ['ESPGOV'], date: '2014-11-18', evidence: 'از دولت «ماریانو راخوی» خواستند تا کشور و دولت فلسطین را به رسمیت بشناسد', note: 'non-binding motion asking the government to recognise Palestine; para 1 quotes it' },
      { type: 'REQUEST', cameo: '102', actor: ['GBRLEG'], recipient: ['GBRGOV'], date: null, evidence: 'ماه گذشته هم مجلس عوام انگلیس طرحی مشابه را به تصویب رساند', optional: true, note: 'a similar motion last month; the request is implied by «مشابه»' },
      { type: 'SUPPORT', cameo: '054', actor: ['SWEGOV'], recipient: ['PSE'], date: '2014-10-30', evidence: 'روز 30 اکتبر رسما فلسطین را به رسمیت شناخت' },
      { type: 'SANCTION', mode: 'withdraw', cameo: '161', actor: ['ISR'], recipient: ['SWE'], date: null, evidence: 'رژیم‌صهیونیستی سفیر خود را از این کشور فرابخواند', note: 'recalled its ambassador from Sweden in response' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['EUR'], recipient: ['ISR'], date: null, evidence: 'با صدور بیانیه‌هایی این اقدام را به صورت لفظی محکوم کرده‌اند', note: 'European countries condemn settlement building (recent weeks)' },
    ],
    not_events: [
      { evidence: 'بروکسل ممکن است به دنبال تحریم تل‌آویو باشد', note: 'speculation reported by a newspaper: no SANCTION' },
      { evidence: 'اتحادیه اروپا رسما این موضوع را رد کرد', note: 'a denial of the report' },
    ],
    dates: [
      { text: 'روز سه‌شنبه', value: '2014-11-18', granularity: 'day' },
      { text: 'روز 30 اکتبر', value: '2014-10-30', granularity: 'day' },
      { text: 'ماه گذشته', value: '2014-10-01', granularity: 'month', until: '2014-10-31' },
      { text: 'دو روز قبل', value: '2014-11-16', granularity: 'day' },
    ],
  },
  {
    src: '3:22', // 2008-03-23 Sunday
    note: 'Fatah and Abbas\'s Palestinian Authority coded PSEGOV; Hamas PSEREBHMS',
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['PSEREBHMS'], recipient: ['PSEGOV'], date: '2008-03-22', evidence: 'اين تصميم و انتخاب يك انتخاب فلسطيني و از روي اراده خودش نيست بلكه از سوي آمريكا و اسرائيل به وي تحميل شده است', note: 'Abu Zuhri (Hamas spokesman), yesterday: Abbas chose talks with the occupiers under US/Israeli pressure' },
      { type: 'ASSAULT', cameo: '190', actor: ['PSEGOV'], recipient: ['PSEREBHMS'], date: null, evidence: 'يك هفته درگيري خونين ميان فتح و حماس', note: 'the June 2007 Fatah–Hamas fighting (background); one event for the clash' },
      { type: 'REJECT', cameo: '120', actor: ['PSEREBHMS'], recipient: ['PSEGOV'], date: null, evidence: 'اين امر با مخالفت حماس و هنيه روبرو شد', note: 'Hamas and Haniyeh oppose the dissolution and Fayyad\'s appointment' },
      { type: 'COERCE', mode: 'restrict', cameo: '172', actor: ['PSEGOV'], recipient: ['PSEREBHMS'], date: null, evidence: 'دولت وحدت ملي به نخست‌وزيري هنيه را منحل اعلام كرد', optional: true, note: 'Abbas dissolves Haniyeh\'s unity government: an administrative act against Hamas, or no PLOVER event' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['PSEGOV'], recipient: ['PSEREBHMS'], date: null, evidence: 'عباس دليل انحلال دولت وحدت ملي را تلاش براي كودتاي نظامي عليه تشكيلات خودگردان، نقض قانون اساسي فلسطين و قانون تشكيلات خودگردان از طرف حماس ناميد' },
      { type: 'AGREE', cameo: '036', actor: ['PSEREBHMS'], recipient: ['PSEGOV'], date: null, evidence: 'حماس با عزم و اراده خود طرح يمن را پذيرفت و آمادگي خود را براي مذاكره و گفت و گو اعلام كرد', note: 'accepted the Yemeni plan for Fatah–Hamas talks' },
      { type: 'THREATEN', mode: 'violence', cameo: '138', actor: ['PSEREBHMS'], recipient: ['ISR'], date: '2008-03-22', evidence: 'حماس سلاح‌هايي در اختيار دارد كه هرگاه مصلحت و منافع ملت فلسطين ايجاب كند از آنها استفاده خواهد كرد', optional: true, note: 'a veiled conditional threat' },
    ],
    not_events: [
      { evidence: 'هيچ گونه آتش بسي با اشغالگران برقرار نشده است', note: 'denial of a reported ceasefire: no RETREAT' },
    ],
    dates: [{ text: 'ديروز', value: '2008-03-22', granularity: 'day' }],
  },
  {
    src: '3:33', // 2004-03-01 Monday
    note: 'the election timetable and the planned signing of the interim constitution are domestic plans without a counterpart',
    events: [
      { type: 'SUPPORT', cameo: '051', actor: ['USAGOV'], recipient: ['IRQGOV'], date: '2004-03-01', evidence: 'وي فكر مي‌كند سندي كه توسط شوراي حكومتي تهيه شده بسيار سازنده و پيشرو است', note: 'Bremer (CPA) praises the Governing Council\'s draft, as reported by a coalition official' },
    ],
    not_events: [
      { evidence: 'روز چهارشنبه به طور رسمي اين قانون را امضا مي‌كند', note: 'a planned domestic signing, no second party' },
    ],
    dates: [{ text: 'امروز', value: '2004-03-01', granularity: 'day' }, { text: 'روز چهارشنبه', value: '2004-03-03', granularity: 'day' }],
  },
  {
    src: '3:37', // 2008-01-11 Friday
    note: 'Ahmad Khatami (Tehran Friday prayer leader, Assembly of Experts) coded IRNREL',
    events: [
      { type: 'SUPPORT', cameo: '051', actor: ['IRNREL'], recipient: ['IRNGOV', 'IRNCVL'], date: '2008-01-11', evidence: 'از مسئولان و همكاري مردم براي رفع معضلات پيش آمده تشكر كرد', note: 'domestic thanks after the snowfall' },
      { type: 'REQUEST', cameo: '100', actor: ['IRNREL'], recipient: ['IRNCVL'], date: '2008-01-11', evidence: 'خاتمي از مردم خواست در مصرف گاز صرفه جويي كنند', note: 'domestic appeal' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNREL'], recipient: ['IRNOPP'], date: '2008-01-11', evidence: 'اين نشانه نفاق و دورويي است', optional: true, note: 'against unnamed people who spoke of foreign supervision of the elections' },
      { type: 'SUPPORT', cameo: '051', actor: ['USAGOV'], recipient: ['IRNOPP'], date: null, evidence: 'بوش از برخي از گروه‌ها حمايت كرده است', optional: true, note: 'Bush\'s support for some Iranian groups, as Khatami says' },
      { type: 'REQUEST', cameo: '100', actor: ['IRNREL'], recipient: ['IRNOPP'], date: '2008-01-11', evidence: 'بايد يك نامه شديدالحن عليه رئيس جمهور آمريكا تهيه كنند', note: 'those Bush supported must write a strong letter against him' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['IRNREL'], recipient: ['USAGOV'], date: '2008-01-11', evidence: 'تكميل پروژه ايران هراسي هدف ديگر رئيس جمهور آمريكا است', note: 'on Bush\'s regional trip' },
      { type: 'PROTEST', mode: 'demo', cameo: '141', actor: [], recipient: ['USAGOV'], date: null, evidence: 'اعتراضات صورت گرفته نسبت به سفر اخير بوش', optional: true, note: 'protests against Bush\'s trip, protesters unnamed' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['USAGOV'], recipient: ['IRNMIL'], date: null, evidence: 'ادعاي آمريكا در مورد برخورد مرزبانان ايراني با شناورهاي آنها', optional: true, note: 'the US claim about the Hormuz boat incident' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['IRNREL'], recipient: ['USA', 'LBNGOV'], date: '2008-01-11', evidence: 'متاسفانه آمريكا و دولت دست نشانده لبنان همه تلاش‌ها را ناكام گذاشتند' },
      { type: 'SUPPORT', cameo: '051', actor: ['IRNREL'], recipient: ['IGOUNOIAE'], date: '2008-01-11', evidence: 'سفر البرادعي به ايران را مثبت توصيف كرد' },
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['IGOUNOIAE'], recipient: ['IRN'], date: null, evidence: 'البرادعي در سفر خود به ايران', optional: true, note: 'ElBaradei\'s visit, under way or imminent; day not stated' },
    ],
    not_events: [
      { evidence: 'اگر نامه شديدالحن را منتشر كردند كه جبراني صورت گرفته', note: 'conditional' },
      { evidence: 'ابزار اميدواري كرد كه برخي از كشورهاي منطقه سرنوشت خود را با رئيس جمهور شكست خورده آمريكا گره نزنند', note: 'a hope, no event' },
    ],
  },
  {
    src: '3:46', // 2005-02-19 Saturday
    events: [
      { type: 'MOBILIZE', mode: 'troops', cameo: '154', actor: ['IRQMIL', 'IRQCOP'], recipient: ['IRQ'], date: '2005-02-19', evidence: 'حدود دو هزار سرباز و پليس عراق براي حفظ امنيت شهر در روز عاشورا در اين شهر مقدس به كار گرفته شدند' },
      { type: 'COERCE', mode: 'restrict', cameo: '172', actor: ['IRQGOV'], recipient: ['IRQCVL'], date: '2005-02-19', evidence: 'عبور و مرور خودروها در اين شهر مقدس ممنوع اعلام شده است', optional: true, note: 'vehicle ban in Karbala; the authority is implied' },
      { type: 'ASSAULT', cameo: '180', actor: [], recipient: ['IRQCVL'], date: null, evidence: 'واقعه تاسف‌بار عاشوراي سال قبل كه به شهادت 170 نفر از مردم عزادار در كربلا و كاظمين انجاميد', note: 'last year\'s Ashura bombings (background)' },
      { type: 'ASSAULT', mode: 'suicide-attack', cameo: '1831', actor: [], recipient: ['IRQMIL'], date: '2005-02-19', evidence: 'يك بمبگذار انتحاري باعث كشته شدن يك سرباز گارد ملي عراق', note: 'Baquba, today' },
      { type: 'ASSAULT', cameo: '190', actor: ['IRQREB'], recipient: ['USAMIL'], date: '2005-02-18', evidence: 'شب گذشته درگيري شبه‌نظاميان با نيروهاي آمريكايي در جنوب بغداد', note: 'one event for the clash' },
      { type: 'ASSAULT', mode: 'suicide-attack', cameo: '1831', actor: [], recipient: ['IRQCVL'], date: '2005-02-18', evidence: 'در حمله اول كه در منطقه الدوره در جنوب غربي بغداد صورت گرفت', note: 'first mosque attack, a suicide attack per para 9 (para 6 summarises both)' },
      { type: 'ASSAULT', mode: 'heavy-weapons', cameo: '194', actor: [], recipient: ['IRQCVL'], date: '2005-02-18', evidence: 'در حمله دوم كه به يك مسجد شيعيان در غرب بغداد انجام شد', note: 'second mosque attack, mortar' },
    ],
    dates: [{ text: 'امروز', value: '2005-02-19', granularity: 'day' }, { text: 'شب گذشته', value: '2005-02-18', granularity: 'day' }, { text: 'روز گذشته', value: '2005-02-18', granularity: 'day' }],
  },
  {
    src: '3:51', // 2020-06-25 Thursday
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['USAGOV'], recipient: ['IRN'], date: '2020-06-25', evidence: 'بار دیگر نام ایران را در جمع کشورهای «سطح سوم»', note: 'State Department trafficking report ranks Iran Tier 3' },
      { type: 'ACCUSE', mode: 'allege', cameo: '1122', actor: ['USAGOV'], recipient: ['IRN'], date: '2020-06-25', evidence: 'جمهوری اسلامی ایران را به جذب کودک‌سرباز و در نظر گرفتن مجازات برای قربانیان قاچاق انسان متهم کرده است', optional: true, note: 'the same report: a second act or part of the first' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNGOV'], recipient: ['USAGOV'], date: null, evidence: 'در واکنش به ادعاهای آمریکاگفت', note: 'Ghasemi (foreign ministry spokesman) in 2018 criticises the unilateral rankings' },
    ],
    not_events: [
      { evidence: 'به دولت آمریکا اختیار می‌دهد علیه چنین کشورهایی تحریم‌هایی را وضع کند', note: 'a law authorising sanctions: hypothetical' },
      { evidence: 'ایران پیش از این ادعاهای مطرح‌شده از سوی آمریکا در این زمینه را رد کرده است', note: 'a denial' },
    ],
    dates: [{ text: 'سال ۱۳۹۷', value: '2018-03-21', granularity: 'year', until: '2019-03-20' }],
  },
  {
    src: '3:58', // 2021-05-23 Sunday
    note: 'Ansarallah coded YEMREB; the Palestinian armed groups PSEREB',
    events: [
      { type: 'ACCUSE', mode: 'allege', cameo: '1123', actor: ['YEMREB'], recipient: ['USA', 'ISR', 'GBR'], date: '2021-05-23', evidence: 'تجاوزی هستیم که آمریکا بر آن نظارت داشته و طراحی آن توسط رژیم صهیونیستی و انگلیس بوده', note: 'al-Houthi, Sunday evening' },
      { type: 'REQUEST', cameo: '100', actor: ['YEMREB'], recipient: ['PSE'], date: '2021-05-23', evidence: 'از آنها می‌خواهیم که برادری و هماهنگی را ارتقا بخشند' },
      { type: 'AGREE', cameo: '0333', actor: ['YEMREB'], recipient: ['PSE'], date: '2021-05-23', evidence: 'آماده هستیم که غذای خود را با برادران فلسطینی تقسیم کرده', optional: true, note: 'a rhetorical offer of aid' },
      { type: 'THREATEN', mode: 'relations', cameo: '139', actor: ['PSEREB'], recipient: ['ISR'], date: null, evidence: 'پایان ضرب‌الاجل مقاومت به تل‌آویو', optional: true, note: 'the resistance\'s ultimatum before the war' },
      { type: 'ASSAULT', cameo: '190', actor: ['ISRMIL'], recipient: ['PSECVL'], date: null, evidence: 'رژیم صهیونیستی در غالب حملات خود با هجوم به مناطق مسکونی، زنان و کودکان فلسطینی را به خاک و خون کشید', note: 'the May 2021 war (10–21 May): no single day' },
      { type: 'ASSAULT', cameo: '190', actor: ['PSEREB'], recipient: ['ISR'], date: null, evidence: 'مواضع این رژیم را هدف حمله گسترده راکتی قرار دادند' },
    ],
    not_events: [
      { evidence: 'دشمن صهیونیستی شکست‌ها و ناکامی‌های بیشتری را در پیش خواهد داشت', note: 'a prediction' },
    ],
    dates: [{ text: 'عصر روز یکشنبه', value: '2021-05-23', granularity: 'day' }, { text: 'روز دوشنبه ۲۰ اردیبهشت ماه', value: '2021-05-10', granularity: 'day' }],
  },
  {
    src: '3:102', // 2020-05-25 Monday
    note: 'Olmert (former PM, out of office) and Lapid (opposition leader) coded ISROPP',
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['ISROPP'], recipient: ['ISRGOV'], date: '2020-05-25', evidence: 'نتانیاهو «آماده است اسرائیل را به آتش بکشاند تا دستگیر نشود»', note: 'Olmert in press interviews; paras 1 and 3 repeat the same criticism' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['ISROPP'], recipient: ['ISRGOV'], date: '2020-05-25', evidence: 'محاکمه نتانیاهو با نوعی تحریک سرکشانه علیه حکم قانون آغاز شد', note: 'Lapid' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['ISRGOV'], recipient: ['ISRCOP', 'ISRJUD', 'ISRMED'], date: '2020-05-24', evidence: 'علیه پلیس، دادستانی کل، دادگاه و رسانه‌ها شوراند', optional: true, note: 'Netanyahu\'s Sunday speech against the institutions, as Lapid describes it' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['ISROPP'], recipient: ['ISRGOV'], date: '2020-05-25', evidence: 'اشغال بخش‌هایی از کرانه باختری اقدامی اشتباه قلمداد کرد', optional: true, note: 'the same interviews: a second criticism (annexation policy), or the same act' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '116', actor: ['ISRJUD'], recipient: ['ISROPP'], date: null, evidence: 'بعدها محاکمه و به دریافت رشوه و ۲۷ ماه زندان محکوم شد', note: 'Olmert\'s conviction (background)' },
    ],
    not_events: [
      { evidence: 'با محمود عباس دیدار نمی‌کرد', note: 'negated meeting' },
      { evidence: 'هیچ کس در خاورمیانه نمی‌تواند اسرائیل را تهدید کند', note: 'negated' },
    ],
    dates: [{ text: 'روز یکشنبه', value: '2020-05-24', granularity: 'day' }, { text: 'سال ۲۰۰۹', value: '2009-01-01', granularity: 'year', until: '2009-12-31' }],
  },
  {
    src: '3:105', // 2005-02-09 Wednesday
    note: 'the Sadr movement coded IRQREB as in the development gold',
    events: [
      { type: 'SUPPORT', cameo: '051', actor: ['IRQREB'], recipient: ['IRQGOV'], date: '2005-02-09', evidence: 'از تلاش اياد علاوي  نخست وزير موقت براي آشتي ملي با گروه‌هاي سياسي كه در انتخابات شركت نكردند، استقبال مي‌كنيم', note: 'al-Sumaysim (Sadr movement) in today\'s al-Hayat interview' },
      { type: 'AGREE', cameo: '030', actor: ['IRQREB'], recipient: ['IRQGOV'], date: null, evidence: 'براي اقامه نماز جمعه در كوفه و بسته شدن پرونده عبدالمجيد خويي كه در صحن مطهر حضرت علي (ع) كشته شد، به توافق رسيديم', note: 'agreements with the interim government (also «به توافق‌هاي بسياري رسيده است»): one event' },
      { type: 'CONSULT', cameo: '046', actor: ['IRQREB'], recipient: ['IRQGOV'], date: null, evidence: 'گفت‌وگوهاي مستمر جنبش صدر با دولت موقت', optional: true, note: 'ongoing talks, mentioned in passing' },
      { type: 'ASSAULT', cameo: '1823', actor: [], recipient: ['IRQREL'], date: null, evidence: 'عبدالمجيد خويي كه در صحن مطهر حضرت علي (ع) كشته شد', optional: true, note: 'the 2003 killing of al-Khoei, mentioned as background in a relative clause' },
    ],
    not_events: [
      { evidence: 'ما به دنبال تشكيل حكومت اسلامي نيستيم', note: 'negated' },
      { evidence: 'مقتدا صدر ظرف دو هفته آينده خطبه‌هاي خود در مسجد جامع كوفه را از سر مي‌گيرد', note: 'a plan with no counterpart' },
    ],
    dates: [{ text: 'ظرف دو هفته آينده', value: '2005-02-09', granularity: 'week', until: '2005-02-23' }],
  },
  {
    src: '3:123', // 2018-12-14 Friday
    note: 'the Pahlavi video was considered and dropped: no event',
    events: [
      { type: 'SUPPORT', cameo: '051', actor: ['USAGOV'], recipient: ['IRNCVL'], date: null, evidence: 'ترامپ، سرانجام پیامی طبق روال سابق منتشر کرد', optional: true, note: 'the routine Nowruz greeting: a greeting, barely an event' },
    ],
    not_events: [
      { evidence: 'تصمیم گرفتند که این کار انجام نشوند', note: 'the considered video with Reza Pahlavi was not made' },
      { evidence: 'دستیاران ترامپ در حال بررسی این موضوع بودند', note: 'deliberation, no act' },
    ],
  },
  {
    src: '3:129', // 2020-05-16 Saturday
    events: [
      { type: 'REQUEST', cameo: '100', actor: ['AFGGOV'], recipient: ['AFGCVL'], date: '2020-05-16', evidence: 'از شهروندان افغانستان خواست که به توصیه‌های بهداشتی وزارت بهداشت برای جلوگیری از مبتلا شدن بیشتر افراد به کرونا عمل کنند', note: 'deputy health minister Majrooh, at today\'s press conference' },
    ],
    not_events: [
      { evidence: 'نسبت به افزایش آمار مبتلایان به کووید 19 هشدار داد', note: 'a warning about case numbers, not a THREATEN' },
      { evidence: 'در صورتی که حفظ فاصله اجتماعی، پوشیدن ماسک و شستن دست‌ها از سوی مردم رعایت نشود', note: 'conditional' },
      { evidence: 'در یک نشست خبری گفت', note: 'a press conference is not a CONSULT' },
    ],
    dates: [{ text: 'امروز (شنبه، ۲۷ اردیبهشت)', value: '2020-05-16', granularity: 'day' }],
  },
  {
    src: '3:133', // 2010-02-08 Monday
    note: 'the appeal panel coded IRQJUD; the Accountability and Justice Commission IRQGOV; the banned candidates IRQOPP',
    events: [
      { type: 'SUPPORT', cameo: '051', actor: ['IRQGOV'], recipient: ['IRQLEG'], date: '2010-02-08', evidence: 'ما از رياست پارلمان و نمايندگان درخصوص پاسخ مثبت به درخواست ما براي برگزاري جلسه فوق العاده تشكر مي‌كنيم', note: 'Maliki\'s letter withdrawing his request for an extraordinary session' },
      { type: 'REQUEST', mode: 'meet', cameo: '106', actor: ['IRQGOV'], recipient: ['IRQLEG'], date: null, evidence: 'درخواست ما براي برگزاري جلسه فوق العاده', optional: true, note: 'the earlier request, now withdrawn' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRQGOV'], recipient: ['IRQJUD'], date: '2010-02-08', evidence: 'تصميم سابق هيئت تجديد نظر در تعويق رسيدگي به شكايت‌ها به بعد از انتخابات پارلماني تهديدي براي روند سياسي و تجربه دموكراتيك بود' },
      { type: 'COERCE', mode: 'restrict', cameo: '1722', actor: ['IRQGOV'], recipient: ['IRQOPP'], date: null, evidence: 'بيش از500 شخصيت و گروه سياسي را به خاطر ارتباط با حزب بعث منحله و يا به خاطر ترويج افكار اين حزب، از نامزد شدن در انتخابات پارلماني عراق منع كرد' },
      { type: 'CONCEDE', cameo: '0812', actor: ['IRQJUD'], recipient: ['IRQOPP'], date: null, evidence: 'هيئت تجديد نظر عراق اخيرا با صدور حكمي اين امر را به حالت تعليق درآورد' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRQGOV', 'IRQCVL'], recipient: ['IRQJUD'], date: null, evidence: 'با واكنش منفي مسوولان و مردم عراق روبرو شد' },
      { type: 'REQUEST', mode: 'change', cameo: '1042', actor: ['IRQGOV'], recipient: ['IRQJUD'], date: '2010-02-06', evidence: 'هيئت تجديدنظر بايد براساس دلايل و مدارك به پرونده مربوط به افرادي كه نامزدي آنها در انتخابات ممنوع شده است، تا حداكثر 12 فوريه (زمان آغاز مبارزات انتخاباتي) رسيدگي نهايي كند', note: 'the presidency council\'s statement, Saturday night' },
      { type: 'CONCEDE', cameo: '0832', actor: ['IRQJUD'], recipient: ['IRQGOV'], date: null, evidence: 'هيئت تجديد نظر صرف نظر كردن خود از تصميم سابقش را اعلام كرد', note: 'the panel reverses itself after the statement (para 7 repeats it)' },
    ],
    not_events: [
      { evidence: 'زير فشارهاي مقامات آمريكايي گرفته شد', note: 'an alleged pressure mentioned in passing, no act coded' },
    ],
    dates: [{ text: 'شنبه شب', value: '2010-02-06', granularity: 'day' }, { text: '12 فوريه', value: '2010-02-12', granularity: 'day' }, { text: '16 اسفند (هفتم مارس)', value: '2010-03-07', granularity: 'day' }],
  },
  {
    src: '3:141', // 2009-10-31 Saturday
    note: 'no events: a journalist denies a VOA report; an interview with Fars is not a CONSULT',
    events: [],
    not_events: [
      { evidence: 'هيچ‌كدام از رسانه خود اخراج نشده‌ايم', note: 'denial: the reported dismissals did not happen' },
      { evidence: 'خبر منتشره توسط  VOA « صداي آمريكا» كذب محض است', note: 'denial' },
      { evidence: 'در گفت‌وگو با خبرنگار اجتماعي فارس گفت', note: 'an interview, not a meeting' },
    ],
    dates: [{ text: 'هفته گذشته', value: '2009-10-24', granularity: 'week', until: '2009-10-30' }],
  },
  {
    src: '3:144', // 2012-12-08 Saturday
    events: [
      { type: 'ASSAULT', cameo: '190', actor: ['SYRMIL'], recipient: ['SYRREB'], date: '2012-12-08', evidence: 'در عملیات ارتش سوریه در دیر الزور پایگاه‌ تروریست‌ها در منطقه «البوعمر» و «الصالحیه» نابود شد' },
      { type: 'ASSAULT', cameo: '190', actor: ['SYRMIL'], recipient: ['SYRREB'], date: '2012-12-08', evidence: 'در عملیات ارتش سوریه در منطقه‌های «العرفی» و «الجبلیه» و «الرشدیه» دست کم 30 تروریست کشته شدند', optional: true, note: 'operations in other districts: a second act or the same campaign' },
    ],
  },
  {
    src: '3:148', // 2011-06-03 Friday
    note: 'as reported by the New York Times; GCC coded IGOGCC',
    events: [
      { type: 'RETREAT', cameo: '0814', actor: ['BHRGOV'], recipient: ['BHRCVL'], date: '2011-06-01', evidence: 'دولت بحرين به طور رسمي 11 هفته قانون حالت فوق‌العاده را لغو كرد' },
      { type: 'PROTEST', mode: 'demo', cameo: '141', actor: ['BHRCVL'], recipient: ['BHRGOV'], date: '2011-06-01', evidence: 'تظاهرات مسالمت‌آميز در بيشتر از 20 روستا' },
      { type: 'ASSAULT', mode: 'crowd-control', cameo: '175', actor: ['BHRCOP'], recipient: ['BHRCVL'], date: '2011-06-01', evidence: 'نيروهاي امنيتي به تظاهرات مسالمت‌آميز در بيشتر از 20 روستا حمله كردند', note: 'rubber bullets, grenades and tear gas (para 1)' },
      { type: 'REQUEST', mode: 'change', cameo: '1043', actor: ['BHRCVL'], recipient: ['BHRGOV'], date: null, evidence: 'خواستار آزادي‌ و حقوق سياسي بيشتر شدند' },
      { type: 'PROTEST', mode: 'demo', cameo: '141', actor: ['BHRCVL'], recipient: ['BHRGOV'], date: null, evidence: 'ده‌ها هزار نفر به خيابان‌ها سرازير شدند' },
      { type: 'ASSAULT', cameo: '175', actor: ['BHRGOV'], recipient: ['BHRCVL'], date: null, evidence: 'سركوبگري‌ها عليه مردم آغاز كرد', note: 'the crackdown since February' },
      { type: 'ASSAULT', cameo: '175', actor: ['BHRGOV'], recipient: ['BHRMED'], date: null, evidence: 'حمله به مراكز درماني و كساني كه تحت معالجه بودند', optional: true, note: 'part of the crackdown or an act of its own' },
      { type: 'COERCE', mode: 'martial-law', cameo: '1724', actor: ['BHRGOV'], recipient: ['BHRCVL'], date: null, evidence: 'پادشاه بحرين اعلام وضعيت فوق‌العاده كرد', note: 'mid-March' },
      { type: 'REQUEST', mode: 'assist', cameo: '1034', actor: ['BHRGOV'], recipient: ['IGOGCC'], date: null, evidence: 'از ارتش‌هاي كشورهاي عضو شوراي همكاري خليج فارس خواست تا نيروهاي خود را به بحرين سرازير كنند' },
      { type: 'MOBILIZE', mode: 'troops', cameo: '154', actor: ['SAUMIL'], recipient: ['BHR'], date: null, evidence: 'عربستان سعودي 1200 نظامي', note: 'troops sent to Bahrain (MOBILIZE per the conventions; AID 074 defensible)' },
      { type: 'MOBILIZE', mode: 'troops', cameo: '154', actor: ['AREMIL'], recipient: ['BHR'], date: null, evidence: 'امارات 800 نظامي را به بحرين سرازير كردند' },
      { type: 'REQUEST', mode: 'change', cameo: '1043', actor: ['USAGOV'], recipient: ['BHRGOV'], date: null, evidence: 'از بحرين خواست تا به حقوق شهروندان خود احترام بگذارد' },
      { type: 'AGREE', cameo: '036', actor: ['BHRGOV'], recipient: ['BHROPP'], date: '2011-05-31', evidence: 'گفت‌وگوهاي جدي و فراگير از ماه آينده آغاز خواهد شد', note: 'the king announces a national dialogue, Tuesday' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: [], recipient: ['BHRCVL'], date: null, evidence: 'بيش از 800 نفر كه از ابتداي آغاز جنبش‌هاي اعتراضي دستگير شدند' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: [], recipient: ['BHROPP'], date: '2011-05-02', evidence: 'روز دوم ماه مي دستگير شده است', note: 'former MP Matar Ibrahim Matar' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['BHRJUD'], recipient: ['BHRCVL'], date: '2011-05-31', evidence: 'به دادگاه نظامي احضار شد', note: 'Nabil Rajab summoned by the military court (charged with legal action)' },
    ],
    not_events: [
      { evidence: 'هيچ كس به دليل اظهار مسالمت‌آميز  عقيده خود، آسيب نخواهد ديد', note: 'a negated promise' },
    ],
    dates: [{ text: 'روز چهارشنبه', value: '2011-06-01', granularity: 'day' }, { text: 'سه‌شنبه گذشته', value: '2011-05-31', granularity: 'day' }, { text: 'روز دوم ماه مي', value: '2011-05-02', granularity: 'day' }, { text: 'اواسط مارس', value: '2011-03-11', granularity: 'month', until: '2011-03-20' }],
  },
  {
    src: '3:158', // 2012-08-17 Friday
    events: [
      { type: 'PROTEST', mode: 'demo', cameo: '141', actor: ['IRNCVL'], recipient: ['ISR', 'USA'], date: '2012-08-17', evidence: 'امروز در راهپیمایی روز قدس در حمایت از مردم ستمدیده فلسطین "الموت الاسرائیل" و "الموت الامریکا" را فریاد زدند', note: 'Quds Day march of the Khuzestan tribes' },
      { type: 'SUPPORT', cameo: '051', actor: ['IRNCVL'], recipient: ['IRNGOV'], date: '2012-08-17', evidence: 'ضمن تجدید بیعت با مقام معظم رهبری', optional: true, note: 'renewed allegiance to the Leader' },
    ],
    not_events: [
      { evidence: 'وای اگر خامنه‌ای حکم جهادم دهد', note: 'a conditional slogan, no threat coded' },
    ],
  },
  {
    src: '3:161', // 2008-08-26 Tuesday
    note: 'the People\'s Alliance for Democracy coded THAOPP',
    events: [
      { type: 'PROTEST', mode: 'demo', cameo: '1411', actor: ['THAOPP'], recipient: ['THAGOV'], date: '2008-08-26', evidence: 'هزاران نفر از هواداران  تايلندي " ائتلاف مردمي براي دموكراسي" كه از ماه پيش درصدد سرنگوني دولت "ساماك ساندرواج"، نخست‌وزير تايلند است تظاهرات كردند' },
      { type: 'PROTEST', mode: 'riot', cameo: '145', actor: ['THAOPP'], recipient: ['THAGOV', 'THAMED'], date: '2008-08-26', evidence: 'تظاهرات كنندگان صبح امروز به سوي مقر حكومتي و شبكه تلويزيون دولتي "ان‌بي‌تي" حمله كردند', note: 'storming of NBT; its occupation (para 3) is the same act' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['THACOP'], recipient: ['THAOPP'], date: '2008-08-26', evidence: 'شماري از آنها به دنبال حمله به شبكه تلويزيوني از سوي پليس دستگير شدند' },
      { type: 'PROTEST', mode: 'obstruct', cameo: '144', actor: ['THAOPP'], recipient: ['THAGOV'], date: '2008-08-26', evidence: 'شمار زيادي كاميون‌هاي بزرگ توسط تظاهرات كنندگان در راه‌هاي منتهي به مقر دولت قرار داده شدند' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['THAOPP'], recipient: ['THAGOV'], date: null, evidence: 'اعلام كرده كه نخست‌وزير اين كشور تابع "تاكسين شيناوترا"' },
    ],
    not_events: [
      { evidence: 'ارتش هرگز كودتا نمي‌كند', note: 'negated: no coup' },
      { evidence: 'ارتش هرگز در سياست دخالت نمي‌كند', note: 'negated' },
    ],
    dates: [{ text: 'صبح امروز', value: '2008-08-26', granularity: 'day' }, { text: 'سال 2006', value: '2006-01-01', granularity: 'year', until: '2006-12-31' }],
  },
  {
    src: '3:172', // 2020-01-11 Saturday
    events: [
      { type: 'COERCE', mode: 'restrict', cameo: '172', actor: ['IGOUNO'], recipient: ['CAF', 'COM', 'GMB', 'LBN', 'LSO', 'STP', 'SOM', 'SUR', 'TON', 'VEN', 'YEM'], date: '2020-01-11', evidence: 'یازده کشور از جمله یمن، لبنان و سومالی حق رأی دادن ندارند', note: 'Guterres\'s letter: Article 19 suspension of voting rights for arrears (an administrative sanction); one act naming eleven countries' },
      { type: 'CONCEDE', cameo: '018', actor: ['LBNGOV'], recipient: ['IGOUNO'], date: '2020-01-11', evidence: 'ضمن ابراز تأسف از اینکه لبنان در بین کشورهای ممنوع از رأی در سازمان ملل قرار گرفته', optional: true, note: 'regret about its own situation rather than towards a party' },
      { type: 'AGREE', cameo: '030', actor: ['LBNGOV'], recipient: ['IGOUNO'], date: '2020-01-11', evidence: 'تأکید کرد که به وظایف خود عمل خواهد کرد و تلاش می‌کند در مهلت قانونی باقی مانده حق مالی لبنان را پرداخت کند' },
    ],
    not_events: [
      { evidence: 'مجمع عمومی در صورتی که قانع شود', note: 'conditional lifting of the ban' },
      { evidence: 'پیش‌بینی می‌کند در مدت کوتاهی این مشکل برای لبنان حل شود', note: 'prediction' },
    ],
  },
  {
    src: '3:17', // 2003-10-03 Friday
    note: 'Tuzmen (Turkish minister of state for foreign trade) leads a trade delegation to Iran',
    events: [
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['TURGOV'], recipient: ['IRNGOV'], date: '2003-10-03', evidence: 'در ديدار با وزير مسكن و شهرسازي ايران', note: 'the delegation came to Iran (para 1); day not stated' },
      { type: 'AGREE', cameo: '0311', actor: ['TURGOV'], recipient: ['IRN'], date: '2003-10-03', evidence: 'تركيه مايل است در قبال واردات گاز از ايران، كالا و خدمات به ايران صادر نمايد', note: 'para 2 («علاقمند به همكاري با ايران») restates the intent' },
      { type: 'SUPPORT', cameo: '051', actor: ['IRNGOV'], recipient: ['TUR'], date: '2003-10-03', evidence: 'از همكاري دو كشور در افغانستان استقبال كرد', note: 'welcoming: SUPPORT per the conventions' },
      { type: 'AGREE', cameo: '0311', actor: ['IRNGOV'], recipient: ['TUR'], date: '2003-10-03', evidence: 'احداث 20 هزار واحد مسكوني در شهرهاي پرند و پرديس را به طرف ترك پيشنهاد داد' },
      { type: 'CONSULT', cameo: '046', actor: ['IRNGOV'], recipient: ['KORBUS'], date: null, evidence: 'با شركتهاي كره‌اي نيز مذاكراتي انجام شده است', optional: true, note: 'earlier talks with Korean companies, in passing' },
    ],
  },
  {
    src: '3:175', // 2013-12-10 Tuesday
    note: 'World Bank coded IGOUNOWBK (CAMEO actor codebook)',
    events: [
      { type: 'AGREE', cameo: '0331', actor: ['IGOUNOWBK'], recipient: ['MAR'], date: '2013-12-10', evidence: 'مراکش مبلغ 4 میلیارد دلار وام دریافت می‌کند', note: 'agreed loan to be paid 2014-2017: a promise of aid' },
      { type: 'AID', cameo: '071', actor: ['IGOUNOWBK'], recipient: ['MAR'], date: null, evidence: 'مبلغ 600 میلیون دلار برای نیاز مالی خود از بانک جهانی دریافت کرده بود', note: '2011-2013 (background)' },
      { type: 'AID', cameo: '071', actor: ['JPN'], recipient: ['MAR'], date: null, evidence: 'از اعطای وام 87 میلیون دلاری ژاپن برای توسعه آموزشی در این کشور خبر داده بود' },
    ],
    dates: [{ text: 'بین سال‌های 2011 و 2013', value: '2011-01-01', granularity: 'year', until: '2013-12-31' }],
  },
  {
    src: '3:184', // 2004-03-27 Saturday
    events: [
      { type: 'THREATEN', cameo: '130', actor: [], recipient: ['USAGOV'], date: null, evidence: 'در  پي دريافت تهديدي مشخص تعطيل شده بود', optional: true, note: 'a specific threat against the embassy, source not stated' },
      { type: 'ASSAULT', cameo: '186', actor: [], recipient: ['PSEREBHMS'], date: null, evidence: 'ترور شيخ احمد ياسين بنيانگذار جنبش مقاومت اسلامي فلسطين (حماس)', note: 'the assassination of Sheikh Yassin (background); the perpetrator is not named in the text' },
    ],
    not_events: [
      { evidence: 'آمريكا پيش از اين نسبت به وقوع حملات تروريستي به اتباع خود در سراسر جهان هشدار داده بود', note: 'a travel warning to its own citizens, no THREATEN' },
      { evidence: 'ما سفارتخانه و كنسولگري را بازگشايي كرده ايم', note: 'reopening an embassy closed for security: no counterpart act' },
    ],
    dates: [{ text: 'روز چهارشنبه', value: '2004-03-24', granularity: 'day' }],
  },
  {
    src: '3:194', // 2012-03-06 Tuesday
    note: 'the researcher\'s statement; Israeli detentions of prisoners\' relatives are coded COERCE arrest although the source calls them «ربودن» (abduction); ICRC coded NGOIRC',
    events: [
      { type: 'ACCUSE', mode: 'allege', cameo: '1122', actor: ['PSECVL'], recipient: ['ISR'], date: '2012-03-06', evidence: 'بازداشت همسران، خواهران و مادران اسرای فلسطینی در جریان ملاقات با اسرا یا حضور در دادگاه ها شدت بخشیده است', note: 'al-Ashqar\'s statement accuses the occupiers' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['ISR'], recipient: ['PSECVL'], date: null, evidence: 'از ابتدای سال جاری میلادی تاکنون رژیم صهیونیستی 8 تن از خواهران، مادران و همسران اسرا را ربوده است', note: 'eight detentions this year, the latest listed after it' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['ISR'], recipient: ['PSECVL'], date: null, evidence: 'رژیم صهیونیستی همچنین در ماه گذشته "مفیقه محمد القواسمه"، همسر "محمد شفیق القواسمه" را که مادر یک کودک خردسال است بازداشت کردند', note: 'last month' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['ISRJUD'], recipient: ['PSECVL'], date: null, evidence: 'در دادگاه نظامی عوفر اسرائیل به بهانه سلام کردن به فرزندش در داخل سالن دادگاه دستگیر شد', optional: true, note: 'one of the listed cases; may be counted within the aggregates' },
      { type: 'ASSAULT', mode: 'beat', cameo: '182', actor: ['ISR'], recipient: ['PSECVL'], date: null, evidence: 'با لگد زدن و تفتیش بدنی مورد حمله و تعرض قرار می دهند', note: 'habitual abuse at checkpoints and prison gates' },
      { type: 'REQUEST', cameo: '100', actor: ['PSECVL'], recipient: ['NGOIRC'], date: '2012-03-06', evidence: 'از صلیب سرخ جهانی که مسئول برنامه ملاقات های اسرا است خواست به مسئولیت خود در برخورد با این رفتار رژیم صهیونیستی', note: 'asks the Red Cross to act' },
    ],
    dates: [{ text: 'ماه گذشته', value: '2012-02-01', granularity: 'month', until: '2012-02-29' }],
  },
  {
    src: '3:195', // 2016-11-19 Saturday
    note: 'Dehghani (Iran\'s deputy UN ambassador) at the General Assembly, yesterday; the Taliban in 2016 are AFGREBTAL; «جامعه بین‌المللی» has no code (recipient [])',
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNGOV'], recipient: ['AFGREBTAL', 'IMGMUSISI'], date: '2016-11-18', evidence: 'هدف گروه\u00ad‌های تروریستی نظیر طالبان و داعش در آن کشور را جلوگیری از بازگشت افغانستان به وضعیت طبیعی', note: 'one statement naming both groups' },
      { type: 'ASSAULT', mode: 'explosives', cameo: '183', actor: [], recipient: ['AFGCVL'], date: '2016-07-23', evidence: 'بمب\u00adگذاری روز 2 مرداد سال جاری در جریان یک تظاهرات مسالمت‌آمیز در کابل', note: 'the July 2016 Kabul bombing of a Hazara demonstration (background, dated)' },
      { type: 'SUPPORT', cameo: '051', actor: ['IRNGOV'], recipient: ['AFGGOV'], date: '2016-11-18', evidence: 'ضمن اعلام حمایت از دولت وحدت ملی افغانستان', note: 'the closing support for Afghanistan\'s security (para 10) restates it' },
      { type: 'REQUEST', mode: 'assist', cameo: '102', actor: ['IRNGOV'], recipient: [], date: '2016-11-18', evidence: 'درخواست کرد تا این دولت را تقویت کند', note: 'asks the international community' },
      { type: 'AGREE', cameo: '030', actor: ['IRNGOV'], recipient: ['AFG'], date: '2016-11-18', evidence: 'تقویت همکاری با افغانستان را اولویت جمهوری اسلامی ایران دانست' },
      { type: 'AGREE', cameo: '057', actor: ['IRN'], recipient: ['AFG', 'IND'], date: null, evidence: 'موافقت‌نامه سه‌جانبه توسعه بندر چابهار بین ایران، افغانستان و هندوستان', note: 'the trilateral Chabahar agreement (background)' },
      { type: 'CONSULT', cameo: '043', actor: ['IRN'], recipient: ['AFG'], date: null, evidence: 'برگزاری پنجمین کمیسیون مشترک اقتصادی دو کشور در مرداد ماه سال جاری در تهران', note: 'joint economic commission in Tehran, Mordad (July-August 2016)' },
      { type: 'REQUEST', cameo: '100', actor: ['IRNGOV'], recipient: [], date: '2016-11-18', evidence: 'خواستار پاسخ قاطع و فراگیر جامعه بین‌\u00adالمللی به این معضل شد', note: 'drug trafficking' },
      { type: 'REQUEST', mode: 'assist', cameo: '1033', actor: ['IRNGOV'], recipient: [], date: '2016-11-18', evidence: 'خواستار کمک به ادغام مجدد این گروه در جامعه افغانستان شد', optional: true, note: 'a third appeal in the same speech' },
      { type: 'AID', cameo: '073', actor: ['IRN'], recipient: ['AFGCVL'], date: null, evidence: 'ایران همچنان به کمک به آوارگان افغانی، از جمله در حوز‌ه‌های آموزش و خدمات پزشکی ادامه می‌\u00adدهد', note: 'ongoing aid to Afghan refugees' },
    ],
    not_events: [
      { evidence: 'به عنوان تهدیدات امنیتی نوظهور در افغانستان هشدار داد', note: 'a warning about threats, not a THREATEN' },
    ],
    dates: [{ text: 'روز گذشته', value: '2016-11-18', granularity: 'day' }, { text: 'روز 2 مرداد سال جاری', value: '2016-07-23', granularity: 'day' }],
  },
  {
    src: '3:208', // 2017-11-12 Sunday
    note: 'the former Austrian chancellor, out of office, coded AUT; host and visitor are not stated, so the text\'s order',
    events: [
      { type: 'CONSULT', cameo: '040', actor: ['IRNGOV'], recipient: ['AUT'], date: '2017-11-11', evidence: 'محسن مهرعلیزاده شامگاه شنبه با صدر اعظم سابق اتریش دیدار کرد', note: 'Isfahan governor (provincial executive: IRNGOV)' },
      { type: 'REQUEST', mode: 'assist', cameo: '1011', actor: ['IRNGOV'], recipient: ['AUT'], date: '2017-11-11', evidence: 'خواستار گسترش ارتباطات و تعمیق مناسبات به ویژه در ساخت و سازهای صنعتی', note: 'asks for wider economic ties with Austria' },
    ],
    dates: [{ text: 'شامگاه شنبه', value: '2017-11-11', granularity: 'day' }],
  },
  {
    src: '3:209', // 2007-05-31 Thursday
    events: [
      { type: 'AGREE', cameo: '0311', actor: ['INDGOV'], recipient: ['IRN'], date: '2007-05-31', evidence: 'قرارداد 7 ميليارد دلاري خط لوله انتقال گاز ايران به هند و پاكستان در اولويت برنامه‌هاي دهلي نو قرار دارد', note: 'oil minister Deora in a Reuters interview' },
      { type: 'AGREE', cameo: '0311', actor: ['IRNGOV'], recipient: ['IND', 'PAK'], date: null, evidence: 'قرارداد صادرات گاز به شبه قاره هند ماه آينده به امضاي مقامهاي سه كشور  خواهد رسيد', note: 'planned signing next month' },
      { type: 'AGREE', cameo: '030', actor: ['IRN'], recipient: ['IND', 'PAK'], date: null, evidence: 'در خصوص فرمول تعيين قيمت گاز ايران به توافق دست يافته بودند', note: 'earlier agreement on the price formula' },
      { type: 'CONSULT', cameo: '046', actor: ['IND', 'PAK'], recipient: ['IRN'], date: '2007-05-27', evidence: 'دور جديد مذاكرات يكشنبه گذشته در تهران آغاز شده است', note: 'talks in Tehran from last Sunday' },
      { type: 'COERCE', cameo: '170', actor: ['USA'], recipient: ['IND', 'PAK'], date: null, evidence: 'هند و پاكستان براي لغو قرارداد گازي با ايران تحت فشارهاي شديد سياسي و اقتصادي واشنگتن قرار دارند', optional: true, note: 'ongoing US pressure: COERCE or REQUEST, or a description' },
    ],
    not_events: [{ evidence: 'در مصاحبه با خبرگزاري رويترز', note: 'an interview is not a CONSULT' }],
    dates: [{ text: 'يكشنبه گذشته', value: '2007-05-27', granularity: 'day' }, { text: 'ماه آينده', value: '2007-06-01', granularity: 'month', until: '2007-06-30' }],
  },
  {
    src: '3:214', // 2004-09-18 Saturday
    note: 'NAM coded IGONON (CAMEO: Non-Aligned); the three European countries (E3) EUR as in the development gold',
    events: [
      { type: 'REJECT', cameo: '120', actor: ['IGONON'], recipient: ['EUR'], date: '2004-09-18', evidence: 'كشورهاي غيرمتعهد با بندهاي 7 و 8 پيش‌نويس قطعنامه پيشنهادي سه كشور اروپايي كه با مشورت آمريكا تهيه شده است، مخالفند', note: 'the halted Board session (para 3) is part of the same opposition' },
      { type: 'CONSULT', mode: 'multilateral', cameo: '040', actor: ['IGONON'], recipient: ['IGONON'], date: '2004-09-18', evidence: 'كشورهاي غيرمتعهد بار ديگر اجلاسي را تشكيل داده', optional: true, note: 'an internal caucus of the NAM' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNGOV'], recipient: ['EUR'], date: '2004-09-18', evidence: 'آخرين پيش‌نويس قطعنامه تنظيم شده از سوي كشورهاي اروپايي درباره برنامه هسته‌اي ايران را سياسي خواند', note: 'Mousavian' },
      { type: 'REJECT', cameo: '120', actor: ['IRNGOV'], recipient: ['EUR'], date: '2004-09-18', evidence: 'ما مخالف بند 7 و 8 پيش‌نويس قطعنامه پيشنهادي هستيم' },
    ],
    not_events: [
      { evidence: 'به دليل عدم توافق درباره پيشنهادهاي كشورهاي عضو جنبش عدم تعهد', note: 'a failure to agree: no AGREE' },
      { evidence: 'گفته مي‌شود پس از به توافق نرسيدن', note: 'speculation about options' },
    ],
    dates: [{ text: 'امروز', value: '2004-09-18', granularity: 'day' }],
  },
  {
    src: '3:219', // 2009-11-06 Friday
    note: 'imposing sanctions coded SANCTION 163 (the 2021 table files 163 under COERCE); the bank branch IRNBUS',
    events: [
      { type: 'SANCTION', cameo: '160', actor: ['USAGOV'], recipient: ['IRNBUS'], date: '2009-11-05', evidence: 'مورد تحريم قرار گرفت', note: 'Treasury designates Bank Mellat\'s Labuan branch, yesterday' },
      { type: 'SANCTION', cameo: '160', actor: ['USAGOV'], recipient: ['IRNBUS'], date: null, evidence: 'در سال 2008 تحريم‌هايي را عليه سه بانك ايراني از جمله "ملت" اعمال كردند', note: '2008 (background)' },
    ],
    not_events: [
      { evidence: 'تحريم‌هاي آمريكا بر عملكرد اين شعبه (شعبه بانك ملت در مالزي) در لابوئان تأثيري نخواهد گذاشت', note: 'an assessment of effects, no act' },
    ],
    dates: [{ text: 'روز گذشته', value: '2009-11-05', granularity: 'day' }, { text: 'سال 2008', value: '2008-01-01', granularity: 'year', until: '2008-12-31' }],
  },
  {
    src: '3:223', // 2021-01-03 Sunday
    note: 'a Florida state legislator coded USALEG; Palm Beach (local government) USAGOV; a Democratic party official USAOPP',
    events: [
      { type: 'REQUEST', mode: 'change', cameo: '1042', actor: ['USALEG'], recipient: ['USAGOV'], date: '2021-01-03', evidence: 'درخواست کرد این مجتمع تفریحی را به خاطر عدم رعایت مقررات بهداشتی تعطیل کند', note: 'asks Palm Beach to fine and close Mar-a-Lago (quoted in para 2); day not stated' },
      { type: 'REQUEST', mode: 'change', cameo: '1041', actor: ['USAOPP'], recipient: ['USALEG'], date: '2021-01-03', evidence: 'نباید حق شرکت در جلسه مشترک کنگره در تاریخ ششم ژانویه را داشته باشند', optional: true, note: 'Dworkin: members who attended should be barred (a demand or a criticism)' },
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['BRAGOV'], recipient: ['USAGOV'], date: null, evidence: 'در این عمارت با ترامپ دیدار داشت', note: 'Bolsonaro at Mar-a-Lago, March 2020 (background)' },
      { type: 'SUPPORT', cameo: '051', actor: ['USAGOV'], recipient: ['USALEG'], date: null, evidence: 'پنس نیز از طرح گروهی از جمهوری‌خواهان تحت رهبری «تد کروز» برای مخالفت با رسمیت بخشیدن به پیروزی «جو بایدن» در نشست ششم ژانویه (هفدهم دی ماه) کنگره حمایت کرده است', note: 'Pence backs the Cruz group\'s plan' },
    ],
    not_events: [
      { evidence: 'در غیر این صورت جریمه شده و حتی تعطیل می‌شوند', note: 'conditional' },
    ],
    dates: [{ text: 'ششم ژانویه (هفدهم دی ماه)', value: '2021-01-06', granularity: 'day' }],
  },
  {
    src: '3:234', // 2017-09-17 Sunday
    note: 'the Houthi-aligned army and Ansarallah: [YEMMIL, YEMREB]; the militias of the Saudi-led coalition coded SAU (the coalition)',
    events: [
      { type: 'ASSAULT', cameo: '190', actor: ['YEMMIL', 'YEMREB'], recipient: ['SAU'], date: '2017-09-17', evidence: 'امروز یکشنبه عملیاتی منحصر به فرد علیه عناصر شبه نظامی ائتلاف سعودی در استان تعز انجام دادند', note: 'Taiz: three vehicles destroyed in the same operation (para 1)' },
      { type: 'ASSAULT', cameo: '190', actor: ['YEMMIL', 'YEMREB'], recipient: ['SAU'], date: '2017-09-17', evidence: 'خسارت های جانی و نظامی را به شبه نظامیان ائتلاف سعودی در جبهه ساحل غربی یمن متحمل کردند', optional: true, note: 'another front, same day' },
      { type: 'ASSAULT', mode: 'heavy-weapons', cameo: '194', actor: ['YEMMIL', 'YEMREB'], recipient: ['SAU'], date: '2017-09-17', evidence: 'محل تجمع مزدوران سعودی را در پشت تپه الحمراء واقع در شمال منطقه موزع بمباران کردند', note: 'shelling of a gathering point' },
      { type: 'ASSAULT', mode: 'aerial', cameo: '195', actor: ['SAUMIL'], recipient: ['YEMCVL'], date: '2017-09-16', evidence: 'جنگنده های سعودی نیز در جنایتی تازه شب گذشته منطقه حریب القرامیش استان مارب را بمباران کردند', note: '12 civilians killed, last night' },
    ],
    dates: [{ text: 'امروز یکشنبه', value: '2017-09-17', granularity: 'day' }, { text: 'شب گذشته', value: '2017-09-16', granularity: 'day' }],
  },
  {
    src: '3:243', // 2005-08-18 Thursday
    note: 'the Sulaymaniyah Asayish (PUK security) and the Penjwin governor coded IRQGOV/IRQCOP; Talabani was president (IRQGOV); the Iranian «ضد انقلاب» armed groups IRNREB',
    events: [
      { type: 'ASSAULT', mode: 'firearms', cameo: '193', actor: [], recipient: ['IRNCOP'], date: null, evidence: 'تيراندازي اخير از داخل خاك عراق به ماموران انتظامي ايران', note: 'this week; an Iranian policeman killed; shooters unknown' },
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['IRQCOP'], recipient: ['IRNGOV'], date: '2005-08-17', evidence: 'مسئول آسايش سليمانيه روز چهارشنبه براي پيگيري تيراندازي اخير از داخل خاك عراق به ماموران انتظامي ايران كه منجر به شهادت يك مامور انتظامي ‌گرديد در راس هياتي وارد مريوان شد' },
      { type: 'MOBILIZE', mode: 'troops', cameo: '154', actor: ['IRQGOV'], recipient: ['IRNREB'], date: null, evidence: 'طالباني همچنين دستور تقويت نيروهاي مرزي اتحاديه ميهني براي جلوگيري از نفوذ عناصر ضد انقلاب ايراني به داخل خاك ايران را صادر كرده است' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['IRQCOP'], recipient: [], date: null, evidence: 'چند نفر در ارتباط با اين تيراندازي كه هفته جاري صورت گرفت در عراق دستگير شده اند', note: 'the arrests are stated by the PUK security official (his own service); suspects unnamed' },
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['IRQGOV'], recipient: ['IRNGOV'], date: '2005-08-16', evidence: 'فرماندار پنجوين عراق نيز در راس هياتي براي پيگيري مساله تيراندازي وارد مريوان شد' },
      { type: 'CONCEDE', cameo: '018', actor: ['IRQGOV'], recipient: ['IRN'], date: '2005-08-16', evidence: 'از اين واقعه ابراز تاسف كرد' },
    ],
    not_events: [{ evidence: 'در گفت و گو با خبرنگار خبرگزاري فارس', note: 'an interview' }],
    dates: [{ text: 'روز پنج‌شنبه', value: '2005-08-18', granularity: 'day' }, { text: 'روز چهارشنبه', value: '2005-08-17', granularity: 'day' }, { text: 'روز سه‌شنبه هفته جاري', value: '2005-08-16', granularity: 'day' }],
  },
  {
    src: '3:248', // 2004-07-16 Friday
    events: [
      { type: 'REJECT', mode: 'yield', cameo: '124', actor: ['PRKGOV'], recipient: ['USA'], date: '2004-07-15', evidence: 'كره شمالي درخواست آمريكا براي برچيدن برنامه هسته‌اي و مهر و موم كردن كليه تاسيسات هسته‌اي خود را رد مي‌كند', note: 'foreign ministry spokesman, yesterday' },
      { type: 'REQUEST', mode: 'yield', cameo: '105', actor: ['USA'], recipient: ['PRK'], date: null, evidence: 'از كره شمالي خواست در مدت 3 ماه نسبت به برچيدن برنامه‌هاي هسته‌اي و مهر و موم كردن كليه تاسيسات هسته‌اي خود اقدام كند', note: 'at the six-party talks last month' },
      { type: 'CONSULT', mode: 'multilateral', cameo: '040', actor: ['USA'], recipient: ['PRK'], date: null, evidence: 'در مذاكرات شش جانبه برنامه هسته‌اي كره شمالي كه در ماه گذشته ميلادي در پكن برگزار شد', optional: true, note: 'six-party talks in Beijing; only the US and North Korea are named' },
      { type: 'REJECT', mode: 'meet', cameo: '127', actor: ['PRK'], recipient: ['USA'], date: null, evidence: 'كره شمالي طرح ‌آمريكا را غيرواقع‌ بينانه توصيف كرده است', optional: true, note: 'earlier dismissal of the US plan; may be the same rejection as today\'s' },
      { type: 'REQUEST', mode: 'change', cameo: '1042', actor: ['PRK'], recipient: ['USA'], date: null, evidence: 'آمريكا ابتدا بايد از سياست خصمانه نسبت به كره شمالي دست بكشد' },
      { type: 'CONSULT', mode: 'third-party', cameo: '044', actor: ['USAGOV'], recipient: ['PRKGOV'], date: null, evidence: 'در اندونزي در حاشيه ديدار با وزير امور خارجه كره شمالي', note: 'Powell meets the North Korean foreign minister in Indonesia, some time ago' },
    ],
    not_events: [
      { evidence: 'چنانچه دكترين خلع سلاح هسته‌اي در شبه جزيره كره زمينه تحقق يابد', note: 'conditional rejoining of the NPT' },
    ],
    dates: [{ text: 'روز گذشته', value: '2004-07-15', granularity: 'day' }, { text: 'ماه گذشته ميلادي', value: '2004-06-01', granularity: 'month', until: '2004-06-30' }],
  },
  {
    src: '3:249', // 2004-10-07 Thursday
    note: 'Vanunu (former nuclear technician, released) coded ISRCVL',
    events: [
      { type: 'REQUEST', mode: 'change', cameo: '1042', actor: ['ISRCVL'], recipient: ['ISR'], date: '2004-10-07', evidence: 'وانونو همچنين از اسرائيل خواست برنامه هسته‌ايش را كه هرگز حاضر به افشاي آن نشده، برچيند', note: 'Swedish radio interview; day not stated' },
      { type: 'ACCUSE', mode: 'allege', cameo: '1123', actor: ['ISRCVL'], recipient: ['ISR'], date: '2004-10-07', evidence: 'اسرائيل، همان رژيمي است كه تجاوز كرده و سرزمينهاي اعراب را تصرف كرد' },
      { type: 'COERCE', mode: 'restrict', cameo: '1721', actor: ['ISRGOV'], recipient: ['ISRCVL'], date: null, evidence: 'مصاحبه وي با رسانه‌هاي خارجي از زمان آزاديش ممنوع است', note: 'standing ban on speaking to foreign media' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['ISRGOV'], recipient: ['ISRCVL'], date: null, evidence: '18 سال در زندان رژيم صهيونيستي به سر مي‌برد', optional: true, note: 'his 18-year imprisonment (background, in a relative clause)' },
    ],
    not_events: [
      { evidence: 'ما مي‌توانيم به اسرائيل بگوييم اگر شما ايران را سرزنش مي‌كنيد', note: 'hypothetical' },
      { evidence: 'در حال رايزني براي اعمال فشار بيشتر بر تهران است', note: 'a general description of lobbying, no specific act' },
      { evidence: 'در گفت‌وگو با راديو دولتي سوئد گفت', note: 'an interview' },
    ],
  },
  {
    src: '3:254', // 2020-02-22 Saturday
    events: [
      { type: 'REQUEST', cameo: '100', actor: ['IRNGOV'], recipient: ['IRNGOV'], date: null, evidence: 'از مدیرکل دفتر صادرات گمرک خواسته است', optional: true, note: 'an internal request between two customs offices' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: [], recipient: ['IRQGOV'], date: null, evidence: 'تعدادی از مسئولان در این استان دستگیر شدند', note: 'officials (including customs) arrested in Wasit; arresting authority not stated' },
      { type: 'CONSULT', cameo: '046', actor: ['IRNGOV'], recipient: ['IRQGOV'], date: null, evidence: 'مذاکراتی هم توسط بخش خصوصی، مقامات استانی و اداره کل گمرک ایلام و تجار طرفین صورت گرفته', note: 'Ilam customs and provincial officials negotiate with the Iraqi side' },
      { type: 'CONSULT', cameo: '046', actor: ['IRNBUS'], recipient: ['IRQGOV'], date: '2020-02-22', evidence: 'برخی تجار و تشکل‌های صنفی در حال مذاکره با معاون استانداری استان واسط هستند', optional: true, note: 'traders (nationality not clear) negotiating with Wasit\'s deputy governor' },
    ],
    not_events: [
      { evidence: 'این موضوع هیچ ارتباطی به کرونا ندارد', note: 'denial' },
      { evidence: 'پیش‌بینی می‌شود این مشکل طی یکی - دو روز آینده برطرف شود', note: 'prediction' },
    ],
    dates: [{ text: 'دوشنبه گذشته', value: '2020-02-17', granularity: 'day' }],
  },
  {
    src: '3:265', // 2012-10-07 Sunday
    note: 'an announced protest rally two days ahead',
    events: [
      { type: 'PROTEST', mode: 'demo', cameo: '141', actor: ['IRNCVL'], recipient: [], date: '2012-10-09', evidence: 'در اعتراض به فیلم موهن علیه پیامبر اعظم (ص)، تجمع اعتراض‌آمیزی در میدان نماز، مقبرة‌الشهدا برگزار می‌کنند', optional: true, note: 'future: the rally has not yet taken place (Tuesday 18 Mehr); the film\'s makers are not named' },
    ],
    dates: [{ text: 'روز سه‌شنبه 18 ماه سال جاری', value: '2012-10-09', granularity: 'day' }],
  },
  {
    src: '3:275', // 2004-06-19 Saturday
    events: [
      { type: 'COOPERATE', cameo: '061', actor: ['KAZ'], recipient: ['IRN'], date: null, evidence: 'قزاقستان در حال حاضر تحت برنامه سواپ، نفت به ايران مي‌دهد و نفت سبك ايران را از خليج فارس تحويل مي‌گيرد', note: 'the oil swap (ongoing)' },
      { type: 'AGREE', cameo: '0311', actor: ['KAZBUS'], recipient: ['IRN'], date: null, evidence: 'شركت ملي نفت و گاز قزاقستان در نظر دارد در سال 2004 ميلادي دو ميليون تن نفت به ايران منتقل كند' },
      { type: 'AGREE', cameo: '0311', actor: ['KAZBUS'], recipient: ['IRN'], date: null, evidence: 'شركت پترو قزاقستان نيز در پي انتقال يك ميليون تن نفت خام به ايران در سال 2004 است', optional: true, note: 'a second company\'s plan' },
    ],
    dates: [{ text: 'در سال 2003 ميلادي', value: '2003-01-01', granularity: 'year', until: '2003-12-31' }],
  },
  {
    src: '3:286', // 2005-01-13 Thursday
    note: 'no events: a lecture; the negotiator\'s belief about what the Europeans said is hearsay, the rest general description',
    events: [],
    not_events: [
      { evidence: 'يكي از اعضاي هيات مذاكره كننده هسته‌اي ايران معتقد بود', note: 'a belief about behind-the-scenes remarks' },
      { evidence: 'مخالفت كشورهاي اروپايي با حجاب نيز در همين راستا است', note: 'general description' },
    ],
  },
  {
    src: '3:291', // 2004-08-29 Sunday
    events: [
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['VENGOV'], recipient: ['IRNGOV'], date: '2004-08-29', evidence: 'سيد محمد خاتمي در اين ديدار', note: 'Venezuelan FM Jesús Pérez received by Khatami in Tehran (para 4: the Venezuelan officials\' trip to Iran)' },
      { type: 'SUPPORT', cameo: '051', actor: ['IRNGOV'], recipient: ['VENGOV'], date: '2004-08-29', evidence: 'نقش آقاي چاوز در اين زمينه غيرقابل انكار است', note: 'praise for Chávez and the referendum (paras 0-2)' },
      { type: 'AGREE', cameo: '0311', actor: ['IRNGOV'], recipient: ['VEN'], date: '2004-08-29', evidence: 'برعملي شدن توافق‌هاي صورت گرفته بويژه در زمينه تراكتورسازي، ساخت سيلو و توليد سيمان تاكيد كرد' },
      { type: 'SUPPORT', cameo: '051', actor: ['VENGOV'], recipient: ['IRNGOV'], date: '2004-08-29', evidence: 'با ابلاغ سلام گرم آقاي چاوز رئيس جمهور كشورش به محمد خاتمي', optional: true, note: 'conveyed greetings' },
      { type: 'AGREE', cameo: '030', actor: ['VENGOV'], recipient: ['IRN'], date: '2004-08-29', evidence: 'اراده راسخ ونزوئلا براي تحكيم و تعميق روابط با جمهوري اسلامي ايران' },
      { type: 'AGREE', cameo: '030', actor: ['VENGOV'], recipient: ['IRN'], date: '2004-08-29', evidence: 'علاقمندي كشورش براي همكاري هاي بين المللي با ايران نظير گروه پانزده را خاطر نشان ساخت', optional: true, note: 'a second intent (G15), or the same' },
    ],
    not_events: [
      { evidence: 'اظهار اميدواري كرد آقاي چاوز با اين پيروزي تلاش بيشتري براي خدمت به ملت خود بكار بندد', note: 'a hope' },
    ],
  },
  {
    src: '3:299', // 2004-01-27 Tuesday
    note: 'the 2004 Majlis sit-in (17th day); the target of the sit-in (the Guardian Council) is not named in the paragraphs; Salavati (former MP, nationalist-religious) IRNOPP, Montazeri IRNREL, professors and students IRNEDU',
    events: [
      { type: 'PROTEST', mode: 'demo', cameo: '141', actor: ['IRNLEG'], recipient: [], date: '2004-01-27', evidence: 'هفدهمين روز تحصن', optional: true, note: 'the ongoing sit-in of MPs' },
      { type: 'SUPPORT', cameo: '051', actor: ['IRNOPP'], recipient: ['IRNLEG'], date: '2004-01-27', evidence: 'در جمع متحصنين در مجلس حضور پيدا كرد و ضمن اعلام حمايت از آنان گفت' },
      { type: 'SUPPORT', cameo: '051', actor: ['IRNREL'], recipient: ['IRNLEG'], date: '2004-01-27', evidence: 'آقاي منتظري نيز در پيامي به شما چنين حركتي را قابل تقدير مي داند' },
      { type: 'SUPPORT', cameo: '051', actor: ['IRNGOV'], recipient: ['IRNLEG'], date: null, evidence: 'معاونين وزارت نفت و معاونين استانداري چهارمحال بختياري از متحصنين حمايت كرده‌اند' },
      { type: 'PROTEST', mode: 'demo', cameo: '141', actor: ['IRNEDU'], recipient: [], date: '2004-01-27', evidence: 'تحصن 24 ساعته در حمايت از تحصن نمايندگان از امروز آغاز مي شود' },
      { type: 'PROTEST', mode: 'hunger', cameo: '142', actor: ['IRNEDU'], recipient: [], date: '2004-01-26', evidence: 'ديروز چندين نفر از اساتيد و دانشجويان روزه سياسي داشتند' },
      { type: 'SUPPORT', cameo: '051', actor: ['IRNCVL'], recipient: ['IRNLEG'], date: '2004-01-27', evidence: 'نامه‌اي را در حمايت از آنها خواند', optional: true },
    ],
    dates: [{ text: 'امروز', value: '2004-01-27', granularity: 'day' }, { text: 'ديروز', value: '2004-01-26', granularity: 'day' }],
  },
  {
    src: '2:159', // 2020-04-13 Monday
    note: 'a consular notice: the repatriation flight is an intent of the embassy towards its own citizens',
    events: [
      { type: 'REQUEST', cameo: '100', actor: ['IRNGOV'], recipient: ['IRNCVL'], date: '2020-04-13', evidence: 'این سفارتخانه از همه دانشجویان و هموطنانی که قصد بازگشت به کشور را دارند درخواست کرده', optional: true, note: 'asks citizens to register' },
    ],
    not_events: [
      { evidence: 'زمان دقیق پرواز بعد از اخذ اطلاعات اولیه و هماهنگی‌های بعدی به اطلاع خواهد رسید', note: 'a future announcement' },
    ],
  },
  {
    src: '2:160', // 2003-07-24 Thursday
    events: [
      { type: 'ACCUSE', mode: 'investigate', cameo: '091', actor: ['IRNJUD'], recipient: [], date: '2003-07-24', evidence: 'رسيدگي به پرونده «مرگ مشكوك» زهرا كاظمي به دادسراي امور جنايي تهران محول شد', note: 'criminal investigation of Kazemi\'s death; no suspect named; the preliminary investigation (para 2) is the same act' },
      { type: 'REQUEST', cameo: '100', actor: ['IRNGOV'], recipient: ['IRNJUD'], date: null, evidence: 'درخواست وزير محترم اطلاعات از رياست قوه قضائيه مبني بر رسيدگي به پرونده', note: 'the intelligence minister\'s request (earlier)' },
    ],
    not_events: [
      { evidence: 'عصر امروز از محل بازجويي و نگهداري خانم زهرا كاظمي در زندان اوين بازديد نموده است', note: 'an inspection of a place, not a CONSULT' },
    ],
    dates: [{ text: 'عصر امروز', value: '2003-07-24', granularity: 'day' }],
  },
  {
    src: '2:164', // 2011-03-14 Monday
    note: 'a criminal case: the victims are physicians (IRNMED), the accused IRNCVL',
    events: [
      { type: 'ASSAULT', mode: 'firearms', cameo: '193', actor: [], recipient: ['IRNMED'], date: '2010-09-22', evidence: 'با شليك 2 گلوله موتورسواران ناشناس هدف قرار گرفت', note: 'Dr Sarabi shot by unknown motorcyclists, 31 Shahrivar' },
      { type: 'ASSAULT', cameo: '180', actor: [], recipient: ['IRNMED'], date: null, evidence: 'قتل عبدالرضا سودبخش (پزشك متخصص عفوني)', note: 'the killing of Dr Soudbakhsh a day earlier (background)' },
      { type: 'THREATEN', cameo: '130', actor: ['IRNCVL'], recipient: ['IRNMED'], date: null, evidence: 'از سوي خانواده يكي از بيماران فوت شده‌اش مورد تهديد قرار گرفته است', optional: true, note: 'as the victim had told the police' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['IRNCOP'], recipient: ['IRNCVL'], date: null, evidence: 'متهم اصلي را دستگيركرده', note: 'detectives arrest the main suspect in Kermanshah' },
      { type: 'ACCUSE', mode: 'allege', cameo: '1121', actor: ['IRNJUD'], recipient: ['IRNCVL'], date: null, evidence: 'با صدور قرار مجرميت براي متهمان', note: 'indictment in Dey (both accused in one act)' },
    ],
    not_events: [
      { evidence: 'صبح فردا، جلسه علني رسيدگي به اين پرونده، برگزار مي‌شود', note: 'a scheduled trial session (future)' },
    ],
    dates: [
      { text: 'شامگاه 31 شهريور امسال', value: '2010-09-22', granularity: 'day' },
      { text: 'بعدازظهر جمعه (2 مهر)', value: '2010-09-24', granularity: 'day' },
      { text: 'صبح فردا', value: '2011-03-15', granularity: 'day' },
    ],
  },
  {
    src: '2:176', // 2004-03-14 Sunday
    note: 'UNHCR coded IGOUNOHCR',
    events: [
      { type: 'CONSULT', cameo: '046', actor: ['IRNGOV'], recipient: ['IGOUNO', 'AFG'], date: null, evidence: 'مذاكرات ايران، سازمان ملل و طرفهاي افغانستاني براي ايجاد جاذبه‌هايي در جهت بازگشت مهاجرين افغان', note: 'the tripartite talks on refugee return (background)' },
      { type: 'REQUEST', mode: 'assist', cameo: '103', actor: ['IRNGOV'], recipient: ['AFGGOV', 'IGOUNOHCR'], date: '2004-03-14', evidence: 'دولت افغانستان و كميسارياي عالي سازمان ملل بايد براي كساني كه از ايران بر مي‌گردند اولويتها و جاذبه‌هايي را تعيين كنند', note: 'interior minister Mousavi-Lari' },
    ],
  },
  {
    src: '2:184', // 2004-03-27 Saturday
    events: [
      { type: 'REQUEST', mode: 'assist', cameo: '1031', actor: ['KWT'], recipient: ['IRQ'], date: null, evidence: 'كويت خواهان بيش از 170 ميليارد دلار غرامت از عراق است', optional: true, note: 'the standing compensation claim; the January insistence below may be the same act' },
      { type: 'AGREE', cameo: '036', actor: ['KWTGOV'], recipient: ['IRQ'], date: null, evidence: 'آماده اند درباره كاهش بدهي عراق به كويت كه حدود 16 ميليارد دلار بر آورد مي شود گفت و گو كنند', note: 'January' },
      { type: 'REQUEST', mode: 'assist', cameo: '1031', actor: ['KWTGOV'], recipient: ['IRQ'], date: null, evidence: 'تاكيد كردند كه بغداد غرامت هاي جنگي را پرداخت كند' },
    ],
    dates: [{ text: 'امروز', value: '2004-03-27', granularity: 'day' }, { text: 'ماه ژانويه', value: '2004-01-01', granularity: 'month', until: '2004-01-31' }],
  },
  {
    src: '2:208', // 2017-11-11 Saturday
    note: 'MP Shoushtari (IRNLEG) in an interview; the Kurdistan Region coded IRQ',
    events: [
      { type: 'ASSAULT', cameo: '190', actor: [], recipient: ['IRNMIL'], date: null, evidence: 'شهادت مرزبانان غیور جمهوری اسلامی ایران در مرز چالدران و نبرد با تروریست‌ها', note: 'border guards killed in a fight with unnamed terrorists (recent months)' },
      { type: 'REQUEST', cameo: '100', actor: ['IRNLEG'], recipient: ['TUR', 'IRQ'], date: '2017-11-11', evidence: 'کشورهای منطقه به‌ویژه ترکیه و اقلیم کردستان عراق با درک مسؤولیت و عمل به تعهداتشان امنیت پایدار را برای منطقه فراهم کنند' },
    ],
    not_events: [
      { evidence: 'در گفت‌وگو با خبرنگار فارس در قوچان اظهار داشت', note: 'an interview' },
      { evidence: 'بازدیدهای میدانی و محلی از مرزها نیز در دستور کار قرار دارد', note: 'inspection of places, general' },
    ],
  },
  {
    src: '2:209', // 2007-05-31 Thursday
    note: 'interior minister Pourmohammadi; «کشورهای اسلامی» has no code (recipient [])',
    events: [
      { type: 'CONSULT', mode: 'multilateral', cameo: '043', actor: ['IRN'], recipient: [], date: '2007-05-31', evidence: 'همايش دادستانهاي پايتخت كشورهاي اسلامي', optional: true, note: 'a conference of prosecutors of Islamic capitals, apparently in Tehran' },
      { type: 'REQUEST', mode: 'assist', cameo: '1013', actor: ['IRNGOV'], recipient: [], date: '2007-05-31', evidence: 'ضرورت تشكيل سازمان مشترك قضايي اسلامي را مورد تاكيد قرار مي‌دهد', note: 'calls for a joint Islamic judicial organisation (para 1 lists more proposals)' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['IRNGOV'], recipient: ['WST'], date: '2007-05-31', evidence: 'حاصل تلاش جهان سطله در خارج از اين كشور دانست', optional: true, note: '«جهان سلطه» (the hegemonic powers) read as WST' },
    ],
    dates: [{ text: 'صبح امروز', value: '2007-05-31', granularity: 'day' }],
  },
  {
    src: '2:211', // 2009-01-14 Wednesday
    note: 'the librarians IRNCVL; Vaezi, head of the public libraries institution, IRNGOV',
    events: [
      { type: 'PROTEST', mode: 'demo', cameo: '141', actor: ['IRNCVL'], recipient: ['ISR'], date: '2009-01-14', evidence: 'اين تجمع صبح امروز در ميدان فلسطين برگزار شد', note: 'rally against Israel\'s attacks on Gaza; the slogans are part of it' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNCVL'], recipient: ['EGYGOV', 'JORGOV'], date: '2009-01-14', evidence: '«حسني نامبارك، مرگت باد! مرگت باد!» و «عبدالله اردني، ننگت باد! ننگت باد!»', optional: true, note: 'slogans against Mubarak and King Abdullah' },
      { type: 'ASSAULT', cameo: '190', actor: ['ISR'], recipient: ['PSE'], date: null, evidence: 'حملات اسرائيل به شهر غزه', note: 'the Gaza war (background)' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNCVL'], recipient: ['ISR'], date: '2009-01-14', evidence: 'محكوميت حملات اسرائيل', note: 'poems condemning the attacks' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNGOV'], recipient: ['ISRGOV'], date: '2009-01-14', evidence: 'دولت اسرائيل با تمام ويژگي‌هايش نظير نژادپرستي و خشونت‌پرستي', note: 'Vaezi' },
      { type: 'SUPPORT', cameo: '051', actor: ['IRNCVL'], recipient: ['PSE'], date: '2009-01-14', evidence: 'آمادگي كامل خود را براي دفاع از آرمان‌هاي ملت مظلوم غزه اعلام مي‌كنيم', optional: true },
      { type: 'REQUEST', mode: 'yield', cameo: '1056', actor: ['IRNCVL'], recipient: ['ISR'], date: '2009-01-14', evidence: 'خواهان قطع فوري حملات اسرائيل و كشتار كودكان و زنان بي‌دفاع و مظلوم غزه هستند' },
      { type: 'REQUEST', cameo: '100', actor: ['IRNCVL'], recipient: ['ISR'], date: '2009-01-14', evidence: 'بر محاكمه بي‌قيد و شرط عاملان جنايتكار رژيم اسرائيل در دادگاه‌هاي صالح و جنايي جهان تأكيد كردند', optional: true, note: 'demand that Israeli perpetrators be tried; the addressee is unnamed' },
    ],
    not_events: [
      { evidence: 'پيروزي مردم غزه نزديك است', note: 'prediction' },
      { evidence: 'اگر صرفاً از منظر فطرت‌ ظلم‌ستيزي انسان بنگريم', note: 'hypothetical' },
    ],
    dates: [{ text: 'صبح امروز', value: '2009-01-14', granularity: 'day' }],
  },
  {
    src: '2:214', // 2004-09-18 Saturday
    events: [
      { type: 'AGREE', cameo: '030', actor: ['KORGOV'], recipient: ['IGOUNOIAE'], date: '2004-09-18', evidence: 'دولت صادقانه به توافقات بين‌المللي كه ما در آن عضويت داريم از جمله توافق پادمان و معاهده الحاقي، تمكين خواهد كرد', note: 'unification minister Chung; the diplomatic efforts of para 0 are the same intent' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IGOUNOIAE'], recipient: ['KOR'], date: null, evidence: 'نگراني عميق خود را همچون "محمد البرادعي" مدير كل اين آژانس نسبت به فعاليت‌هاي هسته‌اي كره جنوبي اعلام كرد', note: 'Board members and ElBaradei voice concern (before today)' },
    ],
    not_events: [
      { evidence: 'دولت قصدي براي توسعه يا برخورداري از سلاح‌هاي هسته‌اي ندارد', note: 'negated intent' },
      { evidence: 'در جمع خبرنگاران اعلام كرد', note: 'a press statement, not a CONSULT' },
    ],
    dates: [{ text: 'امروز', value: '2004-09-18', granularity: 'day' }, { text: 'سال 2000', value: '2000-01-01', granularity: 'year', until: '2000-12-31' }, { text: 'سال 1982', value: '1982-01-01', granularity: 'year', until: '1982-12-31' }],
  },
  {
    src: '2:220', // 2007-08-11 Saturday
    events: [
      { type: 'ACCUSE', mode: 'allege', cameo: '1123', actor: ['USAGOV'], recipient: ['IRN'], date: '2007-08-09', evidence: 'ايران را به دخالت در امور داخلي عراق متهم كرد', note: 'Bush, Thursday: Iran sends weapons to Iraq' },
      { type: 'THREATEN', cameo: '130', actor: ['USAGOV'], recipient: ['IRN'], date: '2007-08-09', evidence: 'وقتي ما كشف كنيم شما نقش غير سازنده ايفا مي‌كنيد، بهايي دارد كه بايد آن را بپردازيد', note: 'conditional threat; «تهديد بوش» in para 3 is the same' },
      { type: 'CONSULT', mode: 'third-party', cameo: '044', actor: ['USAGOV'], recipient: ['IRNGOV'], date: null, evidence: 'از رايان كراكر سفير آمريكا در عراق بخواهم كه با طرف ايراني ديدار كند', note: 'Crocker\'s earlier meetings with the Iranian side in Baghdad' },
      { type: 'REQUEST', cameo: '100', actor: ['USALEG'], recipient: ['USAGOV'], date: null, evidence: 'بوش قبل از هرگونه اقدام نظامي عليه ايران بايد مجوز كنگره را در اين باره دريافت دارد', optional: true, note: 'Congress\'s consensus that Bush needs its authorisation' },
      { type: 'ACCUSE', mode: 'allege', cameo: '1123', actor: ['USAGOV'], recipient: ['IRN'], date: null, evidence: 'مقامات آمريكايي مدعي هستند ايران در آنها شيعيان عراق را آموزش مي‌دهد', optional: true, note: 'a standing claim of US officials' },
    ],
    not_events: [
      { evidence: 'شك دارم رئيس جمهور بدون اين كه به كنگره مراجعه كند و مجوز اين امر را بگيرد، دست به اين كار [اقدام نظامي] بزند', note: 'speculation' },
      { evidence: 'اهداف احتمالي حمله هوايي آمريكا', note: 'a hypothetical air strike' },
    ],
    dates: [{ text: 'روز پنجشنبه', value: '2007-08-09', granularity: 'day' }, { text: 'روز گذشته', value: '2007-08-10', granularity: 'day' }],
  },
  {
    src: '2:222', // 2011-11-09 Wednesday
    note: 'Siamak Bagheri, a commentator without office, coded IRNCVL',
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNCVL'], recipient: ['IGOUNOIAE'], date: '2011-11-09', evidence: 'این گزارش سیاسی‌ترین گزارشی است که تاکنون درباره برنامه هسته‌ای ایران ارائه شده است', note: 'criticises Amano\'s report (paras 1-4 continue the same criticism)' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['RUS'], recipient: ['IGOUNOIAE'], date: null, evidence: 'انتقاداتی به این گزارش داشتند، همچون روسیه و چین', note: 'Russia and China each criticised the report: one event each' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['CHN'], recipient: ['IGOUNOIAE'], date: null, evidence: 'انتقاداتی به این گزارش داشتند، همچون روسیه و چین' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['IGOUNOIAE'], recipient: ['IRN'], date: null, evidence: 'گزارش جدید آمانو', optional: true, note: 'the report\'s content is not stated, only judged' },
    ],
    not_events: [{ evidence: 'در گفت‌وگو با خبرنگار سیاست خارجی خبرگزاری فارس', note: 'an interview' }],
  },
  {
    src: '2:231', // 2013-05-25 Saturday
    note: 'the warring sides in Tripoli are not named: empty actor and recipient lists',
    events: [
      { type: 'ASSAULT', cameo: '190', actor: [], recipient: [], date: '2013-05-25', evidence: 'درگیری‌ها در طرابلس از دیشب و صبح امروز در تمامی محورهای محل درگیری ادامه پیدا کرده', note: 'rockets, mortars and medium weapons; two killed' },
      { type: 'ASSAULT', mode: 'firearms', cameo: '193', actor: ['LBNMIL'], recipient: [], date: '2013-05-25', evidence: 'به سوی مناطقی که از آنها گلوله شلیک می‌شود، تیراندازی می‌کند', note: 'the army fires back at the sources of fire' },
    ],
    dates: [{ text: 'صبح امروز', value: '2013-05-25', granularity: 'day' }, { text: 'دیشب', value: '2013-05-24', granularity: 'day' }],
  },
  {
    src: '2:240', // 2008-03-16 Sunday
    note: 'Islamic Jihad coded PSEREB',
    events: [
      { type: 'ACCUSE', mode: 'allege', cameo: '1123', actor: ['PSEREB'], recipient: ['ISR'], date: '2008-03-16', evidence: 'دشمن صهيونيستي همچنان به سياست‌هاي خصمانه خود و هولوكاستي كه مردم فلسطين را به آن وعده داده ادامه مي‌دهد', note: 'spokesman Dawood Shihab on al-Alam; «اسرائيل مسئول اين تجاوزات» (para 1) is the same accusation' },
      { type: 'REJECT', mode: 'meet', cameo: '127', actor: ['PSEREB'], recipient: ['ISR'], date: '2008-03-16', evidence: 'هيچ‌گاه نمي‌توانند آتش‌بس را با خواست و شرايط دشمن صهيونيستي بپذيرند', note: 'a refusal is an act, despite the negative verb (para 5 restates it)' },
      { type: 'REQUEST', mode: 'yield', cameo: '1056', actor: ['PSEREB'], recipient: ['ISR'], date: null, evidence: 'آتش‌بس با صهيونيستها بايد هم‌زمان، متقابل و فراگير باشد', optional: true, note: 'the standing condition, «قبلاً هم گفته‌ايم»' },
    ],
    not_events: [{ evidence: 'در گفتگو با شبكه خبري العالم', note: 'an interview' }],
  },
  {
    src: '2:246', // 2011-09-03 Saturday
    note: 'al-Ashaal (former deputy FM, would-be presidential candidate) and Amr Moussa (candidate) both coded EGYOPP',
    events: [
      { type: 'ACCUSE', mode: 'allege', cameo: '1125', actor: ['EGYOPP'], recipient: ['EGYOPP'], date: '2011-09-03', evidence: 'این موساد بود که عمرو موسی را برای سمت وزیری خارجه مصر برگزید', note: 'his «حمله تبلیغاتی» against Moussa' },
      { type: 'REQUEST', cameo: '100', actor: ['EGYOPP'], recipient: ['EGYOPP'], date: '2011-09-03', evidence: 'از موسی خواست به سوال نوری المالکی، نخست وزیر عراق درباره گرفتن 10 میلیون جینه رشوه پاسخ گوید' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['EGYOPP'], recipient: ['EGYOPP'], date: '2011-09-03', evidence: 'ادعا کرد که موسی موجب تاسیس پایگاه‌های نظامی زمینی ناتو در لیبی شد', optional: true, note: 'a further allegation in the same campaign' },
    ],
  },
  {
    src: '2:247', // 2020-08-06 Thursday
    note: 'the Qeshm Basij (IRGC) coded IRNMIL; domestic charity',
    events: [
      { type: 'AID', cameo: '073', actor: ['IRNMIL'], recipient: ['IRNCVL'], date: '2020-08-06', evidence: '۵۰۰ بسته غذایی بین نیازمندان محلات و روستاهای شناسایی شده در این شهرستان توزیع شد', note: 'third stage of the «مواسات» drive; the 30,000 packages so far are the campaign total' },
      { type: 'REQUEST', cameo: '100', actor: ['IRNMIL'], recipient: ['IRNGOV'], date: '2020-08-06', evidence: 'مسئولان و خیران این شهرستان باید به فکر جبران ضررهای اقتصادی خانوارهای بی‌بضاعت', optional: true },
      { type: 'AGREE', cameo: '0333', actor: ['IRNMIL'], recipient: ['IRNCVL'], date: null, evidence: 'طرح بزرگ اطعام علوی را با پخت ۱۰ هزار پرس غذای گرم اجرا خواهیم کرد', optional: true, note: 'planned for Eid al-Ghadir' },
    ],
    not_events: [{ evidence: 'در جمع خبرنگاران اظهار داشت', note: 'a press statement' }],
    dates: [{ text: 'ظهر امروز', value: '2020-08-06', granularity: 'day' }],
  },
  {
    src: '2:257', // 2008-08-08 Friday
    events: [
      { type: 'AGREE', cameo: '036', actor: ['IRQLEG'], recipient: ['IRQLEG'], date: '2008-08-08', evidence: 'از تشكيل كميته‌اي براي گفتگو با هدف دستيابي به ساختاري توافقي درخصوص قانون انتخابات شوراهاي استان خبر داد', optional: true, note: 'a committee of all blocs will continue talks under UN supervision: an internal intent' },
      { type: 'REJECT', mode: 'yield', cameo: '129', actor: ['IRQGOV'], recipient: ['IRQLEG'], date: null, evidence: 'اين قانون را براي بررسي بيشتر و ايجاد تغييرات در برخي از بندهاي آن به مجلس ارجاع داد', note: 'Talabani and a deputy send the law back (veto)' },
      { type: 'REJECT', cameo: '120', actor: ['IRQLEG'], recipient: ['IRQLEG'], date: null, evidence: 'با مخالفت گسترده نمايندگان كرد روبرو شد', note: 'Kurdish MPs oppose the law' },
      { type: 'REQUEST', cameo: '100', actor: ['IRQ'], recipient: ['IRQGOV'], date: null, evidence: 'كردها خواستار الحاق كركوك به منطقه خودمختار كردستان عراق هستند', optional: true, note: 'a standing position of «the Kurds», no specific actor' },
      { type: 'AGREE', cameo: '037', actor: ['IGOUNO'], recipient: ['IRQ'], date: null, evidence: 'سازمان ملل متحد درباره مساله كركوك طرحي 4گزينه‌اي را پيشنهاد كرده', optional: true, note: 'a UN settlement proposal' },
    ],
    not_events: [
      { evidence: 'امكان برگزاري جلسه فوق‌العاده مجلس پيش از تاريخ تعيين شده در ماه سپتامبر در صورت دستيابي گروههاي سياسي به توافق وجود دارد', note: 'conditional' },
      { evidence: 'برگزاري انتخابات در سال جاري ميلادي دشوار خواهد بود', note: 'assessment' },
    ],
    dates: [{ text: 'روز چهارشنبه', value: '2008-08-06', granularity: 'day' }, { text: 'نهم ماه سپتامبر', value: '2008-09-09', granularity: 'day' }, { text: 'روز 23جولاي گذشته', value: '2008-07-23', granularity: 'day' }],
  },
  {
    src: '2:279', // 2014-03-28 Friday
    note: '«در دوشنبه» is the city Dushanbe; the four-leader meeting in Kabul is one act naming four parties: the first named as actor, the others as recipients',
    events: [
      { type: 'CONSULT', mode: 'multilateral', cameo: '040', actor: ['IRNGOV'], recipient: ['AFGGOV', 'TJKGOV', 'PAKGOV'], date: null, evidence: 'حسن روحانی، حامد کرزی، امامعلی رحمان و ممنون حسین با استفاده از فرصت مناسبی که در کابل  داشتند با هم دیدار', note: 'at the Nowruz celebration in Kabul; the three- and four-way sessions (paras 2, 7, 8) are the same meetings; no day in the text' },
      { type: 'AGREE', cameo: '030', actor: ['IRNGOV'], recipient: ['AFGGOV', 'TJKGOV', 'PAKGOV'], date: null, evidence: 'ما پایه‌گزار یک اتحاد جامع منطقه‌ای باشیم', optional: true, note: 'Rouhani\'s proposal of a regional union' },
      { type: 'AGREE', cameo: '0311', actor: ['TJKGOV'], recipient: ['IRNGOV', 'AFGGOV', 'PAKGOV'], date: null, evidence: 'پیشنهاد رئیس جمهوری تاجیکستان در مورد ایجاد انجمن همکاری‌های اقتصادی، فرهنگی و امنیتی چهار کشور', note: 'para 6 (power plants, gas, rail) is part of the same offer' },
      { type: 'AGREE', cameo: '036', actor: ['TJKGOV'], recipient: ['IRNGOV', 'AFGGOV', 'PAKGOV'], date: null, evidence: 'دعوت رئیس جمهوری تاجیکستان از همتایان خود برای شرکت در نشست سران سازمان همکاری شانگهای', note: 'invitation to the SCO summit in Dushanbe in Shahrivar (planned meeting)' },
    ],
    not_events: [
      { evidence: 'به گزارش خبرنگار خبرگزاری فارس در دوشنبه', note: 'Dushanbe, not Monday' },
    ],
  },
  {
    src: '2:286', // 2005-01-14 Friday
    events: [
      { type: 'CONSULT', cameo: '046', actor: ['RUSGOV'], recipient: ['EUR'], date: null, evidence: 'تاكنون مذاكرات با كشورهاي اروپايي به اتمام رسيده است', note: 'WTO accession talks with the European countries, completed' },
      { type: 'AGREE', cameo: '036', actor: ['RUSGOV'], recipient: ['USA'], date: null, evidence: 'در ماه ژانويه نيز قصد داريم مذاكرات خود با آمريكا را نهايي كنيم' },
      { type: 'AGREE', cameo: '032', actor: ['RUSGOV'], recipient: ['IGOWTO'], date: null, evidence: 'رسما به عضويت اين سازمان در آييم', optional: true, note: 'aim to join the WTO in 2006' },
    ],
    not_events: [{ evidence: 'پيش بيني مي كنم تا سه ماه آينده مذاكرات با 7 كشور مهم ديگر عضو سازمان تجارت جهاني به پايان برسد', note: 'prediction' }],
  },
  {
    src: '2:287', // 2005-11-12 Saturday
    note: 'Chalabi was Iraq\'s deputy prime minister (IRQGOV)',
    events: [
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['IRQGOV'], recipient: ['USAGOV'], date: null, evidence: 'پس از ديدار با مقامات عالي رتبه آمريكايي در واشنگتن', note: 'day not stated' },
      { type: 'REQUEST', mode: 'assist', cameo: '1032', actor: ['IRQGOV'], recipient: ['USA'], date: '2005-11-12', evidence: 'ارتش عراق بايد به تسليحات آمريكايي مجهز شود', note: 'at the Council on Foreign Relations; para 1 continues it' },
      { type: 'REJECT', cameo: '120', actor: ['USAGOV'], recipient: [], date: null, evidence: 'از تعيين جدول زماني براي عقب نشيني 150 هزار نيروي آمريكايي در عراق خودداري كرده', optional: true, note: 'the Bush administration\'s standing refusal of a timetable' },
    ],
    not_events: [{ evidence: 'در صورتيكه ما اين اقدامات را بدرستي انجام دهيم', note: 'conditional prediction of a US withdrawal' }],
  },
  {
    src: '2:291', // 2004-08-29 Sunday
    note: 'the recent Najaf fighting is mentioned without naming the parties: not coded',
    events: [
      { type: 'COERCE', mode: 'restrict', cameo: '172', actor: ['IRQCOP'], recipient: ['IRQCVL'], date: '2004-08-29', evidence: 'از ورود هر گونه وسيله نقليه به اطراف حرم مطهر جلوگيري مي‌كند', optional: true, note: 'a security cordon around the shrine' },
      { type: 'RETREAT', mode: 'withdraw', cameo: '0872', actor: ['USAMIL'], recipient: ['IRQ'], date: null, evidence: 'نيروهاي اشغالگر امريكايي بطور كامل شهر را تخليه كرده و جاي خود را به پليس عراق داده‌اند', note: 'US forces leave Najaf' },
    ],
  },
  {
    src: '2:295', // 2007-03-09 Friday
    events: [
      { type: 'PROTEST', mode: 'demo', cameo: '141', actor: ['BRACVL'], recipient: ['USAGOV'], date: '2007-03-09', evidence: 'شاهد حضور ده‌ها هزار تظاهركننده ضدبوش در خيابان‌هاي اصلي خود بود', note: 'São Paulo; day not stated' },
      { type: 'PROTEST', mode: 'riot', cameo: '145', actor: ['BRACVL'], recipient: ['BRACOP'], date: '2007-03-09', evidence: 'تظاهركنندگان با پرتاب سنگ و چوب به مقابله با نيروهاي پليس پرداختند' },
      { type: 'ASSAULT', mode: 'crowd-control', cameo: '175', actor: ['BRACOP'], recipient: ['BRACVL'], date: '2007-03-09', evidence: 'به سوي آنها گلوله لاستيكي و گاز اشك‌آور پرت مي‌كردند' },
      { type: 'PROTEST', mode: 'demo', cameo: '141', actor: ['BRACVL'], recipient: ['USAGOV'], date: null, evidence: 'تظاهراتي كه به مناسبت روز زن در اين شهر برگزار شد به تظاهرات ضدبوش بدل گشت', note: 'Women\'s Day march (8 March)' },
      { type: 'PROTEST', mode: 'riot', cameo: '145', actor: ['BRACVL'], recipient: ['USAGOV'], date: null, evidence: 'عده‌اي از معترضين با سنگ به كنسولگري آمريكا حمله كردند' },
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['USAGOV'], recipient: ['BRA'], date: null, evidence: 'ورود بوش به سائوپائولو', note: 'Bush\'s visit to Brazil' },
      { type: 'PROTEST', mode: 'demo', cameo: '141', actor: ['BRACVL'], recipient: ['USAGOV'], date: '2007-03-07', evidence: 'روز چهارشنبه نيز هزاران كشاورز برزيلي در اعتراض به قانون تجارت كشاورزي بوش دست به تظاهرات زدند' },
    ],
    not_events: [{ evidence: 'به استقبال از بوش رفتند', note: 'ironic «welcome»: no SUPPORT' }],
    dates: [{ text: 'روز چهارشنبه', value: '2007-03-07', granularity: 'day' }],
  },
  {
    src: '2:299', // 2004-01-27 Tuesday
    events: [
      { type: 'AGREE', cameo: '0333', actor: ['SAU'], recipient: ['PSECVL'], date: '2004-01-27', evidence: 'تصميم گرفت به منظور حمايت هرچه بيشتر از ملت فلسطين گوشت هاي قرباني امسال حجاج بيت الله الحرام را به ارزش يك ميليون دلار به اين خانواده هاي مستضعف اختصاص دهد', note: 'the Saudi committee\'s decision; the distribution is still to come (قرار است)' },
    ],
    not_events: [{ evidence: 'در گفتگو با اين پايگاه اعلام كرد', note: 'an interview' }],
  },
  {
    src: '3:272', // 2014-09-29 Monday
    note: 'Cristina Fernández at the UN on Wednesday 24 September; her account of the AMIA case gives many background events (date null); «حزب الله مسئول انفجار آمیا» is a belief, not coded',
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['ARGGOV'], recipient: ['USA', 'WST', 'ISR'], date: '2014-09-24', evidence: 'انتقاد صریحی که به سیاست های آمریکا و غرب و رژیم اشغالگر قدس داشت', optional: true, note: 'the reporter\'s summary of the speech' },
      { type: 'ASSAULT', mode: 'explosives', cameo: '183', actor: [], recipient: ['ISRGOV'], date: null, evidence: 'در سال 1992 سفارت اسرائیل در «بوینس آیرس» پایتخت آرژانتین', note: '1992 embassy bombing (para 18 repeats it)' },
      { type: 'ASSAULT', mode: 'explosives', cameo: '183', actor: [], recipient: ['ARGCVL'], date: null, evidence: 'در سال 1994 مرکز یهودیان آمیا  منفجر شد', note: '1994 AMIA bombing' },
      { type: 'ACCUSE', mode: 'allege', cameo: '1121', actor: ['ARGJUD'], recipient: ['IRN'], date: null, evidence: 'قاضی پرونده تصمیم گرفت این جرم را به 8 شهروند ایرانی ساکن تهران نسبت دهد', note: '2006 (para 19: «دادگاه آرژانتین چندتن از ایرانیان را در این انفجار مقصر دانست»)' },
      { type: 'REQUEST', mode: 'assist', cameo: '1013', actor: ['ARGGOV'], recipient: ['IRNGOV'], date: null, evidence: 'از جمهوری اسلامی ایران درخواست کردیم  که برای پرسش از متهمین با ما همکاری کند', note: 'repeated yearly 2007-2011 (para 20)' },
      { type: 'AGREE', cameo: '036', actor: ['IRNGOV'], recipient: ['ARGGOV'], date: null, evidence: 'در سال 2012 وزیر امور خارجه ایران به ما پیشنهاد برگزاری یک نشست 2جانبه را داد', note: 'Iran\'s offer (and agreement, para 20) to meet' },
      { type: 'CONSULT', cameo: '040', actor: ['ARGGOV'], recipient: ['IRNGOV'], date: null, evidence: 'برگزاری جلسه‌ای 2 جانبه بر سر همکاری 2 کشور در جهت یافتن عاملان این حادثه', note: 'the bilateral meeting' },
      { type: 'AGREE', cameo: '057', actor: ['ARGGOV'], recipient: ['IRNGOV'], date: null, evidence: 'تفاهم نامه‌ای برای همکاری قضایی بین طرفین تنها با هدف اینکه شهروندان تهران اظهارات خود را در مقابل قاضی بیان کنند امضا شد', note: '2013 memorandum (para 21 repeats it)' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['ARGCVL'], recipient: ['ARGGOV'], date: null, evidence: 'ما را به توافق با ایران متهم کردند', note: 'social and Jewish organisations (para 23 restates it)' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['USABUS'], recipient: ['ARGGOV'], date: null, evidence: 'امضای تفاهم‌نامه همکاری قضایی ما را با چنین دولتی محکوم کردند', note: 'the «vulture funds»' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['USABUS'], recipient: ['IRN'], date: null, evidence: 'ایران را دولت تروریست اسلامی معرفی کردند' },
      { type: 'CONSULT', cameo: '040', actor: ['USAGOV'], recipient: ['IRNGOV'], date: null, evidence: 'با همتای ایرانی خود یعنی آقای ظریف نشستی داشته‌اند', note: 'Kerry–Zarif at the Waldorf Astoria last week (para 25 mentions it again)' },
      { type: 'THREATEN', cameo: '130', actor: ['IMGMUSISI'], recipient: ['ARGGOV'], date: null, evidence: 'من هم مورد تهدید داعش قرار گرفته‌ام', note: 'para 32 repeats it' },
      { type: 'REQUEST', cameo: '102', actor: ['ARGGOV'], recipient: ['IGOUNO'], date: '2014-09-24', evidence: 'از سازمان ملل درخواست می‌کنم تا فلسطین را به عنوان دولتی واحد به رسمیت بشناسد' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['ARGGOV'], recipient: ['ISR'], date: '2014-09-24', evidence: 'اقدامی که همچنان از سوی ما مورد محکومیت قرار دارد', note: 'condemns Israel\'s killing of children and women (para 33)' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['ARGGOV'], recipient: [], date: '2014-09-24', evidence: 'چه کسانی این مخالفان را تغذیه می‌کنند و سلاح در اختیار آنها می‌گذارند؟', optional: true, note: 'a rhetorical accusation without a named target' },
    ],
    not_events: [
      { evidence: 'همه در آرژانتین بر این باور بودند که حزب الله مسئول انفجار آمیا می‌باشد', note: 'a belief, not an accusation by a party' },
      { evidence: 'ما به این موضوع انتقادی نداریم', note: 'negated criticism' },
      { evidence: 'هیچ جای تعجب نیست که در سال آینده داعش محو شده باشد', note: 'speculation' },
    ],
    dates: [{ text: 'چهارشنبه (24 سپتامبر)', value: '2014-09-24', granularity: 'day' }, { text: 'سال 1992', value: '1992-01-01', granularity: 'year', until: '1992-12-31' }, { text: 'سال 1994', value: '1994-01-01', granularity: 'year', until: '1994-12-31' }, { text: 'در سال 2012', value: '2012-01-01', granularity: 'year', until: '2012-12-31' }],
  },
  {
    src: '3:218', // 2011-07-18 Monday — sports
    note: 'sports: every «دیدار» is a Copa América match — no CONSULT, no events',
    events: [],
    not_events: [
      { evidence: 'دو ديدار باقيمانده از مرحله يك چهارم نهايي', note: 'matches' },
      { evidence: 'پاراگوئه و ونزوئلا در مرحله نيمه نهايي در روز چهارشنبه باهم ديدار خواهند كرد', note: 'a future match, not a planned meeting (no AGREE)' },
      { evidence: 'از زمين اخراج شدند', note: 'players sent off, not an expulsion' },
    ],
    dates: [{ text: 'شب گذشته', value: '2011-07-17', granularity: 'day' }, { text: 'روز چهارشنبه', value: '2011-07-20', granularity: 'day' }],
  },
  {
    src: '3:116', // 2014-12-05 Friday — sports
    note: 'sports: wrestling league matches — no events',
    events: [],
    not_events: [
      { evidence: 'با برتری مقابل اتحادیه کشتی چین', note: 'a match between club teams' },
      { evidence: 'در دیدار رده بندی نیز تیم های اتحادیه کشتی چین و استانبول بیوک شهریر ترکیه رقابت خواهند کرد', note: 'a future match, not a meeting' },
    ],
    dates: [{ text: 'ساعت 17:15 عصر امروز', value: '2014-12-05', granularity: 'day' }],
  },
  {
    src: '2:260', // 2014-03-26 Wednesday — sports
    note: 'sports: a coach\'s press conference; «دیدار با راه آهن» is a match — no events',
    events: [],
    not_events: [
      { evidence: 'در نشست خبری پیش از دیدار با راه آهن', note: 'a press conference before a match' },
      { evidence: 'در مجموع توافقاتم را با باشگاه انجام داده ام', note: 'a coach\'s contract with his club, no political actor' },
    ],
    dates: [{ text: 'دیدار فردا', value: '2014-03-27', granularity: 'day' }],
  },
  {
    src: '3:62', // 2004-02-03 Tuesday
    note: 'an anniversary chronicle of early February 1979: every event is historical and the paragraphs give no day (date null); Khomeini and the revolutionaries coded IRNOPP, the Shah\'s government IRNGOV',
    events: [
      { type: 'CONSULT', cameo: '046', actor: ['IRNOPP'], recipient: ['IRNGOV'], date: null, evidence: 'يدالله سحابي و عباس امير انتظام گفتگوهايي را با شاپور بختيار آغاز كردند', note: 'the meeting at the army\'s second bureau (para 1) belongs to these talks' },
      { type: 'REQUEST', cameo: '102', actor: ['IRNGOV'], recipient: ['IRNMIL'], date: null, evidence: 'از دو تن از اعضاي نظامي حاضر در جلسه خواست تا حمايت مجدد خود را از او اعلام كنند' },
      { type: 'PROTEST', mode: 'demo', cameo: '141', actor: ['IRNCVL'], recipient: ['IRNGOV'], date: null, evidence: 'در اكثر شهرها مردم به حمايت از  تصميم امام در انتخاب مهدي بازرگان به عنوان نخست وزير ايران راهپيمايي كردند', note: 'the Zanjan march is one of them' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNCVL'], recipient: ['IRNGOV'], date: null, evidence: 'سياستهاي رژيم شاهنشاهي را محكوم كردند' },
      { type: 'REQUEST', mode: 'change', cameo: '1041', actor: ['IRNCVL'], recipient: ['IRNGOV'], date: null, evidence: 'بر انحلال مجلس و سقوط كابينه بختيار و تاييد نخست وزيري بازرگان تاكيد شده بود' },
      { type: 'ASSAULT', mode: 'beat', cameo: '182', actor: ['USACVL'], recipient: ['IRNCVL'], date: null, evidence: 'يكي از اتباع آمريكا راننده‌اي را مضروب كرد' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['IRNCVL'], recipient: ['USACVL'], date: null, evidence: 'مردم نيز او را دستگير' },
      { type: 'RETREAT', mode: 'release', cameo: '0841', actor: ['IRNCVL'], recipient: ['USACVL'], date: null, evidence: 'تبعه آمريكا پس از پرداخت ديه آزاد شد' },
      { type: 'CONCEDE', cameo: '0831', actor: ['IRNLEG'], recipient: ['IRNCVL'], date: null, evidence: 'سيزده تن ديگر از نمايندگان بر تعداد نمايندگان مستغفي افزوده شدند', optional: true, note: 'resignations of MPs; the addressee is implied' },
      { type: 'RETREAT', cameo: '0813', actor: ['IRNMIL'], recipient: ['IRNCVL'], date: null, evidence: 'ساعات ممنوعيت عبور و مرور را كاهش داد', note: 'the martial-law governor shortens the curfew' },
      { type: 'REQUEST', mode: 'assist', cameo: '1032', actor: ['EGYGOV'], recipient: ['IRNGOV'], date: null, evidence: 'از محمدرضا پهلوي خواست تا هواپيماهاي مدرن اف- 14 ايران را به مصر انتقال دهد' },
      { type: 'SUPPORT', cameo: '051', actor: ['IRNMIL'], recipient: ['IRNOPP'], date: null, evidence: 'وفاداري خود را نسبت به امام خميني ابراز داشتند', note: 'retired and dismissed officers' },
      { type: 'CONSULT', cameo: '040', actor: ['IRNOPP'], recipient: ['IRNCVL'], date: null, evidence: 'طي ملاقاتي با وكلاي دادگستري', note: 'Khomeini meets lawyers' },
      { type: 'THREATEN', cameo: '130', actor: ['IRNOPP'], recipient: ['IRNGOV'], date: null, evidence: 'رسيدگي به پرونده هاي اتهامي و جرايم شاه در دادگستري انجام خواهد شد', optional: true, note: 'announced trial of the Shah' },
    ],
    not_events: [
      { evidence: 'در مصاحبه با جرايد اروپايي همچنان خود را فرمانده كل  قوا مي‌ناميد', note: 'an interview, a claim' },
    ],
  },
  {
    src: '3:147', // 2005-03-27 Sunday
    note: 'Hashemi Rafsanjani (head of the Expediency Council) IRNGOV; UNESCO coded IGOUNOSCO',
    events: [
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['IGOUNOSCO'], recipient: ['IRNGOV'], date: '2005-03-27', evidence: 'كوئيچيرو ماتسورا نيز در اين ديدار', note: 'Matsuura\'s trip to Iran (para 3)' },
      { type: 'SUPPORT', cameo: '051', actor: ['IRNGOV'], recipient: ['IGOUNOSCO'], date: '2005-03-27', evidence: 'يونسكو مي‌تواند نقش حياتي و پراهميتي در اين مقطع براي حفظ و شناخت فرهنگهاي موجود در جهان ايفا كند', optional: true },
      { type: 'AGREE', cameo: '030', actor: ['IRNGOV'], recipient: ['IGOUNOSCO'], date: '2005-03-27', evidence: 'توانايي و آمادگي براي كمك به سازمان يونسكو براي رفع اين محروميتها را دارد' },
      { type: 'SUPPORT', cameo: '051', actor: ['IGOUNOSCO'], recipient: ['IRN'], date: '2005-03-27', evidence: 'با اظهار خرسندي از سطح روابط جمهوري اسلامي ايران و سازمان يونسكو', optional: true },
      { type: 'REQUEST', cameo: '100', actor: ['IGOUNOSCO'], recipient: ['IRN'], date: '2005-03-27', evidence: 'خواستار گسترش همكاري ايران و سازمان يونسكو با توجه به زمينه‌ فرهنگي مناسب موجود در كشور ايران شد' },
    ],
  },
  {
    src: '3:201', // 2017-01-06 Friday
    note: 'the Babol Friday prayer leader coded IRNREL; the counter-revolution abroad IRNOPP; the historical events (1936 unveiling, 19 Dey 1356) are background',
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNREL'], recipient: ['IRNGOV'], date: '2017-01-06', evidence: 'اهتمام جدی برای مسئله حجاب در جامعه از سوی مسؤولان دیده نمی‌شود', note: 'para 2 «با انتقاد از عدم توجه جدی به حجاب» is the same criticism' },
      { type: 'REQUEST', mode: 'change', cameo: '1042', actor: ['IRNREL'], recipient: ['IRNGOV'], date: '2017-01-06', evidence: 'انتظار ما این است که در  کنار حقوق شهروندی از حریم عفاف و حجاب هم صیانت شود' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNMED'], recipient: ['IRNOPP'], date: null, evidence: 'اهانت روزنامه اطلاعات به ساحت امام راحل', optional: true, note: '1978 (background)' },
      { type: 'PROTEST', mode: 'demo', cameo: '141', actor: ['IRNCVL'], recipient: ['IRNGOV'], date: null, evidence: 'قیام 19 دی پس از اهانت روزنامه اطلاعات', note: 'the Qom uprising of 19 Dey 1356 (background)' },
      { type: 'ASSAULT', cameo: '175', actor: ['IRNCOP'], recipient: ['IRNCVL'], date: null, evidence: 'سرکوب بی‌رحمانه مأموران شاه', note: 'background' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['IRNREL'], recipient: ['IRNOPP'], date: '2017-01-06', evidence: 'حمله به قوه‌قضائیه را از جانب عناصر ضد انقلاب عنوان کرد' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['IRNREL'], recipient: ['GBRMED'], date: '2017-01-06', evidence: 'بی‌بی‌سی را عامل رسانه‌ای در این مسیر دانست' },
      { type: 'REQUEST', cameo: '100', actor: ['IRNREL'], recipient: ['IRNJUD'], date: '2017-01-06', evidence: 'خواستار برخورد جدی با عناصر اخلال‌گر امنیت کشور و قطع کردن جریان‌های نفوذی در کشور هستیم', note: 'addressed (in context) to the judiciary' },
    ],
    dates: [{ text: 'امروز', value: '2017-01-06', granularity: 'day' }],
  },
  {
    src: '3:131', // 2006-05-10 Wednesday
    note: 'Haddad-Adel (Majlis speaker) IRNLEG on Ahmadinejad\'s letter to Bush',
    events: [
      { type: 'SUPPORT', cameo: '051', actor: ['IRNLEG'], recipient: ['IRNGOV'], date: '2006-05-10', evidence: 'ما اين اقدام رئيس جمهور را اقدامي مثبت مي‌دانيم و آنرا تاييد مي‌كنيم', note: 'the thanks in para 12 restate the endorsement' },
      { type: 'CONSULT', cameo: '040', actor: ['IRNGOV'], recipient: ['USAGOV'], date: null, evidence: 'نامه رئيس‌جمهور ايران به بوش رئيس‌جمهور آمريكا', optional: true, note: 'a letter: a communication, not quite a meeting' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['IRNLEG'], recipient: ['USAGOV'], date: '2006-05-10', evidence: 'يك نمونه از حمايت دولت آمريكا از تروريست، كودتاي 28 مرداد بود', note: 'para 7 criticises US conduct in the same speech' },
      { type: 'SANCTION', mode: 'withdraw', cameo: '161', actor: ['USA'], recipient: ['IRN'], date: null, evidence: 'اين آمريكا‌يي‌ها بودند كه رابطه را از ابتدا با ايران قطع كردند', note: '1980 (background)' },
      { type: 'REJECT', cameo: '120', actor: ['IRN'], recipient: ['USA'], date: null, evidence: 'ما هم در طول 27 سال تمايلي به برقراري رابطه نداشتيم', optional: true, note: 'a standing refusal, phrased as a lack of desire' },
    ],
    not_events: [
      { evidence: 'اين نامه را اينگونه تفسير كردند كه رئيس جمهور ايران خواسته است به قطع رابطه 27 ساله خاتمه دهد', note: 'an interpretation the speaker rejects' },
    ],
    dates: [{ text: 'امروز چهارشنبه', value: '2006-05-10', granularity: 'day' }],
  },
  {
    src: '3:1', // 2003-06-05 Thursday
    note: 'Iraqi pilgrims (IRQCVL) interviewed at Khomeini\'s shrine; a pilgrimage is not a CONSULT',
    events: [
      { type: 'REQUEST', mode: 'yield', cameo: '105', actor: ['IRQCVL'], recipient: ['USA'], date: '2003-06-05', evidence: 'آمريكا يك دولت اجنبي و غير اسلامي است و بايد از منطقه خارج شود' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['IRQCVL'], recipient: ['USA'], date: '2003-06-05', evidence: 'وقتي آمريكا عليه ايران تبليغ و ما را عليه ايران تحريك مي كند', note: 'Sheikh Samawi' },
      { type: 'ACCUSE', mode: 'allege', cameo: '1123', actor: ['IRQCVL'], recipient: ['USA'], date: '2003-06-05', evidence: 'جنگ آمريكا و دفاع ملت ايران بود', optional: true, note: 'the Iran-Iraq war as America\'s war: a second accusation or part of the same' },
      { type: 'SUPPORT', cameo: '051', actor: ['IRQCVL'], recipient: ['IRNGOV'], date: '2003-06-05', evidence: 'ضمن تاكيد بر تجديد بيعت با بنيانگذار جمهوري الامي ايران و حضرت آيت الله خامنه اي', optional: true },
    ],
    not_events: [
      { evidence: 'به ايران آمديم تا بار ديگر با آن امام تجديد بيعت كنيم', note: 'a pilgrimage, not a visit to an actor' },
      { evidence: 'اگر آنها با يكديگر متحد شوند', note: 'hypothetical' },
      { evidence: 'در گفت و گو با خبرنگار سياسي خبرگزاري فارس', note: 'an interview' },
    ],
    dates: [{ text: 'ظهر امروز', value: '2003-06-05', granularity: 'day' }],
  },
  {
    src: '2:191', // 2009-02-18 Wednesday
    note: 'a student Basij member coded IRNEDU; Aghajari and Khatami (reformists, out of office) IRNOPP',
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNEDU'], recipient: ['IRNOPP'], date: '2009-02-18', evidence: 'اين هتاكي‌ها به اعتقادات شيعي مردم مسلمان ايران، ولايت فقيه و ديدگاه‌هاي امام خميني (ره) از شخصي چون آغاجري چيز جديدي نيست', note: 'against Aghajari; the later paragraphs continue it' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['IRNEDU'], recipient: ['IRNOPP'], date: '2009-02-18', evidence: 'مسئول مستقيم اين هتاكي‌هاي آغاجري اشخاصي چون خاتمي هستند', note: 'against Khatami: a second target' },
      { type: 'REQUEST', cameo: '100', actor: ['IRNEDU'], recipient: ['IRNOPP'], date: '2009-02-18', evidence: 'افرادي كه با آغاجري مرتبط هستند و از وي حمايت قاطع مي‌كند بايد از او دوري كنند' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNEDU'], recipient: ['IRNGOV'], date: '2009-02-18', evidence: 'مسئولان امر در اسلامي كردن دانشگاه‌هاي كشور ضعيف عمل كرده‌اند' },
    ],
    not_events: [
      { evidence: 'اگر مسئولان وقت كشور در مقابل اسلام‌ستيزي‌هاي وي در گذشته مي‌ايستادند', note: 'counterfactual' },
      { evidence: 'اگر دوباره روي كار بيايند', note: 'hypothetical' },
    ],
  },
  {
    src: '3:99', // 2020-09-05 Saturday
    note: 'no events: party nominations for an election; «در دوشنبه» is Dushanbe',
    events: [],
    not_events: [
      { evidence: 'به گزارش خبرنگار خبرگزاری فارس در دوشنبه', note: 'Dushanbe, not Monday' },
      { evidence: 'از شرکت در انتخابات ریاست جمهوری این کشور انصراف داد', note: 'withdrawing a candidacy is no PLOVER event' },
    ],
    dates: [{ text: '11 اکتبر سال جاری', value: '2020-10-11', granularity: 'day' }],
  },
  {
    src: '3:126', // 2018-07-10 Tuesday
    note: 'a rescue of Thai children by rescue teams: not an interaction between political actors, except the foreign special forces\' help',
    events: [
      { type: 'AID', cameo: '073', actor: [], recipient: ['THA'], date: null, evidence: 'تیم‌های امدادی، از جمله نیروهای ویژه چند کشور', optional: true, note: 'foreign special forces helping Thailand, countries unnamed' },
    ],
    dates: [{ text: 'روز سه‌شنبه', value: '2018-07-10', granularity: 'day' }, { text: 'روز ۲۳ ژوئن (۲ تیر)', value: '2018-06-23', granularity: 'day' }, { text: 'سه روز پیش', value: '2018-07-07', granularity: 'day' }],
  },
  {
    src: '3:182', // 2019-09-20 Friday
    note: 'an oil-market analysis; the Houthis («یمنی‌ها») coded YEMREB; the experts\' doubts are opinions',
    events: [
      { type: 'ASSAULT', cameo: '190', actor: ['YEMREB'], recipient: ['SAU'], date: null, evidence: 'حمله یمنی‌ها به تاسیسات البقیق', note: 'the Abqaiq attack (background, repeated through the article)' },
      { type: 'COOPERATE', cameo: '061', actor: ['SAU'], recipient: ['ARE'], date: null, evidence: 'عربستان 120 هزار تن سوخت دیزل را خریداری کرده که قرار است به زودی از امارات بارگیری شوند', optional: true, note: 'a purchase from the UAE, as sources say' },
    ],
    not_events: [
      { evidence: 'ریاض اعلام کرد که طی دو تا سه هفته آینده سطح تولید نفت خود را به میزان قبل', note: 'a production forecast, no counterpart' },
      { evidence: 'نسبت به این ادعا بدبین هستند', note: 'opinion' },
    ],
  },
  {
    src: '2:275', // 2004-05-31 Monday
    note: 'Ron Jacobs, an American commentator, coded USACVL',
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['USACVL'], recipient: ['USAGOV'], date: '2004-05-31', evidence: 'واشنگتن راه ناديده گرفتن حركتهاي مثبت ايران را انتخاب كرده و در تلاش براي ارائه اطلاعات گمراه كننده و غير واقعي', note: 'in an interview with Fars' },
      { type: 'RETREAT', mode: 'access', cameo: '0862', actor: ['IRN'], recipient: ['IGOUNOIAE'], date: null, evidence: 'ايران در خصوص برنامه هسته‌اي خود تحت يك رشته بازرسي از سوي بازرسان آژانس بين‌المللي انرژي اتمي قرار گرفت', optional: true, note: 'Iran received IAEA inspections (background)' },
      { type: 'SUPPORT', cameo: '051', actor: ['IGOUNOIAE'], recipient: ['IRN'], date: null, evidence: 'ايران از پروتكلهايي كه تحت معاهده منع گسترش سلاحهاي هسته‌اي پذيرفته، پيروي كرده است', optional: true, note: 'the inspection report found compliance' },
      { type: 'REQUEST', mode: 'change', cameo: '1042', actor: ['USA'], recipient: ['IRN'], date: null, evidence: 'آمريكا خواستار برچيده شدن برنامه هسته‌اي ايران است', optional: true, note: 'the standing US demand, inside a conditional sentence' },
    ],
    not_events: [
      { evidence: 'من از دولت ايران حمايت نمي‌كنم', note: 'negated support' },
      { evidence: 'اگر ما در حال متقاعد كردن مردان و زنان واشنگتن', note: 'hypothetical' },
    ],
    dates: [{ text: 'تاريخ 21 ماه مي 2004', value: '2004-05-21', granularity: 'day' }],
  },
  {
    src: '3:271', // 2005-09-19 Monday
    note: 'a professor\'s analysis of Ahmadinejad\'s UN proposal; the Western reaction is a prediction',
    events: [
      { type: 'AGREE', cameo: '0311', actor: ['IRNGOV'], recipient: [], date: null, evidence: 'دعوت به شركت دولت‌ها و شركت‌هاي خصوصي كشورهاي مختلف در امر فعاليت‌هاي هسته‌اي ايران', note: 'the offer of participation in Iran\'s nuclear programme (the UN speech, background)' },
    ],
    not_events: [
      { evidence: 'غربي‌ها به احتمال زياد با اين پيشنهاد مخالفت مي‌كنند', note: 'prediction' },
      { evidence: 'در گفتگو با خبرنگار سياست خارجي خبرگزاري فارس', note: 'an interview' },
    ],
  },
  {
    src: '2:196', // 2019-12-30 Monday
    note: 'the head of the Commander-in-Chief\'s ideological-political office coded IRNMIL; the history of «فتنه» (1999, 2009) is general description',
    events: [
      { type: 'PROTEST', mode: 'riot', cameo: '145', actor: ['IRNCVL'], recipient: ['IRNGOV'], date: '2019-11-16', evidence: 'اغتشاش و آتش‌زدن بانک و خسارت به اموال‌عمومی رخ می‌دهد، همان کاری که آشوبگران در ۲۵ آبان امسال انجام دادند', note: 'the November 2019 riots (25 Aban 1398)' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['IRNMIL'], recipient: ['USAGOV'], date: '2019-12-30', evidence: 'آمریکا به دنبال ضرورت‌سازی و دشمن‌هراسی است', optional: true },
    ],
    not_events: [
      { evidence: 'پیش‌بینی می شد که سال ۹۸ هم فتنه‌ای در پیش باشد', note: 'a past prediction' },
    ],
    dates: [{ text: '۲۵ آبان امسال', value: '2019-11-16', granularity: 'day' }, { text: 'ظهر امروز', value: '2019-12-30', granularity: 'day' }],
  },
  {
    src: '3:26', // 2013-03-16 Saturday
    note: '«کابل» here is an electric cable, not Kabul',
    events: [
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['IRNCOP'], recipient: ['IRNCVL'], date: '2013-03-15', evidence: 'تعدادی از سارقان دستگیر و به مراجع قضایی معرفی شدند', note: 'eight thieves (para 1 is the same operation), yesterday' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['IRNCOP'], recipient: ['IRNCVL'], date: null, evidence: 'توسط ماموران پلیس‌ آگاهی زنجان شناسایی و دستگیر شد', note: 'a fraudster, day not stated' },
      { type: 'REQUEST', cameo: '100', actor: ['IRNCOP'], recipient: ['IRNCVL'], date: '2013-03-16', evidence: 'از شهروندان درخواست می‌شود، تا حد امکان منازل خود را خالی نگذارند', optional: true, note: 'safety advice' },
    ],
    not_events: [{ evidence: 'سرقت سیم و کابل برق', note: 'cable, not Kabul' }],
    dates: [{ text: 'روز گذشته', value: '2013-03-15', granularity: 'day' }],
  },
  {
    src: '3:84', // 2011-08-14 Sunday
    note: 'five police operations, each its own act; para 6 totals them (not coded again); the smugglers IRNCVL',
    events: [
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['IRNCOP'], recipient: ['IRNCVL'], date: '2011-08-13', evidence: '42 كيلو و 150 گرم حشيش كشف و متهم را دستگير كردند', note: 'Bandar Abbas, 17:00 yesterday' },
      { type: 'COERCE', mode: 'seize', cameo: '1711', actor: ['IRNCOP'], recipient: ['IRNCVL'], date: '2011-08-14', evidence: 'مقدار 15 كيلو ترياك كشف و ضبط كردند', note: 'Bastak, this morning' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['IRNCOP'], recipient: ['IRNCVL'], date: '2011-08-14', evidence: 'در اين رابطه 4 نفر را دستگير كردند', note: 'another operation, day not stated' },
      { type: 'COERCE', mode: 'seize', cameo: '1711', actor: ['IRNCOP'], recipient: ['IRNCVL'], date: '2011-08-13', evidence: '10 كيلو و 290 گرم ترياك از يك نفر مسافر كشف و ضبط كردند', note: 'Khamir, yesterday' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['IRNCOP'], recipient: ['IRNCVL'], date: '2011-08-13', evidence: 'يك نفر را نيز در اين رابطه دستگير كردند', note: 'Rudan, yesterday' },
    ],
    not_events: [{ evidence: 'در جمع خبرنگاران با اعلام اين خبر اظهار داشت', note: 'a press statement' }],
    dates: [{ text: 'ساعت 17 روز گذشته', value: '2011-08-13', granularity: 'day' }, { text: 'بامداد امروز', value: '2011-08-14', granularity: 'day' }],
  },
  {
    src: '2:169', // 2016-11-02 Wednesday
    events: [
      { type: 'COERCE', mode: 'seize', cameo: '1711', actor: ['IRNCOP'], recipient: ['IRNCVL'], date: '2016-11-02', evidence: 'با اشاره به توقیف و انتقال خودرو به پارکینگ', note: 'smuggled goods seized at a checkpoint near Kazerun; day not stated' },
    ],
  },
  {
    src: '3:207', // 2006-12-29 Friday
    note: 'Tabriz march against UN Security Council resolution 1737; the marchers IRNCVL; the provincial head of Ansar-e Hezbollah (a hardline group) IRNCVL',
    events: [
      { type: 'PROTEST', mode: 'demo', cameo: '141', actor: ['IRNCVL'], recipient: ['IGOUNO'], date: '2006-12-29', evidence: 'در اعتراض به سياست‌هاي مزدورانه و دوگانه شوراي امنيت سازمان ملل در تحريم ايران', note: 'the march after Friday prayers (para 1 describes it)' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNCVL'], recipient: ['IGOUNO'], date: '2006-12-29', evidence: 'قطعنامه شوراي امنيت را محكوم كرده', note: 'the marchers condemn the resolution' },
      { type: 'SUPPORT', cameo: '051', actor: ['IRNCVL'], recipient: ['IRNGOV'], date: '2006-12-29', evidence: 'از مواضع مقتدرانه رئيس جمهور در مقابل قطعنامه ضدايراني حمايت كردند' },
      { type: 'SANCTION', cameo: '160', actor: ['IGOUNO'], recipient: ['IRN'], date: null, evidence: 'تصويب قطعنامه بر ضدايران', note: 'the sanctions resolution (23 December, background)' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNCVL'], recipient: ['IGOUNO'], date: '2006-12-29', evidence: 'تصويب قطعنامه غيرقانوني شوراي امنيت سازمان ملل را بر ضدجمهوري اسلامي محكوم كرد', note: 'Bajani, at the end of the march: a second condemnation by another speaker' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNCVL'], recipient: ['IRNGOV'], date: '2006-12-29', evidence: 'با انتقاد بر برخي مسئولان در سنگ انداختن سر راه دولت' },
      { type: 'THREATEN', cameo: '1382', actor: ['IRNCVL'], recipient: ['USA'], date: '2006-12-29', evidence: 'با تسخير « بيت الابيض» كاخ سفيد  پرچم « لا اله الا الله » را در آمريكا به اهتزاز در خواهيم آورد', optional: true, note: 'rhetoric' },
    ],
    not_events: [
      { evidence: 'حتي حاضريم اگر لازم شد لباس دانش آموزي‌ خود را با كفن  فدائيان اسلام عوض كنيم', note: 'conditional' },
      { evidence: 'به خبرنگار فارس در تبريز گفت', note: 'a vox-pop interview' },
    ],
    dates: [{ text: 'امروز', value: '2006-12-29', granularity: 'day' }],
  },
  {
    src: '3:30', // 2012-07-22 Sunday
    events: [
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['IRNCOP'], recipient: ['IRNCVL'], date: null, evidence: 'وی را دستگیر و به یگان انتظامی منتقل کنند', note: 'within the past 24 hours: no single day' },
      { type: 'COERCE', mode: 'seize', cameo: '1711', actor: ['IRNCOP'], recipient: ['IRNCVL'], date: null, evidence: 'یک تن و 200 کیلو گرم تریاک کشف و ضبط کرد', optional: true, note: 'the seizure in the same operation (para 5 repeats it)' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['IRNCOP'], recipient: ['IRNCVL'], date: null, evidence: 'متلاشی کردن 3 باند بزرگ تهیه و توزیع مواد مخدر', optional: true, note: 'a four-month aggregate' },
      { type: 'REQUEST', cameo: '100', actor: ['IRNCOP'], recipient: ['IRNCVL'], date: '2012-07-22', evidence: 'از خانواده ها خواست، در کنترل فرزندان خود', optional: true },
    ],
  },
  {
    src: '2:242', // 2017-02-19 Sunday
    note: 'Gilan border guards (police) IRNCOP; yearly aggregates, no day',
    events: [
      { type: 'COERCE', mode: 'seize', cameo: '1711', actor: ['IRNCOP'], recipient: ['IRNCVL'], date: null, evidence: '148 هزار عدد انواع مواد محترقه را کشف کنند' },
      { type: 'COERCE', mode: 'seize', cameo: '1711', actor: ['IRNCOP'], recipient: ['IRNCVL'], date: null, evidence: 'تعداد 386 دستگاه خودرو توقیف شده', optional: true },
      { type: 'COERCE', mode: 'seize', cameo: '1711', actor: ['IRNCOP'], recipient: ['IRNCVL'], date: null, evidence: '311 فروند شناور غیر مجاز را توقیف کردند', optional: true },
      { type: 'SUPPORT', cameo: '051', actor: ['IRNCOP'], recipient: ['IRNCVL'], date: '2017-02-19', evidence: 'با قدردانی از همکاری بسیار خوب مرزنشینان و ساحل‌نشینان گیلان با نیروی مرزبانی', optional: true },
      { type: 'THREATEN', cameo: '130', actor: ['IRNCOP'], recipient: [], date: '2017-02-19', evidence: 'هزینه‌ای سنگین و عواقبی ناگوار برای آنها دارد', optional: true, note: 'a warning to smugglers and trespassers' },
    ],
    not_events: [{ evidence: 'در گفت‌وگو با خبرنگار فارس در رشت', note: 'an interview' }],
  },
  {
    src: '3:245', // 2012-09-29 Saturday
    note: 'MP Servati (IRNLEG) in an interview on the sidelines of a commanders\' gathering',
    events: [
      { type: 'REQUEST', cameo: '100', actor: ['IRNLEG'], recipient: ['IRNJUD'], date: '2012-09-29', evidence: 'این پرونده باید به دور از هرگونه هیاهوی سیاسی و صرفاً بر اساس قانون بررسی شود', note: 'the Mehdi Hashemi case; para 0 states the same demand of the judiciary' },
      { type: 'COERCE', mode: 'censor', cameo: '1721', actor: ['IRNGOV'], recipient: ['IRNMED'], date: null, evidence: 'توقیف روزنامه شرق از سوی هیئت نظارت بر مطبوعات', note: 'the ban of Shargh (background)' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNLEG'], recipient: ['IRNMED'], date: '2012-09-29', evidence: 'اهانت این روزنامه در هفته دفاع مقدس که یادآور رشادت‌های رزمندگان اسلام است، قابل پذیرش نیست' },
    ],
    not_events: [
      { evidence: 'در حاشیه دیدار فرماندهان نظامی و انتظامی خراسان‌شمالی', note: 'a ceremonial gathering, the setting of an interview' },
    ],
    dates: [{ text: 'ظهر امروز', value: '2012-09-29', granularity: 'day' }],
  },
  {
    src: '3:246', // 2011-09-03 Saturday
    events: [
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['IRNCOP'], recipient: ['IRNCVL'], date: null, evidence: 'مبلغ 400 میلیون ریال کلاهبرداری کرده بود، شناسایی و دستگیر شد' },
      { type: 'ACCUSE', mode: 'allege', cameo: '115', actor: ['IRNCVL'], recipient: ['IRNCVL'], date: null, evidence: 'در پی شکایت تعدادی از شهروندان شهرک اندیشه مبنی بر کلاهبرداری زنی از آنها', optional: true, note: 'victims\' complaint to the police' },
    ],
    dates: [{ text: 'حدود 5 هفته پیش', value: '2011-07-30', granularity: 'week', until: '2011-08-05' }],
  },
  {
    src: '3:61', // 2012-08-06 Monday
    note: 'Kish police commander (IRNCOP) at a press conference for Journalists\' Day',
    events: [
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['IRNCOP'], recipient: ['WST'], date: '2012-08-06', evidence: 'غرب با استفاده از این ابزار می‌کوشد چهره‌ای دروغین و غیر واقعی از ایران و اسلام را در راستای اهداف استعمارگرانه در اذهان جهانیان به تصویر بکشاند' },
      { type: 'SUPPORT', cameo: '051', actor: ['IRNCOP'], recipient: ['IRNMED'], date: '2012-08-06', evidence: 'با اهدای لوح تقدیر از خبرنگاران جزیره کیش و از تلاش‌های آنها قدردانی شد' },
    ],
    not_events: [{ evidence: 'در نشست خبری که با حضور خبرنگاران این جزیره برگزار شد', note: 'a press conference is not a CONSULT' }],
    dates: [{ text: 'عصر دوشنبه', value: '2012-08-06', granularity: 'day' }],
  },
  {
    src: '3:253', // 2008-11-08 Saturday
    note: 'a review of foreign radio coverage: the acts it mentions as facts are coded with date null (their days are not given); the media\'s claims and framings are not',
    events: [
      { type: 'COERCE', mode: 'censor', cameo: '1721', actor: ['IRNGOV'], recipient: ['IRNMED'], date: null, evidence: 'توقيف نشريه هفتگي شهروند امروز', note: 'the banning authority is implied' },
      { type: 'SUPPORT', cameo: '051', actor: ['IRNGOV'], recipient: ['USAGOV'], date: null, evidence: 'پيام تبريك آقاي احمدي نژاد به اوباما', note: 'congratulation (paras 0 and 5 mention it too)' },
      { type: 'SANCTION', cameo: '160', actor: ['USAGOV'], recipient: ['IRNBUS'], date: null, evidence: 'تحريم هاي جديد وزارت خزانه داري آمريكا عليه بانك‌هاي ايران', note: 'para 0 and 6 repeat it' },
      { type: 'REQUEST', mode: 'meet', cameo: '106', actor: ['ISRGOV'], recipient: ['USAGOV'], date: null, evidence: 'خواستار اجتناب زودهنگام باراك اوباما از گفتگو با ايران وهمينطور نگه داشتن همه گزينه‌ ها در برابر ايران شدند', note: 'Israeli officials ask Obama not to talk to Iran early (the warning of para 2 is the same reaction)' },
      { type: 'AGREE', cameo: '032', actor: ['USAGOV'], recipient: ['IRN'], date: null, evidence: 'تصميم واشنگتن براي گشايش دفترحافظ منافع وبرقراري رابطه سياسي محدود با تهران', optional: true, note: 'a reported decision to open an interests section' },
      { type: 'COOPERATE', cameo: '062', actor: ['USA'], recipient: ['OMN'], date: null, evidence: 'اقدام آمريكا براي ايجاد پايگاه نظامي در خاك عمان', optional: true, note: 'a US base in Oman' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNLEG'], recipient: ['IRNGOV'], date: null, evidence: 'استيضاح وزير كشور', optional: true, note: 'the impeachment of the interior minister' },
    ],
    not_events: [
      { evidence: 'ادعا شد فساد رشوه‌خواري در ايران نهادينه شده است', note: 'an unattributed media claim' },
      { evidence: 'آن كسي كه پيام داده است چوب هر دو تا را خواهد خورد', note: 'a commentator\'s prediction in a radio interview' },
    ],
  },
  {
    src: '2:172', // 2020-01-11 Saturday
    note: 'Hezbollah coded LBNREB; the director-general of Islamic propaganda IRNREL',
    events: [
      { type: 'ASSAULT', mode: 'aerial', cameo: '195', actor: ['USAMIL'], recipient: ['IRNMIL', 'IRQMIL'], date: null, evidence: 'شهدای حمله تروریستی آمریکا در فرودگاه بغداد', note: 'the 3 January strike that killed Soleimani and al-Muhandis (background)' },
      { type: 'THREATEN', mode: 'violence', cameo: '138', actor: ['IRNREL'], recipient: ['USA'], date: '2020-01-11', evidence: 'می‌توانیم پنجه در پنجه آمریکا انداخته و انتقام سختی بگیریم', optional: true, note: 'a boast of capability and revenge' },
      { type: 'THREATEN', mode: 'violence', cameo: '138', actor: ['LBNREB'], recipient: ['USAMIL'], date: null, evidence: 'ما هر جا یک نظامی آمریکایی ببینیم با او درگیر می‌شویم', note: 'Nasrallah, as quoted' },
    ],
    not_events: [
      { evidence: 'هیچ وقت ما با کشوری جنگ نداشته و نداریم', note: 'negated' },
      { evidence: 'اگر این اتحاد در کشورهای همسایه و منطقه بیشتر شود', note: 'conditional' },
    ],
  },
  {
    src: '3:70', // 2020-12-27 Sunday
    note: 'thirty «jihadi» volunteer groups (many student Basij units) coded IRNCVL; their letter to the Majlis budget commission',
    events: [
      { type: 'REQUEST', mode: 'change', cameo: '1042', actor: ['IRNCVL'], recipient: ['IRNLEG'], date: '2020-12-27', evidence: 'با صدور نامه‌ای خطاب به اعضای کمیسیون تلفیق خواستار ممانعت نمایندگان از تصویب بودجه‌ تورمی- تسلیمی شده', note: 'para 10 (reject the budget outline) is the same demand; day not stated' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNCVL'], recipient: ['IRNGOV'], date: '2020-12-27', evidence: 'حال دولت بیگانه با مردم، برای سال ۱۴۰۰ مجددا همان رویه را در پیش گرفته است', note: 'criticism of the government\'s budget' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNCVL'], recipient: ['IRNLEG'], date: '2020-12-27', evidence: 'ولی مجلس پیشین به آن توجهی نکرد', optional: true, note: 'criticism of the previous Majlis' },
    ],
  },
  {
    src: '3:226', // 2007-02-11 Sunday
    note: 'the cooperatives minister (IRNGOV) at the 22 Bahman march in Gorgan',
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNGOV'], recipient: ['USA'], date: '2007-02-11', evidence: 'آمريكا در حالي كه 60 سال پيش با به خاك و خون كشيدن دو شهر در ژاپن بمب اتمي خود را به رخ جهانيان كشيد', note: 'the hypocrisy charge on the nuclear issue' },
      { type: 'ASSAULT', mode: 'unconventional', cameo: '2042', actor: ['USA'], recipient: ['JPNCVL'], date: null, evidence: 'با به خاك و خون كشيدن دو شهر در ژاپن', optional: true, note: 'Hiroshima and Nagasaki, 1945 (background in a rhetorical clause)' },
      { type: 'PROTEST', mode: 'demo', cameo: '141', actor: ['IRNCVL'], recipient: ['USA'], date: '2007-02-11', evidence: 'تظاهر كنندگان با شعارهاي مرگ بر امريكا', note: 'the anniversary march with anti-US slogans (para 5)' },
      { type: 'REQUEST', cameo: '100', actor: ['IRNGOV'], recipient: [], date: '2007-02-11', evidence: 'دنيا بايد بداند كه با كشور ما به عنوان يك كشور هسته‌اي رفتار كند', optional: true },
    ],
    not_events: [
      { evidence: 'آنها نمي‌توانند به جاي ملت ايران تصميم بگيرند', note: 'negated' },
    ],
    dates: [{ text: 'امروز', value: '2007-02-11', granularity: 'day' }],
  },
];
