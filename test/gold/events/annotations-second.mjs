// biome-ignore-all format: one event a line is easier to read and annotate
// Second, independent annotation of 20 development-gold articles, for inter-annotator agreement
// (test/gold/events/agreement.mjs compares it with annotations.mjs). Coded from the article text alone,
// by the guidelines of test/gold/README.md, without reading the events of annotations.mjs or anything
// rasad produced. Layout as annotations.mjs: `src` is "N:index" in ../shared/corpus/fars-news-N.json;
// only the paragraphs are coded. `optional: true` marks readings that could be defended either way.
// The 20 articles are the 7th to 26th non-seed entries of annotations.mjs (see docs/bench-eval.md,
// "Inter-annotator agreement", for why not the first 20).
export const annotations = [
  {
    src: '1:184', // 2004-03-27 Saturday
    events: [
      { type: 'ASSAULT', cameo: '190', actor: ['ISRMIL'], recipient: ['PSECVL'], date: '2004-03-27', evidence: 'سربازان اسرائيلي به سه واحد مسكوني در اين اردوگاه حمله كردند', note: 'raid on homes in the Balata camp that started the clashes; the boy\'s fatal wound is not attributed explicitly, coded as part of this raid' },
      { type: 'ASSAULT', mode: 'primitive', cameo: '180', actor: ['PSECVL'], recipient: ['ISRMIL'], date: '2004-03-27', evidence: 'جوانان فلسطيني نيز به جيپ هاي آنها سنگ پرتاب كردند', note: 'stone-throwing at army jeeps; PROTEST riot (145) would also be defensible' },
    ],
  },
  {
    src: '1:233', // 2016-10-27 Thursday
    events: [
      { type: 'REQUEST', cameo: '100', actor: ['RUSGOV'], recipient: [], date: null, evidence: 'مسکو خواستار انجام تحقیقات فوری در این رابطه است', note: 'Zakharova at this week\'s press conference (week only); no addressee' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['RUSGOV'], recipient: [], date: null, optional: true, evidence: 'رسانه‌های بین‌المللی هجمه‌ای را علیه روسیه آغاز کرده', note: 'accuses "international media" (no actor code); her denial that follows is not coded' },
      { type: 'THREATEN', cameo: '130', actor: ['RUSGOV'], recipient: ['USA'], date: null, optional: true, evidence: 'اینکه واشنگتن سلاح سنگین در اختیار معارضان میانه‌رو قرار می‌دهد تبعات سنگینی خواهد داشت', note: 'warning of unforeseeable consequences; could be read as an opinion' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['RUSGOV'], recipient: ['USA'], date: null, evidence: 'آمریکا همچنان بر تأمین تسلیحات برای معارضان به اصطلاح میانه‌رو اصرار دارد اما این تسلیحات در نهایت به دست تروریست‌ها می‌رسد' },
      { type: 'AGREE', cameo: '036', actor: ['IRNGOV'], recipient: ['RUSGOV'], date: '2016-10-28', evidence: 'لاوروف قرار است فردا جمعه 28 اکتبر (7 آبانماه) در مسکو با وزیر خارجه ایران دیدار و گفت‌وگو کند', note: 'planned Zarif visit to Moscow (visitor = actor), dated by the plan; «گفت‌وگو خواهند کرد» is the same meeting' },
    ],
  },
  {
    src: '1:235', // 2005-06-18 Saturday
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IMGMUSALQ'], recipient: ['PAKGOV', 'SAUGOV', 'EGYGOV'], date: '2005-06-18', evidence: 'از حكومت‌هاي پاكستان، عربستان سعودي و مصر كه ديدگاه‌هاي آمريكايي‌ها را براي اصلاحات در جهان اسلام پذيرفته‌اند، بشدت انتقاد كرد', note: 'Zawahiri\'s videotape; day not stated, publication day' },
      { type: 'REQUEST', cameo: '100', actor: ['IMGMUSALQ'], recipient: ['PSE'], date: '2005-06-18', evidence: 'از فلسطينيها خواست از مبارزه دست برندارند' },
    ],
  },
  {
    src: '1:276', // 2004-03-29 Monday
    events: [
      { type: 'ASSAULT', cameo: '180', actor: [], recipient: ['IRQGOV'], date: '2004-03-28', evidence: 'از سوي مهاجمان ناشناس در موصل هدف حمله قرار گرفتند', note: 'minister Barwari and his party attacked by unknown assailants, «شامگاه روز گذشته»' },
    ],
  },
  {
    src: '1:286', // 2005-01-14 Friday
    events: [
      { type: 'ASSAULT', cameo: '190', actor: [], recipient: ['USAMIL'], date: '2005-01-13', optional: true, evidence: 'دو تفنگدار واحد يكم روز 13 ژانويه هنگام ماموريت ايجاد ثبات و امنيت در استان الانبار عراق كشته شدند', note: 'two Marines killed on 13 January; the statement gives no cause, so an attack is only implied (counted among combat deaths)' },
    ],
  },
  {
    src: '2:22', // 2008-03-23 Sunday
    events: [
      { type: 'AGREE', cameo: '032', actor: ['PAKGOV'], recipient: ['PAKGOV'], date: '2008-03-23', evidence: 'دولت جديد را مورد حمايت كامل قرار خواهد گرفت', note: 'Musharraf promises full support to the incoming government (intent to support → AGREE); «از حمايت كامل من برخوردار خواهد بود» restates it' },
    ],
  },
  {
    src: '2:38', // 2015-11-02 Monday
    events: [
      { type: 'ASSAULT', cameo: '180', actor: ['PSECVL'], recipient: ['ISRCVL'], date: '2015-11-02', evidence: 'یک جوان فلسطینی با خودروی خود سه صهیونیست را در نزدیکی الخلیل زیر گرفت', note: 'car-ramming near Hebron' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['ISRMIL'], recipient: ['PSECVL'], date: '2015-11-02', evidence: 'صهیونیست‌ها یک دختر فلسطینی را در الخلیل به بهانه قصد وی برای انجام عملیات استشهادی بازداشت کردند', note: '«صهیونیست‌ها» making arrests in the West Bank: the Israeli forces' },
      { type: 'ASSAULT', mode: 'firearms', cameo: '190', actor: ['ISRMIL'], recipient: ['PSECVL'], date: '2015-11-02', evidence: 'صهیونیست‌ها امروز به دو جوان فلسطینی در جنین به بهانه تلاش آنها برای انجام عملیات شهادت‌طلبانه تیراندازی کردند' },
    ],
  },
  {
    src: '2:40', // 2007-05-03 Thursday
    events: [
      { type: 'ASSAULT', mode: 'explosives', cameo: '1833', actor: [], recipient: ['AFGMIL'], date: '2007-05-03', evidence: 'بمب داخل يك چرخ دستي كنار جاده كار گذاشته شده بود و هنگامي كه اتوبوس از كنار آن عبور مي كرد، منفجر شد', note: 'roadside bomb against an army bus in Kabul (the police chief: the army was the target); perpetrator not stated; the general remark on attacks by anti-government militants is not an event' },
    ],
  },
  {
    src: '2:52', // 2014-05-19 Monday
    events: [
      { type: 'AGREE', cameo: '036', actor: ['RUSGOV'], recipient: ['IGOUNO'], date: '2014-05-20', evidence: 'وی قصد دارد در جریان سفر فردا به چین و نشستی با «بان کی‌مون» دبیرکل سازمان ملل متحد درباره بحران اوکراین رایزنی کند', note: 'planned meeting with Ban Ki-moon tomorrow' },
      { type: 'AGREE', cameo: '036', actor: ['RUSGOV'], recipient: ['CHN'], date: '2014-05-20', evidence: 'پوتین با هدف گسترش مناسبات با چین به این کشور سفر می‌کند', note: 'the planned visit to China («سفر فردا به چین»)' },
      { type: 'AGREE', cameo: '0311', actor: ['RUSGOV'], recipient: ['CHN'], date: '2014-05-19', evidence: 'تعامل برای امضای قرار داد صادرات گاز روسیه به چین به زودی نهایی خواهد شد', note: 'announced intent to sign the gas export deal (Putin\'s interview published today; the interview itself is not a CONSULT)' },
      { type: 'SUPPORT', cameo: '051', actor: ['RUSGOV'], recipient: ['CHN'], date: '2014-05-19', optional: true, evidence: 'مسکو به روابط با پکن بسیار اهمیت می‌دهد', note: 'warm words on relations with Beijing' },
    ],
  },
  {
    src: '2:178', // 2008-02-16 Saturday
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNLEG'], recipient: ['DNKMED'], date: '2008-02-16', evidence: 'در محكوميت توهين يكي از مطبوعات دانمارك به ساحت مقدس پيامبر اعظم', note: 'Majlis National Security and Foreign Policy Commission statement; «ضمن محكوميت شديد اين بي‌حرمتي» is the same statement' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['IRNLEG'], recipient: ['ISR'], date: '2008-02-16', optional: true, evidence: 'قطعاً مورد حمايت صهيونيستهاي خيانكار است', note: 'claim that "the Zionists" back the newspaper' },
      { type: 'REQUEST', cameo: '100', actor: ['IRNLEG'], recipient: ['DNKLEG'], date: '2008-02-16', evidence: 'انتظار منطقي و طبيعي نمايندگان ملت ايران محكوميت اين اقدام نابخردانه توسط نمايندگان مردم دانمارك است', note: 'demand that Danish MPs condemn the insult' },
      { type: 'AGREE', cameo: '036', actor: ['DNKLEG'], recipient: ['IRNLEG'], date: null, optional: true, evidence: 'سفر از قبل تنظيم شده كميسيون سياست خارجي دانمارك', note: 'the already-scheduled visit of the Danish committee to Tehran, mentioned under a condition («در صورتيكه») — defensible as a planned visit or as a conditional non-event' },
    ],
  },
  {
    src: '2:201', // 2017-01-06 Friday
    events: [
      { type: 'AGREE', cameo: '057', actor: ['MRTGOV'], recipient: ['SAUGOV'], date: null, evidence: 'توافقنامه همکاری نظامی امضا کردند', note: 'defence ministers sign a military cooperation agreement, during the visit that began last Tuesday (signing day not fixed)' },
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['SAUGOV'], recipient: ['MRTGOV'], date: '2017-01-03', evidence: 'معاون وزیر دفاع عربستان سعودی سه‌شنبه گذشته به نواکشوت سفر کرده بود', note: 'visit to Nouakchott «سه‌شنبه گذشته» (last Tuesday)' },
    ],
  },
  {
    src: '2:249', // 2004-10-07 Thursday
    events: [
      { type: 'ASSAULT', mode: 'heavy-weapons', cameo: '194', actor: ['ISRMIL'], recipient: ['PSECVL'], date: '2004-10-07', evidence: 'بدن آنها به دليل شليك گلوله تانك از سوي سربازان رژيم صهيونيستي تكه‌ تكه شده بود', note: 'two children killed; the army says a helicopter missile («هدف موشك يك هلي‌كوپتر قرار گرفتند»): one act, mode disputed (tank 194 vs aerial 195); day not stated, publication day' },
      { type: 'ASSAULT', cameo: '190', actor: ['ISRMIL'], recipient: ['PSE'], date: null, evidence: 'تجاوز نيروهاي اسرائيلي به اين منطقه وارد هشتمين روز خود مي‌شود', note: 'the ongoing eight-day incursion into Gaza (began a week ago)' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['ISRMIL'], recipient: ['PSECVL'], date: '2004-10-07', optional: true, evidence: 'ارتش رژيم صهيونيستي ادعا مي‌كند دو فردي كه به سمت آنان شليك شده است «آماده شليك موشك دست‌ساز بودند.»', note: 'the army\'s justification: an allegation against the victims' },
    ],
  },
  {
    src: '2:261', // 2019-04-29 Monday
    events: [
      { type: 'COOPERATE', cameo: '062', actor: ['TJKMIL'], recipient: ['UZBMIL'], date: '2019-04-29', evidence: 'برگزاری رزمایش مشترک افسران اطلاعاتی نیروهای مسلح این کشور و ازبکستان', note: 'joint intelligence-officers exercise at Fakhrabad, announced by Tajikistan\'s defence ministry; day not stated, publication day' },
      { type: 'COOPERATE', cameo: '062', actor: ['TJKMIL'], recipient: ['UZBMIL'], date: null, evidence: 'نخستین تمرینات مشترک نیروهای ویژه تاجیکستان و ازبکستان برگزار شد', note: 'the first joint special-forces drill in September 2018 (month only)' },
    ],
  },
  {
    src: '2:280', // 2003-04-12 Saturday
    events: [
      { type: 'REQUEST', cameo: '100', actor: ['USAGOV'], recipient: ['SYRGOV'], date: '2003-04-12', evidence: 'ما مصرا از رهبران سوريه مي خواهيم كه به اعضاء حزب بعث، خانواده صدام يا هر ژنرال فراري اجازه ورود به اين كشور را ندهند', note: 'Bush; «ما اميدواريم كه سوريه چنين كند» and «همكاري كامل» restate the demand; his hospital visit is domestic, not coded' },
      { type: 'COERCE', mode: 'restrict', cameo: '191', actor: ['SYR'], recipient: ['IRQ'], date: null, optional: true, evidence: 'مرز خود را با عراق بسته است', note: 'Syria tells the US it has closed its border with Iraq (reported closure; could also be read as a statement to the US)' },
      { type: 'CONSULT', cameo: '040', actor: ['USAGOV'], recipient: ['SYRGOV'], date: null, evidence: 'سفير امريكا در سوريه نيز در ملاقات با مقامات سوريه در دمشق اين مساله را گوشزد كرد', note: 'ambassador Kattouf meets Syrian officials (and repeats the demand); day not stated' },
      { type: 'AGREE', cameo: '036', actor: ['USAGOV'], recipient: ['SYR'], date: null, optional: true, evidence: 'قرار است كه از مرزهاي سوريه ديدار كنيم', note: 'planned visit to Syria\'s borders' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['SYRGOV'], recipient: ['USA'], date: null, evidence: 'سفير سوريه در واشنگتن از امريكا به دليل اظهارات وزير دفاع اين كشور انتقاد كرد' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['USAGOV'], recipient: ['SYR'], date: null, evidence: 'رامسفلد، وزير دفاع امريكا، سوريه را متهم به ارسال تسليحات نظامي به عراق كرده بود', note: 'Rumsfeld\'s earlier accusation (pluperfect)' },
    ],
  },
  {
    src: '3:29', // 2005-03-19 Saturday
    events: [
      { type: 'REQUEST', mode: 'meet', cameo: '106', actor: ['LBNGOV'], recipient: ['LBN'], date: '2005-03-19', evidence: 'طي بيانيه‌اي رسمي خواستار گفت‌وگو ميان رهبران گروه‌هاي مختلف اين كشور بمنظور حفاظت از لبنان شد', note: 'President Lahoud calls on the leaders of Lebanon\'s factions to talk (recipient: the Lebanese groups, no sector)' },
      { type: 'ASSAULT', mode: 'explosives', cameo: '183', actor: [], recipient: ['LBNCVL'], date: '2005-03-19', evidence: 'وقوع انفجار در محله سني‌نشين بيروت كه منجر به زخمي شدن 11 نفر شد', note: 'bombing in a Sunni district of Beirut hours before the statement' },
      { type: 'ASSAULT', mode: 'targeted', cameo: '186', actor: [], recipient: ['LBNGOV'], date: '2005-02-14', evidence: 'در پي ترور "رفيق حريري" نخست وزير سابق لبنان در 14 فوريه', note: 'background with an explicit date; Hariri was a former PM (GOV is doubtful)' },
    ],
  },
  {
    src: '3:112', // 2020-02-17 Monday
    events: [
      { type: 'THREATEN', mode: 'violence', cameo: '138', actor: ['ISROPP'], recipient: ['PSEREBHMS'], date: '2020-02-17', evidence: 'جنبش مقاومت اسلامی فلسطین «حماس» و نوار غزه را به اقدام نظامی تهدید کرد', note: 'Gantz (opposition leader, Blue and White) on Twitter; «با اقدام نظامی حماس را شکست خواهیم داد» is the same threat; Gaza (a place) not coded as a separate recipient' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['ISROPP'], recipient: ['ISRGOV'], date: '2020-02-17', evidence: 'ضمن انتقاد از نبود اختیارات کافی برای مقام وزارت جنگ رژیم صهیونیستی', note: 'criticism of the (political) war minister and the security officials; one act of the tweets' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['ISROPP'], recipient: ['ISRGOV'], date: '2020-02-17', optional: true, evidence: 'لیکود با نتانیاهو به هیچ کابینه‌ای نخواهد رسید', note: 'jibe at Likud/Netanyahu in another tweet (electoral rhetoric)' },
      { type: 'THREATEN', mode: 'violence', cameo: '138', actor: ['ISRGOV'], recipient: ['PSEREBHMS'], date: null, evidence: 'نتانیاهو چندی پیش با تهدید حماس به واکنشی سخت و غافلگیرکننده', note: 'Netanyahu\'s earlier threat («چندی پیش»); also referred to in paragraph 0 («بعد از نخست‌وزیر»)' },
      { type: 'REQUEST', mode: 'yield', cameo: '1056', actor: ['ISRGOV'], recipient: ['PSEREBHMS'], date: null, evidence: 'خواستار متوقف شدن عملیات‌های راکتی و ارسال بادکنک‌های آتش‌زا شد' },
    ],
  },
  {
    src: '3:113', // 2003-05-09 Friday
    events: [
      { type: 'AGREE', cameo: '036', actor: ['ISRGOV'], recipient: ['USAGOV'], date: null, evidence: 'مسافرت شارون به منظور مذاكره با بوش پيرامون طرح « نقش راه »  در پي سفر كالين پاول وزير امور خارجه آمريكا به خاور ميانه صورت خواهد گرفت', note: 'planned Sharon visit to Washington late this month (no day)' },
      { type: 'AGREE', cameo: '036', actor: ['USAGOV'], recipient: ['ISRGOV'], date: null, evidence: 'پاول با شارون در اسرائيل', note: 'Powell\'s planned talks with Sharon in Israel' },
      { type: 'AGREE', cameo: '036', actor: ['USAGOV'], recipient: ['PSEGOV'], date: null, evidence: 'محمود عباس نخست وزير فلسطين در ساحل غربي گفتگو خواهد كرد', note: 'Powell\'s planned talks with PM Abbas; the Powell trip to the region (paragraph 0) is the same plan' },
    ],
  },
  {
    src: '3:118', // 2004-10-05 Tuesday
    note: 'Sadr coded IRQREB (Mahdi Army leader, 2004)',
    events: [
      { type: 'REQUEST', mode: 'yield', cameo: '1053', actor: ['IRQREB'], recipient: [], date: '2004-10-05', evidence: 'من از آدم‌ربايان مي‌خواهم گروگان‌هاي فرانسوي را آزاد كنند', note: 'in an Al-Manar interview; the kidnappers are unidentified' },
      { type: 'SUPPORT', cameo: '051', actor: ['IRQREB'], recipient: ['FRA'], date: '2004-10-05', optional: true, evidence: 'فرانسه اشغالگر نيست و از كشورهاي اشغالگر نيز حمايت نكرده است', note: 'praise of France\'s stance (the reason given for the release)' },
      { type: 'REQUEST', mode: 'yield', cameo: '1053', actor: ['IRQREB'], recipient: [], date: null, evidence: 'پيشتر نيز يكي از نزديكان صدر از طرف وي خواستار آزادي "ژرژ مالبرونو" و "كريستين شنو "دو گروگان فرانسه گروگان گرفته شده در عراق شده بود', note: 'an earlier appeal made on his behalf (pluperfect)' },
      { type: 'ASSAULT', mode: 'abduct', cameo: '181', actor: [], recipient: ['FRAMED'], date: null, optional: true, evidence: 'دو گروگان فرانسه گروگان گرفته شده در عراق', note: 'the kidnapping of the two French journalists, background presupposed by the appeals' },
    ],
  },
  {
    src: '3:151', // 2005-07-05 Tuesday
    events: [
      { type: 'ASSAULT', mode: 'firearms', cameo: '185', actor: [], recipient: ['RUSGOV'], date: '2005-07-03', evidence: 'در اين حمله كه روز يكشنبه گذشته در مسير فرودگاه رخ داد، دو نفر از سرنشينان آن زخمي شدند', note: 'assassination attempt on the Russian ambassador\'s car (he was not in it), last Sunday; thirty bullet holes' },
      { type: 'ASSAULT', mode: 'abduct', cameo: '181', actor: [], recipient: ['BHRGOV'], date: '2005-07-05', evidence: 'مهاجمان قصد ربودن كاردار بحرين را داشتند', note: 'attempted abduction of Bahrain\'s chargé d\'affaires today; he was wounded («در حادثه‌ امروز زخمي شد»)' },
      { type: 'ASSAULT', mode: 'firearms', cameo: '190', actor: [], recipient: ['PAKGOV'], date: '2005-07-05', evidence: 'خودروي سفير پاكستان در عراق نيز امروز در بغداد هدف تيراندازي قرار گرفت' },
      { type: 'ASSAULT', mode: 'abduct', cameo: '181', actor: [], recipient: ['EGYGOV'], date: null, evidence: 'رئيس هيات اعزامي مصر به عراق ربوده شد', note: 'earlier abduction of the Egyptian envoy' },
    ],
  },
  {
    src: '3:164', // 2011-03-14 Monday
    note: 'Allawi (al-Iraqiya leader, not in government) coded IRQOPP',
    events: [
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['IRQOPP'], recipient: ['SYRGOV'], date: '2011-03-13', evidence: 'در ديدار ديروز خود با "بشار اسد" رئيس جمهور سوريه به بررسي جديدترين تحولات در عراق پرداخت', note: 'paragraph 1 («دو طرف همچنين … گفت‌وگو كردند») is the same meeting' },
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['IRQGOV'], recipient: ['SYRGOV'], date: null, evidence: 'بشار اسد ماه گذشته نيز ديداري با "جلال طالباني" رئيس‌جمهور عراق در  دمشق داشت', note: 'Talabani in Damascus last month (visitor = actor)' },
      { type: 'AGREE', cameo: '0311', actor: ['SYRGOV'], recipient: ['IRQGOV'], date: null, optional: true, evidence: 'دو طرف بر ضرورت افزايش همكاري‌هاي اقتصادي تاكيد كردند', note: 'stressing the need for more economic cooperation at that meeting: intent to cooperate, or part of the CONSULT' },
      { type: 'CONSULT', cameo: '040', actor: ['SYRGOV'], recipient: ['IRQLEG', 'IRQGOV'], date: null, optional: true, evidence: 'رئيس‌جمهور سوريه طي چند ماه گذشته با ديگر مقامات ارشد عراقي از جمله رئيس پارلمان و نخست‌وزير اين كشور ديدارهايي داشته است', note: 'several meetings in recent months, one event for the series' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['IRQGOV'], recipient: ['SYR'], date: null, evidence: 'مسئولان عراقي، دمشق را متهم كردند كه رهبران بعثي را كه در حمله‌هاي خونين عراق در سال 2009 دست داشتند، پناه دادند', note: 'background (2009); «حمله مسئولان عراقي عليه سوريه» in paragraph 5 is the same verbal attack; Syria\'s denial not coded' },
      { type: 'ASSAULT', mode: 'explosives', cameo: '183', actor: [], recipient: ['IRQCVL'], date: null, evidence: 'به دنبال اين انفجارها، 100 تن كشته و  600 تن ديگر زخمي شدند', note: 'the 2009 Baghdad bombings, background' },
      { type: 'REQUEST', cameo: '100', actor: ['IRQGOV'], recipient: ['IGOUNO'], date: null, evidence: 'خواهان تشكيل كميته تحقيق بين المللي در زمينه اين حمله‌ها از سوي سازمان ملل شد', note: 'Maliki asks for a UN inquiry' },
      { type: 'SANCTION', mode: 'withdraw', cameo: '161', actor: ['IRQGOV'], recipient: ['SYRGOV'], date: null, evidence: 'با فراخوانده شدن سفراي دو كشور اواخر ماه اوت سال 2009', note: 'both countries recalled their ambassadors (late August 2009); coded as one act in the text order, the reciprocal recall as an optional second event' },
      { type: 'SANCTION', mode: 'withdraw', cameo: '161', actor: ['SYRGOV'], recipient: ['IRQGOV'], date: null, optional: true, evidence: 'فراخوانده شدن سفراي دو كشور', note: 'the reciprocal recall' },
    ],
  },
];
