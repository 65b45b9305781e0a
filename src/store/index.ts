/**
 * The app's one store, in typed slices:
 *  - session: am I signed in (H5 token; WeChat is always signed in through OPENID), and who am I
 *  - acting:  the membership I act for (derived from `me`, switched on the Me page)
 *  - inbox:   how many of my notices are unread (the badge on 我的; 消息 keeps it current)
 *  - outbox:  visits waiting on this phone to be sent (待发送)      } persisted in Taro storage
 *  - draft:   the visit being typed on this phone (登记走访)        } (./phone-storage.ts)
 * Only the outbox and the draft are persisted: the session has its own token store, and who I
 * am is asked again at launch.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Me, MembershipView } from '@core/contract';
import type { Session } from '@core/contract/auth';
import * as account from '../services/account';
import type { OutboxEntry } from '../services/outbox-store';
import { readSession, writeSession } from '../services/session-token';
import { setUnauthenticatedHandler } from '../services/transport';
import { PHONE_KEY, phoneStorage } from './phone-storage';

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
  /** Loads "me"; a call while a load is in flight gets that load. */
  loadMe(): Promise<void>;
  switchActing(membershipId: string): Promise<void>;
  /** After an action that changed my roles (redeem, join, create company). */
  setMe(me: Me): void;
}

export interface ActingSlice {
  acting(): MembershipView | null;
}

export interface InboxSlice {
  /** My unread notices; null until first loaded (or when loading failed: no badge then). */
  unread: number | null;
  loadUnread(): Promise<void>;
  setUnread(unread: number): void;
}

export interface OutboxSlice {
  /** Every entry on this phone (each person sees only theirs: services/outbox-store.ts). */
  outbox: OutboxEntry[];
  setOutbox(entries: OutboxEntry[]): void;
}

/** The visit being typed, with whose it is (one draft per phone). */
export interface StoredDraft {
  ownerId: string;
  draft: unknown;
  savedAt: number;
}

export interface DraftSlice {
  visitDraft: StoredDraft | null;
  setVisitDraft(draft: StoredDraft | null): void;
}

export type AppState = SessionSlice & ActingSlice & InboxSlice & OutboxSlice & DraftSlice;

/** What `persist` keeps on the phone. */
type Persisted = Pick<AppState, 'outbox' | 'visitDraft'>;

/** The "me" request in flight, shared by whoever asks meanwhile. */
let meRequest: Promise<void> | null = null;
/** Moves on at every sign-in and sign-out, so a request made before is forgotten. */
let meGeneration = 0;

function forgetMeRequest(): void {
  meGeneration++;
  meRequest = null;
}

export const useAppStore = create<AppState>()(
  persist<AppState, [], [], Persisted>(
    (set, get) => ({
      signedIn: isWeapp() || readSession() !== null,
      me: null,
      meState: 'idle',
      meError: null,
      unread: null,

      async signIn(session) {
        writeSession({ token: session.token, expiresAt: session.expiresAt, username: session.user.username });
        forgetMeRequest();
        set({ signedIn: true, me: null, meState: 'idle' });
        await get().loadMe();
      },

      async signOut() {
        try {
          await account.logout();
        } finally {
          writeSession(null);
          forgetMeRequest();
          set({ signedIn: isWeapp(), me: null, meState: 'idle', meError: null, unread: null });
        }
      },

      loadMe() {
        if (!get().signedIn) return Promise.resolve();
        // 我的 on show, a gated page and the outbox often ask at the same moment: one request serves them.
        if (meRequest) return meRequest;
        const generation = meGeneration;
        set({ meState: 'loading', meError: null });
        const request = (async (): Promise<Partial<AppState>> => {
          try {
            return { me: await account.me({}), meState: 'ready' };
          } catch (e) {
            return { meState: 'error', meError: e instanceof Error ? e.message : String(e) };
          }
        })().then((state) => {
          // An answer to a request made before a sign-in or sign-out is somebody else's: ignored.
          if (generation !== meGeneration) return;
          meRequest = null;
          set(state);
        });
        meRequest = request;
        return request;
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

      async loadUnread() {
        if (!get().signedIn) return;
        try {
          const res = await account.listNotices({ unreadOnly: true, page: 1, pageSize: 1 });
          if (typeof res?.unread === 'number') set({ unread: res.unread });
        } catch {
          // Only a badge: the inbox page itself shows loading errors.
        }
      },

      setUnread(unread) {
        set({ unread });
      },

      outbox: [],
      setOutbox(outbox) {
        set({ outbox });
      },

      visitDraft: null,
      setVisitDraft(visitDraft) {
        set({ visitDraft });
      },
    }),
    {
      name: PHONE_KEY,
      storage: createJSONStorage<Persisted>(() => phoneStorage),
      partialize: (state) => ({ outbox: state.outbox, visitDraft: state.visitDraft }),
    },
  ),
);

// A dead H5 session (expired or logged out elsewhere) signs the user out locally.
setUnauthenticatedHandler(() => {
  if (isWeapp()) return;
  writeSession(null);
  forgetMeRequest();
  useAppStore.setState({ signedIn: false, me: null, meState: 'idle', unread: null });
});
