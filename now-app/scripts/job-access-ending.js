/*
 * Scheduled job "Okta access: ending soon" (daily): grants ending in N days (property
 * x_okta_jml.access.ending_notice_days) fire x_okta_jml.access_ending (notify-glide.ts notifyAccessEnding).
 */
;(function run() {
  var notify = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/notify-glide.ts')
  var count = notify.notifyAccessEnding()
  gs.info('Okta access ending soon: ' + count + ' holder(s) notified')
})()
