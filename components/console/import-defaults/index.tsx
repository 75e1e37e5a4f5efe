import { COMMITMENTS, VOLUNTEER_FLAGS, type DefaultsForm } from '../../../lib/console/import-defaults-form';
import { KINDS_OF_HELP, TARGET_GROUPS, type KindOfHelp } from '../../../lib/contracts/help';
import { ZRM_DOMAINS } from '../../../lib/contracts/zrm';
import { useMessages } from '../../use-messages';

/** What the source does not say, given once for every row: a row's own value always wins. */
export function ImportDefaults({ form, onChange }: { form: DefaultsForm; onChange: (form: DefaultsForm) => void }) {
  const { t } = useMessages();
  const set = <K extends keyof DefaultsForm>(key: K, value: DefaultsForm[K]) => onChange({ ...form, [key]: value });
  const toggle = <T extends string>(list: T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

  return (
    <fieldset class="hr-console-form" data-import-defaults>
      <legend>{t('console.import.defaults.title')}</legend>
      <p class="hr-console-muted">{t('console.import.defaults.intro')}</p>
      <fieldset class="hr-console-choices">
        <legend>{t('console.import.defaults.domains')}</legend>
        {ZRM_DOMAINS.map((d) => (
          <label key={d}>
            <input type="checkbox" checked={form.zrm_domains.includes(d)} onChange={(e) => set('zrm_domains', toggle(form.zrm_domains, d, e.currentTarget.checked))} /> {t(`domain.${d}`)}
          </label>
        ))}
      </fieldset>
      <label for="default-kind">{t('console.import.defaults.kind')}</label>
      <select id="default-kind" value={form.kind} onChange={(e) => set('kind', e.currentTarget.value as KindOfHelp | '')}>
        <option value="">{t('console.import.defaults.none')}</option>
        {KINDS_OF_HELP.map((k) => (
          <option key={k} value={k}>{t(`kind.${k}`)}</option>
        ))}
      </select>
      <fieldset class="hr-console-choices">
        <legend>{t('console.import.defaults.targets')}</legend>
        {TARGET_GROUPS.map((g) => (
          <label key={g}>
            <input type="checkbox" checked={form.target_groups.includes(g)} onChange={(e) => set('target_groups', toggle(form.target_groups, g, e.currentTarget.checked))} /> {t(`targetGroup.${g}`)}
          </label>
        ))}
      </fieldset>
      <fieldset class="hr-console-choices">
        <legend>{t('console.import.defaults.volunteers')}</legend>
        {VOLUNTEER_FLAGS.map((flag) => (
          <label key={flag}>
            <input type="checkbox" checked={form.volunteers[flag]} onChange={(e) => set('volunteers', { ...form.volunteers, [flag]: e.currentTarget.checked })} />{' '}
            {t(`console.import.defaults.flag.${flag}`)}
          </label>
        ))}
      </fieldset>
      <label for="default-commitment">{t('console.import.defaults.commitment')}</label>
      <select id="default-commitment" value={form.commitment} onChange={(e) => set('commitment', e.currentTarget.value as DefaultsForm['commitment'])}>
        <option value="">{t('console.import.defaults.none')}</option>
        {COMMITMENTS.map((c) => (
          <option key={c} value={c}>{t(`commitment.${c}`)}</option>
        ))}
      </select>
      <label for="default-waiting">{t('console.import.defaults.waiting')}</label>
      <input id="default-waiting" type="number" inputMode="numeric" min={0} max={365} value={form.waiting_days} onInput={(e) => set('waiting_days', e.currentTarget.value)} />
      <label for="default-area">{t('console.import.defaults.area')}</label>
      <input id="default-area" value={form.area_name} onInput={(e) => set('area_name', e.currentTarget.value)} />
      <label for="default-postcodes">{t('console.import.defaults.postcodes')}</label>
      <input id="default-postcodes" value={form.area_postcodes} aria-describedby="default-postcodes-hint" onInput={(e) => set('area_postcodes', e.currentTarget.value)} />
      <p id="default-postcodes-hint" class="hr-console-muted">{t('console.import.defaults.postcodesHint')}</p>
    </fieldset>
  );
}
