// The fields that say what an event is — type, actor and recipient codes, date — shared by the form
// that corrects a stored event and the one that adds an event the coder missed.
import { PLOVER_TYPES } from '../../../src/doc.js';
import { useI18n } from '../i18n/index.js';
import { typeName } from '../i18n/vocab.js';

export interface EventFieldValues {
  type: string;
  actor: string;
  recipient: string;
  date: string;
}

export function EventFields({
  value,
  onChange,
}: {
  value: EventFieldValues;
  onChange: (next: EventFieldValues) => void;
}) {
  const { t, lang } = useI18n();
  const set = (field: keyof EventFieldValues) => (e: { target: { value: string } }) =>
    onChange({ ...value, [field]: e.target.value });
  return (
    <>
      <label className="field">
        <span>{t('event.type')}</span>
        <select name="type" value={value.type} onChange={set('type')}>
          {PLOVER_TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {typeName(ty, lang)} ({ty})
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('correct.actorCode')}</span>
        <input name="actor" dir="ltr" value={value.actor} onChange={set('actor')} />
      </label>
      <label className="field">
        <span>{t('correct.recipientCode')}</span>
        <input name="recipient" dir="ltr" value={value.recipient} onChange={set('recipient')} />
      </label>
      <label className="field">
        <span>{t('event.date')}</span>
        <input name="date" dir="ltr" value={value.date} onChange={set('date')} />
      </label>
    </>
  );
}

/** The write token, asked where a correction is saved (kept for the session, never in a URL). */
export function TokenField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useI18n();
  return (
    <label className="field">
      <span>{t('correct.token')}</span>
      <input
        name="token"
        type="password"
        dir="ltr"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
