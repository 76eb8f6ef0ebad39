import '@servicenow/sdk/global'
import { ScheduledScript } from '@servicenow/sdk/core'

// ============================================================================
// Okta catalog sync
// Every night the Okta groups and apps the bridge may manage (GET
// /api/catalog/resources) are synced into the Okta resource table: new ones
// inserted, names, descriptions and request rules updated, removed ones marked
// inactive (never deleted: grants and birthright rules point at them). An admin
// runs it on demand with "Execute Now", or through syncOktaCatalog() in
// now-app/server/bridge/catalog-glide.ts. Nobody types an Okta id.
// ============================================================================

/** The nightly sync of the Okta catalog. */
export const oktaCatalogSync = ScheduledScript({
  $id: Now.ID['scheduled_okta_catalog_sync'],
  name: 'Okta JML: sync the Okta catalog',
  script: Now.include('../scripts/catalog-sync-job.js'),
  active: true,
  frequency: 'daily',
  executionTime: { hours: 2, minutes: 15 },
  timeZone: 'floating',
  // Fixed, so the build output does not change with the time of the build.
  executionStart: '2026-01-01 00:00:00',
})
