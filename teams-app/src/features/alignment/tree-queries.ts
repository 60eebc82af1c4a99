import { screen } from '@testing-library/react';

/** The accessible name of a tree item (its title, which `aria-labelledby` points to). */
export const nameOf = (item: HTMLElement) =>
  document.getElementById(item.getAttribute('aria-labelledby') ?? '')?.textContent;

/** The names of the tree items on screen, top to bottom. */
export const items = () => screen.getAllByRole('treeitem').map((item) => nameOf(item));

/** The item a tree item sits under, or null at the top. */
export const parentOf = (item: HTMLElement) =>
  item.parentElement?.closest<HTMLElement>('[role="treeitem"]') ?? null;
