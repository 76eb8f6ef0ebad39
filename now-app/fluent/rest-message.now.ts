import '@servicenow/sdk/global'
import { RestMessage } from '@servicenow/sdk/core'
import { REST_MESSAGE_NAME } from '../server/bridge/api.ts'

// ============================================================================
// REST message: Okta JML Bridge
// One function per bridge flow, POST {base_url}/api/flo/{flow}/invoke, and
// two GET functions for the admin's setup (whoami for Test connection,
// catalog_resources for the catalog sync). The base URL, the body and the
// Idempotency-Key are substitution variables set by the Glide shell
// (now-app/server/bridge/glide.ts) from the Connection & Credential alias
// (connection.now.ts) and the requested item. No authentication is
// configured here: the shell applies the alias's credential (OAuth 2.0
// profile, or API key as the client-token header) and MID Server, so no
// secret or instance-specific sys_id is in the source. The message name comes from
// now-app/server/bridge/api.ts, which the shell calls it by; function names
// are literal (the build derives their sys_ids from them statically) and the
// contract test (test/now-app/contract.test.ts) checks them against api.ts
// and the bridge.
// ============================================================================

/** The bridge: one function per flow of the contract in shared/. */
export const oktaJmlBridge = RestMessage({
  $id: Now.ID['rest_message_okta_jml_bridge'],
  name: REST_MESSAGE_NAME,
  endpoint: '${base_url}',
  description:
    'Calls the Okta JML bridge (POST /api/flo/{flow}/invoke; GET /api/whoami and /api/catalog/resources for setup). Base URL, credential and MID Server from the Connection & Credential alias x_okta_jml.Okta_JML_Bridge.',
  authenticationType: 'noAuthentication',
  access: 'packagePrivate',
  headers: [
    { $id: Now.ID['rest_header_content_type'], name: 'Content-Type', value: 'application/json' },
    { $id: Now.ID['rest_header_accept'], name: 'Accept', value: 'application/json' },
  ],
  functions: [
    {
      name: 'joiner',
      httpMethod: 'POST',
      endpoint: '${base_url}/api/flo/joiner/invoke',
      content: '${payload}',
      headers: [
        {
          $id: Now.ID['rest_fn_joiner_idempotency_key'],
          name: 'Idempotency-Key',
          value: '${idempotency_key}',
        },
      ],
      queryParams: [
        { $id: Now.ID['rest_fn_joiner_dry_run'], name: 'dryRun', value: '${dry_run}', order: 100 },
      ],
      variables: [
        { $id: Now.ID['rest_fn_joiner_var_base_url'], name: 'base_url' },
        { $id: Now.ID['rest_fn_joiner_var_payload'], name: 'payload', escapeType: 'noEscaping' },
        { $id: Now.ID['rest_fn_joiner_var_dry_run'], name: 'dry_run' },
        { $id: Now.ID['rest_fn_joiner_var_idempotency_key'], name: 'idempotency_key' },
      ],
    },
    {
      name: 'mover',
      httpMethod: 'POST',
      endpoint: '${base_url}/api/flo/mover/invoke',
      content: '${payload}',
      headers: [
        {
          $id: Now.ID['rest_fn_mover_idempotency_key'],
          name: 'Idempotency-Key',
          value: '${idempotency_key}',
        },
      ],
      queryParams: [
        { $id: Now.ID['rest_fn_mover_dry_run'], name: 'dryRun', value: '${dry_run}', order: 100 },
      ],
      variables: [
        { $id: Now.ID['rest_fn_mover_var_base_url'], name: 'base_url' },
        { $id: Now.ID['rest_fn_mover_var_payload'], name: 'payload', escapeType: 'noEscaping' },
        { $id: Now.ID['rest_fn_mover_var_dry_run'], name: 'dry_run' },
        { $id: Now.ID['rest_fn_mover_var_idempotency_key'], name: 'idempotency_key' },
      ],
    },
    {
      name: 'leaver',
      httpMethod: 'POST',
      endpoint: '${base_url}/api/flo/leaver/invoke',
      content: '${payload}',
      headers: [
        {
          $id: Now.ID['rest_fn_leaver_idempotency_key'],
          name: 'Idempotency-Key',
          value: '${idempotency_key}',
        },
      ],
      queryParams: [
        { $id: Now.ID['rest_fn_leaver_dry_run'], name: 'dryRun', value: '${dry_run}', order: 100 },
      ],
      variables: [
        { $id: Now.ID['rest_fn_leaver_var_base_url'], name: 'base_url' },
        { $id: Now.ID['rest_fn_leaver_var_payload'], name: 'payload', escapeType: 'noEscaping' },
        { $id: Now.ID['rest_fn_leaver_var_dry_run'], name: 'dry_run' },
        { $id: Now.ID['rest_fn_leaver_var_idempotency_key'], name: 'idempotency_key' },
      ],
    },
    {
      name: 'rehire',
      httpMethod: 'POST',
      endpoint: '${base_url}/api/flo/rehire/invoke',
      content: '${payload}',
      headers: [
        {
          $id: Now.ID['rest_fn_rehire_idempotency_key'],
          name: 'Idempotency-Key',
          value: '${idempotency_key}',
        },
      ],
      queryParams: [
        { $id: Now.ID['rest_fn_rehire_dry_run'], name: 'dryRun', value: '${dry_run}', order: 100 },
      ],
      variables: [
        { $id: Now.ID['rest_fn_rehire_var_base_url'], name: 'base_url' },
        { $id: Now.ID['rest_fn_rehire_var_payload'], name: 'payload', escapeType: 'noEscaping' },
        { $id: Now.ID['rest_fn_rehire_var_dry_run'], name: 'dry_run' },
        { $id: Now.ID['rest_fn_rehire_var_idempotency_key'], name: 'idempotency_key' },
      ],
    },
    {
      name: 'reset_password',
      httpMethod: 'POST',
      endpoint: '${base_url}/api/flo/reset-password/invoke',
      content: '${payload}',
      headers: [
        {
          $id: Now.ID['rest_fn_reset_password_idempotency_key'],
          name: 'Idempotency-Key',
          value: '${idempotency_key}',
        },
      ],
      queryParams: [
        { $id: Now.ID['rest_fn_reset_password_dry_run'], name: 'dryRun', value: '${dry_run}', order: 100 },
      ],
      variables: [
        { $id: Now.ID['rest_fn_reset_password_var_base_url'], name: 'base_url' },
        { $id: Now.ID['rest_fn_reset_password_var_payload'], name: 'payload', escapeType: 'noEscaping' },
        { $id: Now.ID['rest_fn_reset_password_var_dry_run'], name: 'dry_run' },
        { $id: Now.ID['rest_fn_reset_password_var_idempotency_key'], name: 'idempotency_key' },
      ],
    },
    {
      name: 'unlock',
      httpMethod: 'POST',
      endpoint: '${base_url}/api/flo/unlock/invoke',
      content: '${payload}',
      headers: [
        {
          $id: Now.ID['rest_fn_unlock_idempotency_key'],
          name: 'Idempotency-Key',
          value: '${idempotency_key}',
        },
      ],
      queryParams: [
        { $id: Now.ID['rest_fn_unlock_dry_run'], name: 'dryRun', value: '${dry_run}', order: 100 },
      ],
      variables: [
        { $id: Now.ID['rest_fn_unlock_var_base_url'], name: 'base_url' },
        { $id: Now.ID['rest_fn_unlock_var_payload'], name: 'payload', escapeType: 'noEscaping' },
        { $id: Now.ID['rest_fn_unlock_var_dry_run'], name: 'dry_run' },
        { $id: Now.ID['rest_fn_unlock_var_idempotency_key'], name: 'idempotency_key' },
      ],
    },
    {
      name: 'revoke_sessions',
      httpMethod: 'POST',
      endpoint: '${base_url}/api/flo/revoke-sessions/invoke',
      content: '${payload}',
      headers: [
        {
          $id: Now.ID['rest_fn_revoke_sessions_idempotency_key'],
          name: 'Idempotency-Key',
          value: '${idempotency_key}',
        },
      ],
      queryParams: [
        { $id: Now.ID['rest_fn_revoke_sessions_dry_run'], name: 'dryRun', value: '${dry_run}', order: 100 },
      ],
      variables: [
        { $id: Now.ID['rest_fn_revoke_sessions_var_base_url'], name: 'base_url' },
        { $id: Now.ID['rest_fn_revoke_sessions_var_payload'], name: 'payload', escapeType: 'noEscaping' },
        { $id: Now.ID['rest_fn_revoke_sessions_var_dry_run'], name: 'dry_run' },
        { $id: Now.ID['rest_fn_revoke_sessions_var_idempotency_key'], name: 'idempotency_key' },
      ],
    },
    {
      name: 'grant_access',
      httpMethod: 'POST',
      endpoint: '${base_url}/api/flo/grant-access/invoke',
      content: '${payload}',
      headers: [
        {
          $id: Now.ID['rest_fn_grant_access_idempotency_key'],
          name: 'Idempotency-Key',
          value: '${idempotency_key}',
        },
      ],
      queryParams: [
        { $id: Now.ID['rest_fn_grant_access_dry_run'], name: 'dryRun', value: '${dry_run}', order: 100 },
      ],
      variables: [
        { $id: Now.ID['rest_fn_grant_access_var_base_url'], name: 'base_url' },
        { $id: Now.ID['rest_fn_grant_access_var_payload'], name: 'payload', escapeType: 'noEscaping' },
        { $id: Now.ID['rest_fn_grant_access_var_dry_run'], name: 'dry_run' },
        { $id: Now.ID['rest_fn_grant_access_var_idempotency_key'], name: 'idempotency_key' },
      ],
    },
    {
      name: 'revoke_access',
      httpMethod: 'POST',
      endpoint: '${base_url}/api/flo/revoke-access/invoke',
      content: '${payload}',
      headers: [
        {
          $id: Now.ID['rest_fn_revoke_access_idempotency_key'],
          name: 'Idempotency-Key',
          value: '${idempotency_key}',
        },
      ],
      queryParams: [
        { $id: Now.ID['rest_fn_revoke_access_dry_run'], name: 'dryRun', value: '${dry_run}', order: 100 },
      ],
      variables: [
        { $id: Now.ID['rest_fn_revoke_access_var_base_url'], name: 'base_url' },
        { $id: Now.ID['rest_fn_revoke_access_var_payload'], name: 'payload', escapeType: 'noEscaping' },
        { $id: Now.ID['rest_fn_revoke_access_var_dry_run'], name: 'dry_run' },
        { $id: Now.ID['rest_fn_revoke_access_var_idempotency_key'], name: 'idempotency_key' },
      ],
    },
    {
      name: 'extend_access',
      httpMethod: 'POST',
      endpoint: '${base_url}/api/flo/extend-access/invoke',
      content: '${payload}',
      headers: [
        {
          $id: Now.ID['rest_fn_extend_access_idempotency_key'],
          name: 'Idempotency-Key',
          value: '${idempotency_key}',
        },
      ],
      queryParams: [
        { $id: Now.ID['rest_fn_extend_access_dry_run'], name: 'dryRun', value: '${dry_run}', order: 100 },
      ],
      variables: [
        { $id: Now.ID['rest_fn_extend_access_var_base_url'], name: 'base_url' },
        { $id: Now.ID['rest_fn_extend_access_var_payload'], name: 'payload', escapeType: 'noEscaping' },
        { $id: Now.ID['rest_fn_extend_access_var_dry_run'], name: 'dry_run' },
        { $id: Now.ID['rest_fn_extend_access_var_idempotency_key'], name: 'idempotency_key' },
      ],
    },
    {
      name: 'onboarding_decision',
      httpMethod: 'POST',
      endpoint: '${base_url}/api/flo/onboarding-decision/invoke',
      content: '${payload}',
      headers: [
        {
          $id: Now.ID['rest_fn_onboarding_decision_idempotency_key'],
          name: 'Idempotency-Key',
          value: '${idempotency_key}',
        },
      ],
      queryParams: [
        {
          $id: Now.ID['rest_fn_onboarding_decision_dry_run'],
          name: 'dryRun',
          value: '${dry_run}',
          order: 100,
        },
      ],
      variables: [
        { $id: Now.ID['rest_fn_onboarding_decision_var_base_url'], name: 'base_url' },
        { $id: Now.ID['rest_fn_onboarding_decision_var_payload'], name: 'payload', escapeType: 'noEscaping' },
        { $id: Now.ID['rest_fn_onboarding_decision_var_dry_run'], name: 'dry_run' },
        { $id: Now.ID['rest_fn_onboarding_decision_var_idempotency_key'], name: 'idempotency_key' },
      ],
    },
    // The setup endpoints: GET, no body, no dry run. Test connection (whoami) and the Okta catalog sync.
    {
      name: 'whoami',
      httpMethod: 'GET',
      endpoint: '${base_url}/api/whoami',
      variables: [{ $id: Now.ID['rest_fn_whoami_var_base_url'], name: 'base_url' }],
    },
    {
      name: 'catalog_resources',
      httpMethod: 'GET',
      endpoint: '${base_url}/api/catalog/resources',
      variables: [{ $id: Now.ID['rest_fn_catalog_resources_var_base_url'], name: 'base_url' }],
    },
  ],
})
