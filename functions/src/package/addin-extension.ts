import { z } from 'zod';

const IconSchema = z.object({ size: z.number(), url: z.string() });

/** The parts of the manifest's Outlook add-in (`extensions`) the package build checks. */
const ExtensionsSchema = z.object({
  extensions: z
    .array(
      z.object({
        runtimes: z.array(z.object({ code: z.object({ page: z.string() }) })).default([]),
        ribbons: z
          .array(
            z.object({
              tabs: z.array(
                z.object({
                  groups: z
                    .array(
                      z.object({
                        icons: z.array(IconSchema).default([]),
                        controls: z.array(z.object({ icons: z.array(IconSchema).default([]) })),
                      }),
                    )
                    .default([]),
                }),
              ),
            }),
          )
          .default([]),
      }),
    )
    .default([]),
});

/** One ribbon icon the add-in names: its declared size and its path on the app's domain. */
export interface RibbonIcon {
  size: number;
  /** The URL's path without the leading `/`, e.g. `outlook/schedule-16.png`. */
  path: string;
}

/** What {@link inspectAddin} found. */
export interface AddinInspection {
  /** Ribbon icons served from the app's domain, each size and path once. */
  icons: RibbonIcon[];
  /** URLs that are not on `https://<appDomain>/`, and shape problems. */
  problems: string[];
}

/** The path of `url` (no leading `/`, no query) when it is on `https://<appDomain>/`. */
function pathOnDomain(url: string, appDomain: string): string | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' || parsed.host !== appDomain.toLowerCase()) return null;
  return parsed.pathname.replace(/^\/+/, '');
}

/**
 * Checks the manifest's Outlook add-in: every task pane page and every ribbon icon must be
 * served over HTTPS from the app's own domain (the tab's host serves both), and lists the icons
 * so their files can be checked. A manifest without `extensions` has nothing to check.
 */
export function inspectAddin(manifest: unknown, appDomain: string): AddinInspection {
  const parsed = ExtensionsSchema.safeParse(manifest);
  if (!parsed.success) {
    return { icons: [], problems: parsed.error.issues.map((i) => `extensions: ${i.message}`) };
  }
  const problems: string[] = [];
  const icons = new Map<string, RibbonIcon>();
  const extensions = parsed.data.extensions;
  for (const { code } of extensions.flatMap((e) => e.runtimes)) {
    if (pathOnDomain(code.page, appDomain) === null) {
      problems.push(`task pane page ${code.page} is not on https://${appDomain}/`);
    }
  }
  const groups = extensions.flatMap((e) =>
    e.ribbons.flatMap((r) => r.tabs.flatMap((t) => t.groups)),
  );
  for (const { size, url } of groups.flatMap((g) => [
    ...g.icons,
    ...g.controls.flatMap((c) => c.icons),
  ])) {
    const path = pathOnDomain(url, appDomain);
    if (path === null) problems.push(`ribbon icon ${url} is not on https://${appDomain}/`);
    else icons.set(`${String(size)} ${path}`, { size, path });
  }
  return { icons: [...icons.values()], problems };
}
