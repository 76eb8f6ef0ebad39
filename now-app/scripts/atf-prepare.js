/*
 * ATF step: the bridge is a sandbox bridge and the ATF properties are set; the Okta resources and birthright rules the tests use exist. Fails naming the properties to set.
 * The logic is in the server module atf-glide.ts (its checks in atf.ts, unit-tested); see atf.now.ts.
 */
;((stepResult) => {
  var atf = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/atf-glide.ts')
  return atf.report(stepResult, atf.prepare())
})(stepResult)
