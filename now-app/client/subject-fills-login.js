/**
 * Catalog client script (onChange of "Person", in the Okta user variable set): proposes the person's
 * email as their Okta login, since Okta logins are email-shaped here. The help desk can still change it.
 */
function onChange(control, oldValue, newValue, isLoading) {
  if (isLoading || !newValue) return
  g_form.getReference('subject', function (user) {
    if (user && user.email && !g_form.getValue('okta_login')) g_form.setValue('okta_login', user.email)
  })
}
