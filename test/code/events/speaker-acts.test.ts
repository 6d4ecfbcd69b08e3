// Acts whose actor is the speaker (issue 12 item 3): a demand read from a clause of obligation in
// reported speech (src/code/events/modal-demand.ts) and the party a speaker without a code speaks for
// (src/code/events/speaker-affiliation.ts).
import { describe, expect, it } from 'vitest';
import { process as run } from '../../../src/pipeline.js';

function coded(text: string): string[] {
  const doc = run({ id: 't', title: null, text, published: '2020-01-01' } as never);
  const code = new Map(doc.actors.map((a) => [a.id, a.code ?? '?']));
  return doc.events.map(
    (e) =>
      `${e.type}:${e.cameo} ${e.actor.map((i) => code.get(i)).join(',')}>${e.recipient.map((i) => code.get(i)).join(',')}`,
  );
}

describe('«X گفت: Y باید …» is X’s demand of Y', () => {
  it('a quoted obligation of another state is a REQUEST (100) by the speaker', () => {
    expect(coded('وزیر امور خارجه ایران گفت: آمریکا باید تحریم‌های ظالمانه را فورا لغو کند.')).toEqual([
      'REQUEST:100 IRNGOV>USA',
    ]);
    expect(
      coded(
        'حشمت الله فلاحت‌پیشه عضو کمیسیون سیاست خارجی مجلس هشدار داد: «روسیه نباید به ابزار غرب برای تحمیل پیشنهادهای مغایر با NPT به ایران تبدیل شود.»',
      ),
    ).toContain('REQUEST:100 IRNLEG>RUS');
  });
  it('a warning («باید بداند»), a self-exhortation, a condition or a question is no demand', () => {
    expect(coded('وزیر امور خارجه ایران گفت: آمریکا باید بداند که ملت ایران تسلیم نمی‌شود.')).toEqual([]);
    expect(coded('وزیر امور خارجه ایران گفت: ایران باید از منافع خود دفاع کند.')).toEqual([]);
    expect(coded('وزیر امور خارجه ایران گفت: اگر آمریکا باید تحریم‌ها را لغو کند، مذاکره می‌کنیم.')).toEqual(
      [],
    );
    expect(coded('وزیر امور خارجه ایران پرسید: آیا آمریکا باید تحریم‌ها را لغو کند؟')).toEqual([]);
  });
  it('a noun clause («اینکه Y باید …، …») names a necessity, it demands nothing', () => {
    expect(coded('وزیر امور خارجه ایران گفت: اینکه آمریکا باید تحریم‌ها را لغو کند، روشن است.')).toEqual([]);
  });
  it('an obligation with no speaker is no demand', () => {
    expect(coded('آمریکا باید تحریم‌ها را لغو کند.')).toEqual([]);
  });
});

describe('a speaker without a code speaks for the role in apposition to the name', () => {
  it('«X یک سخنگوی صلیب سرخ اظهار داشت: ما از Y می‌خواهیم …» is the Red Cross’s request', () => {
    expect(
      coded(
        'اولیا آریانی یک سخنگوی صلیب سرخ اندونیزیا اظهار داشت: ما از دولت اندونزی می‌خواهیم به آسیب‌دیدگان کمک کند.',
      ),
    ).toEqual(['REQUEST:103 NGOHLHIRC>IDNGOV']);
  });
  it('a place after the name is no role: the act stays without a coded actor', () => {
    expect(coded('علی محمدی در ایران گفت: ما از دولت اندونزی می‌خواهیم به آسیب‌دیدگان کمک کند.')).toEqual([]);
  });
});

describe('a later mention of a speaker’s surname speaks for the role of the person named in full', () => {
  // The tagger cuts «محمدرضا میر تاج‌الدینی» short («محمدرضا میر») and the later «میرتاج الدینی» is
  // another actor; its compact letters are the tail of the first mention with the word after it.
  const intro =
    'حجت الاسلام محمدرضا میر تاج‌الدینی نماینده مردم تبریز در مجلس شورای اسلامی امروز در صحن علنی سخن گفت.\n';
  it('«میرتاج الدینی … تصریح کرد: … محکوم می‌کنیم» is the parliament’s condemnation', () => {
    expect(
      coded(`${intro}میرتاج الدینی در ادامه تصریح کرد: حمله عربستان به یمن را شدیداً محکوم می‌کنیم.`),
    ).toContain('ACCUSE:111 IRNLEG>SAU');
  });
  it('a speaker named in full with another first name is another person: no affiliation', () => {
    // As «لینسی پلاسکو» and «جویل پلاسکو» (ntrex-open): relatives share a surname.
    expect(coded(`${intro}سعید میرتاج الدینی گفت: حمله عربستان به یمن را شدیداً محکوم می‌کنیم.`)).not.toContain(
      'ACCUSE:111 IRNLEG>SAU',
    );
  });
});
