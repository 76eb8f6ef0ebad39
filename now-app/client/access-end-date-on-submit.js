/**
 * Catalog client script (onSubmit) of Request access: refuses an end date that is not after today, that is
 * further ahead than the resource's maximum duration, or that is empty when the resource does not allow
 * permanent access. The limits come from the hidden variables the resource's onChange script fills. The
 * flow checks the same rules on the server (now-app/server/bridge/access.ts checkEndDate).
 */
function onSubmit() {
  var value = g_form.getValue('end_date')
  var permanent = g_form.getValue('resource_permanent') === 'true'
  var maxDays = parseInt(g_form.getValue('resource_max_days'), 10)
  g_form.hideFieldMsg('end_date', true)
  if (!value) {
    if (permanent) return true
    g_form.showFieldMsg(
      'end_date',
      'An end date is required: this resource does not allow permanent access.',
      'error',
    )
    return false
  }
  var picked = getDateFromFormat(value, g_user_date_format)
  var today = new Date()
  today.setHours(0, 0, 0, 0)
  var days = Math.round((picked - today.getTime()) / 86400000)
  if (!picked || days < 1) {
    g_form.showFieldMsg('end_date', 'The end date must be after today.', 'error')
    return false
  }
  if (maxDays > 0 && days > maxDays) {
    g_form.showFieldMsg(
      'end_date',
      'The end date must be at most ' + maxDays + ' days from today for this resource.',
      'error',
    )
    return false
  }
  return true
}
