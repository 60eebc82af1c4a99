// Every API suite starts a real host and seeds a store (on Cosmos, over HTTPS to an in-process
// server) in its hooks; on a busy two-core machine that can take longer than jest's 5 s default.
jest.setTimeout(30_000);
