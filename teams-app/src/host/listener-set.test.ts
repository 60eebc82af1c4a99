import { ListenerSet } from './listener-set';

describe('ListenerSet', () => {
  it('calls each subscription, including the same function added twice, until removed', () => {
    const set = new ListenerSet<number>();
    const seen: number[] = [];
    const listener = (n: number) => seen.push(n);
    const first = set.add(listener);
    set.add(listener);
    set.emit(1);
    first();
    first();
    set.emit(2);
    expect(seen).toEqual([1, 1, 2]);
    expect(set.size).toBe(1);
  });

  it('lets a listener remove itself while an emit runs', () => {
    const set = new ListenerSet<string>();
    const seen: string[] = [];
    const stop = set.add(() => {
      stop();
      seen.push('a');
    });
    set.add((v) => seen.push(v));
    set.emit('b');
    set.emit('c');
    expect(seen).toEqual(['a', 'b', 'c']);
  });
});
