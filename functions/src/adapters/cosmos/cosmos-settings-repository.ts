import type { Container } from '@azure/cosmos';
import type { TenantSettings } from '@northstar/shared';
import type { SettingsRepository } from '../../ports/settings-repository.js';
import { withoutSystemProperties } from './cosmos-documents.js';
import { withCosmosErrors } from './cosmos-errors.js';

/** The id of the one settings document in each tenant's partition of `cycles`. */
export const SETTINGS_DOCUMENT_ID = 'settings';

/** The stored shape: the settings plus the document id and a type, as `cycles` holds others. */
interface SettingsDocument extends TenantSettings {
  id: typeof SETTINGS_DOCUMENT_ID;
  type: 'settings';
}

/** Tenant settings: one document per tenant in the `cycles` container (key `/tenantId`). */
export class CosmosSettingsRepository implements SettingsRepository {
  readonly #container: Container;

  constructor(container: Container) {
    this.#container = container;
  }

  async get(tenantId: string): Promise<TenantSettings | null> {
    const { resource } = await withCosmosErrors(`Settings of tenant ${tenantId}`, () =>
      this.#container.item(SETTINGS_DOCUMENT_ID, tenantId).read<SettingsDocument>(),
    );
    if (resource === undefined) return null;
    const settings: Partial<SettingsDocument> = withoutSystemProperties(resource);
    delete settings.id;
    delete settings.type;
    return settings as TenantSettings;
  }

  async put(settings: TenantSettings): Promise<TenantSettings> {
    const document: SettingsDocument = { ...settings, id: SETTINGS_DOCUMENT_ID, type: 'settings' };
    await withCosmosErrors(`Settings of tenant ${settings.tenantId}`, () =>
      this.#container.items.upsert(document),
    );
    return settings;
  }
}
