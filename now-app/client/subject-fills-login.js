/**
 * Catalog client script (onChange of "Person", in the Okta user variable set): proposes the person's
 * email as their Okta login, since Okta logins are email-shaped here. The help desk can still change it.
 * A login typed before any person was chosen is kept; once a person was chosen, choosing another one
 * replaces the login, because the login belongs to the previous person — kept, the request would act on
 * the previous person's Okta account (a Leaver would deactivate the wrong user).
 */
function onChange(control, oldValue, newValue, isLoading) {
  if (isLoading) return
  if (!newValue) {
    if (oldValue) g_form.clearValue('okta_login')
    return
  }
  var replace = !!oldValue
  g_form.getReference('subject', function (user) {
    if (!user || !user.email) {
      if (replace) g_form.clearValue('okta_login')
      return
    }
    if (replace || !g_form.getValue('okta_login')) g_form.setValue('okta_login', user.email)
  })
}
