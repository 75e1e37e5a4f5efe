import { offerFrom, type OfferField, type OfferValues } from '../../../lib/console/offer-form';
import type { Service } from '../../../lib/contracts/catalogue';

/**
 * The offer the form's values make, or null after telling the form which fields the contract
 * refuses and putting the focus on the first: the keeper's edit and an organisation's proposal check alike.
 */
export function checkedOffer(offer: Service, values: OfferValues, refuse: (fields: OfferField[]) => void): Service | null {
  const checked = offerFrom(offer, values);
  if (checked.ok) return checked.offer;
  refuse(checked.fields);
  document.getElementById(`offer-${checked.fields[0]}`)?.focus();
  return null;
}
