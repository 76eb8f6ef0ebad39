import '@servicenow/sdk/global'
import {
  BusinessRule,
  CatalogClientScript,
  CatalogItem,
  CatalogUiPolicy,
  DateVariable,
  MultiLineTextVariable,
  ReferenceVariable,
  ScriptInclude,
  SelectBoxVariable,
  SingleLineTextVariable,
} from '@servicenow/sdk/core'
import { refuseSelfApproval } from '../server/bridge/access-glide.ts'
import { justificationSet } from './catalog.now'

// ============================================================================
// Access requests: Request access, End access, Extend access
// For every employee, in the Service Catalog and the Service Portal (no user
// criteria on the items: what a requester may ask for is narrowed on the
// resource, by its own criteria). Variable names match
// now-app/server/bridge/access.ts (ACCESS_VARIABLES), which checks them again
// on the server; each item's flow is in access-request-flows.now.ts.
// ============================================================================

/** The stock Service Catalog (`sc_catalog`), the same sys_id on every instance (see catalog.now.ts). */
const SERVICE_CATALOG = 'e0d08b13c3330100c8b837659bba8fb4'

/** "Is (dynamic) Me" (`sys_filter_option_dynamic`), the same on every instance. */
const ME = '90d1921e5f510100a9ad2572f2b477fe'

/** The grants a user may end or extend: active, and held or requested by them (the ACLs say the same). */
const MY_ACTIVE_GRANTS = `status=active^userDYNAMIC${ME}^ORrequested_byDYNAMIC${ME}`

// ---------------------------------------------------------------- Reference qualifier

/**
 * Computes the Resource variable's reference qualifier for the current user: requestable, active, and
 * visible by department or role. A reference qualifier can only call a script include; the logic is in the
 * server module it requires.
 */
export const accessQualifierInclude = ScriptInclude({
  $id: Now.ID['script_include_okta_access_requests'],
  name: 'OktaAccessRequests',
  script: Now.include('../scripts/access-qualifier-include.js'),
  description:
    'Reference qualifier of the Request access item: the Okta resources the current user may request.',
  accessibleFrom: 'package_private',
  clientCallable: false,
  active: true,
})

// ---------------------------------------------------------------- Request access

/** Time-bound access to an Okta group or app, for oneself or a direct report. */
export const requestAccessItem = CatalogItem({
  $id: Now.ID['catalog_item_request_access'],
  name: 'Request access',
  shortDescription:
    'Ask for access to an Okta group or app, for yourself or a direct report, until an end date.',
  description:
    'Your manager and then the owner of the group or app approve (as set on the resource); you can never approve your own request. Once approved, the access is given in Okta and removed by itself on the end date.',
  catalogs: [SERVICE_CATALOG],
  availability: 'both',
  hideQuantitySelector: true,
  hideAddToCart: true,
  requestMethod: 'submit',
  fulfillmentAutomationLevel: 'fullyAutomated',
  flow: Now.ref('sys_hub_flow', 'flow_request_access'),
  variableSets: [{ variableSet: justificationSet, order: 900 }],
  variables: {
    access_for: SelectBoxVariable({
      question: 'Access for',
      mandatory: true,
      order: 100,
      choices: {
        myself: { label: 'Myself', sequence: 1 },
        direct_report: { label: 'One of my direct reports', sequence: 2 },
      },
      defaultValue: 'myself',
      helpText: 'Managers may ask for a direct report; their own manager then approves in their place.',
    }),
    direct_report: ReferenceVariable({
      question: 'Direct report',
      referenceTable: 'sys_user',
      order: 200,
      // Manager is (dynamic) Me: only the requester's own active direct reports.
      referenceQualCondition: `managerDYNAMIC${ME}^active=true^EQ`,
      helpText: 'Only people whose manager you are.',
    }),
    resource: ReferenceVariable({
      question: 'Okta group or app',
      referenceTable: 'x_okta_jml_okta_resource',
      mandatory: true,
      order: 300,
      useReferenceQualifier: 'advanced',
      referenceQual: 'javascript:new x_okta_jml.OktaAccessRequests().resourceQualifier()',
      // Requesters see each resource's description (synced from Okta) beside its name, and can search it.
      attributes:
        'ref_auto_completer=AJAXTableCompleter,ref_ac_columns=description,ref_ac_columns_search=true',
      helpText: 'Only the groups and apps you may request are listed, with their descriptions.',
    }),
    end_date: DateVariable({
      question: 'Access until',
      order: 400,
      helpText:
        'Access ends at 00:00 UTC on this day. Required unless the group or app allows permanent access; never beyond its maximum duration.',
    }),
    // Filled by the resource's onChange script for the end date checks; the server never trusts them.
    resource_max_days: SingleLineTextVariable({
      question: 'Maximum duration (days)',
      order: 410,
      hidden: true,
      visibleSummary: false,
    }),
    resource_permanent: SingleLineTextVariable({
      question: 'Permanent access allowed',
      order: 420,
      hidden: true,
      visibleSummary: false,
    }),
  },
})

/** Shows the direct report, and requires it, only when the access is for one. */
export const requestAccessReportPolicy = CatalogUiPolicy({
  $id: Now.ID['ui_policy_request_access_direct_report'],
  shortDescription: 'Request access: direct report only when the access is for one',
  catalogItem: requestAccessItem,
  catalogCondition: `${requestAccessItem.variables.access_for}=direct_report^EQ`,
  onLoad: true,
  reverseIfFalse: true,
  actions: [{ variableName: requestAccessItem.variables.direct_report, visible: true, mandatory: true }],
})

/** Reads the chosen resource's maximum duration and permanent flag, and sets the end date's rules. */
export const requestAccessResourceLimits = CatalogClientScript({
  $id: Now.ID['client_script_request_access_resource_limits'],
  name: 'Request access: end date rules of the chosen resource',
  type: 'onChange',
  catalogItem: requestAccessItem,
  variableName: requestAccessItem.variables.resource,
  uiType: 'all',
  script: Now.include('../client/access-resource-limits.js'),
})

/** Refuses an end date that is not after today, beyond the maximum, or missing where it is required. */
export const requestAccessEndDate = CatalogClientScript({
  $id: Now.ID['client_script_request_access_end_date'],
  name: 'Request access: end date within the resource limits',
  type: 'onSubmit',
  catalogItem: requestAccessItem,
  uiType: 'all',
  script: Now.include('../client/access-end-date-on-submit.js'),
})

// ---------------------------------------------------------------- End access

/** Ends a grant early: calls revoke-access, no approval (it only removes access). */
export const endAccessItem = CatalogItem({
  $id: Now.ID['catalog_item_end_access'],
  name: 'End access',
  shortDescription: 'End access to an Okta group or app before its end date.',
  description:
    'Removes the access in Okta now, unless another grant or a birthright still gives it. No approval is needed to give access back.',
  catalogs: [SERVICE_CATALOG],
  availability: 'both',
  hideQuantitySelector: true,
  hideAddToCart: true,
  requestMethod: 'submit',
  fulfillmentAutomationLevel: 'fullyAutomated',
  flow: Now.ref('sys_hub_flow', 'flow_end_access'),
  variables: {
    grant: ReferenceVariable({
      question: 'Access to end',
      referenceTable: 'x_okta_jml_access_grant',
      mandatory: true,
      order: 100,
      referenceQualCondition: `${MY_ACTIVE_GRANTS}^EQ`,
      helpText: 'Your active access, or access you requested for someone.',
    }),
    reason: MultiLineTextVariable({
      question: 'Reason',
      order: 200,
      helpText: 'Optional: why the access is no longer needed. Kept with the grant.',
    }),
  },
})

// ---------------------------------------------------------------- Extend access

/** Moves a grant's end date, after a new approval: calls extend-access. */
export const extendAccessItem = CatalogItem({
  $id: Now.ID['catalog_item_extend_access'],
  name: 'Extend access',
  shortDescription: 'Keep access to an Okta group or app longer: a new end date, approved again.',
  description:
    'The same approvers as for a new request approve the new end date, which is never beyond the maximum duration of the group or app.',
  catalogs: [SERVICE_CATALOG],
  availability: 'both',
  hideQuantitySelector: true,
  hideAddToCart: true,
  requestMethod: 'submit',
  fulfillmentAutomationLevel: 'fullyAutomated',
  flow: Now.ref('sys_hub_flow', 'flow_extend_access'),
  variableSets: [{ variableSet: justificationSet, order: 900 }],
  variables: {
    grant: ReferenceVariable({
      question: 'Access to extend',
      referenceTable: 'x_okta_jml_access_grant',
      mandatory: true,
      order: 100,
      referenceQualCondition: `${MY_ACTIVE_GRANTS}^expires_atISNOTEMPTY^EQ`,
      helpText: 'Your active access that has an end date.',
    }),
    new_end_date: DateVariable({
      question: 'New end date',
      mandatory: true,
      order: 200,
      helpText:
        'Access ends at 00:00 UTC on this day; never beyond the maximum duration of the group or app.',
    }),
  },
})

/** Refuses a new end date that is not after today (the rest is checked by the flow, before approval). */
export const extendAccessNewEndDate = CatalogClientScript({
  $id: Now.ID['client_script_extend_access_new_end_date'],
  name: 'Extend access: new end date after today',
  type: 'onSubmit',
  catalogItem: extendAccessItem,
  uiType: 'all',
  script: Now.include('../client/access-new-end-date-on-submit.js'),
})

// ---------------------------------------------------------------- No self-approval

/**
 * A requester (or the person the access is for) can never approve an access request, even if an approval
 * is reassigned or delegated to them: the update is refused. The flows never ask them in the first place.
 */
export const noSelfApproval = BusinessRule({
  $id: Now.ID['business_rule_no_self_approval'],
  name: 'Okta access: no self-approval',
  table: 'sysapproval_approver',
  when: 'before',
  action: ['update'],
  filterCondition: 'state=approved^source_table=sc_req_item^EQ',
  script: refuseSelfApproval,
  description: 'Refuses the approval of an Okta access request by its requester or by the person it is for.',
  active: true,
  order: 100,
})
