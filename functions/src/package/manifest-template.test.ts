import { AppPackageError } from './app-package-error.js';
import { fillPlaceholders } from './manifest-template.js';

describe('fillPlaceholders', () => {
  it('fills every placeholder in nested strings and leaves other values alone', () => {
    const template = {
      id: '${{APP_ID}}',
      urls: ['https://${{HOST}}/', 'api://${{HOST}}/${{APP_ID}}'],
      nested: { flag: true, count: 2, nothing: null },
    };
    expect(fillPlaceholders(template, { APP_ID: 'abc', HOST: 'example.com' })).toEqual({
      id: 'abc',
      urls: ['https://example.com/', 'api://example.com/abc'],
      nested: { flag: true, count: 2, nothing: null },
    });
  });

  it('inserts values verbatim, even ones that look like JSON', () => {
    expect(fillPlaceholders({ a: '${{X}}' }, { X: '"},{' })).toEqual({ a: '"},{' });
  });

  it('names every placeholder that has no value', () => {
    expect(() => fillPlaceholders({ a: '${{BOT_ID}}', b: ['${{OTHER}}'] }, {})).toThrow(
      expect.objectContaining({ problems: ['${{BOT_ID}}', '${{OTHER}}'] }) as Error,
    );
  });

  it.each(['${{lower}}', '${{ SPACED }}', '${{UNCLOSED'])(
    'rejects the malformed placeholder %s',
    (text) => {
      expect(() => fillPlaceholders({ a: text }, {})).toThrow(AppPackageError);
    },
  );
});
