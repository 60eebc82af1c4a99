import type { Page } from 'playwright-core';

/** One report's row after "Book all": their name and what happened, in words. */
export interface BookingRow {
  name: string;
  outcome: string;
  /** The "Join in Teams" link of a booked meeting, null when there is none. */
  joinUrl: string | null;
}

/** Schedule → "Schedule my team's reviews": book a review with every report at once. */
export class TeamSchedulingPanel {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Schedule' }).click();
    await this.page.getByRole('heading', { name: "Schedule my team's reviews" }).waitFor();
  }

  /** Presses "Book all" and reads every row of the outcome once booking is done. */
  async bookAll(): Promise<BookingRow[]> {
    const form = this.page.getByRole('form', { name: "Schedule my team's reviews" });
    const book = form.getByRole('button', { name: 'Book all' });
    await book.click();
    // Disabled while booking (React renders that within the click); enabled again once done.
    await form.locator('button:enabled', { hasText: 'Book all' }).waitFor();
    const list = this.page.getByRole('list', { name: 'Review bookings' });
    await list.waitFor();
    const items = await list.getByRole('listitem').all();
    return Promise.all(
      items.map(async (item) => {
        const [name = '', outcome = ''] = await item.locator('div > span').allTextContents();
        const join = item.getByRole('link', { name: 'Join in Teams' });
        const joinUrl = (await join.count()) > 0 ? await join.getAttribute('href') : null;
        return { name, outcome, joinUrl };
      }),
    );
  }
}
