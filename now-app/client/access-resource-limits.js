/**
 * Catalog client script (onChange of "Okta group or app" on Request access): reads the chosen resource's
 * limits — maximum duration and whether permanent access is allowed — into the hidden variables the end
 * date checks use (an onSubmit script cannot wait for the server), makes the end date mandatory unless
 * permanent access is allowed, and tells the requester the limit. The flow checks the same rules again on
 * the server (now-app/server/bridge/access.ts), because client scripts can be bypassed.
 */
function onChange(control, oldValue, newValue, isLoading) {
  g_form.setValue('resource_max_days', '')
  g_form.setValue('resource_permanent', 'false')
  g_form.hideFieldMsg('end_date', true)
  g_form.setMandatory('end_date', true)
  if (!newValue) return
  g_form.getReference('resource', function (resource) {
    if (!resource) return
    var permanent = resource.permanent_allowed === 'true' || resource.permanent_allowed === '1'
    var maxDays = resource.max_duration_days ? String(resource.max_duration_days) : ''
    g_form.setValue('resource_max_days', maxDays)
    g_form.setValue('resource_permanent', permanent ? 'true' : 'false')
    g_form.setMandatory('end_date', !permanent)
    var limit = maxDays ? 'at most ' + maxDays + ' days from today' : 'any date after today'
    var text = permanent
      ? 'End date: ' + limit + ', or leave it empty for permanent access.'
      : 'End date required: ' + limit + '.'
    g_form.showFieldMsg('end_date', text, 'info')
  })
}
