/**
 * Catalog client script (onChange of "Email" on the New hire item): proposes the email as the Okta
 * login while the login is still empty, the usual convention; the help desk can still change it.
 */
function onChange(control, oldValue, newValue, isLoading) {
  if (isLoading || !newValue) return
  if (!g_form.getValue('okta_login')) g_form.setValue('okta_login', newValue)
}
