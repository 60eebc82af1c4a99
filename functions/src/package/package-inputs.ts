import { z } from 'zod';

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST = new RegExp(`^(${LABEL}(?:\\.${LABEL})*)(?::(\\d{1,5}))?$`, 'i');
const MAX_HOST_NAME_LENGTH = 253;
const MAX_PORT = 65_535;

/**
 * True for a bare host: a DNS name with an optional port (`northstar.contoso.com`,
 * `localhost:7071`). No scheme, path, query, user info, wildcard or IP v6 literal: the
 * value is used as it stands in `validDomains`, in `https://<host>/` URLs and in the
 * `api://<host>/<client id>` resource, so anything else would make a broken manifest.
 */
export function isAppDomain(value: string): boolean {
  const match = HOST.exec(value);
  const [, hostName = '', port] = match ?? [];
  if (match === null || hostName.length > MAX_HOST_NAME_LENGTH) return false;
  return port === undefined || (Number(port) >= 1 && Number(port) <= MAX_PORT);
}

/** The public host of the tab, lower case (see {@link isAppDomain}). */
export const AppDomainSchema = z
  .string()
  .toLowerCase()
  .refine(
    isAppDomain,
    'must be a bare host name with an optional port, e.g. northstar.contoso.com',
  );

/** A GUID in 8-4-4-4-12 hex form, as the manifest schema requires for ids. */
export const GuidSchema = z.guid('must be a GUID (8-4-4-4-12 hex digits)');

/** The values filled into the manifest template's `${{...}}` placeholders. */
export const PackageInputsSchema = z.object({
  appId: GuidSchema,
  appDomain: AppDomainSchema,
  clientId: GuidSchema,
  /** The bot's app registration; without it the bot shares the Entra registration. */
  botId: GuidSchema.optional(),
});

/** Parsed {@link PackageInputsSchema}. */
export type PackageInputs = z.infer<typeof PackageInputsSchema>;
