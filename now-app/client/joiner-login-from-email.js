/**
 * Catalog client script (onChange of "Email" on the New hire item): proposes the email as the Okta
 * login while the login is still empty, the usual convention; the help desk can still change it. A login
 * still equal to the previous email was proposed from it, so a corrected email corrects the login too.
 */
function onChange(control, oldValue, newValue, isLoading) {
  if (isLoading || !newValue) return
  var login = g_form.getValue('okta_login')
  if (!login || login === oldValue) g_form.setValue('okta_login', newValue)
}
