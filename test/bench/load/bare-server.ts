import { createServer } from 'node:http';

/** A captured answer: what the bare server replays, byte for byte. */
export interface CapturedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * The limit to compare the API with: a bare `node:http` server, in its own process, answering
 * every request with the same status, headers and body bytes the real host gave. Reads a
 * `CapturedResponse` (JSON) from stdin and prints its URL.
 */
async function main(): Promise<void> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  const captured = JSON.parse(text) as CapturedResponse;
  const body = Buffer.from(captured.body);
  const server = createServer((_request, response) => {
    response.writeHead(captured.status, captured.headers);
    response.end(body);
  });
  server.listen(0, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    process.stdout.write(`bare server at http://localhost:${String(port)}\n`);
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`bare server failed: ${String(error)}\n`);
  process.exit(1);
});
