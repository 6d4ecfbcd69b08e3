// biome-ignore-all format: one event a line is easier to read and annotate
// Hand annotations of the development gold set (guidelines: test/gold/README.md). Each entry names an
// article of ../shared/corpus/fars-news-N.json as "N:index" (or "seed") and lists the events a careful
// analyst codes from the PARAGRAPHS (title and abstract are not part of the scored text).
// Dates of events: ISO day when the text fixes the day (or says nothing, then the publication day);
// null when only a week/month/year or "a few days ago" is given — null matches any predicted date.
// `node test/gold/events/build.mjs` turns this file into dev.jsonl.
export const annotations = [
  {
    src: '1:117', // 2004-09-29
    events: [
      { type: 'SUPPORT', cameo: '051', actor: ['RUSGOV'], recipient: ['IRN'], date: '2004-09-29', evidence: 'اين حق كاملاً قانوني و مشروع ايران است', note: 'Ivanov (Security Council secretary) endorses Iran\'s right to nuclear technology' },
      { type: 'AGREE', cameo: '030', actor: ['RUS'], recipient: ['IRN'], date: '2004-09-29', evidence: 'به همكاري خود با ايران ادامه خواهد داد', note: 'reported by Ivanov; the conditional on Bushehr fuel (اگر ايران بپذيرد) is hypothetical, not coded' },
    ],
    dates: [{ text: 'امروز', value: '2004-09-29', granularity: 'day' }],
  },
  {
    src: '1:147', // 2005-03-27
    events: [
      { type: 'ASSAULT', cameo: '180', actor: ['USAMIL'], recipient: ['IRQMED'], date: null, evidence: 'آمريكاييها به يك اتاق عمل حمله كردند', note: 'raid on the children\'s hospital; day not stated (reported yesterday)' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['USAMIL'], recipient: ['IRQMED'], date: null, evidence: 'بازداشت تعدادي از كارمندان بيمارستان' },
      { type: 'ASSAULT', cameo: '180', actor: ['USAMIL'], recipient: ['IRQMED'], date: null, evidence: 'چند روز پيش نيز به بيمارستانهاي عمومي در رمادي و حديثه حمله كردند', note: 'an earlier, separate raid ("a few days ago")' },
      { type: 'REQUEST', cameo: '100', actor: ['IRQMED'], recipient: ['IRQGOV'], date: '2005-03-26', evidence: 'از مقامات عراقي خواست', note: 'the hospital\'s deputy director asks Iraqi officials to act (said yesterday)' },
    ],
    dates: [{ text: 'روز گذشته', value: '2005-03-26', granularity: 'day' }],
  },
  {
    src: '1:149', // 2004-11-08 Monday
    events: [
      { type: 'ASSAULT', mode: 'firearms', cameo: '193', actor: ['USAMIL'], recipient: ['IRQREB'], date: '2004-11-08', evidence: 'با يكديگر درگير بودند', note: 'two-hour clash with small arms and mortars; one event for the clash' },
      { type: 'ASSAULT', cameo: '190', actor: ['IRQREB'], recipient: ['USAMIL'], date: '2004-11-08', evidence: 'به يك كاروان نظاميان آمريكا كه از رمادي به سمت فلوجه در حركت بودند،حمله كردند' },
    ],
    dates: [{ text: 'دوشنبه', value: '2004-11-08', granularity: 'day' }],
  },
  {
    src: '1:160', // 2003-07-24
    events: [
      { type: 'MOBILIZE', mode: 'troops', cameo: '154', actor: ['USAMIL'], recipient: ['IRQ'], date: null, evidence: 'به اين كشور اعزام مي شوند', note: 'planned rotation/deployment of troops to Iraq (future)' },
    ],
  },
  {
    src: '1:162', // 2007-06-04
    note: 'PKK involvement is only speculated (پيش‌بيني مي‌شود … نقش داشته باشند): no actor',
    events: [
      { type: 'ASSAULT', mode: 'suicide-attack', cameo: '1831', actor: [], recipient: ['TURCOP'], date: '2007-06-04', evidence: 'در اين حمله انتحاري كه عليه يك مركز پليس در شرق تركيه روي داد' },
    ],
  },
  {
    src: '1:171', // 2019-10-26 Saturday
    events: [
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['USACOP'], recipient: ['RUSCVL'], date: null, evidence: 'بازداشت کرد', note: 'FBI arrested Butina in Tir of last year (2018-06-22 … 2018-07-22)' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '116', actor: ['USA'], recipient: ['RUSCVL'], date: null, evidence: 'آمریکا او را به تحمل ۱۸ ماه حبس محکوم کرد', note: 'sentence; PLOVER 2021 table puts 116 under ACCUSE' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['RUS'], recipient: ['USA'], date: null, evidence: 'مسکو، واشنگتن را برای اینکه بوتینا را برای اعتراف به این اتهامات تحت فشار قرار داده، متهم کرد' },
    ],
    dates: [
      { text: 'شنبه (امروز)', value: '2019-10-26', granularity: 'day' },
      { text: 'تیرماه سال گذشته', value: '2018-06-22', granularity: 'month', until: '2018-07-22' },
    ],
  },
  {
    src: '1:184', // 2004-03-27
    events: [
      { type: 'ASSAULT', mode: 'firearms', cameo: '193', actor: ['ISRMIL'], recipient: ['PSECVL'], date: null, evidence: 'سربازان اسرائيلي به سه واحد مسكوني در اين اردوگاه حمله كردند', note: 'the raid on Balata camp in which the child was shot; day not stated' },
      { type: 'PROTEST', mode: 'riot', cameo: '145', actor: ['PSECVL'], recipient: ['ISRMIL'], date: null, evidence: 'به جيپ هاي آنها سنگ پرتاب كردند' },
    ],
  },
  {
    src: '1:233', // 2016-10-27 Thursday
    events: [
      { type: 'REQUEST', cameo: '100', actor: ['RUS'], recipient: [], date: null, evidence: 'مسکو خواستار انجام تحقیقات فوری در این رابطه است', note: 'said at this week\'s press conference; no addressee' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['RUSGOV'], recipient: ['USA'], date: null, evidence: 'اینکه واشنگتن سلاح سنگین در اختیار معارضان میانه‌رو قرار می‌دهد تبعات سنگینی خواهد داشت', note: 'Zakharova criticises US arms supplies' },
      { type: 'AID', mode: null, cameo: '072', actor: ['USA'], recipient: ['SYRREB'], date: null, evidence: 'آمریکا همچنان بر تأمین تسلیحات برای معارضان به اصطلاح میانه‌رو اصرار دارد', note: 'as reported by Zakharova' },
      { type: 'AGREE', cameo: '036', actor: ['RUSGOV'], recipient: ['IRNGOV'], date: '2016-10-28', evidence: 'لاوروف قرار است فردا جمعه 28 اکتبر (7 آبانماه) در مسکو با وزیر خارجه ایران دیدار و گفت‌وگو کند', note: 'planned meeting Lavrov–Zarif (also para 6): AGREE per the conventions' },
    ],
    dates: [
      { text: 'این هفته', value: '2016-10-22', granularity: 'week', until: '2016-10-28' },
      { text: 'فردا جمعه 28 اکتبر (7 آبانماه)', value: '2016-10-28', granularity: 'day' },
    ],
  },
  {
    src: '1:235', // 2005-06-18 (video aired Friday per the abstract)
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IMGMUSALQ'], recipient: ['PAKGOV', 'SAUGOV', 'EGYGOV'], date: '2005-06-18', evidence: 'از حكومت‌هاي پاكستان، عربستان سعودي و مصر', note: 'Zawahiri; one criticism of three governments; the paragraphs give no day (the abstract says the video aired Friday), so the publication day' },
      { type: 'REQUEST', cameo: '100', actor: ['IMGMUSALQ'], recipient: ['PSE'], date: '2005-06-18', evidence: 'از فلسطينيها خواست از مبارزه دست برندارند' },
    ],
  },
  {
    src: '1:276', // 2004-03-29
    events: [
      { type: 'ASSAULT', cameo: '185', actor: [], recipient: ['IRQGOV'], date: '2004-03-28', evidence: 'از سوي مهاجمان ناشناس در موصل هدف حمله قرار گرفتند', note: 'failed assassination attempt on minister Nasrin Barwari; attackers unknown' },
    ],
    dates: [{ text: 'شامگاه روز گذشته', value: '2004-03-28', granularity: 'day' }],
  },
  {
    src: '1:286', // 2005-01-14
    events: [
      { type: 'ASSAULT', cameo: '190', actor: [], recipient: ['USAMIL'], date: '2005-01-13', evidence: 'دو تفنگدار واحد يكم روز 13 ژانويه هنگام ماموريت', note: 'two marines killed in Anbar; perpetrator not stated' },
    ],
    dates: [{ text: '13 ژانويه', value: '2005-01-13', granularity: 'day' }],
  },
  {
    src: '2:22', // 2008-03-23
    events: [
      { type: 'SUPPORT', cameo: '051', actor: ['PAKGOV'], recipient: ['PAKGOV'], date: '2008-03-23', evidence: 'دولت جديد را مورد حمايت كامل قرار خواهد گرفت', note: 'Musharraf endorses the new government (said again in para 2)' },
    ],
    dates: [{ text: '18 فوريه', value: '2008-02-18', granularity: 'day' }, { text: 'فردا', value: '2008-03-24', granularity: 'day' }],
  },
  {
    src: '2:38', // 2015-11-02 Monday
    events: [
      { type: 'ASSAULT', cameo: '180', actor: ['PSECVL'], recipient: ['ISRCVL'], date: '2015-11-02', evidence: 'با خودروی خود سه صهیونیست را در نزدیکی الخلیل زیر گرفت' },
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['ISR'], recipient: ['PSECVL'], date: '2015-11-02', evidence: 'یک دختر فلسطینی را در الخلیل به بهانه قصد وی برای انجام عملیات استشهادی بازداشت کردند' },
      { type: 'ASSAULT', mode: 'firearms', cameo: '193', actor: ['ISR'], recipient: ['PSECVL'], date: '2015-11-02', evidence: 'به دو جوان فلسطینی در جنین به بهانه تلاش آنها برای انجام عملیات شهادت‌طلبانه تیراندازی کردند' },
    ],
    dates: [{ text: 'امروز (دوشنبه)', value: '2015-11-02', granularity: 'day' }],
  },
  {
    src: '2:40', // 2007-05-03
    events: [
      { type: 'ASSAULT', mode: 'explosives', cameo: '1833', actor: [], recipient: ['AFGMIL'], date: '2007-05-03', evidence: 'بمب داخل يك چرخ دستي كنار جاده كار گذاشته شده بود', note: 'roadside bomb against a bus of army soldiers in Kabul; perpetrator not stated' },
    ],
    dates: [{ text: 'سال 2007', value: '2007-01-01', granularity: 'year', until: '2007-12-31' }],
  },
  {
    src: '2:52', // 2014-05-19
    events: [
      { type: 'AGREE', cameo: '036', actor: ['RUSGOV'], recipient: ['IGOUNO'], date: '2014-05-20', evidence: 'نشستی با «بان کی‌مون» دبیرکل سازمان ملل متحد درباره بحران اوکراین رایزنی کند', note: 'planned meeting during tomorrow\'s trip' },
      { type: 'AGREE', cameo: '036', actor: ['RUSGOV'], recipient: ['CHN'], date: '2014-05-20', evidence: 'پوتین با هدف گسترش مناسبات با چین به این کشور سفر می‌کند', note: 'planned visit to China (tomorrow)' },
    ],
    dates: [{ text: 'فردا', value: '2014-05-20', granularity: 'day' }, { text: 'امروز', value: '2014-05-19', granularity: 'day' }, { text: 'یک روز پیش از سفر', value: '2014-05-19', granularity: 'day' }],
  },  {
    src: '2:178', // 2008-02-16
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNLEG'], recipient: ['DNKMED'], date: '2008-02-16', evidence: 'در محكوميت توهين يكي از مطبوعات دانمارك', note: 'the Majlis national security commission condemns a Danish newspaper (again in para 1: ضمن محكوميت شديد)' },
      { type: 'REQUEST', cameo: '100', actor: ['IRNLEG'], recipient: ['DNKLEG'], date: '2008-02-16', evidence: 'انتظار منطقي و طبيعي نمايندگان ملت ايران محكوميت اين اقدام نابخردانه توسط نمايندگان مردم دانمارك است', note: 'expects the Danish parliament to condemn; the promised welcome in para 2 is conditional, not coded' },
    ],
  },
  {
    src: '2:201', // 2017-01-06 Friday
    events: [
      { type: 'AGREE', cameo: '057', actor: ['MRTGOV'], recipient: ['SAUGOV'], date: null, evidence: 'توافقنامه همکاری نظامی امضا کردند', note: 'signed military cooperation agreement (AGREE 057 per the conventions; the 2021 table lists 057 under SUPPORT); signed during the visit, day not stated' },
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['SAUGOV'], recipient: ['MRT'], date: '2017-01-03', evidence: 'سه‌شنبه گذشته به نواکشوت سفر کرده بود', note: 'Saudi deputy defence minister visits Nouakchott' },
    ],
    dates: [{ text: 'سه‌شنبه گذشته', value: '2017-01-03', granularity: 'day' }],
  },
  {
    src: '2:249', // 2004-10-07
    events: [
      { type: 'ASSAULT', mode: 'heavy-weapons', cameo: '194', actor: ['ISRMIL'], recipient: ['PSECVL'], date: '2004-10-07', evidence: 'به دليل شليك گلوله تانك از سوي سربازان رژيم صهيونيستي', note: 'two children killed in Jabalia' },
      { type: 'ASSAULT', cameo: '190', actor: ['ISRMIL'], recipient: ['PSE'], date: null, evidence: 'تجاوز نيروهاي اسرائيلي به اين منطقه وارد هشتمين روز خود مي‌شود', note: 'the ongoing incursion into northern Gaza (eighth day)' },
    ],
  },
  {
    src: '2:261', // 2019-04-29 Monday
    note: '«در دوشنبه» is the city Dushanbe, not the weekday',
    events: [
      { type: 'COOPERATE', cameo: '062', actor: ['TJKMIL'], recipient: ['UZBMIL'], date: '2019-04-29', evidence: 'رزمایش مشترک افسران اطلاعاتی نیروهای مسلح این کشور و ازبکستان', note: 'joint intelligence exercise; day not stated, so the publication day' },
      { type: 'COOPERATE', cameo: '062', actor: ['TJKMIL'], recipient: ['UZBMIL'], date: null, evidence: 'نخستین تمرینات مشترک نیروهای ویژه تاجیکستان و ازبکستان برگزار شد', note: 'the first joint exercise, September 2018' },
    ],
    dates: [{ text: 'سپتامبر سال 2018', value: '2018-09-01', granularity: 'month', until: '2018-09-30' }],
  },
  {
    src: '2:280', // 2003-04-12
    events: [
      { type: 'REQUEST', cameo: '100', actor: ['USAGOV'], recipient: ['SYRGOV'], date: '2003-04-12', evidence: 'ما مصرا از رهبران سوريه مي خواهيم', note: 'Bush; the ambassador\'s reminder in para 4 is the same demand' },
      { type: 'CONSULT', cameo: '040', actor: ['USAGOV'], recipient: ['SYRGOV'], date: '2003-04-12', evidence: 'در ملاقات با مقامات سوريه در دمشق', note: 'US ambassador Kattouf meets Syrian officials; «قرار است كه از مرزهاي سوريه ديدار كنيم» is a planned inspection of a place, not coded' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['SYRGOV'], recipient: ['USAGOV'], date: '2003-04-12', evidence: 'از امريكا به دليل اظهارات وزير دفاع اين كشور انتقاد كرد' },
      { type: 'ACCUSE', mode: 'allege', cameo: '1123', actor: ['USAGOV'], recipient: ['SYR'], date: null, evidence: 'سوريه را متهم به ارسال تسليحات نظامي به عراق كرده بود', note: 'Rumsfeld, earlier (pluperfect)' },
    ],
  },
  {
    src: '3:29', // 2005-03-19
    events: [
      { type: 'REQUEST', mode: 'meet', cameo: '106', actor: ['LBNGOV'], recipient: ['LBN'], date: '2005-03-19', evidence: 'خواستار گفت‌وگو ميان رهبران گروه‌هاي مختلف اين كشور بمنظور حفاظت از لبنان شد', note: 'President Lahoud calls for dialogue among Lebanese groups' },
      { type: 'ASSAULT', mode: 'explosives', cameo: '183', actor: [], recipient: ['LBNCVL'], date: '2005-03-19', evidence: 'وقوع انفجار در محله سني‌نشين بيروت كه منجر به زخمي شدن 11 نفر شد', note: 'bombing in a Sunni district of Beirut, perpetrator unknown; day not stated' },
    ],
    dates: [{ text: '14 فوريه', value: '2005-02-14', granularity: 'day' }],
  },
  {
    src: '3:112', // 2020-02-17
    events: [
      { type: 'THREATEN', mode: 'violence', cameo: '138', actor: ['ISROPP'], recipient: ['PSEREBHMS'], date: '2020-02-17', evidence: 'را به اقدام نظامی تهدید کرد', note: 'Gantz (Blue and White, then in opposition) threatens Hamas and Gaza; repeated in para 3' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['ISROPP'], recipient: ['ISRGOV'], date: '2020-02-17', evidence: 'ضمن انتقاد از نبود اختیارات کافی برای مقام وزارت جنگ رژیم صهیونیستی', note: 'criticises the government\'s handling of Hamas' },
      { type: 'THREATEN', mode: 'violence', cameo: '138', actor: ['ISRGOV'], recipient: ['PSEREBHMS'], date: null, evidence: 'نتانیاهو چندی پیش با تهدید حماس به واکنشی سخت و غافلگیرکننده', note: 'Netanyahu, some time ago' },
      { type: 'REQUEST', cameo: '100', actor: ['ISRGOV'], recipient: ['PSEREBHMS'], date: null, evidence: 'خواستار متوقف شدن عملیات‌های راکتی و ارسال بادکنک‌های آتش‌زا شد' },
    ],
  },
  {
    src: '3:113', // 2003-05-09
    note: 'all three meetings are planned (future): AGREE 036',
    events: [
      { type: 'AGREE', cameo: '036', actor: ['ISRGOV'], recipient: ['USAGOV'], date: null, evidence: 'مسافرت شارون به منظور مذاكره با بوش', note: 'the date (late this month) is only in the title/abstract' },
      { type: 'AGREE', cameo: '036', actor: ['USAGOV'], recipient: ['ISRGOV'], date: null, evidence: 'پاول با شارون در اسرائيل', note: 'Powell will talk with Sharon' },
      { type: 'AGREE', cameo: '036', actor: ['USAGOV'], recipient: ['PSEGOV'], date: null, evidence: 'محمود عباس نخست وزير فلسطين در ساحل غربي گفتگو خواهد كرد', note: 'and with Abbas' },
    ],
  },
  {
    src: '3:118', // 2004-10-05
    note: 'Muqtada al-Sadr coded IRQREB (Mahdi Army); the kidnappers IRQREB',
    events: [
      { type: 'REQUEST', mode: 'yield', cameo: '1053', actor: ['IRQREB'], recipient: ['IRQREB'], date: '2004-10-05', evidence: 'من از آدم‌ربايان مي‌خواهم گروگان‌هاي فرانسوي را آزاد كنند' },
      { type: 'REQUEST', mode: 'yield', cameo: '1053', actor: ['IRQREB'], recipient: ['IRQREB'], date: null, evidence: 'پيشتر نيز يكي از نزديكان صدر از طرف وي خواستار آزادي', note: 'an earlier, separate appeal made on Sadr\'s behalf' },
    ],
  },
  {
    src: '3:151', // 2005-07-05 Tuesday
    events: [
      { type: 'ASSAULT', mode: 'firearms', cameo: '193', actor: [], recipient: ['RUSGOV'], date: '2005-07-03', evidence: 'در اين حمله كه روز يكشنبه گذشته در مسير فرودگاه رخ داد', note: 'shots at the Russian ambassador\'s car' },
      { type: 'ASSAULT', mode: 'abduct', cameo: '181', actor: [], recipient: ['BHRGOV'], date: '2005-07-05', evidence: 'مهاجمان قصد ربودن كاردار بحرين را داشتند', note: 'Bahrain\'s chargé wounded today in an abduction attempt' },
      { type: 'ASSAULT', mode: 'firearms', cameo: '193', actor: [], recipient: ['PAKGOV'], date: '2005-07-05', evidence: 'خودروي سفير پاكستان در عراق نيز امروز در بغداد هدف تيراندازي قرار گرفت' },
      { type: 'ASSAULT', mode: 'abduct', cameo: '181', actor: [], recipient: ['EGYGOV'], date: null, evidence: 'رئيس هيات اعزامي مصر به عراق ربوده شد', note: 'earlier abduction of Egypt\'s envoy Ihab al-Sharif' },
    ],
    dates: [{ text: 'يكشنبه گذشته', value: '2005-07-03', granularity: 'day' }, { text: 'امروز', value: '2005-07-05', granularity: 'day' }],
  },
  {
    src: '3:164', // 2011-03-14 Monday
    events: [
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['IRQOPP'], recipient: ['SYRGOV'], date: '2011-03-13', evidence: 'در ديدار ديروز خود با "بشار اسد" رئيس جمهور سوريه', note: 'Allawi (al-Iraqiya leader, not in office) visits Assad in Damascus' },
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['IRQGOV'], recipient: ['SYRGOV'], date: null, evidence: 'بشار اسد ماه گذشته نيز ديداري با "جلال طالباني" رئيس‌جمهور عراق در  دمشق داشت', note: 'Talabani in Damascus last month; the summary of other meetings (para 4) is not coded separately' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['IRQGOV'], recipient: ['SYR'], date: null, evidence: 'مسئولان عراقي، دمشق را متهم كردند', note: '2009' },
      { type: 'REQUEST', cameo: '100', actor: ['IRQGOV'], recipient: ['IGOUNO'], date: null, evidence: 'خواهان تشكيل كميته تحقيق بين المللي در زمينه اين حمله‌ها از سوي سازمان ملل شد', note: 'Maliki, 2009' },
      { type: 'SANCTION', mode: 'withdraw', cameo: '161', actor: ['IRQGOV'], recipient: ['SYRGOV'], date: null, evidence: 'با فراخوانده شدن سفراي دو كشور اواخر ماه اوت سال 2009', note: 'both recalled their ambassadors: one event each way' },
      { type: 'SANCTION', mode: 'withdraw', cameo: '161', actor: ['SYRGOV'], recipient: ['IRQGOV'], date: null, evidence: 'با فراخوانده شدن سفراي دو كشور اواخر ماه اوت سال 2009' },
    ],
    dates: [{ text: 'ديروز', value: '2011-03-13', granularity: 'day' }, { text: 'ماه گذشته', value: '2011-02-01', granularity: 'month', until: '2011-02-28' }],
  },
  {
    src: '3:187', // 2015-12-06
    events: [
      { type: 'CONSULT', mode: 'phone', cameo: '041', actor: ['FRAGOV'], recipient: ['GBRGOV'], date: '2015-12-06', evidence: 'گفت‌وگوی تلفنی «فرانسوآ اولاند» رئیس‌جمهور فرانسه و «دیوید کامرون» نخست‌وزیر انگلیس', note: 'caller not stated; day not stated' },
      { type: 'SUPPORT', cameo: '051', actor: ['FRAGOV'], recipient: ['GBRGOV'], date: '2015-12-06', evidence: 'به کامرون بخاطر کسب رأی مثبت پارلمان انگلیس به جنگ علیه داعش در سوریه تبریک گفت' },
      { type: 'AGREE', cameo: '030', actor: ['FRAGOV'], recipient: ['GBRGOV'], date: '2015-12-06', evidence: 'در خصوص تقویت همکاری‌ها برای مبارزه با گروه تروریستی داعش به ویژه در سوریه و تبادل اطلاعات توافق کردند' },
      { type: 'SUPPORT', cameo: '051', actor: ['FRAGOV'], recipient: ['GBR'], date: '2015-12-03', evidence: 'از این حملات استقبال کردند' },
      { type: 'ASSAULT', mode: 'aerial', cameo: '195', actor: ['GBRMIL'], recipient: ['IMGMUSISI'], date: null, evidence: 'حملات جنگنده‌های انگلیسی علیه مواضع داعش در سوریه', note: 'British air strikes in Syria (from about 3 December)' },
      { type: 'ASSAULT', mode: 'aerial', cameo: '195', actor: ['GBRMIL'], recipient: ['IMGMUSISI'], date: null, evidence: 'مواضع داعش در عراق را هدف قرار داده بود', note: 'earlier strikes in Iraq' },
    ],
    dates: [{ text: '3 دسامبر جاری', value: '2015-12-03', granularity: 'day' }],
  },
  {
    src: '3:241', // 2013-10-02
    events: [
      { type: 'ACCUSE', mode: 'allege', cameo: '1123', actor: ['IND'], recipient: ['PAK'], date: '2013-10-02', evidence: 'هند بار دیگر پاکستان را به نقض آتش بس مرزی در منطقه مورد مناقشه کشمیر متهم کرد' },
      { type: 'ASSAULT', mode: 'firearms', cameo: '193', actor: ['PAKMIL'], recipient: ['INDMIL'], date: '2013-10-02', evidence: 'به مواضع مرزی هند در بخش «مندهار» در منطقه «پونچ» واقع در خط کنترل حمله کردند' },
      { type: 'ASSAULT', mode: 'firearms', cameo: '193', actor: ['INDMIL'], recipient: ['PAKMIL'], date: '2013-10-02', evidence: 'نیروهای مرزی هند نیز به آتش متقابل پرداختند' },
      { type: 'CONSULT', mode: 'third-party', cameo: '044', actor: ['INDGOV'], recipient: ['PAKGOV'], date: null, evidence: 'دیدار «مان موهان سینگ» نخست وزیر هند با «نواز شریف» همتای پاکستانی‌اش در حاشیه نشست مجمع عمومی سازمان ملل در نیویورک', note: 'a few days earlier' },
      { type: 'AGREE', cameo: '036', actor: ['INDGOV'], recipient: ['PAKGOV'], date: null, evidence: 'به ‌زودی جلسه‌ای برای رفع این تنش بین مقامات ارتش 2 کشور برگزار می‌شود', note: 'agreed at that meeting to hold military talks' },
    ],
    dates: [{ text: 'امروز', value: '2013-10-02', granularity: 'day' }],
  },
  {
    src: '3:94', // 2007-04-16
    events: [
      { type: 'ASSAULT', cameo: '190', actor: [], recipient: ['IRQMIL'], date: '2007-04-16', evidence: 'افراد مسلح ناشناس ظهر امروز به يك ايست بازرسي عراق در روستاي "عدايه"', note: 'attack on an army checkpoint SW of Mosul, 13 soldiers killed; the blowing up of the checkpoint is part of it' },
    ],
    dates: [{ text: 'ظهر امروز', value: '2007-04-16', granularity: 'day' }],
  },
  {
    src: '3:47', // 2007-07-20 Friday
    note: 'the reported ceasefire statement (para 2-4) is denied by the party: not coded',
    events: [
      { type: 'THREATEN', mode: 'violence', cameo: '138', actor: ['AFGREB'], recipient: ['IGOWSTNAT', 'AFGMIL'], date: '2007-07-20', evidence: 'حكمتيار بر ادامه مبارزه با نيروهاي اشغالگر پيمان آتلانتيك شمالي و نظاميان افغاني  تاكيد دارد', note: 'Hezb-e Islami (Hekmatyar) vows to keep fighting NATO and the Afghan army' },
      { type: 'ACCUSE', mode: 'allege', cameo: '1121', actor: ['USAMIL'], recipient: ['AFGREB', 'AFGREBTAL'], date: null, evidence: 'از سوي نيروهاي آمريكايي متهم به فعاليت‌هاي تروريستي و تحت تعقيب هستند', note: 'Hekmatyar and Mullah Omar accused by US forces (standing accusation)' },
    ],
    dates: [{ text: 'چهارشنبه', value: '2007-07-18', granularity: 'day' }, { text: 'سال 2001ميلادي', value: '2001-01-01', granularity: 'year', until: '2001-12-31' }],
  },
  {
    src: '3:125', // 2006-06-01
    events: [
      { type: 'AGREE', cameo: '036', actor: ['USAGOV'], recipient: ['IDNGOV'], date: null, evidence: 'رامسفلد قرار است روزهاي 6 تا 8 ژوئن براي مذاكره درباره مبارزه با تروريسم، امنيت در تنگه مالاكا و همكاري هاي نظامي به اندونزي سفر كند', note: 'planned visit 6-8 June' },
      { type: 'REQUEST', cameo: '1042', actor: ['IDNGOV'], recipient: ['USA'], date: '2006-06-01', evidence: 'ما به آمريكا خاطرنشان خواهيم كرد كه مبارزه با تروريسم در اندونزي و ساير كشورهاي آسه‌آن از سوي خود اين كشورها هدايت مي شود', note: 'Indonesia\'s defence minister asks the US not to interfere' },
      { type: 'COOPERATE', cameo: '062', actor: ['USA'], recipient: ['IDN'], date: null, evidence: 'از ماه نوامبر گذشته آن را از سر گرفتند', note: 'military ties resumed last November' },
    ],
    dates: [{ text: 'ماه نوامبر گذشته', value: '2005-11-01', granularity: 'month', until: '2005-11-30' }],
  },
  {
    src: '2:79', // 2003-07-15 Tuesday
    events: [
      { type: 'AGREE', cameo: '036', actor: ['IRN'], recipient: ['IGOUNO', 'IGOEUREEC'], date: '2003-07-14', evidence: 'ايران تمايل دارد مذاكرات سازنده اي با سازمان ملل و اتحاديه اروپا در خصوص برنامه هسته اي خود داشته باشد', note: 'as reported by Frattini on Monday' },
      { type: 'CONSULT', mode: 'phone', cameo: '041', actor: ['ITAGOV'], recipient: ['IRNGOV'], date: null, evidence: 'گفت و گوي تلفني با كمال خرازي همتاي ايراني خود', note: 'caller not stated; day not stated' },
      { type: 'AGREE', cameo: '030', actor: ['IRNGOV'], recipient: ['IGOUNOIAE'], date: null, evidence: 'به «حفظ گفت و گويي سازنده و شفاف » با آژانس بين المللي انرژي اتمي سازمان ملل', note: 'Kharrazi\'s commitment; the EU part repeats the intent already coded for para 0' },
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['IGOUNOIAE'], recipient: ['IRN'], date: null, evidence: 'در سفر هفته گذشته خود به تهران', note: 'ElBaradei in Tehran last week' },
      { type: 'REJECT', mode: 'yield', cameo: '1245', actor: ['IRN'], recipient: ['IGOUNOIAE'], date: null, evidence: 'براي كسب مجوز ايران در خصوص انجام فوري بازرسي هاي جدي تر از برنامه مظنون اين كشور، ناكام شد', note: 'Iran did not allow the immediate inspections' },
      { type: 'AGREE', cameo: '036', actor: ['IGOUNOIAE'], recipient: ['IRN'], date: null, evidence: 'طرفين به برگزاري مذاكرات بيشتر بايكديگر توافق كردند' },
      { type: 'REQUEST', mode: 'yield', cameo: '1055', actor: ['IGOEUREEC'], recipient: ['IRN'], date: null, evidence: 'درخواست خود از ايران براي امضاي پروتكل ويژه اي', note: 'the EU repeats its demand that Iran sign the Additional Protocol' },
      { type: 'REQUEST', mode: 'change', cameo: '1043', actor: ['ITAGOV'], recipient: ['IRN'], date: null, evidence: 'در انتظار اين امر است كه ايران گامهاي مهمي در مورد احترام به حقوق بشر و آزادي بيان بردارد' },
      { type: 'AGREE', cameo: '036', actor: ['ITAGOV'], recipient: ['IGOEUREEC'], date: '2003-07-21', evidence: 'در جريان نشستي كه در 21ژوئيه در بروكسل (مقر اتحاديه اروپا) برگزار مي شود', note: 'will brief EU foreign ministers (planned meeting)' },
    ],
    dates: [
      { text: 'روز گذشته', value: '2003-07-14', granularity: 'day' },
      { text: 'دوشنبه', value: '2003-07-14', granularity: 'day' },
      { text: 'هفته گذشته', value: '2003-07-05', granularity: 'week', until: '2003-07-11' },
      { text: '21ژوئيه', value: '2003-07-21', granularity: 'day' },
    ],
  },
  {
    src: '3:14', // 2005-09-02
    events: [
      { type: 'REQUEST', cameo: '102', actor: ['TURGOV'], recipient: ['IGOEUREEC'], date: '2005-09-02', evidence: 'اين اتحاديه بايد با آغاز مذاكرات پذيرش با تركيه', note: 'Gul: the EU must open accession talks on 3 October (para 3 repeats it)' },
      { type: 'REQUEST', mode: 'change', cameo: '1042', actor: ['IGOEUREEC'], recipient: ['TUR'], date: null, evidence: 'براي پذيرفتن اين كشور مسلمان 70 ميليوني شرايط سختي ارايه كرده است', note: 'standing EU conditions (recognise Cyprus …)' },
      { type: 'REJECT', cameo: '120', actor: ['AUTGOV'], recipient: ['TUR'], date: null, evidence: 'پس نبايد به عضويت كامل اين اتحاديه درآيد', note: 'Austria proposes that Turkey not become a full member (at the meeting)' },
      { type: 'REJECT', cameo: '120', actor: ['IGOEUREEC'], recipient: ['AUTGOV'], date: null, evidence: 'اين پيشنهاد اتريش در اين نشست مورد قبول قرار نگرفته است' },
    ],
    dates: [
      { text: 'سوم اكتبر', value: '2005-10-03', granularity: 'day' },
      { text: '17 دسامبر سال گذشته', value: '2004-12-17', granularity: 'day' },
      { text: 'دسامبر گذشته', value: '2004-12-01', granularity: 'month', until: '2004-12-31' },
    ],
  },
  {
    src: '3:27', // 2009-05-26
    events: [
      { type: 'CONSULT', cameo: '040', actor: ['VENGOV'], recipient: ['IRNGOV'], date: null, evidence: 'ديدار با "عبدالله ذيفن"، سفير ايران در كاراكاس', note: 'the Lara governor met Iran\'s ambassador; day not stated' },
      { type: 'AGREE', cameo: '0311', actor: ['VENGOV'], recipient: ['IRN'], date: '2009-05-25', evidence: 'علاقه مندي شديد خود به تداوم همكاري با ايران', note: 'announced yesterday' },
      { type: 'AGREE', cameo: '030', actor: ['VENGOV'], recipient: ['IRNGOV'], date: '2009-05-25', evidence: 'از توافق با مسئولان ايراني براي مطالعه فرصت هاي تازه همكاري', note: 'agreement with Iranian officials; a joint commission with the embassy will follow' },
    ],
    dates: [{ text: 'روز گذشته', value: '2009-05-25', granularity: 'day' }],
  },
  {
    src: '3:28', // 2007-01-15
    events: [
      { type: 'AGREE', cameo: '036', actor: ['SAUGOV'], recipient: ['IGOMEAARL'], date: '2007-01-15', evidence: 'رياض اكنون آماده ميزباني نشست سران است', note: 'offer to host the Arab summit, by letter to the Arab League secretary-general (para 0 also: از سران عربي خواسته است)' },
      { type: 'REQUEST', mode: 'meet', cameo: '106', actor: ['SAU'], recipient: ['EGY'], date: null, evidence: 'از مصر خواسته بود اين نشست را در شرم‌الشيخ', note: 'earlier (pluperfect)' },
    ],
    dates: [{ text: 'اواخر ماه مارس', value: '2007-03-01', granularity: 'month', until: '2007-03-31' }],
  },
  {
    src: '1:110', // 2015-08-31 — sports: «دیدار» is a match
    note: 'sports: every «دیدار» is a football match — no CONSULT',
    events: [],
    dates: [
      { text: 'جمعه 13 شهریور 94', value: '2015-09-04', granularity: 'day' },
      { text: 'چهارشنبه 11 شهریور 94', value: '2015-09-02', granularity: 'day' },
    ],
  },
  {
    src: '3:60', // 2021-07-15 — sports
    note: 'sports: «دیدار دو تیم» is the Esteghlal–Persepolis match — no CONSULT',
    events: [],
  },
  {
    src: '1:231', // 2013-05-25
    note: 'no events (podcast notice)',
    events: [],
    dates: [{ text: 'امروز', value: '2013-05-25', granularity: 'day' }],
  },
  {
    src: '2:92', // 2014-09-01
    note: 'no events (parliament library publications)',
    events: [],
  },
  {
    src: 'seed',
    note: 'the seed (docs: issue 3, "The seed, as a test"); published unknown — the date 2023-01-12 is inferred from the text',
    events: [
      { type: 'CONSULT', cameo: '040', actor: ['RUSGOV'], recipient: ['AFGGOVTAL'], date: '2023-01-12', evidence: 'با امیرخان متقی، وزیر خارجه طالبان، دیدار کرد', note: 'Kabulov meets Muttaqi' },
      { type: 'ASSAULT', cameo: '180', actor: ['IMGMUSISI'], recipient: ['AFGGOVTAL'], date: '2023-01-11', evidence: 'حمله گروه داعش به وزارت خارجه طالبان', note: 'dated by «حادثه روز گذشته» / «حمله دیروز»' },
      { type: 'CONCEDE', cameo: '018', actor: ['RUSGOV'], recipient: ['AFGGOVTAL'], date: '2023-01-12', evidence: 'ابراز تاسف کرد', note: 'Kabulov\'s regret, reported_by Hafiz Zia Ahmad (AFGGOVTAL)' },
      { type: 'SUPPORT', cameo: '051', actor: ['AFGGOVTAL'], recipient: ['RUS'], date: '2023-01-12', evidence: 'از طرف روسی بهخاطر ارائه تمامی امکانات به سفارت افغانستان در مسکو تشکر کرد', note: 'Muttaqi thanks «طرف روسی»' },
      { type: 'CONSULT', mode: 'phone', cameo: '041', actor: ['IRNGOV'], recipient: ['AFGGOVTAL'], date: '2023-01-12', evidence: 'در تماس تلفنی با امیرخان متقی', note: 'Amir-Abdollahian\'s call' },
      { type: 'CONSULT', mode: 'phone', cameo: '041', actor: ['PAKGOV'], recipient: ['AFGGOVTAL'], date: '2023-01-12', evidence: 'در تماس تلفنی با امیرخان متقی', note: 'Bilawal Bhutto Zardari\'s call (his office is not in the text)' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNGOV'], recipient: ['IMGMUSISI'], date: '2023-01-12', evidence: 'حمله دیروز مقابل ورودی این وزارتخانه را محکوم کردند', note: 'condemnation of the ISIS attack' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['PAKGOV'], recipient: ['IMGMUSISI'], date: '2023-01-12', evidence: 'حمله دیروز مقابل ورودی این وزارتخانه را محکوم کردند' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['WST'], recipient: ['AFGGOVTAL'], date: null, evidence: 'کشورهای غربی از وضع محدودیت بر کار و آموزش زنان سخت انتقاد کردند', note: 'since the bans; no day' },
      { type: 'REQUEST', mode: 'change', cameo: '1043', actor: ['WST'], recipient: ['AFGGOVTAL'], date: null, evidence: 'خواستار برداشتن این محدودیتها شدند' },
      { type: 'AGREE', cameo: '030', actor: ['RUS'], recipient: ['AFG'], date: '2023-01-12', evidence: 'روسیه به همکاریاش در افغانستان در بخشهای مختلف ادامه میدهد', note: 'reported by Hafiz Zia Ahmad; «نمیخواهد … انتقاد و … دخالت کند» and «منزوی شود» are negated: no ACCUSE/COERCE' },
      { type: 'AGREE', cameo: '032', actor: ['AFGGOVTAL'], recipient: ['RUS'], date: '2023-01-12', evidence: 'بر افزایش حضور دیپلماتیک این گروه در مسکو تاکید کرد', note: 'intent to expand diplomatic presence in Moscow' },
      { type: 'CONSULT', mode: 'visit', cameo: '043', actor: ['RUS'], recipient: ['AFGREBTAL'], date: null, evidence: 'چندین نشست با این گروه برگزار کرد', note: 'Moscow hosted meetings with the Taliban before 2021-08-15 (then insurgents: AFGREBTAL); «هیچ کشوری … به رسمیت نشناخته است» is negated: no SUPPORT' },
    ],
    dates: [
      { text: 'پنجشنبه ۲۲ دی (۱۲ ژانویه)', value: '2023-01-12', granularity: 'day' },
      { text: 'روز گذشته', value: '2023-01-11', granularity: 'day' },
      { text: '۱۵ اوت ۲۰۲۱', value: '2021-08-15', granularity: 'day' },
      { text: 'دیروز', value: '2023-01-11', granularity: 'day' },
    ],
  },
  {
    src: '1:68', // 2020-10-16 Friday
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['USAGOV'], recipient: ['TUR'], date: '2020-10-15', evidence: 'از مواضع ترکیه درباره منازعه بر سر قره باغ کوهستانی انتقاد کرد', note: 'Pompeo, in Thursday\'s interview (para 0 says the same)' },
      { type: 'REQUEST', mode: 'meet', cameo: '106', actor: ['USAGOV'], recipient: ['AZE', 'ARM'], date: '2020-10-15', evidence: 'خواستار بازگشت جمهوری آذربایجان و ارمنستان به میز مذاکره شد' },
      { type: 'AID', cameo: '072', actor: ['TUR'], recipient: ['AZE'], date: null, evidence: 'منابع (نظامی و لجستیکی) در اختیار (جمهوری)  آذربایجان قرار داده‌ است', note: 'as Pompeo says' },
      { type: 'REQUEST', mode: 'yield', cameo: '1056', actor: ['USAGOV'], recipient: ['AZE', 'ARM'], date: null, evidence: 'از طرف‌های درگیری‌ها بر سر منطقه قره‌باغ کوهستانی خواسته بودند که «فورا و بدون پیش شرط، آتش‌بس را بپذیرند»', note: 'earlier joint statement with two unnamed Minsk Group ministers' },
    ],
    dates: [{ text: 'پنجشنبه', value: '2020-10-15', granularity: 'day' }, { text: 'سال ۱۹۹۲', value: '1992-01-01', granularity: 'year', until: '1992-12-31' }],
  },
  {
    src: '2:199', // 2003-06-06
    note: 'the Pentagon plan is a newspaper claim, denied by everyone: no THREATEN/MOBILIZE; «چنين طرحي را در دست نداريم» is a denial',
    events: [
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['AZEGOV'], recipient: ['RUSMED'], date: '2003-06-06', evidence: 'اين روزنامه سعي در تيره كردن روابط ايران و آذربايجان داشته است', note: 'Azerbaijan\'s official accuses the Russian daily' },
    ],
    dates: [{ text: 'روز گذشته', value: '2003-06-05', granularity: 'day' }],
  },
  {
    src: '3:74', // 2004-07-25 Sunday
    note: 'the assassination plot (planned for 2 August) did not happen: no ASSAULT',
    events: [
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['IRQGOV'], recipient: ['LBN'], date: '2004-07-25', evidence: 'امروز نيز سفر سه روزه خود را به لبنان را آغاز كرد' },
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['IRQGOV'], recipient: ['JOR'], date: null, evidence: 'تاكنون از كشورهاي اردن، مصر و سوريه ديدن كرده است', note: 'three earlier visits, one event each' },
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['IRQGOV'], recipient: ['EGY'], date: null, evidence: 'تاكنون از كشورهاي اردن، مصر و سوريه ديدن كرده است' },
      { type: 'CONSULT', mode: 'visit', cameo: '042', actor: ['IRQGOV'], recipient: ['SYR'], date: null, evidence: 'تاكنون از كشورهاي اردن، مصر و سوريه ديدن كرده است' },
      { type: 'AGREE', cameo: '036', actor: ['IRQGOV'], recipient: ['SAU'], date: null, evidence: 'قصد دارد بعد از آن به عربستان سعودي ، امارات عربي متحده و كويت سفر كند', note: 'three planned visits, one event each' },
      { type: 'AGREE', cameo: '036', actor: ['IRQGOV'], recipient: ['ARE'], date: null, evidence: 'قصد دارد بعد از آن به عربستان سعودي ، امارات عربي متحده و كويت سفر كند' },
      { type: 'AGREE', cameo: '036', actor: ['IRQGOV'], recipient: ['KWT'], date: null, evidence: 'قصد دارد بعد از آن به عربستان سعودي ، امارات عربي متحده و كويت سفر كند' },
    ],
    dates: [
      { text: 'دوم ماه اوت', value: '2004-08-02', granularity: 'day' },
      { text: '19 ماه جولاي', value: '2004-07-19', granularity: 'day' },
      { text: 'امروز', value: '2004-07-25', granularity: 'day' },
    ],
  },
  {
    src: '3:170', // 2020-10-14 Wednesday
    events: [
      { type: 'ASSAULT', cameo: '190', actor: ['AZEMIL'], recipient: ['ARMMIL'], date: '2020-10-14', evidence: 'ارتش جمهوری آذربایجان، تجهیزات نظامی این کشور را در قلمرو ارمنستان مورد حمله قرار داده است', note: 'also announced by Azerbaijan\'s ministry (para 4-5): one event' },
      { type: 'ACCUSE', mode: 'investigate', cameo: '093', actor: ['RUSMIL'], recipient: ['AZE'], date: '2020-10-14', evidence: 'ارتش روسیه صحت گزارش‌هایی مبنی بر حملات جمهوری آذربایجان به قلمرو ارمنستان را مورد ارزیابی قرار خواهد داد' },
      { type: 'CONSULT', mode: 'phone', cameo: '041', actor: ['RUSGOV'], recipient: ['AZEGOV'], date: null, evidence: 'با همتایان خود در دو کشور تماس برقرار کرده است', note: 'Shoigu called both counterparts: one event each' },
      { type: 'CONSULT', mode: 'phone', cameo: '041', actor: ['RUSGOV'], recipient: ['ARMGOV'], date: null, evidence: 'با همتایان خود در دو کشور تماس برقرار کرده است' },
      { type: 'REQUEST', cameo: '1034', actor: ['RUSGOV'], recipient: [], date: null, evidence: 'خواستار اعزام نیرو‌های حافظ صلح روس به منطقه مورد مناقشه قره باغ کوهستانی شد', note: 'Lavrov, earlier; no addressee' },
      { type: 'ACCUSE', mode: 'allege', cameo: '1123', actor: ['AZEGOV'], recipient: ['ARM'], date: '2020-10-14', evidence: 'با متهم کردن ارمنستان به حمله به قلمرو جمهوری آذربایجان' },
      { type: 'RETREAT', mode: 'ceasefire', cameo: '0871', actor: ['AZE'], recipient: ['ARM'], date: '2020-10-10', evidence: 'توافق آتش‌بس میان جمهوری آذربایجان و ارمنستان', note: 'ceasefire agreed with Moscow\'s mediation' },
      { type: 'ASSAULT', cameo: '196', actor: ['ARM'], recipient: ['AZE'], date: null, evidence: 'ایروان و باکو  بدون توجه به تعهدات خود حملاتی را علیه مواضع یکدیگر ترتیب داده‌اند', note: 'mutual ceasefire violations: one event each way' },
      { type: 'ASSAULT', cameo: '196', actor: ['AZE'], recipient: ['ARM'], date: null, evidence: 'ایروان و باکو  بدون توجه به تعهدات خود حملاتی را علیه مواضع یکدیگر ترتیب داده‌اند' },
    ],
    dates: [
      { text: 'امروز (چهارشنبه)', value: '2020-10-14', granularity: 'day' },
      { text: 'بامداد شنبه گذشته (۱۹ مهرماه)', value: '2020-10-10', granularity: 'day' },
    ],
  },
  {
    src: '2:151', // 2005-07-05
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['KWTLEG'], recipient: ['IRN'], date: '2005-07-05', evidence: 'تهديدهاي ايران را عليه كشورهاي حوزه خليج فارس', note: 'a Kuwaiti MP condemns Iran\'s warnings (para 1 repeats the criticism)' },
      { type: 'ACCUSE', mode: 'allege', cameo: '114', actor: ['IRNGOV'], recipient: ['BHRGOV'], date: null, evidence: 'سفير بحرين در تهران به وزارت امورخارجه ايران فراخوانده شده است', note: 'summoning and formal protest, earlier' },
      { type: 'CONCEDE', cameo: '055', actor: ['BHRGOV'], recipient: ['IRNGOV'], date: null, evidence: 'دولت منامه نيز پذيرفته، اقدام اين روزنامه بحريني، اشتباه بوده است', note: 'Bahrain acknowledges the paper\'s mistake' },
      { type: 'ACCUSE', mode: 'allege', cameo: '112', actor: ['IRNGOV'], recipient: ['FRAMED'], date: '2005-07-05', evidence: 'سليماني خبرگزاري فرانسه را به ناديده‌‏گرفتن حقايق موجود در روابط  ايران با كشورهاي منطقه متهم كرد', note: 'Iran\'s embassy press attaché accuses AFP' },
    ],
  },
  {
    src: '1:56', // 2004-03-13 — filed under education/school, a nuclear-diplomacy item
    events: [
      { type: 'REJECT', mode: 'yield', cameo: '1245', actor: ['IRNGOV'], recipient: ['IGOUNOIAE'], date: null, evidence: 'بازرسي‌ها به دليل مصادف شدن با تعطيلات سال نو به تعويق مي‌افتد', note: 'Iran postpones IAEA inspections by six weeks (reported yesterday per the abstract)' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['WST'], recipient: ['IRN'], date: null, evidence: 'يك ديپلمات غربي به تعويق افتادن بازرسي‌ها تا پايان ماه آوريل( فرودين) را براي هدف اعلام شده از سوي ايران مبني بر رفع ترديدها درباره فعاليتهاي هسته‌اي خود، مضر خواند', note: 'an unnamed Western diplomat; his claim in para 5 is the same ACCUSE' },
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['USAGOV'], recipient: ['IRN'], date: null, evidence: 'قطعا مجرم به نظر خواهند رسيد', note: 'a US official; «تحت فشار … قرار خواهد گرفت» is a prediction, not coded' },
    ],
  },
  {
    src: '2:147', // 2005-03-27 — filed under economy/stock, a Majlis statement on nuclear talks
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IRNLEG'], recipient: ['EUR'], date: '2005-03-27', evidence: 'متاسفانه كشورهاي اروپايي جديت لازم براي رسيدن به تفاهم مورد نظر را از خود نشان نداند', note: 'MP Mottaki criticises the European countries (EUR: Europe as a region; the E3, not the EU as such); para 1 repeats it' },
      { type: 'REQUEST', mode: 'change', cameo: '1042', actor: ['IRNLEG'], recipient: ['IRNGOV'], date: '2005-03-27', evidence: 'جمهوري اسلامي ايران بايد با يك اولتيماتوم به كشورهاي اروپايي فعاليت غني‌سازي اورانيوم را از سر گيرد', note: 'an MP calls on his government; the ultimatum itself is not (yet) an event' },
    ],
  },
  {
    src: '2:292', // 2014-09-22
    events: [
      { type: 'REQUEST', mode: 'assist', cameo: '1011', actor: ['IRNGOV'], recipient: ['PAK'], date: '2014-09-22', evidence: 'از اسلام‌آباد خواست تا تکمیل بخش پاکستانی خط لوله انتقال گاز ایران به طول 700 کیلومتر را سرعت بخشد', note: 'deputy oil minister Majedi; paras 1-2 repeat the call' },
      { type: 'AGREE', cameo: '057', actor: ['IRN'], recipient: ['PAK'], date: null, evidence: 'ایران و پاکستان در سال 1995، توافقی برای ساخت این خط لوله به امضا رساندند' },
      { type: 'AGREE', cameo: '057', actor: ['IRN'], recipient: ['IND'], date: null, evidence: 'در فوریه 1999، توافقی میان ایران و هند به امضا رسید' },
      { type: 'REJECT', mode: 'assist', cameo: '1211', actor: ['IND'], recipient: ['IRN'], date: null, evidence: 'دهلی‌نو از این پروژه در سال 2009 کناره گرفت' },
    ],
    dates: [{ text: 'سال 1995', value: '1995-01-01', granularity: 'year', until: '1995-12-31' }, { text: 'فوریه 1999', value: '1999-02-01', granularity: 'month', until: '1999-02-28' }, { text: 'سال 2009', value: '2009-01-01', granularity: 'year', until: '2009-12-31' }],
  },
  {
    src: '3:23', // 2004-10-03 — filed under economy/stock
    note: 'Algeria\'s mediation is a prediction by experts (پيش‌بيني مي‌كنند): not coded',
    events: [
      { type: 'COERCE', mode: 'arrest', cameo: '173', actor: ['IRNGOV'], recipient: ['IMGMUSALQ'], date: null, evidence: 'شماري از رهبران القاعده را بازداشت كرد', note: 'background, after 11 September' },
    ],
    dates: [{ text: 'سال 1997', value: '1997-01-01', granularity: 'year', until: '1997-12-31' }],
  },
  {
    src: '3:257', // 2008-08-06 — filed under social/welfare
    events: [
      { type: 'ASSAULT', cameo: '190', actor: ['PAKMIL'], recipient: ['PAKREB'], date: '2008-08-05', evidence: 'نيروهاي امنيتي پاكستان با استفاده از بالگردهاي نظامي و سلاح‌هاي خودكار شبه‌نظاميان را مورد هدف قرار دادند', note: 'Bajaur clashes yesterday; the operation begun earlier (para 4) is the same campaign, not coded again' },
      { type: 'ASSAULT', cameo: '190', actor: ['PAKREB'], recipient: ['PAKMIL'], date: null, evidence: '10 تن از نيروهاي امنيتي پاكستان در اين درگيري‌ها توسط نيروهاي طالبان كشته شده و 10 نفر ديگر به اسارت گرفته شدند', note: 'Tehrik-e Taliban (PAKREB) claims; killing and capture are one ASSAULT' },
      { type: 'AGREE', cameo: '036', actor: ['PAKGOV'], recipient: ['PAKREB'], date: null, evidence: 'بايد وارد مذاكره با شبه‌نظاميان شد', note: 'the coalition government favours talks with the militants' },
    ],
    dates: [{ text: 'روز گذشته', value: '2008-08-05', granularity: 'day' }],
  },
  {
    src: '3:235', // 2005-06-18 — filed under social/welfare
    note: 'the tribal leader is coded PAKREB; the background operations (paras 2-4) are general descriptions, not coded',
    events: [
      { type: 'THREATEN', mode: 'violence', cameo: '138', actor: ['PAKREB'], recipient: ['USAMIL'], date: '2005-06-18', evidence: 'جهاد عليه نيروهاي آمريكايي را در منطقه نيمه كاره رها نخواهيم كرد' },
    ],
  },
  {
    src: '3:63', // 2018-01-10 — Pakistani provincial politics
    note: 'Balochistan\'s chief minister (provincial government: PAKGOV) and assembly (PAKLEG)',
    events: [
      { type: 'CONCEDE', cameo: '0831', actor: ['PAKGOV'], recipient: ['PAKLEG'], date: '2018-01-10', evidence: 'از سمت خود استعفا داد', note: 'resigns under a no-confidence motion (accedes to the demand for a change of leader)' },
      { type: 'REQUEST', mode: 'change', cameo: '1041', actor: ['PAKLEG'], recipient: ['PAKGOV'], date: null, evidence: 'به راه انداختن جنبش عدم اعتماد توسط نمایندگان مجلس', note: 'the no-confidence motion' },
      { type: 'REQUEST', mode: 'change', cameo: '1041', actor: ['PAKGOV'], recipient: ['PAKGOV'], date: null, evidence: 'پیشنهاد داد قبل از اینکه نمایندگان مجلس وی را وادار به برکنار شدن کنند خودش استعفا بدهد', note: 'PM Abbasi advises him to resign' },
    ],
  },
  {
    src: '3:239', // 2004-06-29 — filed under economy/stock
    note: 'Rice\'s hope that diplomacy helps is an optimistic comment (CAMEO 013), not a PLOVER event; Iran\'s announced resumption of centrifuge building has no target actor',
    events: [
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IGOUNOIAE'], recipient: ['IRN'], date: null, evidence: 'پس از انتقاد آژانس بين‌المللي انرژي اتمي از تهران به دليل شكست در همكاري با بازرسان', note: 'earlier IAEA criticism' },
    ],
    dates: [{ text: 'امروز', value: '2004-06-29', granularity: 'day' }],
  },
];
