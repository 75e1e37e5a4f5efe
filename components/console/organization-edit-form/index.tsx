import { useEffect, useState } from 'preact/hooks';
import { ConsoleApiError } from '../../../lib/console/console-api';
import { mayOpen } from '../../../lib/console/console-route';
import { ORGANIZATION_FIELDS, organizationFrom, organizationValuesOf, type OrganizationField, type OrganizationValues } from '../../../lib/console/organization-form';
import type { Organization } from '../../../lib/contracts/catalogue';
import { useMessages } from '../../use-messages';
import { useConsole } from '../console-context';

const LONG: OrganizationField[] = ['description', 'phones'];

/**
 * The organisation an offer belongs to, edited on the offer's page and saved from the kaart's ETag
 * (PUT /catalogue/organizations/{id}); the offer form next to it and this one share the kaart's ETag.
 */
export function OrganizationEditForm({ organizationId, kaartEtag, onSaved }: { organizationId: string; kaartEtag: string; onSaved: (etag: string) => void }) {
  const { t, textOr } = useMessages();
  const { api, describe, role } = useConsole();
  const [organization, setOrganization] = useState<Organization | null>(null);
  const [etag, setEtag] = useState('');
  const [values, setValues] = useState<OrganizationValues | null>(null);
  const [invalid, setInvalid] = useState<OrganizationField[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const editable = mayOpen(role, 'kaart-upload');

  const load = async (replaceValues: boolean) => {
    const { catalogue, etag: current } = await api.catalogue();
    const found = catalogue.organizations.find((o) => o.id === organizationId) ?? null;
    setOrganization(found);
    setEtag(current);
    if (found && replaceValues) setValues(organizationValuesOf(found));
  };

  useEffect(() => {
    load(true).catch((e: unknown) => setError(describe(e)));
  }, [api, organizationId]);
  // The offer form next to this one saved: its new ETag is the kaart's, and this form's too.
  useEffect(() => {
    if (kaartEtag) setEtag(kaartEtag);
  }, [kaartEtag]);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!organization || !values) return;
    setDone(null);
    const checked = organizationFrom(organization, values);
    if (!checked.ok) {
      setInvalid(checked.fields);
      setError(t('console.offer.invalid'));
      document.getElementById(`organization-${checked.fields[0]}`)?.focus();
      return;
    }
    setInvalid([]);
    setBusy(true);
    try {
      const saved = await api.putOrganization(organizationId, { etag, organization: checked.organization });
      setOrganization(saved.organization);
      setEtag(saved.etag);
      setValues(organizationValuesOf(saved.organization));
      setError(null);
      setDone(t('console.organization.saved', { name: saved.organization.name }));
      onSaved(saved.etag);
    } catch (e) {
      setError(describe(e));
      // After a 409 the next save goes from the latest kaart; what was typed stays.
      if (e instanceof ConsoleApiError && e.status === 409) await load(false).catch(() => undefined);
    }
    setBusy(false);
  };

  if (!organization || !values) return error ? <p class="hr-console-error" role="alert">{error}</p> : null;
  return (
    <form class="hr-console-form" aria-labelledby="organization-title" onSubmit={save} data-organization-form noValidate>
      <h2 id="organization-title">{t('console.organization.title', { name: organization.name })}</h2>
      {ORGANIZATION_FIELDS.map((name) => {
        const id = `organization-${name}`;
        const wrong = invalid.includes(name);
        const common = {
          id,
          disabled: !editable,
          'aria-invalid': wrong || undefined,
          'aria-describedby': wrong ? `${id}-error` : undefined,
          value: values[name],
          onInput: (e: { currentTarget: { value: string } }) => setValues((v) => v && { ...v, [name]: e.currentTarget.value }),
        };
        return (
          <>
            <label for={id}>{textOr(`console.organization.field.${name}`, name)}</label>
            {LONG.includes(name) ? <textarea {...common} rows={name === 'phones' ? 3 : 4} /> : <input {...common} type={name === 'email' ? 'email' : name === 'url' ? 'url' : 'text'} />}
            {wrong && <p id={`${id}-error`} class="hr-console-error" data-field-error={`organization.${name}`}>{textOr(`console.organization.error.${name}`, name)}</p>}
          </>
        );
      })}
      {error && <p class="hr-console-error" role="alert">{error}</p>}
      {editable && <button class="hr-console-button" type="submit" disabled={busy}>{t('console.organization.submit')}</button>}
      {done && <p class="hr-console-done" role="status">{done}</p>}
    </form>
  );
}
