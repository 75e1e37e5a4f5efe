import type { CaseContext } from '../contracts/case-context';
import { readCaseText } from './read-case-text';

/*
 * What the case's text says, added to what the page reader found: flags, refusals, wishes and the
 * household facts that only the notes tell (a carer, a child with a disability, someone close who
 * drinks). Run by the background on the `readingText` the content script sends, so the reader
 * (its concept and trigger lists) is not compiled into every case page.
 */
export function completeReading(context: CaseContext): CaseContext {
  const { readingText, ...rest } = context;
  if (readingText === undefined) return context;
  const reading = readCaseText(readingText, context.gender);
  const household = { ...rest.household };
  if (reading.isCarer) household.isCarer = true;
  if (reading.childWithDisability) household.childWithDisability = true;
  if (reading.relativeWithAddiction) household.relativeWithAddiction = true;
  return {
    ...rest,
    household,
    flags: reading.flags,
    refusals: reading.refusals,
    wishes: reading.wishes,
    ...(reading.wantsToStopUsing ? { wantsToStopUsing: true } : {}),
    ...(reading.disability ? { disability: true } : {}),
    ...(reading.usesWheelchair ? { usesWheelchair: true } : {}),
    ...(reading.networkUsedUp ? { networkExhausted: true } : {}),
  };
}
