/**
 * The app's one store, in typed slices:
 *  - session: am I signed in (H5 token; WeChat is always signed in through OPENID), and who am I
 *  - acting:  the membership I act for (derived from `me`, switched on the Me page)
 */
import { create } from 'zustand';
import type { Me, MembershipView } from '../../core/contract';
import type { Session } from '../../core/contract/auth';
import * as account from '../services/account';
import { readSession, writeSession } from '../services/session-token';
import { setUnauthenticatedHandler } from '../services/transport';

export const isWeapp = () => process.env.TARO_ENV === 'weapp';

type LoadState = 'idle' | 'loading' | 'ready' | 'error';

export interface SessionSlice {
  /** H5: a stored token exists. WeChat: always true. */
  signedIn: boolean;
  me: Me | null;
  meState: LoadState;
  meError: string | null;
  signIn(session: Session): Promise<void>;
  signOut(): Promise<void>;
  loadMe(): Promise<void>;
  switchActing(membershipId: string): Promise<void>;
  /** After an action that changed my roles (redeem, join, create company). */
  setMe(me: Me): void;
}

export interface ActingSlice {
  acting(): MembershipView | null;
}

export type AppState = SessionSlice & ActingSlice;

export const useAppStore = create<AppState>()((set, get) => ({
  signedIn: isWeapp() || readSession() !== null,
  me: null,
  meState: 'idle',
  meError: null,

  async signIn(session) {
    writeSession({ token: session.token, expiresAt: session.expiresAt, username: session.user.username });
    set({ signedIn: true, me: null, meState: 'idle' });
    await get().loadMe();
  },

  async signOut() {
    try {
      await account.logout();
    } finally {
      writeSession(null);
      set({ signedIn: isWeapp(), me: null, meState: 'idle', meError: null });
    }
  },

  async loadMe() {
    if (!get().signedIn) return;
    set({ meState: 'loading', meError: null });
    try {
      set({ me: await account.me({}), meState: 'ready' });
    } catch (e) {
      set({ meState: 'error', meError: e instanceof Error ? e.message : String(e) });
    }
  },

  async switchActing(membershipId) {
    set({ me: await account.switchActing({ membershipId }) });
  },

  setMe(me) {
    set({ me, meState: 'ready' });
  },

  acting() {
    const me = get().me;
    return me?.memberships.find((m) => m.id === me.actingId) ?? null;
  },
}));

// A dead H5 session (expired or logged out elsewhere) signs the user out locally.
setUnauthenticatedHandler(() => {
  if (isWeapp()) return;
  writeSession(null);
  useAppStore.setState({ signedIn: false, me: null, meState: 'idle' });
});
