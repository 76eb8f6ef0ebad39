import '@servicenow/sdk/global'
import { Alias, Record } from '@servicenow/sdk/core'
import { CONNECTION_ALIAS } from '../server/bridge/api.ts'

// ============================================================================
// Connection & Credential alias: how the instance reaches the bridge
// The base URL, the credential (an API Key credential holding the bridge
// client token, or an OAuth 2.0 credential with a client-credentials profile)
// and an optional MID Server live together in the alias's HTTP connection,
// edited under Connections & Credentials by someone with connection_admin —
// not in system properties any admin may edit, so nobody can point the
// credential at another host without also holding the credential. Scripts
// read it through sn_cc.ConnectionInfoProvider (glide.ts readConnection).
// No secret ships: the connection is installed without a credential; the
// admin creates one and selects it (README, "Install and configure").
// ============================================================================

/** The alias the app's scripts resolve (by its `id`, `x_okta_jml.<name with underscores>`). */
export const bridgeAlias = Alias({
  $id: Now.ID['alias_okta_jml_bridge'],
  name: CONNECTION_ALIAS.name,
  type: 'connection',
  connectionType: 'httpConnection',
  description:
    'The Okta JML bridge: its connection URL (https), credential (API Key = the bridge client token, or OAuth 2.0 client credentials) and optional MID Server.',
})

/**
 * The alias's HTTP connection, without URL or credential until the admin fills them in. Installed on first
 * install only, so an upgrade never overwrites the admin's URL, credential or MID Server.
 */
export const bridgeConnection = Record({
  $id: Now.ID['http_connection_okta_jml_bridge'],
  table: 'http_connection',
  data: {
    name: CONNECTION_ALIAS.connectionName,
    connection_alias: bridgeAlias,
    connection_url: '',
    use_mid: false,
    active: true,
  },
  $meta: { installMethod: 'first install' },
})
