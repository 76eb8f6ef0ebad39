/**
 * Catalog client script (onSubmit) of the joiner item: refuses a start date in the past before the
 * request is submitted. The flow checks the same rule on the server (the payload builder), because client
 * scripts do not run for items ordered through the API or a script.
 */
function onSubmit() {
  var value = g_form.getValue('start_date')
  if (!value) return true
  var picked = getDateFromFormat(value, g_user_date_format)
  var today = new Date()
  today.setHours(0, 0, 0, 0)
  if (picked && picked < today.getTime()) {
    g_form.showFieldMsg('start_date', 'The start date cannot be in the past.', 'error')
    return false
  }
  return true
}
