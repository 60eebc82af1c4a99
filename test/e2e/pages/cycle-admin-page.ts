import type { Locator, Page } from 'playwright-core';

/** A cycle's six dates (`YYYY-MM-DD`), in phase order. */
export interface CycleDates {
  selfStart: string;
  selfEnd: string;
  managerStart: string;
  managerEnd: string;
  release: string;
  acknowledgeBy: string;
}

/** What the "New cycle" form asks for. */
export interface NewCycle {
  name: string;
  periodId: string;
  /** Comma separated; empty for the whole tenant. */
  departments: string;
  dates: CycleDates;
}

const DATE_LABELS: [keyof CycleDates, string][] = [
  ['selfStart', 'Self review starts'],
  ['selfEnd', 'Self review ends'],
  ['managerStart', 'Manager review starts'],
  ['managerEnd', 'Manager review ends'],
  ['release', 'Release on'],
  ['acknowledgeBy', 'Acknowledge by'],
];

/** An admin's Reviews section: the "New cycle" form, the cycle list and one cycle's page. */
export class CycleAdminPage {
  constructor(private readonly page: Page) {}

  async create(cycle: NewCycle): Promise<void> {
    await this.page.getByRole('tab', { name: 'Reviews' }).click();
    const form = this.page.getByRole('form', { name: 'New cycle' });
    await form.getByLabel('Name', { exact: true }).fill(cycle.name);
    await form.getByLabel('Period id').fill(cycle.periodId);
    await form.getByLabel('Departments').fill(cycle.departments);
    await fillDates(form, cycle.dates);
    await form.getByRole('button', { name: 'Create cycle' }).click();
    await this.page.getByRole('list', { name: 'Cycles' }).getByText(cycle.name).waitFor();
  }

  /** From the Reviews section to the cycle's own page. */
  async goToCycle(name: string): Promise<void> {
    await this.page.getByRole('tab', { name: 'Reviews' }).click();
    await this.page.getByRole('list', { name: 'Cycles' }).getByRole('link', { name }).click();
    await this.page.getByRole('heading', { name, level: 1 }).waitFor();
  }

  /** Opens the draft cycle through its confirmation dialog; resolves with what the page says. */
  async openCycle(): Promise<string> {
    await this.page.getByRole('button', { name: 'Open cycle' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Yes, open the cycle' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const notice = this.page.getByText(/^Opened /);
    await notice.waitFor();
    return (await notice.textContent()) ?? '';
  }

  /** Moves the dates in the "Name and dates" form and saves them. */
  async moveDates(dates: CycleDates): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Name and dates' });
    await fillDates(form, dates);
    await form.getByRole('button', { name: 'Save changes' }).click();
    await this.page.getByText('Cycle saved.').waitFor();
  }

  /** The cells of a department's row in "Completion per department". */
  completionOf(department: string): Promise<string[]> {
    const table = this.page.getByRole('region', { name: 'Completion per department' });
    return rowCells(table, department);
  }

  /** The cells of a manager's row in the ratings table of one rating question. */
  ratingsOf(question: string, manager: string): Promise<string[]> {
    return rowCells(this.page.getByRole('table', { name: question }), manager);
  }
}

async function fillDates(form: Locator, dates: CycleDates): Promise<void> {
  for (const [key, label] of DATE_LABELS) await form.getByLabel(label).fill(dates[key]);
}

/** A table row's data cells, found by its row header. */
async function rowCells(table: Locator, header: string): Promise<string[]> {
  const row = table.getByRole('row').filter({
    has: table.page().getByRole('rowheader', { name: header, exact: true }),
  });
  await row.waitFor();
  return row.getByRole('cell').allTextContents();
}
