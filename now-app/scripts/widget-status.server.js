/*
 * Server script of the Okta JML: Status widget (the app's home module): what stands between this install
 * and a working app — flows, subflows or actions still inactive (an update set or the application
 * repository installs them as drafts; only now-sdk install activates them), and the bridge alias (URL,
 * credential) or help-desk group not set.
 * All logic is in the server modules (setup-glide.ts → setup.ts, unit-tested). Admins only: the module and
 * the page are limited to x_okta_jml.admin, and nothing is read for anyone else.
 */
;(() => {
  data.allowed = gs.hasRole('x_okta_jml.admin')
  data.ready = false
  data.problems = []
  if (!data.allowed) return
  var setup = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/setup-glide.ts')
  var status = setup.setupStatus()
  data.ready = status.ready
  data.problems = status.problems
})()
