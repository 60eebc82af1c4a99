import { createDevTokenStore, devTokenKey } from './dev-token-store';
import { memoryStorage } from './fake-window';

describe('dev token store', () => {
  it('writes through to storage and removes on null', () => {
    const storage = memoryStorage();
    const store = createDevTokenStore(() => storage);
    store.set('t-1');
    const stored = storage.getItem(devTokenKey);
    store.set(null);
    expect({ stored, after: storage.getItem(devTokenKey), read: store.get() }).toEqual({
      stored: 't-1',
      after: null,
      read: null,
    });
  });

  it('falls back to memory for good once storage throws', () => {
    let reads = 0;
    const store = createDevTokenStore(() => {
      reads += 1;
      throw new DOMException('denied', 'SecurityError');
    });
    store.set('t-2');
    expect(store.get()).toBe('t-2');
    store.set(null);
    expect(store.get()).toBeNull();
    expect(reads).toBe(1);
  });
});
