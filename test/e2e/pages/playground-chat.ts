import type { Locator, Page } from 'playwright-core';

/** The Agents Playground's chat, driven as a person in Teams would. */
export class PlaygroundChat {
  constructor(private readonly page: Page) {}

  async open(chatName: string): Promise<void> {
    await this.page.getByText(chatName, { exact: true }).first().click();
  }

  private async extension(kind: 'Search Command' | 'Action Command' | 'Link Unfurling') {
    await this.page.getByRole('button', { name: 'Trigger Message Extension App' }).click();
    await this.page.getByText(kind, { exact: true }).click();
  }

  /** Searches with the message extension's `commandId`, picks `title` and sends the card. */
  async shareFromSearch(commandId: string, text: string, title: string): Promise<void> {
    await this.extension('Search Command');
    await this.page.getByText('Specify Command ID or Parameter').click();
    await this.page.getByPlaceholder('Command ID').fill(commandId);
    await this.page.getByPlaceholder('Parameter name').fill('searchText');
    const search = this.page.getByPlaceholder('Enter a search term');
    await search.fill(text);
    await search.press('Enter');
    await this.page.getByText(title).first().click();
    await this.page.getByRole('button', { name: 'Send Message' }).click();
  }

  /** Pastes `url` through link unfurling and sends the card it unfurls to. */
  async unfurl(url: string): Promise<void> {
    await this.extension('Link Unfurling');
    const dialog = this.page.getByRole('dialog');
    await dialog.locator('input').fill(url);
    // The button does nothing until the unfurled card is shown in the dialog.
    await dialog.locator('.ac-adaptiveCard').waitFor();
    await this.page.getByRole('button', { name: 'Send to Conversation' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** Posts `text` in the open chat as the Playground's user. */
  async post(text: string): Promise<void> {
    await this.page.getByRole('textbox').last().click();
    await this.page.keyboard.type(text);
    await this.page.getByRole('button', { name: 'Send Message' }).click();
  }

  /** Opens the action command `commandId` from the "..." menu of the message showing `text`. */
  async messageAction(text: string, commandId: string): Promise<Locator> {
    await this.page.locator('span', { hasText: text }).last().hover();
    await this.page.getByRole('button', { name: 'Show more information' }).last().click();
    await this.page.getByRole('menuitem', { name: 'Action Command' }).click();
    await this.page.getByPlaceholder('Input command id or leave blanks').fill(commandId);
    await this.page.getByText('Fetch the dialog dynamically from the app').click();
    await this.page.getByRole('button', { name: 'Create' }).click();
    return this.page.getByRole('dialog');
  }

  /** The last card in the conversation that shows `text`. */
  card(text: string): Locator {
    return this.page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();
  }
}
