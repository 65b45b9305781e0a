/**
 * One valid input for every action, over "own" records (the demo station / the company actors'
 * company) or "other" ones (another station / another company). Factories may seed what the
 * input refers to (a pending company to review, an active code to revoke or redeem).
 */
import type { ActionName, FunctionName } from '../../core/contract';
import type { Store } from '../../core/ports';
import {
  companyInput,
  newRequestId,
  newStationInput,
  OTHER_STATION,
  OWN_STATION,
  seededStationFields,
  serviceItemInput,
} from './fixtures';
import { OTHER_COMPANY, OWN_COMPANY, OWN_JOIN_CODE, seedInvitation, seedPendingCompany, type Actor } from './world';

export type Target = 'own' | 'other';

export interface InputContext {
  store: Store;
  now: number;
  target: Target;
  actor: Actor | null;
}

export type InputFactory = (c: InputContext) => Promise<Record<string, unknown>> | Record<string, unknown>;

const stationOf = (t: Target) => (t === 'own' ? OWN_STATION : OTHER_STATION);

export const VALID_INPUTS: { [F in FunctionName]: Record<ActionName<F>, InputFactory> } = {
  directory: {
    listStations: () => ({ district: 'haidian' }),
    getStation: ({ target }) => ({ stationId: stationOf(target) }),
    listPlatforms: () => ({}),
    listCourses: () => ({}),
    listCatalogue: () => ({}),
    createStation: () => newStationInput(),
    updateStation: ({ target }) => ({ stationId: stationOf(target), ...seededStationFields(stationOf(target)) }),
    saveServiceItem: ({ target }) => serviceItemInput(stationOf(target)),
    setServiceItemStatus: ({ target }) => ({
      stationId: stationOf(target),
      itemId: `${stationOf(target)}-item-1`,
      status: 'published',
    }),
  },
  account: {
    me: () => ({}),
    switchActing: ({ actor }) => ({ membershipId: actor?.membershipId ?? 'nobody:liaison:st-x' }),
    updateProfile: () => ({ displayName: '改过的名字' }),
    redeemInvitation: async ({ store, now, target }) => ({ code: await seedInvitation(store, now, stationOf(target)) }),
    createCompany: () => companyInput(),
    joinCompany: () => ({ joinCode: OWN_JOIN_CODE }),
    createInvitation: ({ target }) => ({
      clientRequestId: newRequestId('inv'),
      stationId: stationOf(target),
      role: 'liaison',
    }),
    listInvitations: ({ target }) => ({ stationId: stationOf(target) }),
    revokeInvitation: async ({ store, now, target }) => ({ code: await seedInvitation(store, now, stationOf(target)) }),
    getCompany: ({ target }) => ({ companyId: target === 'own' ? OWN_COMPANY : OTHER_COMPANY }),
    listCompanies: ({ target }) => ({ stationId: stationOf(target) }),
    reviewCompany: async ({ store, now, target }) => ({
      companyId: await seedPendingCompany(store, now, stationOf(target)),
      decision: 'confirm',
    }),
  },
  setup: {
    bootstrap: () => ({}),
  },
};
