import { inspectAddin } from './addin-extension.js';

const icon = (size: number, url: string) => ({ size, url });

function manifestWith(page: string, icons: { size: number; url: string }[]) {
  return {
    extensions: [
      {
        runtimes: [{ code: { page } }],
        ribbons: [{ tabs: [{ groups: [{ icons, controls: [{ icons }] }] }] }],
      },
    ],
  };
}

describe('inspectAddin', () => {
  it('has nothing to check in a manifest without extensions', () => {
    expect(inspectAddin({ name: 'x' }, 'northstar.test')).toEqual({ icons: [], problems: [] });
  });

  it('lists each icon once by size and path, without query, for a host in any case', () => {
    const found = inspectAddin(
      manifestWith('https://Northstar.test/?host=outlook#/schedule', [
        icon(16, 'https://NORTHSTAR.test/outlook/a-16.png?v=2'),
        icon(80, 'https://northstar.test/outlook/a-80.png'),
      ]),
      'northstar.test',
    );
    expect(found).toEqual({
      icons: [
        { size: 16, path: 'outlook/a-16.png' },
        { size: 80, path: 'outlook/a-80.png' },
      ],
      problems: [],
    });
  });

  it.each([
    ['a page on another host', 'https://other.test/', 'https://northstar.test/a.png', /page/],
    ['a page over http', 'http://northstar.test/', 'https://northstar.test/a.png', /page/],
    [
      'an icon on another port',
      'https://northstar.test/',
      'https://northstar.test:8443/a.png',
      /icon/,
    ],
    ['an icon that is no URL', 'https://northstar.test/', 'outlook/a.png', /icon outlook\/a\.png/],
  ])('reports %s', (_name, page, url, problem) => {
    const { problems } = inspectAddin(manifestWith(page, [icon(16, url)]), 'northstar.test');
    expect(problems).not.toHaveLength(0);
    expect(
      problems.every((p) => problem.test(p) && p.includes('is not on https://northstar.test/')),
    ).toBe(true);
  });

  it('reports an extensions entry it cannot read', () => {
    const { problems } = inspectAddin({ extensions: [{ runtimes: [{ code: {} }] }] }, 'x.test');
    expect(problems).toEqual([expect.stringMatching(/^extensions: /)]);
  });
});
