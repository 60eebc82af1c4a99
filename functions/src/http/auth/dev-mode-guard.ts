/** The environment facts that decide whether dev sign-in may run. */
export interface DevModeEnvironment {
  /** `WEBSITE_INSTANCE_ID`, set by Azure App Service and Azure Functions on every instance. */
  websiteInstanceId?: string;
  /** `COSMOS_ENDPOINT`, when a Cosmos store is configured. */
  cosmosEndpoint?: string;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function isSet(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

function isLocalEndpoint(endpoint: string): boolean {
  try {
    return LOCAL_HOSTS.has(new URL(endpoint).hostname.toLowerCase());
  } catch {
    return false;
  }
}

/**
 * Refuses dev sign-in (fake tokens for demo people) anywhere it could expose real data: inside
 * Azure (`WEBSITE_INSTANCE_ID` set) or with a Cosmos endpoint not on this machine (host other than
 * localhost, 127.0.0.1 or ::1). Throws an `Error` saying why; empty values count as unset.
 */
export function assertDevModeAllowed(env: DevModeEnvironment): void {
  if (isSet(env.websiteInstanceId)) {
    throw new Error(
      'AUTH_MODE=dev refused: WEBSITE_INSTANCE_ID is set, so this process runs in Azure; use AUTH_MODE=entra',
    );
  }
  if (isSet(env.cosmosEndpoint) && !isLocalEndpoint(env.cosmosEndpoint)) {
    throw new Error(
      'AUTH_MODE=dev refused: COSMOS_ENDPOINT is not on this machine (localhost, 127.0.0.1 or ::1); use AUTH_MODE=entra',
    );
  }
}
