import type { JSX } from 'preact';
import type { ConsolePage, RouteOf } from '../../../lib/console/console-route';
import { AuditPage } from '../audit-page';
import { KaartImport } from '../kaart-import';
import { KaartPage } from '../kaart-page';
import { KaartSynonymsPage } from '../kaart-synonyms-page';
import { KaartUpload } from '../kaart-upload';
import { OfferEditForm } from '../offer-edit-form';
import { OidcPage } from '../oidc-page';
import { OwnOffersPage } from '../own-offers-page';
import { ProposalsPage } from '../proposals-page';
import { ProposeForm } from '../propose-form';
import { RequestsPage } from '../requests-page';
import { TeamAdaptersPage } from '../team-adapters-page';
import { TeamPage } from '../team-page';
import { TeamsPage } from '../teams-page';

/** The component of each page in the route table (lib/console/console-route.ts); the type asks for every page. */
export const PAGES: { [P in ConsolePage]: (route: RouteOf<P>) => JSX.Element } = {
  teams: () => <TeamsPage />,
  team: ({ teamId }) => <TeamPage key={teamId} teamId={teamId} />,
  adapters: ({ teamId }) => <TeamAdaptersPage key={teamId} teamId={teamId} />,
  oidc: () => <OidcPage />,
  kaart: () => <KaartPage />,
  'kaart-upload': () => <KaartUpload />,
  'kaart-import': () => <KaartImport />,
  'kaart-synonyms': () => <KaartSynonymsPage />,
  offer: ({ offerId }) => <OfferEditForm key={offerId} offerId={offerId} />,
  audit: () => <AuditPage />,
  requests: () => <RequestsPage />,
  proposals: () => <ProposalsPage />,
  'own-offers': () => <OwnOffersPage />,
  propose: ({ offerId }) => <ProposeForm key={offerId} offerId={offerId} />,
  revise: ({ proposalId }) => <ProposeForm key={proposalId} proposalId={proposalId} />,
};
