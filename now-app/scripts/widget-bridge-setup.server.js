/*
 * Server script of the Okta bridge setup widget: the ordered setup steps, the first checked against the
 * Connection & Credential alias (glide.ts bridgeSetupSteps → connection.ts setupSteps, unit-tested), and
 * Test connection when the admin presses the button (input.action "test" → glide.ts testBridgeConnection:
 * GET /api/whoami through the alias, answered in plain words), and the Okta catalog sync when the admin
 * presses Sync now (input.action "sync" → catalog-glide.ts syncOktaCatalog, the scheduled job's function).
 * App admins only: both use the integration's credential, and the page describes it.
 */
;(() => {
  data.allowed = gs.hasRole('x_okta_jml.admin')
  data.steps = []
  if (!data.allowed) return
  var bridge = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/glide.ts')
  if (input && input.action === 'test') data.test = bridge.testBridgeConnection()
  if (input && input.action === 'sync')
    data.sync =
      require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/catalog-glide.ts').syncOktaCatalog()
  data.steps = bridge.bridgeSetupSteps()
})()
