/*
 * "Reject Okta onboarding" UI action on incident: client and server in one script, the platform's pattern
 * for a button that checks the form first. In the browser, rejectOktaOnboarding() requires a reason in
 * Work notes and resubmits the form under the action name; on the server (no window), the module checks
 * the reason again — a client check can be bypassed — records the decision and calls the bridge.
 */
function rejectOktaOnboarding() {
  if (!g_form.getValue('work_notes')) {
    g_form.setMandatory('work_notes', true)
    g_form.showFieldMsg('work_notes', 'Enter the reason for the rejection, then click Reject again.', 'error')
    return false
  }
  gsftSubmit(null, g_form.getFormElement(), 'x_okta_jml_reject_onboarding')
  return true
}

if (typeof window === 'undefined') {
  ;(function rejectOktaOnboardingOnServer(current, action) {
    var onboarding = require('x_okta_jml/okta-jml-bridge/0.1.0/now-app/server/bridge/onboarding-glide.ts')
    onboarding.decideOnboarding(current, 'rejected')
    action.setRedirectURL(current)
  })(current, action)
}
