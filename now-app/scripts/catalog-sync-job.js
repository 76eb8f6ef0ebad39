/*
 * Script of the scheduled job "Okta JML: sync the Okta catalog". All logic is in the server module
 * (catalog-glide.ts → catalog.ts, unit-tested): it reads the bridge's catalog and syncs the Okta resource
 * table; the outcome goes to the system log. The module path carries the package version:
 * test/now-app/build-output.test.ts fails if it no longer names a built sys_module.
 */
;(function syncOktaCatalogJob() {
  var catalog = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/catalog-glide.ts')
  catalog.syncOktaCatalog()
})()
