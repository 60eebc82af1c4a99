import { untilFirstFailure } from './until-first-failure';

describe('untilFirstFailure', () => {
  it.each<[string, (string | Error)[], (string | null)[], number]>([
    ['asks every time while it succeeds', ['a', 'b', 'c'], ['a', 'b', 'c'], 3],
    ['stops asking after the first failure', ['a', new Error('no'), 'c'], ['a', null, null], 2],
    ['answers null from the start when it fails at once', [new Error('no'), 'b'], [null, null], 1],
  ])('%s', async (_case, answers, expected, asked) => {
    let calls = 0;
    const source = untilFirstFailure(() => {
      const answer = answers[calls++];
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer ?? 'x');
    });
    const results: (string | null)[] = [];
    for (let i = 0; i < expected.length; i++) results.push(await source());
    expect({ results, calls }).toEqual({ results: expected, calls: asked });
  });
});
