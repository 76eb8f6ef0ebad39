/*
 * ATF step: ends through the bridge the grants the test left active, so the next run starts alike.
 * The logic is in the server module atf-glide.ts (its checks in atf.ts, unit-tested); see atf.now.ts.
 */
;((stepResult) => {
  var atf = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/atf-glide.ts')
  return atf.report(stepResult, atf.endRequesterGrants())
})(stepResult)
