import type { Page } from '@northstar/shared';

/** The most pages a test follows before deciding a list never ends. */
const MAX_PAGES = 50;

/** Follows `nextCursor` from the first page to the last and returns every page. */
export async function collectPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
): Promise<Page<T>[]> {
  const pages: Page<T>[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor !== undefined && pages.length < MAX_PAGES);
  if (cursor !== undefined) throw new Error(`The list did not end within ${MAX_PAGES} pages.`);
  return pages;
}
