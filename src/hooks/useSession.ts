/** Who is signed in and which membership they act for, loading "me" when a page needs it. */
import { useEffect } from 'react';
import { useAppStore } from '../store';

export function useSession() {
  const signedIn = useAppStore((s) => s.signedIn);
  const me = useAppStore((s) => s.me);
  const meState = useAppStore((s) => s.meState);
  const meError = useAppStore((s) => s.meError);
  const loadMe = useAppStore((s) => s.loadMe);
  const acting = useAppStore((s) => s.acting());

  // A page can open before 我的 ever was (from a station page, a share or a notice).
  useEffect(() => {
    if (signedIn && !me && meState === 'idle') void loadMe();
  }, [signedIn, me, meState, loadMe]);

  return { signedIn, me, meState, meError, loadMe, acting };
}

export type Session = ReturnType<typeof useSession>;
