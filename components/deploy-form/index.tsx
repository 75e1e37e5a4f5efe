import { useState } from 'preact/hooks';
import { ContactBy, type RegistrationDraft } from '../../lib/contracts/registration';
import { RelationToProfessional } from '../../lib/contracts/help';
import { ChoiceGroup } from '../choice-group';
import { useMessages } from '../use-messages';

/**
 * The second click of a registration: how this help relates to the professional's own work and
 * who makes the contact. Both have the usual answer preselected, so "Vastleggen" alone will do.
 */
export function DeployForm({ serviceId, busy, onSave, onCancel }: { serviceId: string; busy: boolean; onSave: (draft: RegistrationDraft) => void; onCancel: () => void }) {
  const { t } = useMessages();
  const [relation, setRelation] = useState<RelationToProfessional>('alongside');
  const [contactBy, setContactBy] = useState<ContactBy>('professional');
  return (
    <form
      class="hr-deploy"
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ outcome: 'deployed', serviceId, relation, contactBy });
      }}
    >
      <ChoiceGroup legend={t.relationLegend} name={`rel-${serviceId}`} options={RelationToProfessional.options} labels={t.relation} value={relation} onChange={setRelation} />
      <ChoiceGroup legend={t.contactByLegend} name={`contact-${serviceId}`} options={ContactBy.options} labels={t.contactBy} value={contactBy} onChange={setContactBy} />
      <button type="submit" class="hr-button" disabled={busy}>
        {t.save}
      </button>{' '}
      <button type="button" class="hr-link" onClick={onCancel}>
        {t.cancel}
      </button>
    </form>
  );
}
