// A date field that takes a Jalali day (1401/10/22) or an ISO day and shows what it understood.
import { useId } from 'react';
import { parseDayInput } from '../dates.js';
import { useI18n } from '../i18n/index.js';
import { DateText } from './DateText.js';

export function DateInput({
  label,
  value,
  onChange,
  name,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  name: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const parsed = parseDayInput(value);
  return (
    <label className="field" htmlFor={id}>
      <span>{label}</span>
      <input
        id={id}
        name={name}
        value={value}
        placeholder={t('filter.dateHint')}
        onChange={(e) => onChange(e.target.value)}
        inputMode="numeric"
        dir="ltr"
        aria-invalid={parsed === null}
      />
      <small className={parsed === null ? 'error' : 'muted'}>
        {parsed === null ? t('filter.badDate') : parsed ? <DateText iso={parsed} /> : ' '}
      </small>
    </label>
  );
}

/** The «from» and «until» fields of a page's filters, over any form that has `since` and `until`. */
export function DateRangeInputs<F extends { since: string; until: string }>({
  form,
  setForm,
}: {
  form: F;
  setForm: (next: F) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <DateInput
        label={t('filter.since')}
        name="since"
        value={form.since}
        onChange={(v) => setForm({ ...form, since: v })}
      />
      <DateInput
        label={t('filter.until')}
        name="until"
        value={form.until}
        onChange={(v) => setForm({ ...form, until: v })}
      />
    </>
  );
}
