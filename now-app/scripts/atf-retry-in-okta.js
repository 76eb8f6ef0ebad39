/*
 * ATF step: the impersonated help desk orders Account help for a login Okta does not know, then uses Retry in
 * Okta on the refused item; checks the retry is refused again with the same key and opens no second task.
 * The logic is in the server module atf-glide.ts (its checks in atf.ts, unit-tested); see atf.now.ts.
 */
;((stepResult) => {
  var atf = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/atf-glide.ts')
  return atf.report(stepResult, atf.retryRefused())
})(stepResult)
