/**
 * True when the page was opened as the Outlook add-in's task pane: the manifest's runtime page
 * is `https://<APP_DOMAIN>/?host=outlook#/schedule`. Nothing else loads Office.js.
 */
export function isOutlookTaskPaneUrl(href: string): boolean {
  return URL.canParse(href) && new URL(href).searchParams.get('host') === 'outlook';
}
