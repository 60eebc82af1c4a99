import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpResponseInit } from '@azure/functions';
import { HttpResponse } from '../http/azure-functions.js';
import { sendResponse, sendThroughResponse } from './send-response.js';

/** What a client receives for `init`, written by `write`. */
async function received(
  init: HttpResponseInit,
  write: (res: Parameters<typeof sendResponse>[0], init: HttpResponseInit) => Promise<void>,
) {
  const server: Server = createServer((_req, res) => {
    void write(res, init);
  });
  await new Promise<void>((done) => server.listen(0, done));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://localhost:${String(port)}/`);
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      etag: response.headers.get('etag'),
      body: await response.text(),
    };
  } finally {
    server.close();
  }
}

const viaHttpResponse = (res: Parameters<typeof sendResponse>[0], init: HttpResponseInit) =>
  sendThroughResponse(res, new HttpResponse(init));

describe('sendResponse', () => {
  it.each<[string, HttpResponseInit]>([
    ['JSON with headers', { status: 200, headers: { etag: '"7"' }, jsonBody: { a: [1, 'é'] } }],
    [
      'JSON with its own content type',
      { headers: { 'content-type': 'application/problem+json' }, jsonBody: { title: 'x' } },
    ],
    [
      'JSON with its own content type, named in capitals',
      { headers: { 'Content-Type': 'application/problem+json' }, jsonBody: { title: 'x' } },
    ],
    ['no body', { status: 204, headers: { 'cache-control': 'no-store' } }],
    ['a null-body status with JSON', { status: 204, jsonBody: { dropped: true } }],
    ['a string body', { status: 200, body: 'plain text' }],
    ['a JSON null', { status: 200, jsonBody: null }],
  ])('answers %s exactly as HttpResponse does', async (_, init) => {
    const expected = await received(init, viaHttpResponse);
    await expect(received(init, sendResponse)).resolves.toEqual(expected);
  });
});
