import type { FieldKey } from './form-errors';

/**
 * Focuses the control of a field (marked `data-field`) inside `container`: the chosen radio of
 * a group, else its first input. False when the field is not on screen.
 */
export function focusField(container: HTMLElement | null, key: FieldKey): boolean {
  const field = container?.querySelector(`[data-field="${key}"]`);
  const control =
    field?.querySelector<HTMLElement>('input:checked') ??
    field?.querySelector<HTMLElement>('input, textarea, button');
  if (!control) return false;
  control.focus();
  return true;
}
