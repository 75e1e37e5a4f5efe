import type { ComponentChildren } from 'preact';
import { OFFER_FIELDS, VOLUNTEER_TRAITS, type AreaValues, type OfferField, type OfferValues, type WindowValues } from '../../../lib/console/offer-form';
import { EXCLUSIONS, REQUIREMENTS } from '../../../lib/contracts/catalogue';
import { KINDS_OF_HELP, TARGET_GROUPS } from '../../../lib/contracts/help';
import { ZRM_DOMAINS } from '../../../lib/contracts/zrm';
import { useMessages } from '../../use-messages';

const STATUSES = ['active', 'inactive', 'temporarily closed', 'defunct'] as const;
const statusKey = (s: string) => `console.offer.status.${s === 'temporarily closed' ? 'temporarilyClosed' : s}`;
const COMMITMENTS = ['one_off', 'short', 'long'] as const;
const GENDERS = ['female', 'male'] as const;
const LONG: OfferField[] = ['description', 'application_process', 'conditions', 'keywords'];
const NUMBERS: OfferField[] = ['minimum_age', 'maximum_age', 'waiting_days'];

type TextField = { [K in OfferField]: OfferValues[K] extends string ? K : never }[OfferField];
type ListField = { [K in OfferField]: OfferValues[K] extends string[] ? K : never }[OfferField];

export interface OfferFieldsProps {
  values: OfferValues;
  change: (update: Partial<OfferValues>) => void;
  invalid: readonly OfferField[];
  editable: boolean;
}

/**
 * Every field of an offer the keeper edits, in fieldsets: text inputs, ticked lists from the
 * contract's value lists (labels from the catalogues), and rows for areas and yearly periods.
 */
export function OfferFields({ values, change, invalid, editable }: OfferFieldsProps) {
  const { t, textOr } = useMessages();
  // Keys built from the contract's value lists; every one is in both catalogues (tests/unit/console).
  const label = (key: string) => textOr(key, key);
  const idOf = (name: OfferField) => `offer-${name}`;
  const errorOf = (name: OfferField) =>
    invalid.includes(name) && (
      <p id={`${idOf(name)}-error`} class="hr-console-error" data-field-error={name}>
        {label(`console.offer.error.${name}`)}
      </p>
    );
  /** For a group (a fieldset of boxes, a list of rows): described by its error, not marked invalid (that is for inputs). */
  const described = (name: OfferField) => ({ 'aria-describedby': invalid.includes(name) ? `${idOf(name)}-error` : undefined });
  const aria = (name: OfferField) => ({ 'aria-invalid': invalid.includes(name) || undefined, 'aria-describedby': invalid.includes(name) ? `${idOf(name)}-error` : undefined });

  const text = (name: TextField) => {
    const common = { id: idOf(name), disabled: !editable, ...aria(name), value: values[name], onInput: (e: { currentTarget: { value: string } }) => change({ [name]: e.currentTarget.value }) };
    return (
      <>
        <label for={idOf(name)}>{label(`console.offer.field.${name}`)}</label>
        {name === 'status' ? (
          <select {...common} onChange={common.onInput}>
            {STATUSES.map((s) => <option key={s} value={s}>{textOr(statusKey(s), s)}</option>)}
          </select>
        ) : name === 'kind' || name === 'commitment' ? (
          <select {...common} onChange={common.onInput}>
            {(name === 'kind' ? KINDS_OF_HELP : COMMITMENTS).map((k) => <option key={k} value={k}>{label(`${name}.${k}`)}</option>)}
          </select>
        ) : LONG.includes(name) ? (
          <textarea {...common} rows={name === 'description' || name === 'application_process' ? 5 : 3} />
        ) : (
          <input {...common} type={name === 'email' ? 'email' : name === 'url' ? 'url' : 'text'} inputMode={NUMBERS.includes(name) ? 'numeric' : undefined} />
        )}
        {errorOf(name)}
      </>
    );
  };

  /** A list of checkboxes in its own fieldset; the first box carries the field's id, for focus on an error. */
  const ticks = (name: ListField, options: readonly string[], optionLabel: (o: string) => string) => (
    <fieldset id={`${idOf(name)}-set`} {...described(name)} data-field={name}>
      <legend>{label(`console.offer.field.${name}`)}</legend>
      {options.map((o, i) => (
        <label key={o} class="hr-console-check">
          <input
            type="checkbox"
            id={i === 0 ? idOf(name) : undefined}
            disabled={!editable}
            checked={values[name].includes(o)}
            onChange={(e) => change({ [name]: e.currentTarget.checked ? [...values[name], o] : values[name].filter((x) => x !== o) })}
          />
          {optionLabel(o)}
        </label>
      ))}
      {errorOf(name)}
    </fieldset>
  );

  const section = (key: string, children: ComponentChildren) => (
    <fieldset data-section={key}>
      <legend>{label(`console.offer.section.${key}`)}</legend>
      {children}
    </fieldset>
  );

  const setArea = (i: number, update: Partial<AreaValues>) => change({ areas: values.areas.map((a, j) => (j === i ? { ...a, ...update } : a)) });
  const setWindow = (i: number, update: Partial<WindowValues>) => change({ availability: values.availability.map((w, j) => (j === i ? { ...w, ...update } : w)) });
  const row = (prefix: string, i: number, key: string, label: string, value: string, set: (v: string) => void) => (
    <>
      <label for={`${prefix}-${i}-${key}`}>{label}</label>
      <input id={`${prefix}-${i}-${key}`} type="text" disabled={!editable} value={value} onInput={(e) => set(e.currentTarget.value)} />
    </>
  );

  return (
    <>
      {OFFER_FIELDS.map((f) => text(f))}
      {section('help', <>{text('kind')}{ticks('zrm_domains', ZRM_DOMAINS, (d) => label(`domain.${d}`))}</>)}
      {section('who', <>{ticks('target_groups', TARGET_GROUPS, (g) => label(`targetGroup.${g}`))}{text('minimum_age')}{text('maximum_age')}{text('languages')}</>)}
      {section(
        'eligibility',
        <>
          {ticks('genders', GENDERS, (g) => label(`console.offer.gender.${g}`))}
          {ticks('excludes', EXCLUSIONS, (x) => label(`console.offer.exclude.${x}`))}
          {ticks('requires', REQUIREMENTS, (r) => label(`console.offer.require.${r}`))}
        </>,
      )}
      {section(
        'areas',
        <div id={idOf('areas')} tabIndex={-1} {...described('areas')} data-field="areas">
          {values.areas.map((a, i) => (
            <fieldset key={i} data-area={i}>
              <legend>{t('console.offer.areaN', { n: i + 1 })}</legend>
              {row('area', i, 'name', t('console.offer.field.areaName'), a.name, (v) => setArea(i, { name: v }))}
              {row('area', i, 'postcodes', t('console.offer.field.postcodes'), a.postcodes, (v) => setArea(i, { postcodes: v }))}
              {row('area', i, 'wijken', t('console.offer.field.wijken'), a.wijken, (v) => setArea(i, { wijken: v }))}
              {editable && values.areas.length > 1 && (
                <button type="button" class="hr-console-button hr-console-button--secondary" onClick={() => change({ areas: values.areas.filter((_, j) => j !== i) })}>
                  {t('console.offer.removeArea', { n: i + 1 })}
                </button>
              )}
            </fieldset>
          ))}
          {editable && (
            <button type="button" class="hr-console-button hr-console-button--secondary" onClick={() => change({ areas: [...values.areas, { name: '', postcodes: '', wijken: '' }] })}>
              {t('console.offer.addArea')}
            </button>
          )}
          {errorOf('areas')}
        </div>,
      )}
      {section(
        'availability',
        <div id={idOf('availability')} tabIndex={-1} {...described('availability')} data-field="availability">
          {values.availability.map((w, i) => (
            <fieldset key={i} data-window={i}>
              <legend>{t('console.offer.windowN', { n: i + 1 })}</legend>
              {row('window', i, 'from', t('console.offer.field.from'), w.from, (v) => setWindow(i, { from: v }))}
              {row('window', i, 'until', t('console.offer.field.until'), w.until, (v) => setWindow(i, { until: v }))}
              {row('window', i, 'note', t('console.offer.field.windowNote'), w.note, (v) => setWindow(i, { note: v }))}
              {editable && (
                <button type="button" class="hr-console-button hr-console-button--secondary" onClick={() => change({ availability: values.availability.filter((_, j) => j !== i) })}>
                  {t('console.offer.removeWindow', { n: i + 1 })}
                </button>
              )}
            </fieldset>
          ))}
          {editable && (
            <button type="button" class="hr-console-button hr-console-button--secondary" onClick={() => change({ availability: [...values.availability, { from: '', until: '', note: '' }] })}>
              {t('console.offer.addWindow')}
            </button>
          )}
          {errorOf('availability')}
        </div>,
      )}
      {section('volunteers', <>{ticks('volunteers', VOLUNTEER_TRAITS, (k) => label(`volunteerTraits.${k}`))}{text('commitment')}</>)}
      {section('words', <>{text('conditions')}{text('keywords')}{text('waiting_days')}{text('waiting_note')}</>)}
    </>
  );
}
