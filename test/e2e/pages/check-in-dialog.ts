import type { Page } from 'playwright-core';

/** The check-in dialog, opened from a goal card or the goal detail. */
export class CheckInDialog {
  constructor(private readonly page: Page) {}

  async checkIn(value: number, note: string): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('spinbutton', { name: /New value|Progress/ }).fill(String(value));
    await dialog.getByRole('textbox', { name: 'Note' }).fill(note);
    await dialog.getByRole('button', { name: 'Save check-in' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
