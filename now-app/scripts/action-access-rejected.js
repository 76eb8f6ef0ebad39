/*
 * Script step of the "Okta Access: Rejection note" action: the step, approver and comment of the rejection
 * of an access item (access-glide.ts → access.ts rejectionNote, unit-tested).
 */
;(function execute(inputs, outputs) {
  var access = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/access-glide.ts')
  outputs.note = access.rejectedNote(String(inputs.requested_item || ''), String(inputs.level || ''))
})(inputs, outputs)
