/*
 * Script step of the "Okta Bridge: Build request" action: the requested item's variables → the bridge
 * call, its approver and the help-desk group (glide.ts → payload.ts, unit-tested).
 */
;(function execute(inputs, outputs) {
  var bridge = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/glide.ts')
  var result = bridge.buildItemRequest(String(inputs.requested_item || ''), String(inputs.kind || ''))
  for (var key in result) outputs[key] = result[key]
})(inputs, outputs)
