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
    dates: [{ text: 'روز دوشنبه', value: '2004-11-08', granularity: 'day' }],
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
      { text: 'روز شنبه (امروز)', value: '2019-10-26', granularity: 'day' },
      { text: 'تیرماه سال گذشته', value: '2018-06-22', granularity: 'month', until: '2018-07-22' },
    ],
  },
  {
    src: '1:184', // 2004-03-27
    events: [
      { type: 'ASSAULT', mode: 'firearms', cameo: '190', actor: ['ISRMIL'], recipient: ['PSECVL'], date: null, evidence: 'سربازان اسرائيلي به سه واحد مسكوني در اين اردوگاه حمله كردند', note: 'the raid on Balata camp in which the child was shot; day not stated' },
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
      { type: 'ACCUSE', mode: 'disapprove', cameo: '111', actor: ['IMGMUSALQ'], recipient: ['PAKGOV', 'SAUGOV', 'EGYGOV'], date: null, evidence: 'از حكومت‌هاي پاكستان، عربستان سعودي و مصر', note: 'Zawahiri; one criticism of three governments' },
      { type: 'REQUEST', cameo: '100', actor: ['IMGMUSALQ'], recipient: ['PSE'], date: null, evidence: 'از فلسطينيها خواست از مبارزه دست برندارند' },
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
    dates: [{ text: 'ابتداي سال 2007', value: '2007-01-01', granularity: 'year', until: '2007-12-31' }],
  },
  {
    src: '2:52', // 2014-05-19
    events: [
      { type: 'AGREE', cameo: '036', actor: ['RUSGOV'], recipient: ['IGOUNO'], date: '2014-05-20', evidence: 'نشستی با «بان کی‌مون» دبیرکل سازمان ملل متحد درباره بحران اوکراین رایزنی کند', note: 'planned meeting during tomorrow\'s trip' },
      { type: 'AGREE', cameo: '036', actor: ['RUSGOV'], recipient: ['CHN'], date: '2014-05-20', evidence: 'پوتین با هدف گسترش مناسبات با چین به این کشور سفر می‌کند', note: 'planned visit to China (tomorrow)' },
    ],
    dates: [{ text: 'فردا', value: '2014-05-20', granularity: 'day' }, { text: 'امروز', value: '2014-05-19', granularity: 'day' }, { text: 'یک روز پیش از سفر', value: '2014-05-19', granularity: 'day' }],
  },
];
