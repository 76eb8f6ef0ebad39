/*
 * Script step of the "Okta Bridge: Track call" action. All logic is in the server module
 * (requests-glide.ts): it keeps the item's bridge call so a pending one is followed up and a failed one
 * can be retried with the same Idempotency-Key.
 */
;(function execute(inputs, outputs) {
  var requests = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/requests-glide.ts')
  requests.trackCall({
    requestedItem: String(inputs.requested_item || ''),
    flow: String(inputs.flow || ''),
    payload: String(inputs.payload || ''),
    ticket: String(inputs.ticket || ''),
    idempotencyKey: String(inputs.idempotency_key || ''),
    planHash: String(inputs.plan_hash || ''),
    status: String(inputs.status || ''),
    executionId: String(inputs.execution_id || ''),
    errorCode: String(inputs.error_code || ''),
  })
  outputs.tracked = true
})(inputs, outputs)
