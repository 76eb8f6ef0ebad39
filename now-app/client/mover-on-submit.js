/**
 * Catalog client script (onSubmit) of the mover item: refuses a effective date in the past before the
 * request is submitted. The flow checks the same rule on the server (the payload builder), because client
 * scripts do not run for items ordered through the API or a script.
 */
function onSubmit() {
  var value = g_form.getValue('effective_date')
  if (!value) return true
  var picked = getDateFromFormat(value, g_user_date_format)
  var today = new Date()
  today.setHours(0, 0, 0, 0)
  if (picked && picked < today.getTime()) {
    g_form.showFieldMsg('effective_date', 'The effective date cannot be in the past.', 'error')
    return false
  }
  return true
}
