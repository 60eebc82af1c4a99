import type { Locator, Page } from 'playwright-core';

/** The 1:1s section: the series list and one series' next 1:1 with its shared agenda. */
export class OneOnOnePage {
  constructor(private readonly page: Page) {}

  /** Opens the series with `person` from the 1:1s list. */
  async openSeriesWith(person: string): Promise<void> {
    await this.page.getByRole('tab', { name: '1:1s' }).click();
    await this.page.getByRole('link', { name: person, exact: true }).click();
    await this.page.getByRole('heading', { name: 'Agenda' }).waitFor();
  }

  /** Adds a talking point and waits until it is saved (it shows who added it). */
  async addTalkingPoint(text: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add a talking point' });
    await form.getByRole('textbox', { name: 'New talking point' }).fill(text);
    await form.getByRole('button', { name: 'Add talking point' }).click();
    await this.talkingPoint(text)
      .getByText(/^Added by /)
      .waitFor();
  }

  /** A talking point of the next 1:1's agenda, by its text. */
  talkingPoint(text: string): Locator {
    return this.page
      .getByRole('list', { name: 'Talking points' })
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('checkbox', { name: text }) });
  }
}
