/*
 * Script step of the "Okta Access: Build request" action: an access item's variables → the bridge call, its
 * approvers, or the reason it is rejected (access-glide.ts → access.ts, unit-tested).
 */
;(function execute(inputs, outputs) {
  var access = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/access-glide.ts')
  var result = access.buildAccessRequest(String(inputs.requested_item || ''), String(inputs.kind || ''))
  for (var key in result) outputs[key] = result[key]
})(inputs, outputs)
