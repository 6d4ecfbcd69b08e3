// biome-ignore-all format: one event a line is easier to read and annotate
// Hand annotations of NTREX-128 news documents (../shared/corpus/ntrex/, newstest2019 sentences in
// Farsi and Dari, line-aligned; CC BY-SA 4.0, see its LICENSE.md). Documents are numbered 0..122 in the
// order of first appearance in DOCUMENT_IDS.tsv; EVEN documents are development gold, ODD documents
// the frozen test part (no rule may be written from them). Coded from the Persian text (the English
// source only helps understanding), following test/gold/README.md. Each event's `evidence` gives the
// exact substring of the Farsi (`fas`) and of the Dari (`prs`) document that carries the act (null for
// a side whose translation drops or changes it, with a note). Every line of the document, the headline
// included, is scored text. The news is from late September 2018 (the texts name 29 September 2018):
// `date` is an ISO day only where the text fixes day and month, otherwise null (null matches any date).
// `optional: true` marks readings two annotators could defend either way; `not_events` lists traps.
export const annotations = [
  {
    src: 'ntrex:bbc.381790', doc: 0, split: 'dev',
    note: 'probe: a naming debate inside the Welsh Assembly; worries, opinions and proposals, no event between actors',
    events: [],
    not_events: [
      { evidence: { fas: 'نتایج یک همفکری عمومی', prs: 'نتایج یک مشوره گیری عمومی' }, note: 'a "public consultation" (survey) is no CONSULT' },
      { evidence: { fas: 'از این نامگذاری «راضی نیست» و گزینه‌های دیگری را پیشنهاد کرده است', prs: 'در کل”خوش نیست“ و اصطلاحات بدیل دیگر را پیشنهاد کرده است' }, note: 'a party group\'s dissatisfaction with a title: internal deliberation, not coded' },
      { evidence: { fas: 'اعضای مجلس رای نهایی خود را در خصوص عنوانی که با آن نامیده خواهند شد می‌دهند', prs: 'در مورد اینکه به چه لقبی باید اطلاق شوند، رای نهایی شان را خواهند داد' }, note: 'a future vote' },
    ],
  },
  {
    src: 'ntrex:rt.com.91337', doc: 1, split: 'test',
    events: [
      { type: 'REJECT', cameo: '120', actor: ['GRC'], recipient: ['MKD'], date: null, evidence: { fas: 'به دفعات به پیشنهاد عضویت مقدونیه در اتحادیه اروپا و ناتو اعتراض کرده است', prs: 'مکررًا در برابر تلاش های عضویت آن در اتحادیه اروپا و ناتو مخالفت نشان داده است' }, note: 'Athens has repeatedly objected to Macedonia\'s EU/NATO membership bids (background, no day)' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['GRC'], recipient: ['MKD'], date: null, optional: true, evidence: { fas: 'آتن مدتهاست اصرار می کند که نام همسایه شمالی این کشور نشان‌دهنده ادعا بر قلمرو اوست', prs: 'آتن از دیر زمان اصرار بر این داشته که نام همسایه شمالی آن نمایانگر ادعا بر قلمرو اش میباشد' }, note: 'insisting the name is a territorial claim reads as an allegation; could also be a mere opinion' },
    ],
    not_events: [
      { evidence: { fas: 'به پای صندوق رای می‌روند', prs: 'به پای صندوق های رای میروند' }, note: 'a referendum (voting) is not an event between actors' },
      { evidence: { fas: 'به این رأی‌گیری اعتنایی نخواهد کرد', prs: 'به رای گیری اعتنایی ندارد' }, note: 'President Ivanov will disregard the vote: no recipient actor, stance not an act' },
    ],
  },
  {
    src: 'ntrex:euronews-en.153835', doc: 9, split: 'test',
    note: 'probe: a natural disaster toll, no political event',
    events: [],
    not_events: [
      { evidence: { fas: 'آژانس فجایع کشور اندونزی در اوایل روز یکشنبه اعلام کرد', prs: 'بر اساس اظهارات اداره بحران در صبح یکشنبه' }, note: 'an agency reporting casualties is no event between actors' },
    ],
  },
  {
    src: 'ntrex:dailymail.co.uk.298732', doc: 10, split: 'dev',
    note: 'the closing line quotes the police log «۲۴۷ مربوط به ۳۰ سپتامبر» for "this morning": dated 2018-09-30',
    events: [
      { type: 'ASSAULT', mode: 'beat', cameo: '1823', actor: [], recipient: ['GBRCVL'], date: '2018-09-30', evidence: { fas: 'بدن یک زن ۴۴ ساله با زخمهای چاقو بر پیکرش در محله Grayson Mews در خیابان جان پیدا شد', prs: 'جسد زن 44 ساله با جراحات وارده توسط چاقو ساعت 7.55 صبح در گرایسون میوس در جاده جان، کشف شد' }, note: 'fatal stabbing; the arrested man is a suspect only' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['GBRCOP'], recipient: ['GBRCVL'], date: '2018-09-30', evidence: { fas: 'پلیس یک مرد ۳۲ ساله را بخاطر مظتون بودن به قتل یک زن با ضربات چاقو دستگیر کرد', prs: 'پولیس مردی 32 ساله را به ظن قتل دستگیر نمود' }, note: 'headline and line 3 are the same arrest' },
      { type: 'REQUEST', cameo: '100', actor: ['GBRCOP'], recipient: ['GBRCVL'], date: '2018-09-30', optional: true, evidence: { fas: 'پلیس از مردم منطقه درخواست کرده که اگر چیزی دیدند یا شنیدند به پلیس اطلاع دهند', prs: 'پولیس از مردم ساحه خواسته است تا آنچه را دیده یا شنیده اند شهادت دهند' }, note: 'routine appeal for witnesses, repeated by the inspector and in the last line' },
      { type: 'COERCE', mode: 'restrict', cameo: '172', actor: ['GBRCOP'], recipient: ['GBRCVL'], date: '2018-09-30', optional: true, evidence: { fas: 'پلیس گفته هیچ کس اجازه ورود یا خارج شدن از ساختمان را ندارد', prs: 'پولیس برایش گفت که هیچکس اجازه ورود و خروج از ساختمان را ندارد' }, note: 'a crime-scene cordon' },
    ],
  },
  {
    src: 'ntrex:cbsnews.248384', doc: 14, split: 'dev',
    note: 'Kavanaugh (appeals judge, nominee) USAJUD; Ford USACVL; Senator Flake USALEG; the FBI USACOP',
    events: [
      { type: 'ACCUSE', mode: 'allege', cameo: '1121', actor: ['USACVL'], recipient: ['USAJUD'], date: null, evidence: { fas: 'فورد به کمیته قضائی مجلس سنا گفت که صد درصد مطمئن است که کاوانو در حالت مستی او رالمس کرده', prs: 'فورد به کمیته قضایی مجلس سنا اظهار داشت که وی 100 در صد مطمئن است که کاوانا مستانه وار با وی عشقبازی میکرد' }, note: 'Ford\'s testimony on Thursday (no day of month); line 2 describes the same testimony' },
      { type: 'REQUEST', cameo: '100', actor: ['USALEG'], recipient: ['USACOP'], date: null, optional: true, evidence: { fas: 'قراردادی که سناتور آریزونا Jeff Flake با FBI طراحی کرده تا یک هفته در مورد اتهامات تحقیق کنند', prs: 'طرح یک توافق توسط آریزونا سین. جیف فلیک به اف بی آی ارائه گردید تا یک تحقیقات یک هفته یی بالای اتهام را انجام دهند' }, note: 'the deal Flake engineered (among senators) for a one-week FBI investigation; both translations make the FBI a party to it' },
      { type: 'SUPPORT', cameo: '051', actor: ['USALEG'], recipient: ['USAJUD'], date: null, evidence: { fas: 'اعلام کرد که به نفع کاوانو رای می‌دهد', prs: 'یک بیانیه را مبنی بر اینکه به نفع کاوانا رای خواهد داد' }, note: 'Flake\'s office announces he will vote for Kavanaugh (the Farsi garbles «دفتر جمهوری‌خواهان میانه‌رو»)' },
      { type: 'PROTEST', mode: 'demo', cameo: '141', actor: ['USACVL'], recipient: ['USALEG'], date: null, evidence: { fas: 'در میان همهمه مخالفان به سمت آسانسور دادگاه قضایی می‌رود', prs: 'اعتراض کنندگان بالای وی فریاد میزدند' }, note: 'protesters confronting Flake at the elevator on Friday; «دیگران او را سرزنش می‌کردند» is the same act' },
      { type: 'SUPPORT', cameo: '051', actor: ['USAMED'], recipient: ['USAJUD'], date: null, optional: true, evidence: { fas: 'مجریانش به شدت از انتصاب کاوانو حمایت کرده بودند', prs: 'تحلیلگران ان شدیدًا از قرار کاوانا حمایت میکنند' }, note: 'Fox News hosts\' standing support, background' },
    ],
    not_events: [
      { evidence: { fas: 'بیش از ۲۰ میلیون نفر تماشاگر جلسه استماع برت کاوانو بودند', prs: 'بیش از 20 میلیون تن جلسه محکمه برت کاوانا را مشاهده کردند' }, note: 'TV audience figures' },
      { evidence: { fas: 'کاوانو می‌گوید صد درصد مطمئن است که این اتفاق رخ نداده است', prs: 'وی 100 در صد اطمینان دارد که این حادثه اتفاق نیفتاده است' }, note: 'a denial' },
    ],
  },
  {
    src: 'ntrex:reuters.218882', doc: 15, split: 'test',
    events: [
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['GBRGOV'], recipient: [], date: null, evidence: { fas: 'منتقدان را به «بازی سیاسی» در زمینه برگزیت متهم کرد', prs: 'منتقدین را در مورد بریگزیت به "بازی با سیاست" متهم ساخت' }, note: 'PM May accuses (unnamed) critics of her Brexit plan; headline and line 2 are the same act' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['GBRLEG'], recipient: ['GBRGOV'], date: null, evidence: { fas: 'از حمله وی به برنامه چکرز برای Brexit سخن گفت', prs: 'بالای به اصطلاح پلان چکور بریگزیت وی تاخت' }, note: 'Boris Johnson (former foreign minister, then an MP: LEG) attacks May\'s Chequers plan; the Farsi translation is garbled («سخن گفت», «پیشنهاد داد») but keeps the attack' },
    ],
    not_events: [
      { evidence: { fas: 'وارد بیرمنگام بریتانیا شده است', prs: 'به برمینگهم بریتانیا، مواصلت میکند' }, note: 'arriving at her own party conference is no interaction (photo caption)' },
    ],
  },
  {
    src: 'ntrex:abcnews.306764', doc: 17, split: 'test',
    note: 'probe: a volcano eruption, no political event',
    events: [],
    not_events: [
      { evidence: { fas: 'به مردم مکزیک هشدار داد نزدیک کوه آتشفشان نشوند', prs: 'به شهروندان مکسیکو هشدار داد تا از آتشفشان دور باشند' }, note: 'a safety warning by a disaster agency is no THREATEN' },
    ],
  },
  {
    src: 'ntrex:reuters.218888', doc: 18, split: 'dev',
    note: 'Catalan pro-independence protesters coded ESPOPP (separatist political movement), unionist demonstrators ESPCVL',
    events: [
      { type: 'PROTEST', mode: 'riot', cameo: '145', actor: ['ESPOPP'], recipient: ['ESPCOP'], date: null, evidence: { fas: 'درگیری معترضان طرفدار استقلال با پلیس ضد شورش در بارسلونا', prs: 'درگیری اعتراض کننده های طرفدار استقلال با پولیس ضد شورش' }, note: 'the Saturday clash (no day of month); the headline «پلیس … با جدایی‌طلبان کاتالان درگیر شد» is the same clash' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['ESPCOP'], recipient: ['ESPOPP'], date: null, evidence: { fas: 'شش نفر دستگیر شدند', prs: 'شش تن بازداشت شدند' } },
      { type: 'ASSAULT', mode: 'primitive', cameo: '180', actor: ['ESPOPP'], recipient: ['ESPCOP'], date: null, optional: true, evidence: { fas: 'شروع به پرتاب تخم‌مرغ و پاشیدن رنگهای پودری کردند', prs: null }, note: 'eggs and paint thrown at the police (could be folded into the riot); the Dari reverses the roles («پولیس ضد شورش به سمت یک گروهی … تخم مرغ … پرتاب نمود»): no Dari evidence' },
      { type: 'ASSAULT', mode: 'crowd-control', cameo: '175', actor: ['ESPCOP'], recipient: ['ESPOPP'], date: null, evidence: { fas: 'پلیس با استفاده از باتوم معترضان را محاصره کرد', prs: 'پولیس از چوب دست برای ممانعت درگیری استفاده نماید' }, note: 'batons used later in the day' },
      { type: 'PROTEST', mode: 'demo', cameo: '141', actor: ['ESPOPP'], recipient: ['ESPGOV'], date: null, optional: true, evidence: { fas: 'گروههای طرفدار استقلال با شعار "فراموشی ممنوع، بخشش ممنوع" در برابر اتحادگرایان', prs: 'گروه های طرفدار استقلال شعار میدادند که "فراموش نمیشود، بخشیده نمیشود"' }, note: 'the anniversary rallies themselves (separate from the clash with the police); unionist counter-demonstration not coded separately' },
      { type: 'ASSAULT', mode: 'crowd-control', cameo: '175', actor: ['ESPCOP'], recipient: ['ESPCVL'], date: '2017-10-01', evidence: { fas: 'پلیس سعی کرد رأی‌گیری را در حوزه‌های سراسر منطقه متوقف کند، حدود 1000 نفر در درگیریهای خشونت‌بار زخمی شدند', prs: 'پولیس با درگیری های خشونت بار تلاش برای ممانعت رای دهی در محل های رای دهی در سراسر منطقه نمود' }, note: 'background: police violence on the day of the 1 October referendum, last year' },
      { type: 'PROTEST', mode: 'obstruct', cameo: '144', actor: ['ESPOPP'], recipient: ['ESPCVL'], date: null, evidence: { fas: 'گروههای طرفدار استقلال در روز جمعه برای جلوگیری از تظاهرات تحت حمایت از پلیس ملی تحصن کردند', prs: 'گروه های طرفدار استقلال جمعه شب خیمه تحصن زدند تا از شکل گیری تظاهرات در حمایت از پولیس ملی، جلوگیری نمایند' }, note: 'sit-in to block the pro-police demonstration (Friday)' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['ESPGOV'], recipient: ['ESPOPP'], date: null, optional: true, evidence: { fas: 'بسیاری از رهبران مشهور آنها در تبعید یا بازداشت بسر می‌برند و در انتظار محاکمه', prs: 'از توقیف منتظر به محاکمه' }, note: 'standing detention of Catalan leaders (background state rather than an act)' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['ESPOPP'], recipient: ['ESPGOV'], date: null, optional: true, evidence: { fas: 'برای محکوم کردن واپسگرایی و سرکوبهایی است که ما از دولت اسپانیا دیده‌ایم', prs: 'برای نکوهش پس گشت در ارزش های دموکراتیک و سرکوبی که از جانب حکومت هسپانیه دیده ایم' }, note: 'Junqueras (jailed separatist leader) frames his candidacy as denouncing the Spanish government\'s repression' },
    ],
    not_events: [
      { evidence: { fas: 'اعلام کرد که در سال آینده در انتخابات پارلمان اروپا شرکت خواهد کرد', prs: 'سال آینده وی در انتخابات پارلمان اروپا خود را کاندید خواهد کرد' }, note: 'standing for election is no event between actors' },
      { evidence: { fas: 'مادرید آن را غیرقانونی می‌داند', prs: 'مادرید آنرا غیر قانونی می داند' }, note: 'a standing position, not a dated act' },
    ],
  },
  {
    src: 'ntrex:bbc.381780', doc: 19, split: 'test',
    events: [
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['GBRCOP'], recipient: ['GBRCVL'], date: null, evidence: { fas: 'سه مرد ۳۳، ۳۴ و ۳۹ ساله پس از اینکه خودروی خود را جند بار به خانه‌ای در لندندری کوبیدند دستگیر شدند', prs: 'بازداشت شدند' }, note: 'passive arrest with no agent: the police (a detective inspector speaks) are the arresting actor; headline is the same act; Thursday only, no day of month' },
      { type: 'ASSAULT', mode: 'destroy', cameo: '180', actor: ['GBRCVL'], recipient: ['GBRCVL'], date: null, optional: true, evidence: { fas: 'خودروی خود را جند بار به خانه‌ای در لندندری کوبیدند', prs: 'یک موتر مکررًا با یک خانه در لندن دری تصادم نمود' }, note: 'ramming a car into a house (property damage); the Dari reads almost as an accident («تصادم»)' },
      { type: 'ASSAULT', mode: 'primitive', cameo: '180', actor: [], recipient: [], date: null, optional: true, evidence: { fas: 'توسط یک کمان در خودرو نیز تیر‌اندازی شده است', prs: 'خاج کمان نیز شلیک شده است' }, note: 'English "may have been fired" is hedged; both Persian versions state it as fact' },
    ],
  },
  {
    src: 'ntrex:euronews-en.153800', doc: 21, split: 'test',
    events: [
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['TURGOV'], recipient: ['DEUGOV'], date: '2018-09-29', evidence: { fas: 'رهبران ترکیه و آلمان در آسمان آبی برلین با لبخند با هم دیدار کردند', prs: 'ملاقات رهبران ترکیه و آلمان هنگام صبحانه در برلین' }, note: 'Erdogan\'s state visit and his breakfast meeting with the German leader are one act; Saturday (29 September)' },
      { type: 'COERCE', mode: 'restrict', cameo: '172', actor: ['DEUCOP'], recipient: ['DEUCVL'], date: null, optional: true, evidence: { fas: 'پلیس به دلایل امنیتی از جمع شدن جمعیت ۲۵ هزار نفری در جلوی مسجد جلوگیری کرد', prs: 'پولیس به سبب دلایل امنیتی مانع ورود جمعیت بزرگ 25000 نفری در مقابل مسجد شد' }, note: 'police bar a crowd of (Turkish) supporters from gathering in Cologne' },
      { type: 'PROTEST', mode: 'demo', cameo: '141', actor: ['DEUCVL'], recipient: ['TURGOV'], date: null, evidence: { fas: 'صدها معترض مخالف اردوغان - که بسیاری از آنها کرد بودند - شروع به شعار دادن کردند', prs: 'صدها تن اعتراض کننده ضد اردوغان – که اکثر شان کردی بودند – نیز صدای شان را بلند کردند' }, note: 'anti-Erdogan (mostly Kurdish) protesters in Cologne coded as residents of Germany' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['DEUCVL'], recipient: ['TURGOV', 'DEUGOV'], date: null, evidence: { fas: 'سیاستهای اردوغان و تصمیم دولت آلمان برای پذیرفتن وی در این کشور را محکوم کردند', prs: 'سیاست های اردوغان و تصمیم حکومت آلمان برای استقبال وی به این کشور را محکوم نمودند' } },
    ],
    not_events: [
      { evidence: { fas: 'با هم مذاکره کردند', prs: 'تنش هایی داشتند' }, note: 'the Farsi mistranslates "they have fallen out" as "they negotiated" (the same meeting, not a second event); the Dari gives the background tension' },
      { evidence: { fas: 'سپس اردوغان به کلن رفت تا یک مسجد جدید و بسیار بزرگ را افتتاح کند', prs: 'سپس اردوغان به کلن رفت تا یک مسجد بزرگ جدید را افتتاح نماید' }, note: 'travel inside the host country to open a mosque: part of the same visit' },
    ],
  },
  {
    src: 'ntrex:bbc.381735', doc: 23, split: 'test',
    note: 'inmates coded GBRCVL, prison staff and the Prison Service GBRGOV',
    events: [
      { type: 'PROTEST', mode: 'riot', cameo: '145', actor: ['GBRCVL'], recipient: ['GBRGOV'], date: null, evidence: { fas: 'شش تن از ماموران زندان بخاطر آشوب در یک زندان مردانه با امنیت بالا زخمی شدند', prs: 'شش مأمور زندان در نتیجه آشوب در زندان مردانه که تحت تدابیر شدید امنیتی قرار دارد، زخم برداشتند' }, note: 'the Sunday disturbance by eight inmates (no day of month); headline and line 3 are the same disorder; the officers\' injuries are part of it' },
      { type: 'MOBILIZE', mode: 'police', cameo: '153', actor: ['GBRGOV'], recipient: ['GBRCVL'], date: null, evidence: { fas: 'افسران متخصص «تورنادو» برای مقابله با آشوب که شامل هشت زندانی است و در یک گوشه محاصره شده‌ وارد عمل شده‌اند', prs: 'مأمورین ویژه "تورنادو" وارد صحنه شدند تا آشوب را مهار نمایند' }, note: 'specialist "Tornado" prison officers deployed; the spokesperson\'s «کارکنان آموزش دیده و ویژه … مستقر شده‌اند» is the same deployment' },
      { type: 'THREATEN', mode: 'arrest', cameo: '130', actor: ['GBRGOV'], recipient: ['GBRCVL'], date: null, optional: true, evidence: { fas: 'افراد خاطی به پلیس سپرده می‌شوند و ممکن است مدت زمان بیشتری را پشت میله‌ها بگذارند', prs: 'مسؤولین حادثه به پولیس ارجاع شده و مدت طولانی تر را عقب میله ها سپری خواهند کرد' }, note: 'warning that those responsible will face the police' },
      { type: 'ASSAULT', mode: 'beat', cameo: '182', actor: ['GBRCVL'], recipient: ['GBRGOV'], date: null, evidence: { fas: 'رئیس زندان پس از آنکه مورد حمله یک زندانی قرار گرفت به بیمارستان منتقل شد', prs: 'رییس زندان پس از حمله یک زندانی، تحت معالجه شفاخانه قرار گرفت' }, note: 'the governor attacked by a prisoner in June (background)' },
      { type: 'PROTEST', mode: 'riot', cameo: '145', actor: ['GBRCVL'], recipient: ['GBRGOV'], date: null, evidence: { fas: 'افسران ضد شورش به زندان فرا خوانده شدند تا با یک آشوب جدی برخورد کنند', prs: 'از پولیس ضد شورش درخواست شد تا شورش شدیدی که در آن کارمندان توسط توپ های بیلیارد مورد حمله قرارگرفتند، را مهار کنند' }, note: 'the October riot last year, staff attacked with pool balls (background)' },
    ],
  },
  {
    src: 'ntrex:bbc.381765', doc: 25, split: 'test',
    events: [
      { type: 'ASSAULT', mode: 'beat', cameo: '182', actor: [], recipient: ['GBRCVL'], date: null, evidence: { fas: 'یک پسر ۱۶ ساله با زخمهای چاقو در سامرست پیدا شد', prs: 'یک شخص 16 ساله با جراحات وارده توسط چاقو در سومرسیت پیدا شد' }, note: 'stabbing; perpetrator not established (suspects only); headline «حمله در میدسامر نورتن» is the same act' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['GBRCOP'], recipient: ['GBRCVL'], date: null, evidence: { fas: 'سه پسر نوجوان و یک مرد ۲۰ ساله به دلیل سوء قصد و اقدام به قتل دستگیر شدند', prs: 'سه پسر نوجوان و یک مرد 20 ساله به ظن تلاش برای قتل بازداشت شدند' }, note: 'headline and line 5 restate the same four arrests (Avon and Somerset Police)' },
      { type: 'REQUEST', cameo: '100', actor: ['GBRCOP'], recipient: ['GBRCVL'], date: null, optional: true, evidence: { fas: 'افسران پلیس از افرادی که ممکن است فیلمی در مورد اتفاقات با گوشی ضبط کرده باشند درخواست کرده به پلیس مراجعه کنند', prs: 'خواسته است تا شهادت بدهد' }, note: 'routine police appeal for witnesses' },
    ],
  },
  {
    src: 'ntrex:cnn.304489', doc: 26, split: 'dev',
    note: 'the Democratic Party, out of power in 2018, is coded USAOPP; Kavanaugh (appeals judge, nominee) USAJUD',
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['USAGOV'], recipient: ['USAOPP'], date: null, evidence: { fas: 'رای به رد ظالم و تاکتیکهای ظالمانه حزب دموکرات است', prs: 'رای به رد تاکتیک های ظالمانه و خشونت آمیز حزب دموکرات است' }, note: 'Trump\'s rally speech in Wheeling; the headline («پستی و خشم» of the Democrats) and «ماموریت دموکراتها «ایجاد مقاومت و مانع‌تراشی»» are the same act' },
      { type: 'SUPPORT', cameo: '051', actor: ['USAGOV'], recipient: ['USAJUD'], date: null, evidence: { fas: 'مردم آمریکا درخشش و کیفیت و شجاعت» کاوانو را در آن روز دیدند', prs: 'مردم امریکا استعداد و شایستگی و جرأت" کاوانا را آنروز مشاهده کردند' }, note: 'praise of Kavanaugh on Saturday (no day of month); «یکی از معروفترین متخصصان حقوقی» restates it' },
      { type: 'ACCUSE', mode: 'allege', cameo: '1121', actor: ['USACVL'], recipient: ['USAJUD'], date: null, optional: true, evidence: { fas: 'فورد همچنین در جلسه استماع در مورد ادعای خود شهادت داد', prs: 'فورد نیز در جلسه استماع در مورد اتهام اش شهادت داد' }, note: 'Christine Blasey Ford\'s allegation, restated in her testimony on Thursday (background)' },
    ],
    not_events: [
      { evidence: { fas: 'به شدت ادعای کریستین بلاسی فورد که مدعی است کاوانو چند دهه قبل و در زمان نوجوانی او را مورد تجاوز جنسی قرار داده رد می‌کند', prs: 'اتهام وارده از سوی کریستین بلاسی فورد مبنی بر اینکه وی دهه ها قبل او را هنگامیکه نوجوان بودند اذیت جنسی نموده، را رد کرد' }, note: 'a denial is not an event; the alleged assault decades ago is an allegation, not a coded ASSAULT' },
      { evidence: { fas: 'پیش‌بینی می شود که نخستین رای‌گیری رویه‌ای', prs: 'انتظار میرود که اولین رای دهی کلیدی محاکماتی' }, note: 'an expected Senate vote' },
    ],
  },
  {
    src: 'ntrex:abcnews.306758', doc: 31, split: 'test',
    events: [
      { type: 'AGREE', cameo: '035', actor: ['MEXGOV'], recipient: ['MEXCVL'], date: null, evidence: { fas: 'قول داده که هرگز از نیروی نظامی علیه غیرنظامیان استفاده نکند', prs: 'تعهد نمود که هرگز علیه افراد ملکی از ارتش استفاده نمیکند' }, note: 'a pledge not to use the army against civilians is a positive promise (not a negated event); headline, line 2 and the Saturday speech are one act; president-elect coded GOV' },
      { type: 'ASSAULT', mode: 'firearms', cameo: '175', actor: ['MEXMIL'], recipient: ['MEXCVL'], date: '1968-10-02', evidence: { fas: 'سربازان به روی مردم آتش گشودند', prs: 'بالای یک مظاهره مسالمت آمیز در میدان شلیک نمود' }, note: 'Tlatelolco massacre, background with an explicit date' },
      { type: 'PROTEST', mode: 'demo', cameo: '141', actor: ['MEXCVL'], recipient: ['MEXGOV'], date: '1968-10-02', optional: true, evidence: { fas: 'در طی تظاهرات مسالمت‌آمیزی که در دوم اکتبر ۱۹۶۸ برگزار می‌شد', prs: 'یک مظاهره مسالمت آمیز' }, note: 'the 1968 student demonstration, mentioned as the setting of the massacre' },
      { type: 'AGREE', cameo: '0331', actor: ['MEXGOV'], recipient: ['MEXCVL'], date: null, evidence: { fas: 'متعهد به حمایت از جوانان مکزیکی شده است', prs: 'وعده داد که با دادن کمک هزینه دولتی به جوانان مکسیکو که درس میخوانند و گشایش بیشتر دانشگاه های دولتی رایگان، حمایت مینماید' }, note: 'pledge of monthly subsidies to students' },
    ],
  },
  {
    src: 'ntrex:reuters.218932', doc: 33, split: 'test',
    note: 'the referendum itself (30 September 2018) is voting, not an event between actors; nationalist opponents of the name change coded MKDOPP',
    events: [
      { type: 'REJECT', cameo: '129', actor: ['GRC'], recipient: ['MKD'], date: null, evidence: { fas: 'ورود مقدونیه به ناتو و اتحادیه اروپا را وتو کرده است', prs: 'عضویت آنرا در ناتو و اتحادیه ارپا را وتو نموده است' }, note: 'Greece\'s veto of Macedonia\'s NATO/EU entry (background); line 2 «مانع از عضویت» restates it' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['GRC'], recipient: ['MKD'], date: null, optional: true, evidence: { fas: 'ادعا می کند که نام همسایه شمالی آن، نوعی ادعا بر قلمرو این کشور را نشان می‌دهد', prs: 'معتقد است که نام همسایه شمالی آن به معنای ادعا بر قلمرو اش میباشد' }, note: 'as in document 1: allegation of a territorial claim, or a standing opinion (the Dari «معتقد است» is weaker)' },
      { type: 'AGREE', cameo: '057', actor: ['MKDGOV'], recipient: ['GRCGOV'], date: null, evidence: { fas: 'این دو دولت در ماه ژوئن در خصوص نام جدید پیشنهاد شده به توافق رسیدند', prs: 'در ماه جون هردو حکومت در مورد نام جدید پیشنهاد شده وارد توافق شدند' }, note: 'the June agreement between the two governments (month only); «توافقنامه با یونان» on the ballot refers to it' },
      { type: 'PROTEST', mode: 'boycott', cameo: '143', actor: ['MKDOPP'], recipient: ['MKDGOV'], date: null, evidence: { fas: 'پویش تحریم همه‌پرسی', prs: 'پیکار تحریم' }, note: 'the boycott campaign; the boycotters\' tents in front of parliament are the same campaign' },
    ],
    not_events: [
      { evidence: { fas: 'رئیس جمهور جورج ایوانف گفته که در همه‌پرسی رأی نخواهد داد', prs: 'رییس جمهور جورج ایوانو بیان داشت که وی در همه پرسی رای نخواهد داد' }, note: 'not voting is no event with a recipient (part of the boycott at most)' },
      { evidence: { fas: 'اعضای پارلمان به تعداد کافی اعلام کرده‌اند که به نتیجه انتخابات پایبند هستند', prs: 'اعضای کافی پارلمان گفته اند که نتیجه رای دهی را قبول میکنند' }, note: 'a commitment to respect a vote, no actor as recipient' },
      { evidence: { fas: 'اگر آنها نمی‌خواهند ما را با عنوان مقدونیه بپذیرند می‌توانیم به سمت دیگران مانند چین و روسیه برگردیم', prs: 'اگر آنها نمیخواهند ما را به نام مقدونیه قبول کنند، میتوانیم به سمت های دیگر چون چین و روسیه برویم' }, note: 'a citizen\'s conditional remark' },
    ],
  },
  {
    src: 'ntrex:cnn.304447', doc: 36, split: 'dev',
    note: 'the same rally as document 26 from another outlet; the Democratic Party USAOPP, Senator Feinstein USALEG',
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['USAGOV'], recipient: ['USAOPP'], date: null, evidence: { fas: 'شما این گروه وحشتناک، این رادیکال دموکراتهای وحشتناک را می‌بینید', prs: 'شما این گروه وحشتناک، وحشتناک و رادیکال دموکرات ها را میبینید' }, note: 'one act for the whole tirade («مأموریت دموکراتها … مانع‌تراشی», "angry and mean and nasty"); the Farsi garbles "calling the Democrats …" into «تا چه حد دموکراتها را … خطاب کردند»' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['USAGOV'], recipient: ['USALEG'], date: null, optional: true, evidence: { fas: 'بدترین زبان بدن که من تاکنون دیده‌ام', prs: 'بدترین زبان غیرکلامی که من تا کنون دیده ام' }, note: 'mockery of Senator Feinstein by name; could be folded into the attack on the Democrats' },
    ],
    not_events: [
      { evidence: { fas: 'سخنرانیهای ترامپ در ویرجینیای غربی', prs: 'ترامپ در ویرجینیای غربی گردهمآیی دارد' }, note: 'a campaign rally is no PROTEST' },
      { evidence: { fas: 'ولی ما نمی‌خواهیم این دو را به آنها بدهیم', prs: 'ما تصمیم نداریم آنرا برای شان بدهیم' }, note: 'electoral rhetoric, no REJECT of a demand' },
    ],
  },
  {
    src: 'ntrex:guardian.221762', doc: 40, split: 'dev',
    note: 'a feature before the ICJ ruling: mostly expectations, opinions and denials; few coded acts',
    events: [
      { type: 'ACCUSE', mode: 'allege', cameo: '115', actor: ['BOL'], recipient: ['CHL'], date: null, optional: true, evidence: { fas: 'به نفع ادعای بولیوی رای دهد و شیلی را موظف کند در خصوص تسلط بولیوی و دسترسی به دریا پای میز مذاکره بنشیند', prs: 'به نفع ادعای بولیویا فیصله خواهد کرد، چیلی ملزم است تا در مورد اعطای مسیر مستقل به بحر، با بولیویا مذاکره نماید' }, note: 'the pending ICJ case is presupposed, not reported as an act' },
      { type: 'CONSULT', mode: null, cameo: '046', actor: ['BOL'], recipient: ['CHL'], date: null, optional: true, evidence: { fas: 'پس از چند دهه مذاکره', prs: 'پس از دهه ها مذاکرات نامنظم' }, note: 'decades of fitful talks, background' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['CHLCVL'], recipient: ['BOLGOV'], date: null, optional: true, evidence: { fas: 'مسئله دسترسی به دریا توسط دولت فعلی بولیوی مورد سوء استفاده قرار گرفته است', prs: 'موضوع دسترسی به بحر توسط حکومت فعلی بولیویا به تاراج رفته است' }, note: 'a Chilean legal expert\'s criticism: an analyst\'s opinion or an ACCUSE' },
      { type: 'REJECT', cameo: '120', actor: ['BOLGOV'], recipient: ['CHL'], date: null, optional: true, evidence: { fas: 'بولیوی هرگز از حق خود برای دسترسی به اقیانوس آرام نخواهد گذشت', prs: 'بولیویا هرگز از حق اش در دسترسی به اقیانوس آرام انصراف نخواهد کرد' }, note: 'a diplomat restates a standing claim' },
    ],
    not_events: [
      { evidence: { fas: 'منتظر حکم دادگاه بین‌المللی در اول اکتبر است', prs: 'منتظر حکم محکمه بین المللی عدالت به تاریخ 1 اکتوبر است' }, note: 'a future ruling' },
      { evidence: { fas: 'دو کشور از سال 1962 سفیر در کشور یکدیگر ندارند', prs: 'از سال 1962 دو کشور سفیری به یکدیگر گسیل نداشته اند' }, note: 'a standing absence of relations, not a dated SANCTION' },
      { evidence: { fas: 'این تصور را که تصميم‌گيري دادگاه سرعت غير معمولی داشته باشد رد کرد', prs: 'روند تصمیم گیری محکمه بصورت غیرعادی سریع بوده است، رد نمود' }, note: 'rejecting an idea is a denial, not a REJECT of a demand' },
      { evidence: { fas: 'وی در اواخر ماه اوت قول داد', prs: 'وی در اواخر ماه اگست وعده داد' }, note: '«قول داد» here is a prediction ("we are very close to returning"), not a promise to an actor' },
    ],
  },
  {
    src: 'ntrex:cnbc.com.6769', doc: 41, split: 'test',
    events: [
      { type: 'REQUEST', cameo: '100', actor: ['PRKGOV'], recipient: ['USA'], date: null, evidence: { fas: 'او از ایالات متحده خواست پیگیر وعده‌هایی باشد', prs: 'وی از ایالات متحده خواست تا تعهد های داده شده در اجلاس سران سنگاپور بین رهبران رقیب را دنبال کند' }, note: 'FM Ri at the UN General Assembly, Saturday (no day of month)' },
      { type: 'REJECT', cameo: '1246', actor: ['PRKGOV'], recipient: ['USA'], date: null, evidence: { fas: 'هرگز سلاحهای هسته‌ای خود را نابود نخواهد کرد', prs: 'هرگز سلاح های هسته ای خود را خلع نخواهد کرد' }, note: 'refusal to disarm first unless it can trust Washington: a refusal (REJECT), as in doc 48' },
      { type: 'AGREE', cameo: '036', actor: ['USAGOV'], recipient: ['PRK'], date: null, evidence: { fas: 'پومپو قصد دارد تا ماه آینده به پیونگ یانگ سفر کند', prs: 'پومپیو قصد دارد ماه آینده برای آمادگی دومین نشست کیم-ترامپ به پیونگ یانگ سفر کند' }, note: 'planned visit next month → AGREE (convention)' },
      { type: 'AGREE', cameo: '036', actor: ['PRKGOV', 'USAGOV'], recipient: [], date: null, optional: true, evidence: { fas: 'کیم و رئیس جمهور آمریکا ترامپ هر دو خواستار نشست دوم شدند', prs: 'هردو کیم و  رییس جمهور ایالات متحده دونالد ترامپ خواهان نشست دوم هستند' }, note: 'both leaders want a second summit: intent to meet, reciprocal (coded once)' },
      { type: 'CONSULT', mode: 'third-party', cameo: '044', actor: ['USAGOV'], recipient: ['PRKGOV'], date: null, optional: true, evidence: { fas: 'مذاکراتی که بیش از سه ماه قبل در سنگاپور با کیم جونگ یونگ رهبر کره شمالی در خصوص دیپلماسی هسته‌ای انجام شده بود', prs: 'اجلاس سران سنگاپور بین رهبران رقیب' }, note: 'the earlier Singapore summit, background' },
    ],
    not_events: [
      { evidence: { fas: 'به نظر می‌رسد بزودی مذاکرات به بن‌بست  رسیده را مجددا شروع کند', prs: 'به نظر می رسد مایك پومپیو' }, note: 'speculation («به نظر می‌رسد») that Pompeo will restart talks' },
      { evidence: { fas: 'برای توافق خیلی با احتیاط عمل می‌کند', prs: 'واشنگتن مراقب پذیرش اعلامیه است' }, note: 'wariness, not a rejection' },
    ],
  },
  {
    src: 'ntrex:reuters.218861', doc: 48, split: 'dev',
    events: [
      { type: 'REJECT', cameo: '1246', actor: ['PRKGOV'], recipient: ['USA'], date: null, evidence: { fas: 'تحت چنین شرایطی به هیچ عنوان حاضر به تسلیم سلاح‌های هسته‌ای خود به صورت یک طرفه نخواهد بود', prs: 'به هیچ وجه کشورش نمی تواند در چنین شرایطی از تسلیحات هسته ای خود بصورت یک جانبه صرف نظر کند' }, note: 'FM Ri at the UN General Assembly on Saturday (no day of month); headline and the quote «به هیچ عنوان ابتدا … خلع سلاح» are the same refusal' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['PRKGOV'], recipient: ['USA'], date: null, evidence: { fas: 'نارضایتی‌های تکراری کره شمالی را در مورد مقاومت واشنگتن', prs: 'شکایت های آشنای کوریای شمالی را در مورد مقاومت واشنگتن' }, note: 'complaints about the US (no corresponding response, coercive sanctions, opposing the end-of-war declaration): one act of the speech' },
      { type: 'CONSULT', mode: 'third-party', cameo: '044', actor: ['PRKGOV'], recipient: ['USAGOV'], date: '2018-06-12', evidence: { fas: 'در اولین دیدار رسمی که بین رئیس جمهور فعلی ایالات متحده و رهبر کره شمالی در تاریخ 12 ژوئن در سنگاپور برگزار شد', prs: 'در اولین اجلاس بین رییس جمهور ایالات متحده و رهبر کره شمالی در سنگاپور به تاریخ 12 جون' }, note: 'the Singapore summit, background with an explicit day' },
      { type: 'AGREE', cameo: '057', actor: ['PRKGOV'], recipient: ['USAGOV'], date: '2018-06-12', evidence: { fas: 'بیانیه مشترکی که توسط Kim Jong Un و دونالد ترامپ', prs: 'بیانیه مشترک صادر شده توسط کیم جونگ اون و دونالد ترامپ' }, note: 'the joint statement; Kim\'s denuclearization pledge and Trump\'s security guarantee are its content, not coded separately' },
      { type: 'REQUEST', mode: 'change', cameo: '105', actor: ['USA'], recipient: ['PRK'], date: null, evidence: { fas: 'ایالات متحده گفته که پیونگ یانگ ابتدا باید از سلاح‌های هسته‌ای خود صرفنظر کند', prs: 'ایالات متحده گفته است پیونگ یانگ باید ابتدا از تسلیحات هسته ای خود را انصراف کند' } },
      { type: 'REJECT', mode: 'yield', cameo: '1244', actor: ['USA'], recipient: ['PRK'], date: null, evidence: { fas: 'واشنگتن همچنین در برابر درخواست‌ها برای کم کردن تحریم‌های سخت بین‌المللی علیه کره شمالی مقاومت کرده است', prs: 'واشنگتن همچنین در برابر فراخوان هایی مبنی بر تخفیف  تحریم های شدید بین المللی علیه کوریای شمالی مقاومت کرده است' } },
      { type: 'CONSULT', cameo: '040', actor: ['PRKGOV'], recipient: ['KORGOV'], date: null, optional: true, evidence: { fas: 'به سه جلسه برگزار شده بین Kim و رهبر کره جنوبی Moon Jae در پنج ماه گذشته', prs: 'به سه ملاقات میان کیم و رهبر کره جنوبی مون جه در پنج ماه گذشته' }, note: 'three Kim–Moon meetings, undated background (one event for the series)' },
      { type: 'THREATEN', mode: 'violence', cameo: '138', actor: ['PRKGOV'], recipient: ['USA'], date: null, evidence: { fas: 'هدف قرار دادن خاک ایالات متحده با موشک‌های کره شمالی اجتناب ناپذیر است', prs: 'هدف قرار دادن سرزمین اصلی ایالات متحده با موشک های کوریای شمالی احترازناپذیر است' }, note: 'Ri\'s speech last year (background)' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['USAGOV'], recipient: ['PRKGOV'], date: null, optional: true, evidence: { fas: 'ترامپ، Kim را «مرد موشکی» نامید', prs: 'رییس جمهور ترامپ کیم را "مرد موشکی" برای مأموریت انتحاری خواند' }, note: 'name-calling last year, background' },
      { type: 'THREATEN', mode: 'violence', cameo: '138', actor: ['USAGOV'], recipient: ['PRK'], date: null, evidence: { fas: 'سال قبل تهدید کرده بود کره شمالی را «کاملاً نابود» خواهد کرد', prs: 'سال گذشته تهدید کرد "کره شمالی را کاملاً نابود خواهد کرد"' }, note: 'background threat of last year' },
      { type: 'SUPPORT', cameo: '051', actor: ['USAGOV'], recipient: ['PRKGOV'], date: null, evidence: { fas: 'به خاطر شجاعت Kim در حرکت به سمت خلع سلاح، تمجید زیادی از او کرد', prs: 'به خاطر شجاعت در انجام اقدامات خلع سلاح، از کیم تمجید کرد' }, note: 'Trump at the UN earlier this week' },
      { type: 'REQUEST', mode: 'yield', cameo: '1054', actor: ['CHN', 'RUS'], recipient: ['IGOUNO'], date: null, optional: true, evidence: { fas: 'چین و روسیه بیان کردند که شورای امنیت سازمان ملل باید به پیونگ یانگ برای گام‌هایی که برداشته پاداش دهد', prs: 'چین و روسیه استدلال می کنند که شورای امنیت سازمان ملل باید پیونگ یانگ را برای اقدامات انجام شده پاداش دهد' }, note: 'arguing the Council should reward Pyongyang (sanctions relief): appeal or opinion' },
      { type: 'REQUEST', cameo: '100', actor: ['USAGOV'], recipient: ['IGOUNO'], date: null, optional: true, evidence: { fas: 'اجرای تحریم‌های شورای امنیت باید با شدت و بدون کم و کاست ادامه یابد', prs: 'اجرای تحریم های شورای امنیت باید با جدیت و بدون شکست ادامه یابد' }, note: 'Pompeo to the Security Council on Thursday: sanctions must be enforced' },
      { type: 'COERCE', mode: 'restrict', cameo: '163', actor: ['IGOUNO'], recipient: ['PRK'], date: null, evidence: { fas: 'به اتفاق آرا تحریم‌های کره شمالی را افزایش داده است', prs: 'با اجماع آرا علیه کوریای شمالی' }, note: 'Security Council sanctions since 2006 (background)' },
      { type: 'CONSULT', cameo: '040', actor: ['USAGOV'], recipient: ['PRKGOV'], date: null, evidence: { fas: 'پومپئو در حاشیه مجمع عمومی سازمال ملل با Ri دیدار کرد', prs: 'پومپیو در حاشیه اجلاس  مجمع عمومی سازمان ملل با ری دیدار نموده' } },
      { type: 'AGREE', cameo: '036', actor: ['USAGOV'], recipient: ['PRK'], date: null, evidence: { fas: 'در ماه آینده دوباره به پیونگ یانگ خواهد رفت', prs: 'ماه آینده مجدداً به پیونگ یانگ سفر می كند' }, note: 'planned visit next month → AGREE' },
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['USAGOV'], recipient: ['PRK'], date: null, optional: true, evidence: { fas: 'سه بار به کره شمالی سفر کرده', prs: 'سه بار از کره شمالی بازدید کرده است' }, note: 'three earlier visits this year, undated (one event for the series)' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['PRK'], recipient: ['USAGOV'], date: null, evidence: { fas: 'کره شمالی تنها پس از چند ساعت او را متهم به «خواسته‌های گانگستر» کرد', prs: 'او را به خاطر داشتن "خواست های مشابه دسته تبهکاران" محکوم کرد' }, note: 'July (no day); the Dari garbles the subject of the denunciation; the Farsi says «متهم کرد», the English "denounce" (disapprove)' },
      { type: 'AGREE', cameo: '0356', actor: ['PRK'], recipient: ['KORGOV'], date: null, optional: true, evidence: { fas: 'کره شمالی در دیدار با Moon در ماه جاری متعهد شد', prs: 'کوریای شمالی متعهد شد در دیدار با مون این ماه' }, note: 'pledge made to Moon this month to dismantle sites, conditional on US measures; recipient could be the USA' },
    ],
    not_events: [
      { evidence: { fas: 'به برنامه دیدار دوم بین Kim و ترامپ', prs: 'ری هیچ برنامه ای برای نشست دوم بین کیم و ترامپ' }, note: 'Ri did NOT mention the second summit' },
      { evidence: { fas: 'امکان خلع سلاح هسته‌ای به صورت یک طرفه را به طور کامل رد نمی‌کند', prs: 'خلع یک جانبه تسلیحات هسته یی را همانطور که پیونگ یانگ در گذشته انجام داده است، رد نمی کند' }, note: 'negated rejection' },
      { evidence: { fas: 'اگر طرف مقابل در مسأله خلع سلاح هسته‌ای، به جای ایالات متحده، کره جنوبی بود', prs: 'اگر طرف مقابل مسئله خلع هسته یی، کوریای جنوبی و نه ایالات متحده آمریکا بود' }, note: 'counterfactual' },
    ],
  },
  {
    src: 'ntrex:bbc.381701', doc: 54, split: 'dev',
    events: [
      { type: 'ASSAULT', mode: 'beat', cameo: '182', actor: [], recipient: ['GBRCVL'], date: null, evidence: { fas: 'مردی در روز جمعه در رستورانی در شرق بلفاست هدف چاقوکشی قرار گرفت', prs: 'روز جمعه مردی در یک رستورانت در شرق بلفاست با چاقو زده شد' }, note: 'stabbing on Friday; the charged man is a suspect, not the stated perpetrator; headline «چاقوکشی در رستوران بلفاست» is the same act' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['GBRCOP'], recipient: ['GBRCVL'], date: null, evidence: { fas: 'یک مرد 45 ساله به اقدام به قتل متهم شد', prs: 'یک مرد 45 ساله پس از اینکه روز جمعه مردی در یک رستورانت در شرق بلفاست با چاقو زده شد، به اقدام به قتل متهم شد' }, note: 'a criminal charge is CAMEO 173 (charge with legal action); the police speak in the article, so they are the charging actor' },
    ],
    not_events: [
      { evidence: { fas: 'انتظار می‌رود که متهم روز دوشنبه در دادگاه بدوی بلفاست حاضر شود', prs: 'انتظار می رود متهم روز دوشنبه در محکمه محلی بلفاست حضور یابد' }, note: 'an expected court appearance' },
      { evidence: { fas: 'اتهامات توسط دادستان عمومی بررسی خواهد شد', prs: 'اتهامات توسط سرویس عامه تعقیب قانونی بررسی خواهد شد' }, note: 'a future review' },
    ],
  },
  {
    src: 'ntrex:foxnews.94512', doc: 57, split: 'test',
    note: 'Rep. Waters USALEG; conservative websites and pundits USAMED; former press secretary Fleischer USAELI',
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['USALEG'], recipient: ['USAMED'], date: null, evidence: { fas: 'این ادعاها توسط کارشناسان و وب‌سایت‌های «حزب راست افراطی» مطرح شده است', prs: 'این ادعا ها توسط کارشناسان و وب سایت های"راست افراطی" پخش شده است' }, note: 'besides denying (not coded) she attacks the sources as lies; the Dari headline «با انتقاد شدید آنرا "دروغ های خطرناک" … میخواند» is the same act, the Farsi headline keeps only the denial' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['USAMED'], recipient: ['USALEG'], date: null, evidence: { fas: 'آدرس IP که منبع این پست‌ها را مشخص می‌کند، به دفتر Waters وابسته بوده است', prs: 'آدرس آی پی که منبع پست ها را مشخص می کند با دفتر واترز رابطه داشته' }, note: 'the websites\' allegation against her office' },
      { type: 'COERCE', mode: 'cyber', cameo: '170', actor: [], recipient: ['USALEG'], date: null, optional: true, evidence: { fas: 'توسط فردی ناشناس در Capitol Hill در طول یکی از جلسات سنا', prs: 'توسط یک شخص ناشناس در کاپیتول هیل در جریان جلسه محکمه سنا' }, note: 'posting the senators\' home addresses (Thursday) by an unknown person: doxxing has no clean PLOVER type' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['USAELI'], recipient: ['USALEG'], date: null, evidence: { fas: 'بیانیه Waters به سرعت باعث انتقادهای آنلاین شد، از جمله از طرف دبیر مطبوعاتی سابق کاخ سفید Ari Fleischer', prs: 'اظهارات واترز به سرعت انتقادات را به شمول سخنگوی سابق مطبوعات کاخ سفید، آری فلیشر برانگیخت' }, note: '«این تکذیب با عصبانیت همراه بود» and the following lines are the same criticism' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['USAOPP'], recipient: ['USAJUD'], date: null, optional: true, evidence: { fas: 'انتقاد دموکرات‌ها از قاضی Kavanaugh', prs: 'انتقاد دموکرات ها از قاضی کاوانا' }, note: 'background, mentioned in a comparison' },
      { type: 'THREATEN', cameo: '130', actor: ['USALEG'], recipient: [], date: null, optional: true, evidence: { fas: 'ما اطمینان حاصل خواهیم کرد که عاملان این موضوع مشخص شوند و مسئولیت قانونی', prs: 'ما اطمینان خواهیم داد كه مجرمین فاش می شوند' }, note: 'vow to hold the (unknown) perpetrators legally liable' },
    ],
    not_events: [
      { evidence: { fas: 'دست داشتن کارمندش در افشای اطلاعات سناتورهای GOP را رد کرد', prs: 'را رد کرد' }, note: 'the denial itself is not an event' },
      { evidence: { fas: 'اگر صحت داشته باشد، ادعای بزرگی است', prs: '"بزرگ اگر درست باشد،" او توییت کرد' }, note: 'conditional comment' },
      { evidence: { fas: 'این سه سناتور، Kavanaugh را مورد سؤال قرار دادند', prs: 'پرسش سه سناتور از كاوانا' }, note: 'questioning at a hearing is no event between actors' },
      { evidence: { fas: 'دفترش به «مقامات و نهادهای قانونی مربوطه» نسبت به این ادعاهای جعلی هشدار داده است', prs: 'دفتر اش به "مقامات و نهادهای اجرای قانون در ارتباط به این ادعاهای تقلب آمیز هشدار داده است' }, note: '«هشدار داده» here means "alerted" (reported to the police), not a THREATEN' },
    ],
  },
  {
    src: 'ntrex:cbsnews.248471', doc: 60, split: 'dev',
    events: [
      { type: 'ACCUSE', mode: 'investigate', cameo: '091', actor: ['USACOP'], recipient: ['USAJUD'], date: null, evidence: { fas: 'تحقیقات FBI در مورد اتهامات وارد شده علیه قاضی Brett Kavanaugh', prs: 'تحقیقات اف بی آی در مورد اتهامات علیه قاضی برت کاوانا' }, note: 'the FBI investigation (FBI coded COP as in the development gold); headline is the same investigation' },
      { type: 'CONSULT', mode: 'phone', cameo: '041', actor: ['USALEG'], recipient: ['USAJUD'], date: null, evidence: { fas: 'پس از اینکه این اتفاق افتاد و این ادعا پخش شد با او تماس گرفتم', prs: 'من بعد از اینکه این اتفاق افتاد، به او زنگ زدم' }, note: 'Senator Kennedy called Kavanaugh after the allegation came out (caller = actor); «با قاضی Kavanaugh صحبت کردم» is the same conversation' },
      { type: 'SUPPORT', cameo: '052', actor: ['USALEG'], recipient: ['USAJUD'], date: null, optional: true, evidence: { fas: 'Brett به شدت آن را رد کرد', prs: 'انکار کرد "گراهام با اشاره به کریستین بلاسی فورد، اضافه کرد' }, note: 'Senator Graham\'s firm support («نظر خود را … اعلام کردم») and his defence of Kavanaugh\'s denial' },
    ],
    not_events: [
      { evidence: { fas: 'در مصاحبه‌ای که یکشنبه پخش شد، از سناتورهای جمهوری‌خواه John Kennedy و Lindsey Graham سؤال کرد', prs: 'در مصاحبه ای که روز یکشنبه پخش شد، اسکات پلی، خبرنگار "60 دقیقه" از جمهوریخواهان سؤال کرد' }, note: 'a television interview is no CONSULT and a journalist\'s question no REQUEST' },
      { evidence: { fas: 'آیا یافته‌های این اداره می‌تواند هر یک از سناتورهای جمهوری‌خواه را وادار کند تا حمایت خود از او را پس بگیرند', prs: 'آیا یافته های این دفتر می تواند باعث شود تا هر کدام از سناتور های جمهوریخواه حمایت خود را از وی پس بگیرند' }, note: 'a hypothetical withdrawal of support' },
    ],
  },
  {
    src: 'ntrex:rt.com.91335', doc: 62, split: 'dev',
    events: [
      { type: 'THREATEN', mode: 'restrict', cameo: '1381', actor: ['USAGOV'], recipient: ['RUS'], date: null, evidence: { fas: 'واشنگتن می‌تواند «در صورت لزوم» برای جلوگیری از رسیدن انرژی روسیه به بازارها از جمله خاورمیانه، به نیروی دریایی خود متوسل شود', prs: 'واشنگتن می تواند "در صورت لزوم" به نیروی دریایی خود متوسل شود تا از ورود روسیه به بازارها از جمله خاورمیانه جلوگیری كند' }, note: 'Interior Secretary Zinke; conditional blockade («در صورت لزوم») is a THREATEN; headline and the later quote are the same act' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['USAGOV'], recipient: ['RUS'], date: null, evidence: { fas: 'Zinke ادعا کرد دخالت روسیه در سوریه', prs: 'زینک ادعا کرد که درگیری روسیه در سوریه' } },
      { type: 'REQUEST', mode: 'change', cameo: '1042', actor: ['USAGOV'], recipient: ['DEU'], date: null, evidence: { fas: 'تلاش می‌کنند آلمان را ترغیب کنند تا از پروژه «نامناسب» خط لوله Nord Stream 2', prs: 'در تلاش اند تا جرمنی را تشویق به عقب نشینی از پروژه “نامناسب” خط لوله نورد ستریم 2 کند' }, note: 'ongoing pressure on Germany to leave Nord Stream 2' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['USAGOV'], recipient: ['DEU'], date: null, optional: true, evidence: { fas: 'برلین را «برده» مسکو می‌کند', prs: 'برلین “اسیر” روسیه گردد' }, note: 'Trump\'s jibe that the pipeline makes Berlin Moscow\'s captive' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['RUSGOV'], recipient: ['USA'], date: null, evidence: { fas: 'کرملین می‌گوید مخالفت شدید واشنگتن با این پروژه تنها به دلایل اقتصادی است و نمونه‌ای از رقابت ناسالم است', prs: 'کریملین تاکید میکند که موقعیت خونسردانه واشینگتن در برابر این پروژه تنها بنابر دلایل اقتصادی استوار بوده و این یک نمونه رقابت ناسالم میباشد' } },
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['USAGOV'], recipient: ['RUSGOV'], date: null, evidence: { fas: 'پس از جلسه‌ای که در ماه سپتامبر با وزیر انرژی ایالات متحده Rick Perry در مسکو داشت', prs: 'بعد از نشست خویش با وزیر انرژی ایالات متحده، ریک پیری در ماه سپتمبر در مسکو' }, note: 'Perry–Novak meeting in Moscow in September (no day): the American is the visitor' },
      { type: 'REJECT', mode: 'change', cameo: '1232', actor: ['DEU'], recipient: ['USA'], date: null, evidence: { fas: 'موضع آمریکا باعث واکنش شدید آلمان شد و مجدداً بر تعهد خود نسبت به این پروژه تأکید کرد', prs: 'جرمنی که تعهد خویش را در برابر این پروژه دوباره تایید نموده است، واکنش جدی از خود نشان بدهد' }, note: 'Germany rebuffs the US demand by reaffirming the project' },
      { type: 'REQUEST', mode: 'change', cameo: '1042', actor: ['DEUBUS'], recipient: ['USA'], date: null, evidence: { fas: 'به ایالات متحده توصیه کرده از دخالت در سیاست‌های انرژی اتحادیه اروپا و توافق‌های دوجانبه بین برلین و مسکو اجتناب کند', prs: 'خطاب به ایالات متحده آمریکا نموده و گفته است تا از پالیسی انرژی اروپا و قرارداد های دوجانبه میان برلین و مسکو دوری اختیار نماید' }, note: 'the Federation of German Industries (business sector BUS)' },
      { type: 'CONSULT', cameo: '040', actor: ['DEUGOV'], recipient: ['RUSGOV'], date: null, evidence: { fas: 'جلسه اخیری که بین صدر اعظم آلمان Angela Merkel و رئیس جمهور روسیه Vladimir Putin برگزار شد', prs: 'نشست اخیر میان انگلا مرکل، نخست وزیر جرمنی و ولادمیر پوتین، رییس جمهور روسیه' }, note: 'the recent Merkel–Putin meeting, background' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['DEUBUS'], recipient: ['USA'], date: null, optional: true, evidence: { fas: 'برای من قابل هضم نیست که یک دولت سوم در تأمین انرژی ما دخالت کند', prs: 'من زمانی مشکل بزرگی دارم که یک کشور سوم در تدارک انرژی ما مداخله میکند' }, note: 'BDI head Kempf; the "third state" is the USA only by context' },
    ],
    not_events: [
      { evidence: { fas: 'مسکو بارها تأکید کرده که خط لوله 11 میلیارد دلاری Nord Stream 2', prs: 'مسکو مکررا تاکید نموده است که خط لوله نورد ستریم 2' }, note: 'a description of the project, not an act toward an actor' },
    ],
  },
  {
    src: 'ntrex:newsweek.51300', doc: 63, split: 'test',
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['USALEG'], recipient: ['USAGOV'], date: null, evidence: { fas: 'در مخالفت با دونالد ترامپ گفت او «دارد این منطقه را در جهت اشتباه پیش می‌برد.»', prs: 'گفت که "وی کشور این را به سوی مسیر نادرست رهنمایی میکند' }, note: 'Senator Warren at the Holyoke town hall (Saturday); «من … بسیار نگرانم» is the same criticism' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['USALEG'], recipient: ['USAGOV', 'USAJUD'], date: null, optional: true, evidence: { fas: 'با صراحت نسبت به ترامپ و نامزد معرفی شده توسط او برای دادگاه عالی، Brett Kavanaugh انتقاد کرده است', prs: 'ورین در انتقاداتش در مورد دانلد ترامپ و بریت کاوانوا، کاندید وی برای ستره محکمه صریح بوده است' }, note: 'her habitual criticism, background summary' },
      { type: 'REQUEST', cameo: '100', actor: ['USALEG'], recipient: [], date: null, optional: true, evidence: { fas: 'قبل از رأی‌گیری، حتماً به تحقیقات FBI نیاز داریم', prs: 'البته ما قبل از رای دادن، نیاز به تحقیقات FBI داریم' }, note: 'Friday tweet calling for an FBI investigation, no addressee' },
    ],
    not_events: [
      { evidence: { fas: 'روز شنبه گفت که «به طور جدی» در رقابت برای انتخایات میان‌دوره‌ای ریاست جمهوری شرکت خواهد کرد', prs: 'روز شنبه گفت که وی در مورد کاندید شدن در انتخابات ریاست جمهوری، بعد از انتخابات میان ترم، “به شکل جدی” فکر خواهد کرد' }, note: 'considering a candidacy is no event (the Farsi even turns "take a hard look" into «شرکت خواهد کرد»)' },
      { evidence: { fas: 'Biden گفته تا ماه ژانویه، تصمیم خود را به صورت رسمی اعلام خواهد کرد', prs: 'بایدن گفت که وی در ماه جنوری رسما تصمیم خواهد گرفت' }, note: 'a future personal decision' },
    ],
  },
  {
    src: 'ntrex:upi.176275', doc: 65, split: 'test',
    events: [
      { type: 'SUPPORT', cameo: '053', actor: ['USAGOV'], recipient: [], date: null, evidence: { fas: 'هجده ایالت در کنار بخش کلمبیا از ایجاد چالش قانونی برای سیاست جدید ایالات متحده که از اعطای پناهندگی به قربانیان فراری از گروه‌های جنایتکار یا خشونت خانگی جلوگیری می‌کند، حمایت می‌کنند', prs: 'هژده ایالت و ولسوالی کلمبیا از چالش قانونی در برابر پالیسی جدید ایالات متحده امریکا' }, note: '18 states and D.C. (their attorneys general: sub-national executives, USAGOV) file a brief backing an asylum seeker of unstated nationality; headline and the Friday filing are the same act' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['USAGOV'], recipient: ['USAGOV'], date: null, optional: true, evidence: { fas: 'سیاست جدید «ده‌ها قانون ایالتی، فدرال و بین‌المللی را نادیده می‌گیرد.»', prs: 'پالیسی جدید "قانون دهه های ایالت، فدرال و بین المللی را نادیده میگیرد."' }, note: 'D.C. attorney general Racine criticizes the federal policy (GOV → GOV inside the USA)' },
      { type: 'ACCUSE', mode: 'allege', cameo: '115', actor: ['USANGO'], recipient: ['USAGOV'], date: null, evidence: { fas: 'اتحادیه آزادی‌های مدنی آمریکا در ماه آگوست علیه سیاست فدرال ارائه کرد', prs: 'اتحادیه آزادی های مدنی امریکایی که در ماه آگست در برابر پالیسی فدرال خانه پری گردید' }, note: 'ACLU lawsuit in August (no day); the Dari garbles the sentence but keeps the suit against the federal policy' },
      { type: 'REJECT', cameo: '120', actor: ['USAGOV'], recipient: [], date: '2018-07-20', evidence: { fas: 'مقامات ایالات متحده درخواست او برای پناهندگی را در 20 جولای رد کرده‌اند', prs: 'مقامات ایالات متحده آمریکا درخواست وی برای پناهندگی را به تاریخ 20 جولای رد نمودند' }, note: 'asylum request denied on 20 July (year from the news context); applicant of unstated nationality' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['USAGOV'], recipient: [], date: null, optional: true, evidence: { fas: 'او در تگزاس تحت بازداشت قرار گرفت', prs: 'وی در تکزاس توقیف گردیده بود' }, note: 'immigration detention, agent unstated' },
    ],
    not_events: [
      { evidence: { fas: 'دادستان کل Jeff Sessions در ژوئن دستور داد', prs: 'جلسه سارنوال جنرال جیف در ماه جون بالای قاضی های مهاجرت حکم نمود' }, note: 'an internal policy order (attorney general to immigration judges) is no interaction between actors' },
    ],
  },
  {
    src: 'ntrex:reuters.218933', doc: 67, split: 'test',
    events: [
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['USAGOV'], recipient: ['CHN'], date: null, evidence: { fas: 'سفیر ایالات متحده در چین، پکن را به استفاده از مطبوعات آمریکایی برای نشر تبلیغات پروپاگاندا متهم کرد', prs: 'سفیر امریکا به چین بیجینگ را به استفاده از رسانه های امریکایی برای نشر پروپاگاندا متهم ساخت' }, note: 'Ambassador Branstad; headline, line 2, his op-ed quotes and «پکن به کارگران … ضربه زده است» are the same accusation' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['USAGOV'], recipient: ['CHN'], date: null, evidence: { fas: 'پس از متهم‌کردن چین به تلاش برای دخالت در انتخابات کنگره ایالات متحده', prs: 'چین را به علاقه در مداخله در انتخابات کنگره 6 نومبر ایالات متححده آمریکا متهم ساخت' }, note: 'Trump\'s earlier accusation of election meddling (last Wednesday: no day of month)' },
      { type: 'COERCE', mode: 'restrict', cameo: '163', actor: ['CHN'], recipient: ['USA'], date: null, optional: true, evidence: { fas: 'تعرفه‌های تلافی‌جویانه چین در جنگ تجاری', prs: 'تعرفه های قصاصی چین در اوایل این جنگ' }, note: 'retaliatory tariffs early in the trade war, background' },
      { type: 'REJECT', cameo: '120', actor: ['CHNMED'], recipient: ['USAGOV'], date: null, optional: true, evidence: { fas: 'یکی از برجسته‌ترین روزنامه‌های چین از قبول پیشنهاد چاپ مقاله‌اش طفره رفته است', prs: 'یکی از برجسته ترین روزنامه های چینایی در نشر مقاله وی طفره روی کرد' } },
    ],
    not_events: [
      { evidence: { fas: 'که البته چین آن را رد کرد', prs: 'اتهامی که چین رد میکند' }, note: 'a denial is not an event' },
      { evidence: { fas: 'بر واردات کالاهای یکدیگر تعرفه وضع کنند', prs: 'شاهد بلند بردن تعرفه ها بالای واردات یکدیگر بوده است' }, note: 'general description of the trade war' },
    ],
  },
  {
    src: 'ntrex:newsweek.51328', doc: 68, split: 'dev',
    note: 'analysis piece; Kavanaugh USAJUD, accusers USACVL, Republican senators USALEG, the FBI USACOP',
    events: [
      { type: 'SUPPORT', cameo: '052', actor: ['USALEG'], recipient: ['USAJUD'], date: null, evidence: { fas: 'به دفاع از نامزد دادگاه عالی Brett Kavanaugh می‌پردازند', prs: 'از موقعیت بریت کوانوا، کاندید ستره محکمه در برابر تعداد زیادی از اتهامات مبنی بر آزار و اذیت جنسی دفاع میکنند' }, note: '"top Republicans" defend the nominee (ongoing)' },
      { type: 'PROTEST', mode: 'demo', cameo: '141', actor: ['USACVL'], recipient: ['USALEG'], date: null, evidence: { fas: 'معترضان صبح جمعه در راهروی سنا تظاهرات کرده و فریاد می‌زدند «نوامبر در راه است!»', prs: 'مظاهره کننده گان در حالیکه از دهلیز سنا رد میشدند، شعار دادند "نومبر آمدنیست!"' }, note: 'Friday morning, against the committee Republicans' },
      { type: 'ACCUSE', mode: 'investigate', cameo: '091', actor: ['USACOP'], recipient: ['USAJUD'], date: null, evidence: { fas: 'پلیس FBI در حال بررسی ادعاهای مطرح شده توسط Ford و همچنین حداقل یک متهم‌کننده دیگر', prs: 'FBI فعلا تحقیقات خویش را در مورد اتهامات وارد شده از سوی فورد و حد اقل یک متهم کننده دیگر' } },
      { type: 'REQUEST', cameo: '100', actor: ['USALEG'], recipient: ['USACOP'], date: null, optional: true, evidence: { fas: 'حمایت دقیقه نودی سناتور Jeff Flake (R-Arizona) از تحقیقات FBI', prs: 'تلاش لحظه آخر سناتو جیف فلیکس' }, note: 'Flake\'s push for the investigation, mentioned in passing' },
      { type: 'ACCUSE', mode: 'allege', cameo: '1121', actor: ['USACVL'], recipient: ['USAJUD'], date: null, evidence: { fas: 'Ford هفته گذشته نزد کمیته قضایی سنا قسم خورد و شهادت داد', prs: 'فورد هفته گذشته در برابر کمیته قضایی سنا سوگند خورد' }, note: 'Ford\'s sworn testimony last week' },
      { type: 'ACCUSE', mode: 'allege', cameo: '1121', actor: ['USACVL'], recipient: ['USAJUD'], date: null, evidence: { fas: 'Ramirez ادعا می‌کند که نامزد دادگاه عالی', prs: 'رامیرز اتهام میبنند که کاندید ستره محکمه' }, note: 'a second accuser: a separate act' },
    ],
    not_events: [
      { evidence: { fas: 'تحلیل‌گران هشدار می‌دهند', prs: 'تحلیل گران هشدار میدهند' }, note: 'analysts\' warnings are predictions, no THREATEN' },
      { evidence: { fas: 'زنان آنچه دیروز اتفاق افتاد را فراموش نخواهند کرد', prs: 'زنان چیزی را که دیروز اتفاق افتاد، فراموش نخواهند کرد' }, note: 'an advocacy group\'s prediction' },
      { evidence: { fas: 'نظرسنجی جدیدی که توسط YouGov انجام شده', prs: 'یک نظر سنجی جدید توسط YouGov' }, note: 'a poll' },
    ],
  },
  {
    src: 'ntrex:bbc.381680', doc: 78, split: 'dev',
    note: 'probe: business warnings about a no-deal Brexit; conditional statements and «هشدار داد» that are no THREATEN',
    events: [],
    not_events: [
      { evidence: { fas: 'تولید در کارخانه Burnaston در نزدیکی Derby را به طور موقت به حالت تعلیق در خواهد آورد', prs: 'این کمپنی تولید خویش در فابریکه برناستون، نزدیک دیربای را موقتا متوقف خواهد کرد' }, note: 'a company\'s conditional production halt ("if Britain leaves without a deal")' },
      { evidence: { fas: 'اما هشدار داد که در بلند مدت این هزینه‌های اضافی می‌تواند رقابت‌پذیری کارخانه را کاهش داده', prs: 'اما در دراز مدت هشدار داد که هزینه های اضافه شده باعث خواهد شد' }, note: 'an economic warning, not a threat against an actor' },
      { evidence: { fas: 'ما باید برنامه‌ای دقیق و قابل اطمینان برای روابط آتی خود با اتحادیه اروپا مطرح کنیم', prs: 'ما پلان دقیق و معتبری را برای ارتباطات آینده ما با اتحادیه اروپا ارایه داشته ایم' }, note: 'the government "has put forward" its plan (Dari, a past act, still only a policy statement); the Farsi turns it into an obligation («باید … مطرح کنیم»)' },
      { evidence: { fas: '«موجب پشیمانی همیشگی آنها» خواهد شد', prs: '"برای همیشه پشیمان" خواهد ماند' }, note: 'a conditional regret is no CONCEDE' },
    ],
  },
  {
    src: 'ntrex:guardian.221756', doc: 79, split: 'test',
    note: 'intra-US-government business; special counsel Mueller coded USAJUD, Kavanaugh USAJUD',
    events: [
      { type: 'ACCUSE', mode: 'investigate', cameo: '091', actor: ['USAGOV'], recipient: ['USAJUD'], date: null, evidence: { fas: 'ترامپ به FBI دستور داد یک هفته دیگر به تحقیق درباره ادعاهای مطروحه علیه کاووانا بپردازد', prs: 'ترامپ حکم تحقیقات یک هفته ای از سوی FBI علیه اتهامات در برابر کاوانوا را ارایه نمود' }, note: 'Trump orders the FBI investigation on Friday (no day of month)' },
      { type: 'ACCUSE', mode: 'investigate', cameo: '091', actor: ['USAJUD'], recipient: ['RUS', 'USAGOV'], date: null, optional: true, evidence: { fas: 'در حال تحقیق در مورد دخالت روسیه در انتخابات و ارتباط بین روسیه و کمک‌های ترامپ و جلوگیری احتمالی رئیس جمهور از اجرای عدالت می‌باشد', prs: 'مداخلات روسیه در انتخابات، روابط کمک های ترامپ و روسیه و جلوگیری بالقوه رییس جمهور از پیاده شدن عدالت را ارزیابی میکند' }, note: 'the ongoing Mueller investigation, background description' },
      { type: 'ACCUSE', mode: 'allege', cameo: '1121', actor: ['USACVL'], recipient: ['USAJUD'], date: null, optional: true, evidence: { fas: 'یکی از زنانی که او را به سوءاستفاده جنسی متهم کرده بود', prs: 'یکی از زنانی که او را متهم به سو رفتار نموده است' }, note: 'background allegation; the Dari garbles the sentence (makes Ford the speaker)' },
      { type: 'AGREE', cameo: '036', actor: ['USAGOV'], recipient: ['USAGOV'], date: null, optional: true, evidence: { fas: 'ملاقات پر مخاطره دونالد ترامپ با معاون دادستان کل Rod Rosenstein ممکن است «یک هفته دیگر به تأخیر بیفتد»', prs: 'نشست های بلند رتبه ترامپ با معاون سارنوال رود روزینستین ممکن یک بار دیگر برای "یک هفته دیگر به تعویق بیافتد"' }, note: 'a planned but undated internal meeting that may slip again' },
    ],
    not_events: [
      { evidence: { fas: 'Rosenstein این گزارش را رد کرد', prs: 'روزینستین این گزارش را رد کرد' }, note: 'a denial' },
      { evidence: { fas: 'ترامپ گفت «ترجیح می‌دهد» روزنستاین را اخراج نکند', prs: 'او برطرف کردن روزنستین را "ترجیح نخواهد داد"' }, note: 'a non-firing is no event' },
      { evidence: { fas: 'سارا سندرز، معاون مطبوعاتی ترامپ، یکشنبه در برنامه فاکس نیوز حاضر شد', prs: 'سارا سندریس، روز یکشنبه در Fox News ظاهر گردید' }, note: 'a television interview is no CONSULT' },
      { evidence: { fas: 'اینکه آیا ترامپ معاون دادستان کل را اخراج می‌کند یا خیر', prs: 'اینکه آیا ترامپ معاون لوی سارنوال را برطرف میکند یا خیر' }, note: 'speculation' },
    ],
  },
  {
    src: 'ntrex:scotsman.133783', doc: 80, split: 'dev',
    note: 'EU staff of the Scottish NHS have no actor code (EU citizens of many countries): recipient []',
    events: [
      { type: 'SUPPORT', cameo: '051', actor: ['GBRGOV'], recipient: [], date: null, evidence: { fas: 'مراتب قدردانی کشورش را از آنان ابراز کرده', prs: 'حق شناسی کشور را ابراز نمایند' }, note: 'Scottish Health Secretary Jeane Freeman\'s letter of thanks; headline and line 3 are the same letter' },
      { type: 'AGREE', cameo: '0331', actor: ['GBRGOV'], recipient: [], date: null, optional: true, evidence: { fas: 'دولت اسکاتلند متعهد شده است تا هزینه های درخواست وضعیت های نهایی شده مربوط به شهروندان اتحادیه اروپا', prs: 'حکومت سکاتلند از قبل متعهد به پرداختن هزینه درخواست های وضعیت جابجایی برای اتباع اتحادیه اروپا' }, note: 'commitment to pay the settled-status fees' },
      { type: 'CONSULT', mode: null, cameo: '046', actor: ['GBRGOV'], recipient: ['IGOEUREEC'], date: null, evidence: { fas: 'مذاکرات بین پادشاهی متحده و اتحادیه اروپا در مورد خروج ادمه داشته', prs: 'مذاکرات میان انگلستان و اتحادیه اروپا در مورد خروج از این اتحادیه جریان داشته است' }, note: 'Brexit negotiations over the summer (quoted in the letter)' },
    ],
    not_events: [
      { evidence: { fas: 'دولت انگلستان نیز در حال افزایش آمادگی خود برای سناریوی عدم-توافق می باشد', prs: 'حکومت انگلستان همچنان آماده سناریوی عدم معامله ممکنه میباشد' }, note: 'preparations, no interaction' },
    ],
  },
  {
    src: 'ntrex:nytimes.184862', doc: 88, split: 'dev',
    note: 'migrants and sponsors of unstated nationality: recipient []; ICE coded USACOP (law enforcement)',
    events: [
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['USACOP'], recipient: [], date: null, evidence: { fas: 'آژانس هزاران تن از کسانی که برای حمایت از کودکان ثبت نام کرده اند را دستگیر کرده است', prs: 'این نمایندگی تعداد زیادی از اشخاص را که برای سپانسر نمودن اطفال بدون سرپناه درخواست ارایه کرده بودند، دستگیر نموده اند' }, note: 'ICE arrests of would-be sponsors (the Farsi turns "dozens" into «هزاران»); «افرادی که دستگیر شده اند» later is the same act' },
      { type: 'COERCE', mode: 'restrict', cameo: '172', actor: ['USAGOV'], recipient: [], date: null, optional: true, evidence: { fas: 'مقامات فدرال اعلام کردند حامیان احتمالی و افراد بالغ خانواده هایشان باید اثر انگشت بدهند', prs: 'مقامات فدرال اعلام نمودند که سپانسر های بالقوه و اعضای فامیل بالغ باید نشان انگشت خویش را ثبت نمایند' }, note: 'a new administrative requirement (June): policy rather than an act on an actor' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['USAGOV'], recipient: [], date: null, optional: true, evidence: { fas: 'صدها تن از کودکان مهاجر بی سر و صدا به کمپ چادری در مرز تگزاس منتقل شدند', prs: 'صدها طفل مهاجر به خاموشی به یک کمپ خیمه ای در مرز تکزاس انتقال داده شدند' }, note: 'moving detained children to a tent camp (continued detention), agent unstated' },
    ],
    not_events: [
      { evidence: { fas: 'در کنگره شهادت داد', prs: 'در مقابل کنگره احضار گردید' }, note: 'testimony before Congress is no CONSULT; the Dari mistranslates it as being summoned' },
      { evidence: { fas: 'آنهایی که برای حمایت قانونی واجد شرایط نمی باشند به سرعت اخراج می شوند', prs: 'آنهای که واجد شرایط دانسته نمیشوند، به کشور شان برگشتانده خواهند شد' }, note: 'a conditional, future deportation rule' },
    ],
  },
  {
    src: 'ntrex:thelocal.65969', doc: 89, split: 'test',
    events: [
      { type: 'REQUEST', mode: 'yield', cameo: '1056', actor: ['SYRGOV'], recipient: ['USAMIL', 'FRAMIL', 'TURMIL'], date: null, evidence: { fas: 'سوریه به «نیروهای اشغالگر» آمریکا، فرانسه و ترکیه دستور داد تا فورا خارج شوند', prs: "سوریه به 'نیرو های اشغالی' ایالات متحده آمریکا، فرانسویو و ترکی میگوید تا فورا بیرون شوند" }, note: 'FM Moualem at the UN General Assembly; headline and «آنها باید بدون هیچ شرطی … خارج شوند» are one demand' },
      { type: 'REQUEST', cameo: '100', actor: ['SYRGOV'], recipient: ['SYRCVL'], date: null, evidence: { fas: 'از آوارگان خواسته است تا به خانه های خود بازگردند', prs: 'خطاب به مهاجرین سوریه کرد تا دوباره به کشور برگردند' }, note: 'call on Syrian refugees to return (refugees coded CVL)' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['SYRGOV'], recipient: ['USAMIL', 'FRAMIL', 'TURMIL'], date: null, optional: true, evidence: { fas: 'نیروهای خارجی به صورت غیر قانونی به بهانه مبارزه با تروریسم در خاک سوریه هستند', prs: 'نیروهای خارجی در خاک سوریه به بهانه مبارزه علیه تروریزم، به شکل غیرقانونی موجود اند' }, note: 'calling their presence illegal, part of the same speech as the demand' },
      { type: 'THREATEN', mode: 'violence', cameo: '138', actor: ['SYRGOV'], recipient: ['USAMIL', 'FRAMIL', 'TURMIL'], date: null, evidence: { fas: 'با آنها برخورد مناسب خواهد شد', prs: 'با ایشان به همین ترتیب رفتار خواهد شد' }, note: '«will be dealt with accordingly»; the vow to purge «any illegal foreign presence» restates it' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['SYRGOV'], recipient: ['WST'], date: null, evidence: { fas: 'بعضی از کشورهای غربی را بخاطر ایجاد هراس غیر منطقی که باعث می شوند تا آوارگان از سوریه دور بمانند، سرزنش کرد', prs: 'را متهم به "پخش کردن هراس" کرد' }, note: 'the Dari says «بعضی از کشور های خارجی» (foreign, not Western) countries; the Farsi and the English say Western' },
      { type: 'REQUEST', mode: 'assist', cameo: '1033', actor: ['SYRGOV'], recipient: [], date: null, evidence: { fas: 'ما از جوامع بین‌المللی و سازمانهای بشردوستانه خواسته ایم تا تسهیلات این بازگشت را فراهم کنند', prs: 'ما بالای جامعه بین المللی و بنیاد های کمک های بشردوستانه صدا کردیم تا این برگشت ها را تسهیل نمایند' }, note: '"international community and humanitarian organizations": no actor code' },
      { type: 'THREATEN', mode: 'relations', cameo: '1311', actor: ['USA', 'IGOEUREEC'], recipient: ['SYRGOV'], date: null, evidence: { fas: 'ایالات متحده و اتحادیه اروپا هشدار دادند که تا زمانی که توافقی بین اسد و نیروهای مخالف برای پایان جنگ برقرار نشود، هیچگونه کمکی برای بازسازی به سوریه داده نخواهد شد', prs: 'ایالات متحده آمریکا و اتحادیه اروپا هشدار داده اند که اگر قرارداد سیاسی میان اسد و مخالفین در پایان جنگ ایجاد نگردد، کمک های ساختمانی برای سوریه وجود نخواهد داشت' }, note: 'conditional withholding of reconstruction aid: THREATEN to stop aid' },
      { type: 'AGREE', cameo: '057', actor: ['RUS'], recipient: ['TUR'], date: null, evidence: { fas: 'توافق اخیر بین سوریه و ترکیه', prs: 'قرارداد های اخیر میان روسیه و ترکیه' }, note: 'Idlib buffer-zone deal between Russia and Turkey; the Farsi mistranslates it as «بین سوریه و ترکیه» in line 12 but says «توافق روسیه-ترکیه» in line 13: coded RUS–TUR' },
    ],
    not_events: [
      { evidence: { fas: 'از حمله گسترده نیروهای تحت حمایت سوریه به محلی که سه میلیون نفر در آن زندگی می کنند، جلوگیری کرد', prs: 'از آزار و اذیت گسترده نیروهای های سوریه تحت حمایت روسیه در ولایتی که میلیون ها مردم زندگی میکنند، جلوگیری نمود' }, note: 'an averted assault did not happen' },
      { evidence: { fas: 'امید است که عملیات نظامی، جهادیهایی را مورد هدف قرار خواهد داد', prs: 'امیدوار است که عملیات نظامی جهادی ها را' }, note: 'a hope, not an attack' },
      { evidence: { fas: 'استفان دمیستورا، نماینده سازمان ملل، امیدوار است اولین جلسه', prs: 'ستفن دی میستورا امیدوار است تا اولین نشست های کمیته جدید' }, note: 'a hope to convene, not a planned meeting' },
      { evidence: { fas: 'ایالات متحده حدود 2000 سرباز در سوریه دارد', prs: 'ایالات متحده آمریکا دارای 2,000 سرباز در سریه میباشد' }, note: 'a standing deployment described, not an act' },
    ],
  },
  {
    src: 'ntrex:nytimes.184804', doc: 92, split: 'dev',
    events: [
      { type: 'SUPPORT', cameo: '054', actor: ['DOM', 'PAN'], recipient: ['CHN'], date: null, evidence: { fas: 'هم اکنون پکن را پذیرفته‌اند', prs: 'بیجینگ را به از قبل رسمیت شناخته بود' }, note: 'diplomatic recognition of Beijing (background); the Farsi «پذیرفته‌اند» is a weak rendering of «recognized»' },
      { type: 'CONSULT', cameo: '040', actor: ['USAGOV'], recipient: ['PANGOV'], date: null, evidence: { fas: 'با رئیس جمهور خوان کارلوس وارلا رئیس جمهور پاناما در ژوئن 2017 ملاقات صمیمانه‌ای داشتند', prs: 'نشست صمیمانه ای با رییس جمهور پانامه، جان کارلوس وریلا داشت' }, note: 'June 2017, month only' },
      { type: 'SANCTION', mode: 'withdraw', cameo: '161', actor: ['USAGOV'], recipient: ['SLV', 'DOM', 'PAN'], date: null, evidence: { fas: 'مقامات ارشد آمریکایی را از ماموریت دیپلماتیک السالوادور، جمهوری دومینیک و پاناما به دلیل «تصمیم گیری اخیر برای عدم حمایت از تایوان» فرا بخوانند', prs: 'روسای ماموریت های دیپلوماتیک امریکایی مستقر در ال سلوادور، جمهوری دامینیکا و پانامه' }, note: 'recalling the heads of mission: SANCTION withdraw (convention); one act naming three countries' },
      { type: 'SANCTION', mode: 'withdraw', cameo: '161', actor: ['SLV', 'DOM', 'PAN'], recipient: ['TWN'], date: null, optional: true, evidence: { fas: 'تصمیم گیری اخیر برای عدم حمایت از تایوان', prs: 'عدم شناخت تایوان' }, note: 'the three countries\' withdrawal of recognition from Taiwan, mentioned only as the reason' },
    ],
    not_events: [
      { evidence: { fas: 'مجازات فقط برای السالوادور اعمال شد', prs: 'مجازات تنها در برابر ال سلوادور تعیین گردیده بودند' }, note: 'the penalties were only CONSIDERED and then dropped (English "weighed … then backed off"; «به هرگونه بررسی مجازات السالوادور پایان داده شود»); the Farsi «اعمال شد» mistranslates' },
      { evidence: { fas: 'و سه سفیر آمریکایی سریعاً به السالوادور، پاناما و جمهوری دومینیک', prs: 'و سه نماینده سیاسی آمریکایی به آرامی به ال سلوادور' }, note: 'envoys returning to their posts: the end of the recall, not a new event' },
      { evidence: { fas: 'در مورد جزئیات بحث که توسط سه مقام آمریکایی توضیح داده شده است امتناع ورزید', prs: 'خودداری نمود' }, note: 'declining to comment is no REJECT' },
    ],
  },
  {
    src: 'ntrex:newsweek.51339', doc: 98, split: 'dev',
    events: [
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['USACOP'], recipient: ['USACVL'], date: null, evidence: { fas: 'به احتمال خشونت خانگی، دخالت در گزارش خشونت خانگی و مقاومت در برابر دستگیری دستگیر شد', prs: 'به ظن خشونت خانوادگی، دخالت در یک گزارش خشونت خانوادگی و مقاومت در برابر دستگیری، دستگیر گردید' }, note: 'Alaska State Troopers arrest Track Palin; headline, line 2 and the misdemeanour charges are the same act; the Farsi line 2 mistranslates "assault" as «تجاوز جنسی»' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: [], recipient: ['USACVL'], date: null, optional: true, evidence: { fas: 'در ژانویه 2016، او به اتهام خشونت خانگی، مداخله در گزارش جرم خشونت خانگی و همراه داشتن سلاح گرم حین مستی در ارتباط با حادثه متهم شد', prs: 'در جنوری 2016، او متهم به آزار و اذیت خانوادگی' }, note: 'earlier charges (January 2016), background; the December 2017 accusation is coded as not_event (no charging actor or act stated)' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['USANGO'], recipient: ['USAELI'], date: null, evidence: { fas: 'توسط گروههای نظامیان بازنشسته مورد انتقاد قرار گرفت', prs: 'از سوی گروه نظامی اسبق در سال 2016 مورد انتقاد قرار گرفت' }, note: 'veterans\' groups (NGO) criticize Sarah Palin (former governor: ELI) in 2016; passive with «توسط / از سوی»' },
    ],
    not_events: [
      { evidence: { fas: 'خود را «با اطمینان بیگناه» اعلام کرد', prs: 'خود را "مطمینا بی گناه" خواند' }, note: 'a plea of not guilty is a denial' },
      { evidence: { fas: 'به پلیس زنگ زد تا تهاجم اتفاق افتاده را گزارش کند', prs: 'به پولیس زنگ زد تا حمله ادعا شده را گزارش دهد' }, note: 'calling the police to report a crime is no CONSULT phone between political actors' },
      { evidence: { fas: 'او تلفنش را از او می گیرد', prs: 'وی تلیفون را از او گرفت' }, note: 'an alleged detail of the crime he is charged with, not a separate coded act' },
    ],
  },
  {
    src: 'ntrex:abcnews.306774', doc: 100, split: 'dev',
    note: 'federal prosecutors, grand jury and federal public defenders coded USAJUD; Saipov, «بومی ازبکستان», coded UZBCVL',
    events: [
      { type: 'ACCUSE', mode: 'allege', cameo: '115', actor: ['USAJUD'], recipient: ['UZBCVL'], date: null, evidence: { fas: 'دادستان فدرال نیویورک به دنبال مجازات مرگ برای سایفالو سایپوو، مظنون حمله تروریستی در نیویورک می باشند', prs: 'دادستان های فدرال در نیو یارک برای سیفولو سیپوف، مظنون راه اندازی حمله تروریستی در شهر نیویارک که باعث قتل هشت تن گردید، خواهان مجازات مرگ اند' }, note: 'notice of intent to seek the death penalty (legal action); headline and the notice quotes are the same act' },
      { type: 'ASSAULT', cameo: '180', actor: ['UZBCVL'], recipient: ['USACVL', 'ARGCVL'], date: null, evidence: { fas: 'عابرین و دوچرخه سواران را در ماه اکتبر زیر گرفت', prs: 'باعث گردید در اکتوبر راه روان و سایکل سواران در پیاده روها برچید' }, note: 'the truck attack in October (no day; five victims were Argentine tourists); the English says "allegedly" and the Dari «متهم به», the Farsi states it as fact; he confessed to investigators, so the actor is coded' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['USAJUD'], recipient: ['UZBCVL'], date: null, evidence: { fas: 'یک هیئت عالی منصفه فدرال سایپوو را به 22 فقره کیفرخواست', prs: 'هییت عالی فدرال در برابر سیپوف اعلام 22 جرم کرد' }, note: 'the 22-count indictment weeks after the attack: charge with legal action' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '116', actor: ['USAJUD'], recipient: ['USACVL'], date: null, optional: true, evidence: { fas: 'به قتل دو مواد فروش محکوم شد', prs: 'محکوم به قتل دو تدارک کننده گان مواد مخدر گردیده بود' }, note: 'an earlier case cited as precedent (2009)' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '116', actor: ['USAJUD'], recipient: ['USACVL'], date: null, optional: true, evidence: { fas: 'بعد از محکوم شدن به جاسوسی برای اتحاد جماهیر شوروی', prs: 'محکوم به دسیسه سازی در راستای جاوسوسی برای اتحاد جماهیر شوروی' }, note: 'the Rosenbergs\' conviction, historical precedent; their execution (1953-06-19) has no PLOVER type of its own' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['USAJUD'], recipient: ['USAJUD'], date: null, optional: true, evidence: { fas: 'به وضوح از تصمیم دادستان ناامید شده اند', prs: 'واصح است که از تصمیم دادستان ناامید استند' }, note: 'the public defenders\' disappointment with the prosecution\'s decision' },
      { type: 'REQUEST', cameo: '100', actor: ['USAJUD'], recipient: ['USAJUD'], date: null, optional: true, evidence: { fas: 'تیم دفاع سایپوو قبلاً از دادستان خواسته بودند که به دنبال مجازات اعدام نباشند', prs: 'تیم مدافع سیپوف قبلا از دادستانان خواسته بودند تا وی را مجازات به مرگ نکنند' }, note: 'earlier request by the defence' },
    ],
    not_events: [
      { evidence: { fas: 'او در مورد 22 کیفرخواست اظهار بیگناهی کرده است', prs: 'او در برابر 22 جرم محکمه اظهار گناه نکرد' }, note: 'a not-guilty plea is a denial' },
      { evidence: { fas: 'دادستانها مجبور خواهند بود ثابت کنند', prs: 'دادستانان باید به ثبوت برسانند' }, note: 'a future legal requirement' },
    ],
  },
  {
    src: 'ntrex:dailymail.co.uk.298696', doc: 101, split: 'test',
    note: 'Tory and Labour parliamentarians GBRLEG; Farage (former UKIP leader, outside parliament) GBROPP; rally and march participants GBRCVL; the Conservative government GBRGOV. The Farsi renders "Chequers" as «طرح خروج بدون توافق» (the no-deal plan), inverting its sense; the acts are unchanged',
    events: [
      { type: 'PROTEST', mode: 'demo', cameo: '141', actor: ['GBRCVL'], recipient: ['GBRGOV'], date: null, evidence: { fas: 'به راهپیمایان در بیرمنگام گفت', prs: 'خطاب به راهپیمایی در بیرمینگم گفت' }, note: 'the Leave Means Leave march/rally at the Conservative conference ("today", no day); the Solihull rally is the same event' },
      { type: 'THREATEN', cameo: '133', actor: ['GBROPP'], recipient: ['GBR'], date: null, optional: true, evidence: { fas: 'ما ارتش مردمی این کشور را که سبب پیروزی ما در خروج بریتانیا از اتحادیه اروپا می شود به حرکت درمی آوریم', prs: 'ما نیروی مردمی این کشور را که ما را در بریکزیت پیروز کرد، بسیج میکنیم' }, note: 'Farage\'s vow to mobilise a "people\'s army" and make politicians "feel the heat": a threat of political pressure (the headline line 2 is the same vow); not a MOBILIZE' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['GBROPP'], recipient: ['GBR'], date: null, evidence: { fas: 'آنها می خواهند به خروج بریتانیا از اتحادیه اروپا (Brexit) خیانت کنند', prs: 'آنها تلاش دارند تا در برابر بریکزیت خیانت کنند' }, note: 'accuses "our political class" of trying to betray Brexit (no single actor code: GBR)' },
      { type: 'REQUEST', mode: 'change', cameo: '1042', actor: ['GBRLEG'], recipient: ['GBRGOV'], date: null, evidence: { fas: 'ما نیاز داریم جلوی طرح خروج بدون توافق را بگیریم', prs: 'ما باید چکرز را دور بیاندازیم' }, note: 'MP Peter Bone: "chuck Chequers" (said twice, one act)' },
      { type: 'SUPPORT', cameo: '051', actor: ['GBRLEG'], recipient: ['GBROPP'], date: null, optional: true, evidence: { fas: 'در صورتی که آقای فراژ دبیر برگزیت بود، بریتانیا تاکنون خارج شده بود', prs: 'اگر آقای فاراگ وزیر بریکزیت میبود، انگلستان حال \'از اتحادیه اروپا جدا شده بود\'' }, note: 'Bone\'s endorsement of Farage as negotiator (headline); the counterfactual wording makes it defensible either way' },
      { type: 'REQUEST', mode: 'change', cameo: '1042', actor: ['GBRLEG'], recipient: ['GBRGOV'], date: null, evidence: { fas: 'لطفاً طرح بدون توافق را رها کن و شروع کن به گوش دادن', prs: 'لطفا چرزها را بگذارید و به ما گوش فرا دهید' }, note: 'MP Andrea Jenkyns to the Prime Minister: a second, separate demand' },
      { type: 'PROTEST', mode: 'demo', cameo: '141', actor: ['GBRCVL'], recipient: ['GBRGOV'], date: null, evidence: { fas: 'حامیان باقی ماندن در اتحادیه اروپا، قبل از اینکه تجمع دو ـ ساعته‌ای را در مرکز شهر برگزار کنند، در برمینگهام راهپیمایی کرده اند', prs: 'ریمینرز قبل از اعتراضات دو ساعته خویش در سیتی سنتر، در امتداد برمیگم تظاهرت خویش را ادامه دادند' }, note: 'the separate anti-Brexit march, joined by pro-Remain Tories (line 5)' },
      { type: 'AGREE', cameo: '036', actor: ['GBRGOV'], recipient: ['IGOEUREEC'], date: null, optional: true, evidence: { fas: 'سعی خواهد کرد معامله ای با بروکسل انجام دهد', prs: 'با تلاش برای ایجاد معامله با بروکسیل' }, note: 'allies say May will push on for a deal with Brussels: intent to negotiate, reported second-hand' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['GBRLEG'], recipient: ['GBRGOV'], date: null, evidence: { fas: 'محافظه‌کاران را به خاطر مسایل امنیتیِ یک برنامه حزبی مورد استهزا قرار داد', prs: 'محافظه کاران را برای مسایل امنیتی که در آغاز کنفرانس به علت ابزارک حزب با آن روبرو بودند، به مسخره گرفت' }, note: 'Labour peer Lord Adonis mocks the governing Conservatives; «کاملاً مسخره‌بازی است» is the same act' },
    ],
    not_events: [
      { evidence: { fas: 'این ایده که مردم انگلیس نظرشان را تغییر داده اند و خواستار باقی ماندن در اتحایده اروپا هستند کاملا کذب است', prs: 'این نظریه که مردم انگلیسی نظر خویش را تغیر داده اند و میخواهند در اتحادیه اروپا بمانند، کاملا نادرست است' }, note: 'dismissing an idea is a denial, not a REJECT' },
      { evidence: { fas: 'نخست وزیر ها وقتی به وعده هایشان عمل می کنند، جایگاه خود را حفظ می کنند', prs: 'نخست وزیران زمانیکه تعهدات خویش را عملی میکنند' }, note: 'a veiled warning in general terms; not coded as THREATEN' },
    ],
  },
  {
    src: 'ntrex:reuters.218909', doc: 103, split: 'test',
    events: [
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['USACOP'], recipient: ['USACVL'], date: null, evidence: { fas: 'مظنون تیراندازی مرگبار روز جمعه به بازیکن بستکبال دانشگاه ایالتی لوئیزیانا، واید سیمز، بازداشت شده است', prs: 'یک مظنون در قضیه کشتن وایدی سمیز بازیکن باسکت بال LSU به روز جمعه دستگیر گردیده است' }, note: 'Baton Rouge police; headline, the news-conference line and «بدون بروز حادثه‌ای بازداشت شده» are the same arrest' },
      { type: 'ASSAULT', mode: 'firearms', cameo: '180', actor: ['USACVL'], recipient: ['USACVL'], date: null, evidence: { fas: 'توسط سیمسون به او شلیک شده است', prs: 'از سوی سیمپسون به گلوله زده شد' }, note: 'the fatal shooting on Friday (no day of month); the suspect admitted it, so he is the actor' },
      { type: 'REQUEST', cameo: '100', actor: ['USACOP'], recipient: ['USACVL'], date: null, optional: true, evidence: { fas: 'برای شناسایی مردی که در فیلم بوده است درخواست کمک کرده اند', prs: 'برای شناسایی مردی که در ویدیو دیده میشود، تقاضای کمک کردند' }, note: 'police appeal to the public' },
    ],
  },
  {
    src: 'ntrex:telegraph.405413', doc: 115, split: 'test',
    events: [
      { type: 'ACCUSE', mode: 'investigate', cameo: '091', actor: ['USACOP'], recipient: ['USAJUD'], date: null, evidence: { fas: 'با شروع تحقیقات اف بی آی', prs: 'FBI تحقیقات خویش را آغاز میکند' }, note: 'the FBI begins its investigation of Kavanaugh (FBI coded COP)' },
      { type: 'CONSULT', mode: 'phone', cameo: '041', actor: ['USAELI'], recipient: ['USALEG'], date: null, evidence: { fas: 'جورج دابلیو. بوش تلفن را برداشته تا با سناتورها تماس بگیرد', prs: 'جیورج دبلیو. بش تلیفون را برداشته و به سناتور ها زنگ میزند' }, note: 'former president Bush (ELI) calling senators (caller = actor)' },
      { type: 'REQUEST', mode: 'assist', cameo: '102', actor: ['USAELI'], recipient: ['USALEG'], date: null, optional: true, evidence: { fas: 'با آنها لابی کند تا از آقای کاوانایی حمایت کنند', prs: 'از آنها میخواهد تا از آقای کاوانوا حمایت کنند' }, note: 'the lobbying in those calls, as a request for support; could be folded into the CONSULT' },
    ],
    not_events: [
      { evidence: { fas: 'چرا آقای کاوانا و حامیان جمهوری‌خواه او از اف بی آی نخواستند تا کار تحقیقات را شروع کند؟', prs: 'چرا آقای کاوانوا و حمایت گران جمهوری خواه وی از FBI میخواهند تا تحقیق کنند؟' }, note: 'a rhetorical question about a non-request; the Dari drops the negation' },
      { evidence: { fas: 'در مجلس سنا رای گیری می شود', prs: 'در سنا یک رای دهی آغاز خواهد شد' }, note: 'a future vote' },
      { evidence: { fas: 'اگر واقعاً می توانستیم آنچه را که او می خواهد انجام دهیم', prs: 'اگر ما چیزی را در اصل بدست بیاوریم' }, note: 'Senator Flake\'s hypothetical reasoning' },
    ],
  },
  {
    src: 'ntrex:bbc.381736', doc: 116, split: 'dev',
    events: [
      { type: 'COERCE', mode: 'deport', cameo: '174', actor: ['CHN'], recipient: ['PRKCVL'], date: null, evidence: { fas: 'اغلب آنها را به زور به کشورشان بازمی گرداند', prs: 'معمولا آنها را مجبور به بازگشت میکند' }, note: 'habitual forced repatriation of defectors' },
      { type: 'AID', cameo: '075', actor: ['KOR'], recipient: ['PRKCVL'], date: null, optional: true, evidence: { fas: 'به اکثر پناهندگان از کره شمالی در نهایت شهروندی کره جنوبی داده می شود', prs: 'کوریای جنوبی، به اکثریت بزرگ فراری ها از کوریای شمالی تابعیت اعطا میکند' }, note: 'a standing practice rather than an act' },
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['KORGOV'], recipient: ['PRKGOV'], date: null, evidence: { fas: 'اوایل این ماه، رهبران دو کشور در پیونگ یانگ ملاقات کرده', prs: 'در اوایل این ماه، رهبران دو کشور به منظور گفتگو درد پیونگنگ ملاقات کردند' }, note: 'Moon–Kim summit in Pyongyang early this month: the South Korean leader is the visitor' },
      { type: 'CONSULT', mode: 'third-party', cameo: '044', actor: ['USAGOV'], recipient: ['PRKGOV'], date: null, evidence: { fas: 'ملاقات تاریخی بین دونالد ترامپ، رییس جمهور آمریکا و کیم جونگ ـ اون در سنگاپورو', prs: 'ملاقات تاریخی ماه جون، میان دانلد ترامپ، رییس جمهور ایالات متحده آمریکا و کیم جونگ-اون در سنگاپور' }, note: 'June\'s Singapore summit (no day given here)' },
      { type: 'AGREE', cameo: '057', actor: ['USAGOV'], recipient: ['PRKGOV'], date: null, optional: true, evidence: { fas: 'توافق کلی طرفین برای خلع سلاح هسته ای شبه جزیره کره', prs: 'موافقه کردند' }, note: 'the broad agreement reached in Singapore; could be read as part of the summit' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['PRKGOV'], recipient: ['USA'], date: null, evidence: { fas: 'تحریم‌های آمریکا را عامل عدم پیشرفت در مذاکرات هسته‌ای از آن زمان دانست', prs: 'تحریم های ایالات متحده آمریکا را پس از آن، برای عدم پیشرفت متهم کرد' }, note: 'FM Ri blames US sanctions (Saturday)' },
      { type: 'REJECT', cameo: '1246', actor: ['PRKGOV'], recipient: ['USA'], date: null, evidence: { fas: 'به هیچ وجه یک‌جانبه پیش قدم شده و خودمان را خلع سلاح نمی کنیم', prs: 'هیچ راهی وجود ندارد که ما به شکل یکجانبه، خود را اول خلع سلاح کنیم' }, note: 'refusal to disarm first (as in docs 41 and 48)' },
    ],
    not_events: [
      { evidence: { fas: 'پیونگ یانگ هیچ اظهار نظر عمومی نکرده است', prs: 'پیونگ ینگ کدام نظری در محضر عام نداد' }, note: 'no comment: nothing happened' },
      { evidence: { fas: 'یک قانون‌گذار کره جنوبی گفته است', prs: 'یک قانون گذار کوریای جنوبی گفت' }, note: 'statistics reported by a lawmaker, no interaction' },
    ],
  },
  {
    src: 'ntrex:cbsnews.248394', doc: 117, split: 'test',
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['USALEG'], recipient: ['USAJUD'], date: null, evidence: { fas: 'نامزد دیوان عالی، برت کاوانا را «هیستریایی» نامیده و گفته است او از لحاظ رفتاری برای خدمت در دیوان عالی مناسب نیست', prs: 'بریت کاوانوا را "دچار به مریضی استری" خواند و گفت که او برای خدمت در ستره محکمه به اندازه زیادی مناسب نیست' }, note: 'House minority leader Pelosi on Kavanaugh (appeals judge, nominee); headline, the Saturday interview and the later quotes are one act' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['USAJUD'], recipient: ['USALEG'], date: null, evidence: { fas: 'دموکرات‌های حاضر در کمیته را محکوم کرده است', prs: 'دیموکراتان را در کمیته محکوم کرد' }, note: 'Kavanaugh condemns the committee Democrats at Thursday\'s hearing (background, no day of month)' },
    ],
    not_events: [
      { evidence: { fas: 'اتهامات مربوط به اینکه وقتی کریستین بلاسی فورد و او هر دو نوجوان بودند، وی به او تجاوز جنسی کرده است، را رد کرد', prs: 'کاوانوا اتهام مبنی بر اذیت جنسی دکتور کریستین بلاسی فورد را زمانی که هردو نوجوان بودند، رد کرد' }, note: 'a denial is not an event' },
      { evidence: { fas: 'اگر که او واقعیت را به کنگره یا اف بی آی نمی گوید', prs: 'اگر او به کنگره و BFI واقعیت را نگوید' }, note: 'conditional judgement' },
      { evidence: { fas: 'تلاش می کند علیه او اعلام جرم کند یا نه، جواب وی منفی بود', prs: 'مکث کرد' }, note: 'no impeachment threat: the Farsi says she answered no, the Dari that she paused' },
    ],
  },
  {
    src: 'ntrex:telegraph.405408', doc: 119, split: 'test',
    note: 'tariffs coded COERCE restrict 163 (sanctions, embargo), as the 2021 table files 163',
    events: [
      { type: 'COERCE', mode: 'restrict', cameo: '163', actor: ['USAGOV'], recipient: ['CHN'], date: null, evidence: { fas: 'با بستن مالیات بر روی اجناس صادراتی چین مانند پنل‌های خورشیدی، فولاد و آلمینیوم اولین هشدار را داد', prs: 'با وضع مالیات روی صادرات کلیدی چین، به شمول پنل های سولر، آهن و المونیم را اعلام کرد' }, note: 'the first tariffs, earlier this year' },
      { type: 'COERCE', mode: 'restrict', cameo: '163', actor: ['USA'], recipient: ['CHN'], date: null, evidence: { fas: 'با وضع تعرفه‌های جدید بر روی 200 میلیارد دلار', prs: 'تعرفه های جدید در جریان این هفته که روی محصولات به ارزش $200 بیلیون' }, note: 'this week\'s tariffs on $200bn of imports from China (week only); imposer implied' },
      { type: 'COERCE', mode: 'restrict', cameo: '163', actor: ['CHN'], recipient: ['USA'], date: null, evidence: { fas: 'وضع تعرفه پنج تا ده درصدی بر 60 میلیارد دلار کالای آمریکایی', prs: 'با تعرفه های پنج الی ده در صدی بر $60 بیلون محصولات آمریکایی تلافی نموده است' }, note: 'Beijing\'s latest retaliation; «هر بار … تلافی کرده است» summarises earlier rounds, not coded separately' },
      { type: 'THREATEN', mode: 'restrict', cameo: '1312', actor: ['CHN'], recipient: ['USA'], date: null, evidence: { fas: 'چین سوگند خورده است که قدم ـ به ـ قدم با آمریکا رقابت کند', prs: 'چین تعهد کرده است تا در رابر هر عمل ایالات متحده آمریکا عکس العملی داشته باشد' }, note: 'pledge to answer every US measure: a threat of counter-sanctions' },
    ],
    not_events: [
      { evidence: { fas: 'رگبار گلوله های شروع جنگ تجاری', prs: 'بهانه های اولیه برای آغاز جنگ تجارتی' }, note: 'metaphor ("opening salvos"): no ASSAULT' },
      { evidence: { fas: 'خیلی خجالت‌آور است که علنی در برابر آمریکا تعظیم کند', prs: 'زانو زدن به ایالات متحده امریکا در حضور جهان برای شی جینپینگ، رییس جمهور چین عمل شرم آوری خواهد بود' }, note: 'hypothetical concession in an analysis' },
    ],
  },
  {
    src: 'ntrex:euronews-en.153799', doc: 120, split: 'dev',
    events: [
      { type: 'REQUEST', mode: 'assist', cameo: '103', actor: ['SYRGOV'], recipient: [], date: null, evidence: { fas: 'از دیگر کشورها برای بازسازی آن که بیش از هفت سال جنگ آن را ویران کرده است درخواست کمک می کند', prs: 'خواستار کمک است تا کشوری را که توسط جنگ بیشتر از هفت سال از بین رفته است، باسازی کند' }, note: 'FM Moualem at the UN General Assembly; «از کمک‌ها برای بازسازی … استقبال می کند» restates the appeal' },
      { type: 'REJECT', mode: 'assist', cameo: '121', actor: ['SYRGOV'], recipient: [], date: null, optional: true, evidence: { fas: 'کمک های مشروط و همچنین کمک کشورهایی را که از ناآرامی ها سوریه حمایت مالی می کردند، نمی خواهد', prs: 'کمک های مشروط یا کمک از کشور های که شورش را تمویل نموده اند را نخواهد پذیرفت' }, note: 'refusal of aid from (unnamed) countries that sponsored the insurgency; a refusal, not a negated event' },
    ],
    not_events: [
      { evidence: { fas: 'سوریه «آماده» بازگشت پناهندگان است', prs: 'سوریه \'آماده\' برگشت مهاجرین است' }, note: 'readiness for refugees to return is a description of conditions, not an act toward an actor' },
    ],
  },
  {
    src: 'ntrex:cnn.304400', doc: 122, split: 'dev',
    note: 'probe: an environmental report (red tide), no political event',
    events: [],
  },
];
