/*
 * Server script of the "Approve Okta onboarding" UI action on incident. All logic is in the server module
 * (onboarding-glide.ts → onboarding.ts, unit-tested): it checks the incident, records the decision, calls
 * the bridge and shows the outcome as a form message. The module path carries the package version:
 * test/now-app/build-output.test.ts fails if it no longer names a built sys_module.
 */
;(function approveOktaOnboarding(current, action) {
  var onboarding = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/onboarding-glide.ts')
  onboarding.decideOnboarding(current, 'approved')
  action.setRedirectURL(current)
})(current, action)
