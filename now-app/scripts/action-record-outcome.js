/*
 * Script step of the "Okta Bridge: Record outcome" action: the work note and the golden thread rows of an
 * invocation on the requested item (glide.ts → format.ts, unit-tested).
 */
;(function execute(inputs, outputs) {
  var bridge = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/glide.ts')
  bridge.recordOutcome(String(inputs.requested_item || ''), {
    flow: String(inputs.flow || ''),
    status: String(inputs.status || ''),
    execution_id: String(inputs.execution_id || ''),
    output: String(inputs.output || ''),
    error: String(inputs.error || ''),
    error_code: String(inputs.error_code || ''),
    plan_text: String(inputs.plan_text || ''),
  })
  outputs.recorded = true
})(inputs, outputs)
