/// <reference types="office-js" />

/**
 * The part of the global `Office` namespace (Office.js) the Outlook task pane uses. The real
 * `Office` fits this shape; tests pass an `OfficeMockObject` from `office-addin-mock`.
 */
export interface OfficeApi {
  onReady(): Promise<{ host: Office.HostType | null; platform: Office.PlatformType | null }>;
  readonly HostType: { readonly Outlook: Office.HostType };
  readonly AsyncResultStatus: { readonly Failed: Office.AsyncResultStatus };
  readonly CoercionType: { readonly Html: Office.CoercionType };
  readonly context: {
    /**
     * Absent outside Outlook. `item` is whatever is open (a message, an appointment being read
     * or organized, or nothing), so callers check what it is before use.
     */
    readonly mailbox?: { readonly item?: unknown };
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
  readonly auth: { getAccessToken(options?: Office.AuthOptions): Promise<string> };
}

/** One Office.js callback result. */
export type OfficeResult<T> = Office.AsyncResult<T>;
