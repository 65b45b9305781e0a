/** The in-app inbox: a Notifier that stores one notice per recipient (both platforms). */
import type { Clock, Notice, Notifier, Store } from '../../core/ports';

export function inboxNotifier(store: Store, clock: Clock): Notifier {
  return {
    async notify(n: Notice) {
      await store.insert('notifications', { ...n, read: false, createdAt: clock.now() });
    },
  };
}
