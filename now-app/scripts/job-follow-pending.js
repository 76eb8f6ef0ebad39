/*
 * Scheduled job "Okta Bridge: follow pending executions": reads the outcome of every bridge execution an
 * item is waiting for, and escalates to the help desk past x_okta_jml.bridge.pending_timeout_minutes.
 * All logic is in the server module (requests-glide.ts → requests.ts).
 */
;(function followPendingExecutions() {
  var requests = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/requests-glide.ts')
  var followed = requests.followPendingCalls()
  if (followed > 0) gs.info('Okta bridge: ' + followed + ' pending execution(s) settled')
})()
