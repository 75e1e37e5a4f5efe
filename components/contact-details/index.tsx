import { useEffect, useState } from 'preact/hooks';
import { ProfessionalContact } from '../../lib/contracts/help-request';
import { useMessages } from '../use-messages';

export interface ContactDetailsApi {
  professionalContact(): Promise<ProfessionalContact | null>;
  saveProfessionalContact(contact: ProfessionalContact): Promise<void>;
}

/**
 * The professional's own work contact, which every request to a volunteer organisation carries
 * (issue 17): set here once, filled into the request form, changed there or here.
 */
export function ContactDetails({ api }: { api: ContactDetailsApi }) {
  const { t } = useMessages();
  const [contact, setContact] = useState({ name: '', email: '', phone: '' });
  const [state, setState] = useState<'idle' | 'saved' | 'invalid'>('idle');
  useEffect(() => {
    void api.professionalContact().then((c) => c && setContact({ name: c.name, email: c.email, phone: c.phone ?? '' }), () => undefined);
  }, []);
  const field = (key: keyof typeof contact, label: string, type = 'text') => (
    <>
      <label for={`hr-contact-${key}`}>{label}</label>
      <input id={`hr-contact-${key}`} type={type} value={contact[key]} onInput={(e) => setContact((c) => ({ ...c, [key]: e.currentTarget.value }))} />
    </>
  );
  return (
    <section aria-labelledby="hr-contact-title" class="hr-contact">
      <h2 id="hr-contact-title">{t('request.contactTitle')}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const phone = contact.phone.trim();
          const parsed = ProfessionalContact.safeParse({ name: contact.name, email: contact.email.trim(), ...(phone ? { phone } : {}) });
          if (!parsed.success) return setState('invalid');
          void api.saveProfessionalContact(parsed.data).then(() => setState('saved'));
        }}
      >
        {field('name', t('request.contactName'))}
        {field('email', t('request.contactEmail'), 'email')}
        {field('phone', t('request.contactPhone'), 'tel')}
        <button type="submit" class="hr-button">
          {t('request.contactSave')}
        </button>
        <p role="status" class="hr-muted">
          {state === 'saved' ? t('request.contactSaved') : state === 'invalid' ? t('request.contactInvalid') : ''}
        </p>
      </form>
    </section>
  );
}
