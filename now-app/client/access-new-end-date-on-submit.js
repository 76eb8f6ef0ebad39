/**
 * Catalog client script (onSubmit) of Extend access: refuses a new end date that is not after today. The
 * resource's maximum and the current end are checked by the flow on the server, before any approval
 * (now-app/server/bridge/access.ts buildExtendAccess), because the grant's limits are not on this form.
 */
function onSubmit() {
  var value = g_form.getValue('new_end_date')
  if (!value) return true
  var picked = getDateFromFormat(value, g_user_date_format)
  var today = new Date()
  today.setHours(0, 0, 0, 0)
  if (!picked || picked <= today.getTime()) {
    g_form.showFieldMsg('new_end_date', 'The new end date must be after today.', 'error')
    return false
  }
  return true
}
