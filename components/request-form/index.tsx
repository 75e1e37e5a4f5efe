import { useEffect, useRef, useState } from 'preact/hooks';
import type { Offer } from '../../lib/contracts/catalogue';
import { DAYPARTS, WEEKDAYS } from '../../lib/contracts/value-lists';
import { formProblems, type RequestForm, type RequestProblem } from '../../lib/help-request/request-form';
import type { Translate } from '../../lib/i18n/translate';
import { useMessages } from '../use-messages';
import './style.css';

export interface RequestFormProps {
  offer: Offer;
  /** Filled from the case where that is safe (lib/help-request/request-form.ts prefillRequestForm). */
  initial: RequestForm;
  busy: boolean;
  onSend: (form: RequestForm) => void;
  onCancel: () => void;
}

/** Each problem as the professional reads it: what was found where, or what is missing. */
export function problemText(t: Translate, p: RequestProblem): string {
  if (p.kind === 'personal_data') {
    return t('request.found', { field: t(`request.field.${p.field}`), kinds: p.found.map((k) => t(`request.found.${k}`)).join(', ') });
  }
  if (p.kind === 'consent') return t('request.consentNeeded');
  return t('request.invalid', { field: fieldLabel(t, p.field) });
}

function fieldLabel(t: Translate, field: Extract<RequestProblem, { kind: 'invalid' }>['field']): string {
  switch (field) {
    case 'professional.name':
    case 'professional':
      return t('request.contactName');
    case 'professional.email':
      return t('request.contactEmail');
    case 'professional.phone':
      return t('request.contactPhone');
    case 'clientConsent':
      return t('request.consent');
    default:
      return t(`request.${field}`);
  }
}

/**
 * "Request this help": a short form, checked here by the same guard the background applies, so a
 * name or phone number in the task is named before anything is recorded. Nothing is sent without
 * the client's consent ticked.
 */
export function RequestFormView({ offer, initial, busy, onSend, onCancel }: RequestFormProps) {
  const { t } = useMessages();
  const [form, setForm] = useState<RequestForm>(initial);
  const [problems, setProblems] = useState<RequestProblem[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  // Opened from the keyboard, the form takes focus where it starts.
  useEffect(() => formRef.current?.querySelector<HTMLElement>('select, input, textarea')?.focus(), []);
  const set = <K extends keyof RequestForm>(key: K, value: RequestForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setContact = (key: keyof RequestForm['professional'], value: string) => setForm((f) => ({ ...f, professional: { ...f.professional, [key]: value } }));
  const id = (name: string) => `hr-request-${offer.id}-${name}`;
  const invalid = (field: string) => (problems.some((p) => p.field === field || p.field === field.split('.')[0]) ? 'true' : undefined);
  return (
    <form
      ref={formRef}
      class="hr-request"
      aria-labelledby={id('title')}
      data-request-form={offer.id}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        // The guard and the consent here, at once; the contract's bounds in the background (request-payload.ts).
        const found = formProblems(form, new Date());
        setProblems(found);
        if (found.length) return;
        onSend(form);
      }}
    >
      <h5 id={id('title')}>{t('request.title', { organisation: offer.organization.name })}</h5>
      <p class="hr-muted">{t('request.intro')}</p>
      <p>
        {t('request.kind')}: <strong>{t(`kind.${form.kind}`)}</strong>
      </p>
      <label for={id('domain')}>{t('request.domain')}</label>
      <select id={id('domain')} value={form.domain} onChange={(e) => set('domain', e.currentTarget.value as RequestForm['domain'])}>
        {offer.handreiking.zrm_domains.map((d) => (
          <option key={d} value={d}>
            {t(`domain.${d}`)}
          </option>
        ))}
      </select>
      <label for={id('wijk')}>{t('request.wijk')}</label>
      <input id={id('wijk')} name="wijk" value={form.wijk} maxLength={60} aria-invalid={invalid('wijk')} onInput={(e) => set('wijk', e.currentTarget.value)} />
      <Checks legend={t('request.days')} name="days" options={WEEKDAYS} labels={(d) => t(`console.requests.day.${d}`)} value={form.days} onChange={(v) => set('days', v)} />
      <Checks legend={t('request.dayparts')} name="dayparts" options={DAYPARTS} labels={(p) => t(`console.requests.daypart.${p}`)} value={form.dayparts} onChange={(v) => set('dayparts', v)} />
      <label for={id('language')}>{t('request.language')}</label>
      <input id={id('language')} name="language" value={form.language} maxLength={40} aria-invalid={invalid('language')} onInput={(e) => set('language', e.currentTarget.value)} />
      <label for={id('task')}>{t('request.task')}</label>
      <textarea id={id('task')} name="task" rows={3} maxLength={600} value={form.task} aria-invalid={invalid('task')} onInput={(e) => set('task', e.currentTarget.value)} />
      <fieldset>
        <legend>{t('request.contactTitle')}</legend>
        <label for={id('name')}>{t('request.contactName')}</label>
        <input id={id('name')} name="name" autoComplete="name" value={form.professional.name} aria-invalid={invalid('professional.name')} onInput={(e) => setContact('name', e.currentTarget.value)} />
        <label for={id('email')}>{t('request.contactEmail')}</label>
        <input id={id('email')} name="email" type="email" autoComplete="email" value={form.professional.email} aria-invalid={invalid('professional.email')} onInput={(e) => setContact('email', e.currentTarget.value)} />
        <label for={id('phone')}>{t('request.contactPhone')}</label>
        <input id={id('phone')} name="phone" type="tel" value={form.professional.phone} aria-invalid={invalid('professional.phone')} onInput={(e) => setContact('phone', e.currentTarget.value)} />
      </fieldset>
      <label class="hr-request__consent">
        <input type="checkbox" name="consent" checked={form.clientConsent} aria-invalid={invalid('clientConsent')} onChange={(e) => set('clientConsent', e.currentTarget.checked)} /> {t('request.consent')}
      </label>
      {problems.length > 0 && (
        <ul class="hr-request__problems" role="alert" data-request-problems>
          {problems.map((p) => (
            <li key={`${p.field}-${p.kind}`} data-problem={`${p.field}:${p.kind}`}>
              {problemText(t, p)}
            </li>
          ))}
        </ul>
      )}
      <button type="submit" class="hr-button" disabled={busy}>
        {t('request.send')}
      </button>{' '}
      <button type="button" class="hr-link" onClick={onCancel}>
        {t('cancel')}
      </button>
    </form>
  );
}

/** Several of a fixed list (days, dayparts) as checkbox chips. */
function Checks<T extends string>({ legend, name, options, labels, value, onChange }: { legend: string; name: string; options: readonly T[]; labels: (option: T) => string; value: readonly T[]; onChange: (value: T[]) => void }) {
  return (
    <fieldset class="hr-request__days">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o} class="hr-chip">
          <input type="checkbox" name={name} value={o} checked={value.includes(o)} onChange={(e) => onChange(e.currentTarget.checked ? [...value, o] : value.filter((x) => x !== o))} />
          {labels(o)}
        </label>
      ))}
    </fieldset>
  );
}
