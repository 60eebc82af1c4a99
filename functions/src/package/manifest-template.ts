import { AppPackageError } from './app-package-error.js';

const PLACEHOLDER = /\$\{\{([A-Z][A-Z0-9_]*)\}\}/g;

function fillString(
  text: string,
  values: Readonly<Record<string, string>>,
  missing: Set<string>,
): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) {
      missing.add(name);
      return whole;
    }
    return value;
  });
}

function fillValue(
  node: unknown,
  values: Readonly<Record<string, string>>,
  missing: Set<string>,
): unknown {
  if (typeof node === 'string') return fillString(node, values, missing);
  if (Array.isArray(node)) return node.map((item) => fillValue(item, values, missing));
  if (typeof node === 'object' && node !== null) {
    return Object.fromEntries(
      Object.entries(node).map(([key, item]) => [key, fillValue(item, values, missing)]),
    );
  }
  return node;
}

/**
 * Replaces every `${{NAME}}` inside the string values of a parsed JSON template. Works on
 * parsed values rather than the raw text so no value can break the JSON around it. Throws
 * an {@link AppPackageError} naming any placeholder without a value, and any `${{` left over.
 */
export function fillPlaceholders(
  template: unknown,
  values: Readonly<Record<string, string>>,
): unknown {
  const missing = new Set<string>();
  const filled = fillValue(template, values, missing);
  if (missing.size > 0) {
    throw new AppPackageError('manifest template has placeholders without a value', [
      ...[...missing].map((name) => `\${{${name}}}`),
    ]);
  }
  if (JSON.stringify(filled).includes('${{')) {
    throw new AppPackageError('manifest template has a malformed placeholder', [
      'a "${{" is left after filling; placeholders look like ${{UPPER_CASE_NAME}}',
    ]);
  }
  return filled;
}
