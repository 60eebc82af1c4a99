import type { Locator, Page } from 'playwright-core';

/** What one person writes in their section of a review. */
export interface SectionAnswers {
  /** Question text to the level picked, 1-5. */
  ratings: Record<string, number>;
  /** Question text to the words written. */
  texts: Record<string, string>;
}

/** The Reviews section's lists: my reviews and, for managers, my team's. */
export class ReviewsPage {
  constructor(private readonly page: Page) {}

  /** Opens my own review of a cycle. */
  async openMine(cycleName: string): Promise<void> {
    await this.page.getByRole('tab', { name: 'Reviews' }).click();
    const mine = this.page.getByRole('list', { name: 'My reviews' });
    await mine.getByRole('link', { name: `You — ${cycleName}` }).click();
    await this.page.getByRole('heading', { name: cycleName, level: 1 }).waitFor();
  }

  /** Opens a report's review in one cycle; resolves with the review page's address. */
  async openTeamReview(cycleName: string, person: string): Promise<string> {
    await this.page.getByRole('tab', { name: 'Reviews' }).click();
    const list = this.page.getByRole('list', { name: `My team's reviews in ${cycleName}` });
    await list.getByRole('link', { name: person, exact: true }).click();
    await this.page.getByRole('heading', { name: cycleName, level: 1 }).waitFor();
    return this.page.url();
  }
}

/** One review: the goals of the period, both sections and the actions the viewer may take. */
export class ReviewPage {
  constructor(private readonly page: Page) {}

  /** The list of the reviewee's goals of the period. */
  goals(): Locator {
    return this.page.getByRole('list', { name: /^Goals of / });
  }

  section(title: 'Self review' | 'Manager review'): Locator {
    return this.page.getByRole('region', { name: title });
  }

  async fill(title: 'Self review' | 'Manager review', answers: SectionAnswers): Promise<void> {
    const section = this.section(title);
    for (const [question, level] of Object.entries(answers.ratings)) {
      const group = section.getByRole('radiogroup', { name: question });
      await group.getByRole('radio', { name: new RegExp(`^${String(level)} – `) }).check();
    }
    for (const [question, text] of Object.entries(answers.texts)) {
      await section.getByRole('textbox', { name: question }).fill(text);
    }
  }

  async saveDraft(title: 'Self review' | 'Manager review'): Promise<void> {
    await this.section(title).getByRole('button', { name: 'Save draft' }).click();
    await this.page.getByText('Draft saved.').waitFor();
  }

  /** Submits the section after confirming in the dialog. */
  async submit(title: 'Self review' | 'Manager review'): Promise<void> {
    await this.section(title).getByRole('button', { name: 'Submit' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Submit this review?' });
    await dialog.getByRole('button', { name: 'Confirm submit' }).click();
    await this.page.getByText('Review submitted.').waitFor();
  }

  /** Takes an action below the review and waits for what the page says it did. */
  async act(action: 'Release' | 'Acknowledge', done: string): Promise<void> {
    await this.page.getByRole('button', { name: action, exact: true }).click();
    await this.page.getByText(done).waitFor();
  }

  status(): Locator {
    return this.page.getByText(/^Status: /);
  }
}
