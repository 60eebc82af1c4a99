import { readHostConfig } from './host-config';

function documentWith(head: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.head.innerHTML = head;
  return doc;
}

describe('readHostConfig', () => {
  it('reads the client id and API scope from meta tags', () => {
    const doc = documentWith(
      '<meta name="northstar:client-id" content=" c-1 ">' +
        '<meta name="northstar:api-scope" content="api://x/c-1/access_as_user">',
    );
    expect(readHostConfig(doc)).toEqual({
      clientId: 'c-1',
      apiScope: 'api://x/c-1/access_as_user',
    });
  });

  it.each([
    ['absent tags', ''],
    [
      'empty content',
      '<meta name="northstar:client-id" content=""><meta name="northstar:api-scope">',
    ],
    [
      'unreplaced build placeholders',
      '<meta name="northstar:client-id" content="%VITE_ENTRA_CLIENT_ID%">' +
        '<meta name="northstar:api-scope" content="%VITE_API_SCOPE%">',
    ],
  ])('leaves both unset for %s', (_case, head) => {
    expect(readHostConfig(documentWith(head))).toEqual({
      clientId: undefined,
      apiScope: undefined,
    });
  });
});
