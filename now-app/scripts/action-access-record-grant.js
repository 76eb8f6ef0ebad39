/*
 * Script step of the "Okta Access: Record grant" action: the grant row from the bridge's answer, and the
 * closing note stating when the access ends (access-glide.ts → access.ts, unit-tested).
 */
;(function execute(inputs, outputs) {
  var access = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/access-glide.ts')
  outputs.close_note = access.recordGrant(
    String(inputs.requested_item || ''),
    String(inputs.kind || ''),
    String(inputs.output || ''),
  )
})(inputs, outputs)
