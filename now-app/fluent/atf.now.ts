import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

// ============================================================================
// ATF tests, for those who install on an instance. CI cannot run them (no
// instance); it runs the same logic as unit tests and against the bridge.
// ============================================================================

/** The shipped payload builder loads and builds valid requests on the instance. */
export const atfPayloadBuilder = Test(
  {
    $id: Now.ID['atf_payload_builder'],
    name: 'Okta JML: payload builder',
    description:
      'Runs the payload builder module on the instance (Jasmine): a joiner with birthright access, and refusal of bad variables.',
    active: true,
    failOnServerError: true,
  },
  (atf) => {
    atf.server.runServerSideScript({
      $id: Now.ID['atf_payload_builder_script'],
      script: Now.include('../scripts/atf-payload-builder.js'),
      jasmineVersion: '3.1',
    })
  },
)

/** The REST message reaches the configured bridge with the configured credential. */
export const atfRestMessage = Test(
  {
    $id: Now.ID['atf_rest_message'],
    name: 'Okta JML: REST message against the configured bridge',
    description:
      'Needs x_okta_jml.bridge.base_url and the authentication properties set. Asks the bridge for a dry-run plan for a user that cannot exist and expects its 404 user-not-found: reachable, authenticated, and the request understood. Nothing changes in Okta.',
    active: true,
    failOnServerError: true,
  },
  (atf) => {
    atf.server.runServerSideScript({
      $id: Now.ID['atf_rest_message_script'],
      script: Now.include('../scripts/atf-rest-message.js'),
    })
  },
)
