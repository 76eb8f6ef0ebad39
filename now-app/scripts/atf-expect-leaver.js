/*
 * ATF step: Leaver is closed complete, with the work note and golden thread rows carrying Okta request ids.
 * The logic is in the server module atf-glide.ts (its checks in atf.ts, unit-tested); see atf.now.ts.
 */
;((stepResult) => {
  var atf = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/atf-glide.ts')
  return atf.report(stepResult, atf.expectLeaver())
})(stepResult)
