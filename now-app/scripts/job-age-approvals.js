/*
 * Scheduled job "Okta Bridge: age pending approvals": reminds approvers at half of
 * x_okta_jml.approval.max_pending_days and closes the item as incomplete past it. All logic is in the
 * server module (requests-glide.ts → requests.ts).
 */
;(function agePendingApprovals() {
  var requests = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/requests-glide.ts')
  var acted = requests.ageApprovals()
  if (acted > 0) gs.info('Okta bridge: ' + acted + ' pending approval(s) reminded or expired')
})()
