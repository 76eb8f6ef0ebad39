import '@servicenow/sdk/global'
import { Property, Record, Test } from '@servicenow/sdk/core'
import { ATF } from '../server/bridge/atf.ts'
import { ONBOARDING } from '../server/bridge/onboarding.ts'
import { admin, helpDesk, onboardingApprover } from './roles.now'

// ============================================================================
// ATF tests, for those who install on an instance; CI cannot run them (no
// instance) and runs the same logic as unit tests, against the bridge, and in
// the instance stand-in. One test per catalog item and per UI action, and one
// negative test per family (JML items, access items, onboarding actions),
// against a bridge in sandbox mode (README "ATF suite"): each test orders or
// clicks what a person would, as that person (impersonated), lets the flow
// run, approves as the approver would, and checks what the requester sees.
//
// Server-side steps do the ordering (sn_sc.CartJS, as the catalog does; SDK
// 4.9 has no server-side "order catalog item" step) and the checks; form steps
// are used only to click the onboarding UI actions, whose Reject half runs in
// the browser. Every server step is one call of the server module
// now-app/server/bridge/atf-glide.ts. Steps meet through fixed names (ATF in
// atf.ts), not sys_ids; ATF rolls back the records each test creates, and the
// tests end in Okta what they granted, so the suite can run again.
// A step that waits for a flow may run 3 minutes: the module's own wait (ATF.waitSeconds), and some room.
// ============================================================================

// Step inputs take plain constants: the build reads a property access there as another step's output.
const DEPARTMENT_FROM = ATF.departments.from
const DEPARTMENT_TO = ATF.departments.to
const MANAGER = ATF.users.manager
const REQUESTER = ATF.users.requester
const SUBJECT = ATF.users.subject
const APPROVER = ATF.users.approver
const REQUESTER_EMAIL = ATF.requesterEmail
const REJECTION_REASON = ATF.rejectionReason
const ONBOARDING_DESCRIPTION = ATF.onboardingDescription
const ONBOARDING_USER_ID = ATF.onboardingUserId

/**
 * The stock itil role (the same sys_id on every instance): the app grants no incident access of its own, so
 * a business owner deciding onboardings must also be able to open and update incidents.
 */
const ITIL = '282bf1fac6112285017366cb5f867469'

/** The onboarding incident the UI action tests click on, as the bridge writes one (category, description). */
const ONBOARDING_INCIDENT = {
  short_description: 'ATF: Okta onboarding approval',
  category: ONBOARDING.category,
  subcategory: ONBOARDING.subcategory,
  state: '1',
  correlation_id: `${ONBOARDING.correlationPrefix}${ONBOARDING_USER_ID}`,
  description: ONBOARDING_DESCRIPTION,
}

// ---------------------------------------------------------------- Properties and suite

/** The sandbox group the tests grant and birthright rules name (the banner's Engineering id). */
export const atfGroupIdProperty = Property({
  $id: Now.ID['property_atf_okta_group_id'],
  name: ATF.groupIdProperty,
  type: 'string',
  value: '',
  description:
    'ATF suite only: the Okta id (00g…) of a group of the sandbox bridge (its banner lists them; use Engineering). Empty: the suite fails at its first step saying so.',
  roles: { read: [admin], write: [admin] },
})

/** The sandbox app the mover test assigns (the banner's Slack id). */
export const atfAppIdProperty = Property({
  $id: Now.ID['property_atf_okta_app_id'],
  name: ATF.appIdProperty,
  type: 'string',
  value: '',
  description:
    'ATF suite only: the Okta id (0oa…) of an app of the sandbox bridge (its banner lists them; use Slack). Empty: the suite fails at its first step saying so.',
  roles: { read: [admin], write: [admin] },
})

/** The suite to run after installing: every test below. */
export const atfSuite = Record({
  $id: Now.ID['atf_suite_okta_jml'],
  table: 'sys_atf_test_suite',
  data: {
    name: 'Okta JML',
    description:
      'Every Okta JML ATF test: each catalog item and onboarding UI action end to end against a bridge in sandbox mode, and their refusals. See the README section "ATF suite".',
    active: true,
  },
})

/**
 * The suite's members, in the order they run (the module tests first: they need no sandbox data); one record
 * per test, as the Fluent compiler needs literal Now.ID keys.
 */
export const atfSuiteMembers = [
  Record({
    $id: Now.ID['atf_suite_member_payload_builder'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: Now.ref('sys_atf_test', 'atf_payload_builder'), order: 100 },
  }),
  Record({
    $id: Now.ID['atf_suite_member_rest_message'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: Now.ref('sys_atf_test', 'atf_rest_message'), order: 200 },
  }),
  Record({
    $id: Now.ID['atf_suite_member_joiner'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: Now.ref('sys_atf_test', 'atf_joiner'), order: 300 },
  }),
  Record({
    $id: Now.ID['atf_suite_member_mover'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: Now.ref('sys_atf_test', 'atf_mover'), order: 400 },
  }),
  Record({
    $id: Now.ID['atf_suite_member_leaver'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: Now.ref('sys_atf_test', 'atf_leaver'), order: 500 },
  }),
  Record({
    $id: Now.ID['atf_suite_member_account_help'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: Now.ref('sys_atf_test', 'atf_account_help'), order: 600 },
  }),
  Record({
    $id: Now.ID['atf_suite_member_leaver_refused'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: Now.ref('sys_atf_test', 'atf_leaver_refused'), order: 700 },
  }),
  Record({
    $id: Now.ID['atf_suite_member_request_access'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: Now.ref('sys_atf_test', 'atf_request_access'), order: 800 },
  }),
  Record({
    $id: Now.ID['atf_suite_member_end_access'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: Now.ref('sys_atf_test', 'atf_end_access'), order: 900 },
  }),
  Record({
    $id: Now.ID['atf_suite_member_extend_access'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: Now.ref('sys_atf_test', 'atf_extend_access'), order: 1000 },
  }),
  Record({
    $id: Now.ID['atf_suite_member_request_refused'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: Now.ref('sys_atf_test', 'atf_request_refused'), order: 1100 },
  }),
  Record({
    $id: Now.ID['atf_suite_member_approve_onboarding'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: Now.ref('sys_atf_test', 'atf_approve_onboarding'), order: 1200 },
  }),
  Record({
    $id: Now.ID['atf_suite_member_reject_onboarding'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: Now.ref('sys_atf_test', 'atf_reject_onboarding'), order: 1300 },
  }),
  Record({
    $id: Now.ID['atf_suite_member_reject_without_reason'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: Now.ref('sys_atf_test', 'atf_reject_without_reason'), order: 1400 },
  }),
  Record({
    $id: Now.ID['atf_suite_member_retry_in_okta'],
    table: 'sys_atf_test_suite_test',
    data: { test_suite: atfSuite, test: Now.ref('sys_atf_test', 'atf_retry_in_okta'), order: 2000 },
  }),
]

// ---------------------------------------------------------------- Server modules

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
      'Needs the Connection & Credential alias x_okta_jml.Okta_JML_Bridge configured (connection URL and credential). Asks the bridge for a dry-run plan for a user that cannot exist and expects its 404 user-not-found: reachable, authenticated, and the request understood. Nothing changes in Okta.',
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

// ---------------------------------------------------------------- JML items

/** New hire (Joiner), ordered by the help desk and approved by the manager, creates the Okta user. */
export const atfJoiner = Test(
  {
    $id: Now.ID['atf_joiner'],
    name: 'Okta JML ATF: New hire (Joiner)',
    description:
      'A help-desk user orders New hire (Joiner) for a new login in a test department whose birthright rule names the sandbox group; the manager approves the plan; the item must end Closed Complete with the bridge execution work note and golden thread rows carrying Okta request ids.',
    active: true,
    failOnServerError: true,
  },
  (atf) => {
    atf.server.recordInsert({
      $id: Now.ID['atf_joiner_department'],
      table: 'cmn_department',
      fieldValues: { name: DEPARTMENT_FROM },
    })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_joiner_prepare'],
      script: Now.include('../scripts/atf-prepare.js'),
    })
    const manager = atf.server.createUser({
      $id: Now.ID['atf_joiner_manager'],
      firstName: 'ATF',
      lastName: 'Manager',
      fieldValues: { user_name: MANAGER },
      impersonate: false,
    })
    atf.server.createUser({
      $id: Now.ID['atf_joiner_requester'],
      firstName: 'ATF',
      lastName: 'Help desk',
      fieldValues: { user_name: REQUESTER },
      roles: [helpDesk],
      impersonate: true,
    })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_joiner_order'],
      script: Now.include('../scripts/atf-order-joiner.js'),
    })
    atf.server.impersonate({ $id: Now.ID['atf_joiner_as_manager'], user: manager.user })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_joiner_approve'],
      script: Now.include('../scripts/atf-approve.js'),
      timeout: { minutes: 3 },
    })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_joiner_expect'],
      script: Now.include('../scripts/atf-expect-joiner.js'),
      timeout: { minutes: 3 },
    })
  },
)

/** Role change (Mover): the group of the old department goes, the app of the new one comes. */
export const atfMover = Test(
  {
    $id: Now.ID['atf_mover'],
    name: 'Okta JML ATF: Role change (Mover)',
    description:
      'An Okta user holding the sandbox group (the birthright of the first test department) is moved by the help desk to the second test department, whose rule names the sandbox app; the subject’s manager approves; the item must end Closed Complete with the work note and golden thread rows carrying Okta request ids.',
    active: true,
    failOnServerError: true,
  },
  (atf) => {
    const from = atf.server.recordInsert({
      $id: Now.ID['atf_mover_department_from'],
      table: 'cmn_department',
      fieldValues: { name: DEPARTMENT_FROM },
    })
    atf.server.recordInsert({
      $id: Now.ID['atf_mover_department_to'],
      table: 'cmn_department',
      fieldValues: { name: DEPARTMENT_TO },
    })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_mover_prepare'],
      script: Now.include('../scripts/atf-prepare.js'),
    })
    const manager = atf.server.createUser({
      $id: Now.ID['atf_mover_manager'],
      firstName: 'ATF',
      lastName: 'Manager',
      fieldValues: { user_name: MANAGER },
      impersonate: false,
    })
    atf.server.createUser({
      $id: Now.ID['atf_mover_subject'],
      firstName: 'ATF',
      lastName: 'Subject',
      fieldValues: { user_name: SUBJECT, manager: manager.user, department: from.record_id },
      impersonate: false,
    })
    const requester = atf.server.createUser({
      $id: Now.ID['atf_mover_requester'],
      firstName: 'ATF',
      lastName: 'Help desk',
      fieldValues: { user_name: REQUESTER },
      roles: [helpDesk],
      impersonate: false,
    })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_mover_arrange'],
      script: Now.include('../scripts/atf-arrange.js'),
    })
    atf.server.impersonate({ $id: Now.ID['atf_mover_as_requester'], user: requester.user })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_mover_order'],
      script: Now.include('../scripts/atf-order-mover.js'),
    })
    atf.server.impersonate({ $id: Now.ID['atf_mover_as_manager'], user: manager.user })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_mover_approve'],
      script: Now.include('../scripts/atf-approve.js'),
      timeout: { minutes: 3 },
    })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_mover_expect'],
      script: Now.include('../scripts/atf-expect-mover.js'),
      timeout: { minutes: 3 },
    })
  },
)

/** Leaver: sessions ended and the Okta user deactivated, after the manager's approval. */
export const atfLeaver = Test(
  {
    $id: Now.ID['atf_leaver'],
    name: 'Okta JML ATF: Leaver',
    description:
      'The help desk orders Leaver (deactivate, end sessions, last day today) for an active Okta user; the subject’s manager approves; the item must end Closed Complete with the work note and golden thread rows carrying Okta request ids.',
    active: true,
    failOnServerError: true,
  },
  (atf) => {
    atf.server.runServerSideScript({
      $id: Now.ID['atf_leaver_prepare'],
      script: Now.include('../scripts/atf-prepare.js'),
    })
    const manager = atf.server.createUser({
      $id: Now.ID['atf_leaver_manager'],
      firstName: 'ATF',
      lastName: 'Manager',
      fieldValues: { user_name: MANAGER },
      impersonate: false,
    })
    atf.server.createUser({
      $id: Now.ID['atf_leaver_subject'],
      firstName: 'ATF',
      lastName: 'Subject',
      fieldValues: { user_name: SUBJECT, manager: manager.user },
      impersonate: false,
    })
    const requester = atf.server.createUser({
      $id: Now.ID['atf_leaver_requester'],
      firstName: 'ATF',
      lastName: 'Help desk',
      fieldValues: { user_name: REQUESTER },
      roles: [helpDesk],
      impersonate: false,
    })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_leaver_arrange'],
      script: Now.include('../scripts/atf-arrange.js'),
    })
    atf.server.impersonate({ $id: Now.ID['atf_leaver_as_requester'], user: requester.user })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_leaver_order'],
      script: Now.include('../scripts/atf-order-leaver.js'),
    })
    atf.server.impersonate({ $id: Now.ID['atf_leaver_as_manager'], user: manager.user })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_leaver_approve'],
      script: Now.include('../scripts/atf-approve.js'),
      timeout: { minutes: 3 },
    })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_leaver_expect'],
      script: Now.include('../scripts/atf-expect-leaver.js'),
      timeout: { minutes: 3 },
    })
  },
)

/** Account help: a help-desk operation, carried out without approval. */
export const atfAccountHelp = Test(
  {
    $id: Now.ID['atf_account_help'],
    name: 'Okta JML ATF: Account help',
    description:
      'The help desk orders Account help (suspend) for an active Okta user; no approval is asked; the item must end Closed Complete with the work note of the leaver (suspend) execution and golden thread rows carrying Okta request ids.',
    active: true,
    failOnServerError: true,
  },
  (atf) => {
    atf.server.runServerSideScript({
      $id: Now.ID['atf_account_help_prepare'],
      script: Now.include('../scripts/atf-prepare.js'),
    })
    atf.server.createUser({
      $id: Now.ID['atf_account_help_subject'],
      firstName: 'ATF',
      lastName: 'Subject',
      fieldValues: { user_name: SUBJECT },
      impersonate: false,
    })
    const requester = atf.server.createUser({
      $id: Now.ID['atf_account_help_requester'],
      firstName: 'ATF',
      lastName: 'Help desk',
      fieldValues: { user_name: REQUESTER },
      roles: [helpDesk],
      impersonate: false,
    })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_account_help_arrange'],
      script: Now.include('../scripts/atf-arrange.js'),
    })
    atf.server.impersonate({ $id: Now.ID['atf_account_help_as_requester'], user: requester.user })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_account_help_order_and_expect'],
      script: Now.include('../scripts/atf-account-help.js'),
      timeout: { minutes: 3 },
    })
  },
)

/** JML refusal: bad variables reach the work notes, the item waits for the help desk, Okta is untouched. */
export const atfLeaverRefused = Test(
  {
    $id: Now.ID['atf_leaver_refused'],
    name: 'Okta JML ATF: Leaver refuses a last day in the past',
    description:
      'The help desk orders Leaver with yesterday as the last day (a script can bypass the form’s check); the item must stay in Work in Progress with the work note naming last_day, no golden thread row, and the Okta user still active (its leaver plan still deactivates).',
    active: true,
    failOnServerError: true,
  },
  (atf) => {
    atf.server.runServerSideScript({
      $id: Now.ID['atf_leaver_refused_prepare'],
      script: Now.include('../scripts/atf-prepare.js'),
    })
    const manager = atf.server.createUser({
      $id: Now.ID['atf_leaver_refused_manager'],
      firstName: 'ATF',
      lastName: 'Manager',
      fieldValues: { user_name: MANAGER },
      impersonate: false,
    })
    atf.server.createUser({
      $id: Now.ID['atf_leaver_refused_subject'],
      firstName: 'ATF',
      lastName: 'Subject',
      fieldValues: { user_name: SUBJECT, manager: manager.user },
      impersonate: false,
    })
    const requester = atf.server.createUser({
      $id: Now.ID['atf_leaver_refused_requester'],
      firstName: 'ATF',
      lastName: 'Help desk',
      fieldValues: { user_name: REQUESTER },
      roles: [helpDesk],
      impersonate: false,
    })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_leaver_refused_arrange'],
      script: Now.include('../scripts/atf-arrange.js'),
    })
    atf.server.impersonate({ $id: Now.ID['atf_leaver_refused_as_requester'], user: requester.user })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_leaver_refused_order_and_expect'],
      script: Now.include('../scripts/atf-leaver-refused.js'),
      timeout: { minutes: 3 },
    })
  },
)

/** Retry in Okta: a refused call sent again with the same key is refused again, with no second task. */
export const atfRetryInOkta = Test(
  {
    $id: Now.ID['atf_retry_in_okta'],
    name: 'Okta JML ATF: Retry in Okta',
    description:
      'The help desk orders Account help (unlock) for a login Okta does not know; the bridge refuses it and the item waits in Work in Progress with one task. Retry in Okta must send the same call again with the same idempotency key, be refused again, leave the item in Work in Progress and open no second task.',
    active: true,
    failOnServerError: true,
  },
  (atf) => {
    atf.server.runServerSideScript({
      $id: Now.ID['atf_retry_in_okta_prepare'],
      script: Now.include('../scripts/atf-prepare.js'),
    })
    atf.server.createUser({
      $id: Now.ID['atf_retry_in_okta_subject'],
      firstName: 'ATF',
      lastName: 'Subject',
      fieldValues: { user_name: SUBJECT },
      impersonate: false,
    })
    const requester = atf.server.createUser({
      $id: Now.ID['atf_retry_in_okta_requester'],
      firstName: 'ATF',
      lastName: 'Help desk',
      fieldValues: { user_name: REQUESTER },
      roles: [helpDesk],
      impersonate: false,
    })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_retry_in_okta_arrange'],
      script: Now.include('../scripts/atf-arrange.js'),
    })
    atf.server.impersonate({ $id: Now.ID['atf_retry_in_okta_as_requester'], user: requester.user })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_retry_in_okta_order_retry_and_expect'],
      script: Now.include('../scripts/atf-retry-in-okta.js'),
      timeout: { minutes: 3 },
    })
  },
)

// ---------------------------------------------------------------- Access items

/** Request access: the manager approves, the group is granted for a week, the grant row records it. */
export const atfRequestAccess = Test(
  {
    $id: Now.ID['atf_request_access'],
    name: 'Okta JML ATF: Request access',
    description:
      'An employee requests the sandbox group for a week for themselves; their manager approves; the item must end Closed Complete with the grant-access work note, golden thread rows with Okta request ids, an active grant row ending in a week and the end stated in the close notes. The grant is then ended through the bridge.',
    active: true,
    failOnServerError: true,
  },
  (atf) => {
    atf.server.runServerSideScript({
      $id: Now.ID['atf_request_access_prepare'],
      script: Now.include('../scripts/atf-prepare.js'),
    })
    const manager = atf.server.createUser({
      $id: Now.ID['atf_request_access_manager'],
      firstName: 'ATF',
      lastName: 'Manager',
      fieldValues: { user_name: MANAGER },
      impersonate: false,
    })
    const requester = atf.server.createUser({
      $id: Now.ID['atf_request_access_requester'],
      firstName: 'ATF',
      lastName: 'Requester',
      fieldValues: { user_name: REQUESTER, email: REQUESTER_EMAIL, manager: manager.user },
      impersonate: false,
    })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_request_access_arrange'],
      script: Now.include('../scripts/atf-arrange.js'),
    })
    atf.server.impersonate({ $id: Now.ID['atf_request_access_as_requester'], user: requester.user })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_request_access_order'],
      script: Now.include('../scripts/atf-order-request-access.js'),
    })
    atf.server.impersonate({ $id: Now.ID['atf_request_access_as_manager'], user: manager.user })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_request_access_approve'],
      script: Now.include('../scripts/atf-approve.js'),
      timeout: { minutes: 3 },
    })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_request_access_expect'],
      script: Now.include('../scripts/atf-expect-request-access.js'),
      timeout: { minutes: 3 },
    })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_request_access_end_grants'],
      script: Now.include('../scripts/atf-end-grants.js'),
    })
  },
)

/** End access: no approval; the grant ends in Okta and on its row. */
export const atfEndAccess = Test(
  {
    $id: Now.ID['atf_end_access'],
    name: 'Okta JML ATF: End access',
    description:
      'An employee holding a grant of the sandbox group (made through the bridge, with its row) orders End access; no approval is asked; the item must end Closed Complete with the revoke-access work note, golden thread rows with Okta request ids, the grant row revoked and the close notes saying it ended.',
    active: true,
    failOnServerError: true,
  },
  (atf) => {
    atf.server.runServerSideScript({
      $id: Now.ID['atf_end_access_prepare'],
      script: Now.include('../scripts/atf-prepare.js'),
    })
    const requester = atf.server.createUser({
      $id: Now.ID['atf_end_access_requester'],
      firstName: 'ATF',
      lastName: 'Requester',
      fieldValues: { user_name: REQUESTER, email: REQUESTER_EMAIL },
      impersonate: false,
    })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_end_access_arrange'],
      script: Now.include('../scripts/atf-arrange-grant.js'),
    })
    atf.server.impersonate({ $id: Now.ID['atf_end_access_as_requester'], user: requester.user })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_end_access_order_and_expect'],
      script: Now.include('../scripts/atf-end-access.js'),
      timeout: { minutes: 3 },
    })
  },
)

/** Extend access: approved again, the grant's end moves. */
export const atfExtendAccess = Test(
  {
    $id: Now.ID['atf_extend_access'],
    name: 'Okta JML ATF: Extend access',
    description:
      'An employee holding a one-week grant of the sandbox group orders Extend access to two weeks from today; their manager approves; the item must end Closed Complete with the extend-access work note, golden thread rows with Okta request ids, the grant row ending in two weeks and the close notes saying so. The grant is then ended through the bridge.',
    active: true,
    failOnServerError: true,
  },
  (atf) => {
    atf.server.runServerSideScript({
      $id: Now.ID['atf_extend_access_prepare'],
      script: Now.include('../scripts/atf-prepare.js'),
    })
    const manager = atf.server.createUser({
      $id: Now.ID['atf_extend_access_manager'],
      firstName: 'ATF',
      lastName: 'Manager',
      fieldValues: { user_name: MANAGER },
      impersonate: false,
    })
    const requester = atf.server.createUser({
      $id: Now.ID['atf_extend_access_requester'],
      firstName: 'ATF',
      lastName: 'Requester',
      fieldValues: { user_name: REQUESTER, email: REQUESTER_EMAIL, manager: manager.user },
      impersonate: false,
    })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_extend_access_arrange'],
      script: Now.include('../scripts/atf-arrange-grant.js'),
    })
    atf.server.impersonate({ $id: Now.ID['atf_extend_access_as_requester'], user: requester.user })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_extend_access_order'],
      script: Now.include('../scripts/atf-order-extend-access.js'),
    })
    atf.server.impersonate({ $id: Now.ID['atf_extend_access_as_manager'], user: manager.user })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_extend_access_approve'],
      script: Now.include('../scripts/atf-approve.js'),
      timeout: { minutes: 3 },
    })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_extend_access_expect'],
      script: Now.include('../scripts/atf-expect-extend-access.js'),
      timeout: { minutes: 3 },
    })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_extend_access_end_grants'],
      script: Now.include('../scripts/atf-end-grants.js'),
    })
  },
)

/** Access refusal: an end date beyond the resource's maximum closes the item with the reason. */
export const atfRequestRefused = Test(
  {
    $id: Now.ID['atf_request_refused'],
    name: 'Okta JML ATF: Request access refuses an end date beyond the maximum',
    description:
      'An employee requests the sandbox group for 35 days, beyond the 30-day maximum of its test resource (a script can bypass the form’s check); the flow checks again on the server and, the mistake being the requester’s, closes the item Closed Incomplete with the reason in the work notes and close notes; no approval, no grant row, no golden thread row.',
    active: true,
    failOnServerError: true,
  },
  (atf) => {
    atf.server.runServerSideScript({
      $id: Now.ID['atf_request_refused_prepare'],
      script: Now.include('../scripts/atf-prepare.js'),
    })
    const manager = atf.server.createUser({
      $id: Now.ID['atf_request_refused_manager'],
      firstName: 'ATF',
      lastName: 'Manager',
      fieldValues: { user_name: MANAGER },
      impersonate: false,
    })
    const requester = atf.server.createUser({
      $id: Now.ID['atf_request_refused_requester'],
      firstName: 'ATF',
      lastName: 'Requester',
      fieldValues: { user_name: REQUESTER, email: REQUESTER_EMAIL, manager: manager.user },
      impersonate: false,
    })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_request_refused_arrange'],
      script: Now.include('../scripts/atf-arrange.js'),
    })
    atf.server.impersonate({ $id: Now.ID['atf_request_refused_as_requester'], user: requester.user })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_request_refused_order_and_expect'],
      script: Now.include('../scripts/atf-request-refused.js'),
      timeout: { minutes: 3 },
    })
  },
)

// ---------------------------------------------------------------- Onboarding UI actions
// The incidents are inserted as the bridge writes them, for a made-up Okta user: only the bridge can open
// an incident it will carry out (it refuses any other with 403 not-our-incident, before touching Okta),
// and a bridge-opened incident needs a user created in Okta outside the bridge, which an instance cannot
// do. So these tests prove the instance's half end to end — the click, the checks, the decision record,
// the call through the REST message, and the answer on the incident — against the real sandbox bridge.

/** Approve Okta onboarding: the decision with the department's birthright group, sent to the bridge. */
export const atfApproveOnboarding = Test(
  {
    $id: Now.ID['atf_approve_onboarding'],
    name: 'Okta JML ATF: Approve Okta onboarding',
    description:
      'An onboarding approver opens an Okta onboarding incident (inserted as the bridge writes one, for a test department whose birthright rule names the sandbox group) and clicks Approve Okta onboarding; there must be one approved decision by them with that group, the APPROVED work note, and the bridge’s answer (not-our-incident: it did not open this incident) with the incident back to New.',
    active: true,
    failOnServerError: true,
  },
  (atf) => {
    atf.server.recordInsert({
      $id: Now.ID['atf_approve_onboarding_department'],
      table: 'cmn_department',
      fieldValues: { name: DEPARTMENT_FROM },
    })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_approve_onboarding_prepare'],
      script: Now.include('../scripts/atf-prepare.js'),
    })
    const incident = atf.server.recordInsert({
      $id: Now.ID['atf_approve_onboarding_incident'],
      table: 'incident',
      fieldValues: ONBOARDING_INCIDENT,
      enforceSecurity: false,
    })
    atf.server.createUser({
      $id: Now.ID['atf_approve_onboarding_approver'],
      firstName: 'ATF',
      lastName: 'Onboarding approver',
      fieldValues: { user_name: APPROVER },
      roles: [onboardingApprover, ITIL],
      impersonate: true,
    })
    atf.form.openExistingRecord({
      $id: Now.ID['atf_approve_onboarding_open'],
      table: 'incident',
      recordId: incident.record_id,
    })
    atf.form.clickUIAction({
      $id: Now.ID['atf_approve_onboarding_click'],
      table: 'incident',
      uiAction: Now.ref('sys_ui_action', 'ui_action_approve_okta_onboarding'),
      assert: 'form_submitted_to_server',
    })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_approve_onboarding_expect'],
      script: Now.include('../scripts/atf-expect-approved.js'),
    })
  },
)

/** Reject Okta onboarding with a reason: the decision and the reason, sent to the bridge. */
export const atfRejectOnboarding = Test(
  {
    $id: Now.ID['atf_reject_onboarding'],
    name: 'Okta JML ATF: Reject Okta onboarding',
    description:
      'An onboarding approver opens an Okta onboarding incident, types a reason in Work notes and clicks Reject Okta onboarding; there must be one rejected decision by them with that reason and no groups, the REJECTED work note, and the bridge’s answer (not-our-incident) with the incident back to New.',
    active: true,
    failOnServerError: true,
  },
  (atf) => {
    atf.server.runServerSideScript({
      $id: Now.ID['atf_reject_onboarding_prepare'],
      script: Now.include('../scripts/atf-prepare.js'),
    })
    const incident = atf.server.recordInsert({
      $id: Now.ID['atf_reject_onboarding_incident'],
      table: 'incident',
      fieldValues: ONBOARDING_INCIDENT,
      enforceSecurity: false,
    })
    atf.server.createUser({
      $id: Now.ID['atf_reject_onboarding_approver'],
      firstName: 'ATF',
      lastName: 'Onboarding approver',
      fieldValues: { user_name: APPROVER },
      roles: [onboardingApprover, ITIL],
      impersonate: true,
    })
    atf.form.openExistingRecord({
      $id: Now.ID['atf_reject_onboarding_open'],
      table: 'incident',
      recordId: incident.record_id,
    })
    atf.form.setFieldValue({
      $id: Now.ID['atf_reject_onboarding_reason'],
      table: 'incident',
      fieldValues: { work_notes: REJECTION_REASON },
    })
    atf.form.clickUIAction({
      $id: Now.ID['atf_reject_onboarding_click'],
      table: 'incident',
      uiAction: Now.ref('sys_ui_action', 'ui_action_reject_okta_onboarding'),
      assert: 'form_submitted_to_server',
    })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_reject_onboarding_expect'],
      script: Now.include('../scripts/atf-expect-rejected.js'),
    })
  },
)

/** Onboarding refusal: Reject without a reason is stopped in the browser; nothing is recorded or sent. */
export const atfRejectWithoutReason = Test(
  {
    $id: Now.ID['atf_reject_without_reason'],
    name: 'Okta JML ATF: Reject Okta onboarding refuses an empty reason',
    description:
      'An onboarding approver clicks Reject Okta onboarding with Work notes empty; the form must not be submitted (the button asks for the reason), and the incident must have no decision record and still be New.',
    active: true,
    failOnServerError: true,
  },
  (atf) => {
    atf.server.runServerSideScript({
      $id: Now.ID['atf_reject_without_reason_prepare'],
      script: Now.include('../scripts/atf-prepare.js'),
    })
    const incident = atf.server.recordInsert({
      $id: Now.ID['atf_reject_without_reason_incident'],
      table: 'incident',
      fieldValues: ONBOARDING_INCIDENT,
      enforceSecurity: false,
    })
    atf.server.createUser({
      $id: Now.ID['atf_reject_without_reason_approver'],
      firstName: 'ATF',
      lastName: 'Onboarding approver',
      fieldValues: { user_name: APPROVER },
      roles: [onboardingApprover, ITIL],
      impersonate: true,
    })
    atf.form.openExistingRecord({
      $id: Now.ID['atf_reject_without_reason_open'],
      table: 'incident',
      recordId: incident.record_id,
    })
    atf.form.clickUIAction({
      $id: Now.ID['atf_reject_without_reason_click'],
      table: 'incident',
      uiAction: Now.ref('sys_ui_action', 'ui_action_reject_okta_onboarding'),
      assert: 'form_submission_canceled_in_browser',
    })
    atf.server.runServerSideScript({
      $id: Now.ID['atf_reject_without_reason_expect'],
      script: Now.include('../scripts/atf-expect-undecided.js'),
    })
  },
)
