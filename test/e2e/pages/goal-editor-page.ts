import type { Page } from 'playwright-core';

/** The "Write / edit a goal" screen with its SMART coach. */
export class GoalEditorPage {
  constructor(private readonly page: Page) {}

  async fillTitle(title: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Title' }).fill(title);
  }

  /** The coach's list of criteria with their verdicts and hints. */
  coach() {
    return this.page.getByRole('list', { name: 'SMART criteria' });
  }

  async measureWith(unit: string, start: number, target: number): Promise<void> {
    await this.page.getByRole('switch', { name: 'Measure with a number' }).check();
    await this.page.getByRole('textbox', { name: 'Unit' }).fill(unit);
    await this.page.getByRole('spinbutton', { name: 'Start value' }).fill(String(start));
    await this.page.getByRole('spinbutton', { name: 'Target' }).fill(String(target));
  }

  async dates(start: string, due: string): Promise<void> {
    await this.page.getByLabel('Start date').fill(start);
    await this.page.getByLabel('Due date').fill(due);
  }

  async alignTo(search: string, title: string): Promise<void> {
    const box = this.page.getByRole('combobox', { name: /Aligned to/ });
    await box.fill(search);
    await this.page
      .getByRole('menuitemcheckbox', { name: new RegExp(title) })
      .first()
      .click();
    await this.page.keyboard.press('Escape');
  }

  async create(): Promise<void> {
    await this.page.getByRole('button', { name: 'Create goal' }).click();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save changes' }).click();
  }
}
