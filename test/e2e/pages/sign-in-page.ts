import type { Page } from 'playwright-core';

/** The standalone dev sign-in screen. */
export class SignInPage {
  constructor(private readonly page: Page) {}

  async signInAs(displayName: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Find a person' }).fill(displayName);
    await this.page.getByRole('button', { name: `Sign in as ${displayName}` }).click();
    await this.page.getByRole('tab', { name: 'My goals' }).waitFor();
  }

  async switchPerson(displayName: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Switch person' }).click();
    await this.signInAs(displayName);
  }
}
