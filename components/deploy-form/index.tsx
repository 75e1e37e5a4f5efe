import { useState } from 'preact/hooks';
import type { ContactBy } from '../../lib/contracts/registration';
import type { RelationToProfessional } from '../../lib/contracts/help';
import { CONTACT_BY, RELATIONS_TO_PROFESSIONAL } from '../../lib/contracts/value-lists';
import { ChoiceGroup } from '../choice-group';
import { useMessages } from '../use-messages';

export interface DeployDetails {
  relation: RelationToProfessional;
  contactBy: ContactBy;
}

/**
 * How this help relates to the professional's own work and who makes the contact. A choice is
 * recorded with the usual answers (alongside, the professional); this corrects them afterwards.
 */
export function DeployForm({ serviceId, initial, busy, onSave, onCancel }: { serviceId: string; initial?: Partial<DeployDetails>; busy: boolean; onSave: (details: DeployDetails) => void; onCancel: () => void }) {
  const { t } = useMessages();
  const [relation, setRelation] = useState<RelationToProfessional>(initial?.relation ?? 'alongside');
  const [contactBy, setContactBy] = useState<ContactBy>(initial?.contactBy ?? 'professional');
  return (
    <form
      class="hr-deploy"
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ relation, contactBy });
      }}
    >
      <ChoiceGroup legend={t('relationLegend')} name={`rel-${serviceId}`} options={RELATIONS_TO_PROFESSIONAL} labels={(r) => t(`relation.${r}`)} value={relation} onChange={setRelation} />
      <ChoiceGroup legend={t('contactByLegend')} name={`contact-${serviceId}`} options={CONTACT_BY} labels={(c) => t(`contactBy.${c}`)} value={contactBy} onChange={setContactBy} />
      <button type="submit" class="hr-button" disabled={busy}>
        {t('save')}
      </button>{' '}
      <button type="button" class="hr-link" onClick={onCancel}>
        {t('cancel')}
      </button>
    </form>
  );
}
