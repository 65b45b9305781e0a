/** The in-app inbox: a Notifier that stores one notice per recipient (both platforms). */
import type { Clock, Notice, Notifier, Store } from '../../core/ports';

export function inboxNotifier(store: Store, clock: Clock): Notifier {
  return {
    async notify(n: Notice) {
      const { facts: _facts, ...notice } = n; // facts feed subscribe messages; the inbox keeps the text
      await store.insert('notifications', { ...notice, read: false, createdAt: clock.now() });
    },
  };
}
