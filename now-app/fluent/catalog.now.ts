import '@servicenow/sdk/global'
import {
  CatalogClientScript,
  CatalogItem,
  CatalogUiPolicy,
  CheckboxVariable,
  DateVariable,
  EmailVariable,
  MultiLineTextVariable,
  Record,
  ReferenceVariable,
  SelectBoxVariable,
  SingleLineTextVariable,
  VariableSet,
} from '@servicenow/sdk/core'

// ============================================================================
// Service Catalog: New hire, Role change, Leaver, Account help
// Orderable by the help-desk role (through a user criteria, as the catalog
// recommends), in the stock Service Catalog and in Service Portal. Variable
// names match now-app/server/bridge/payload.ts (VARIABLES), which turns them
// into bridge requests; each item's flow is in flows.now.ts.
// ============================================================================

/**
 * The stock Service Catalog (`sc_catalog`), the same sys_id on every instance. Categories differ between
 * instances, so items are not put in one: an admin can add a category after install.
 */
const SERVICE_CATALOG = 'e0d08b13c3330100c8b837659bba8fb4'

/**
 * The "Identity & Access" category of the Service Catalog, holding all seven items (help-desk items and access
 * items) so people find them by browsing in the Service Portal and Employee Center, not only by search. Who
 * sees which item inside it is the items' user criteria; the category itself is open to everyone.
 */
export const identityAccessCategory = Record({
  $id: Now.ID['sc_category_identity_access'],
  table: 'sc_category',
  data: {
    title: 'Identity & Access',
    description:
      'Okta accounts and access: request, extend or end access to Okta groups and apps; the help desk orders new hires, role changes, leavers and account help here.',
    sc_catalog: SERVICE_CATALOG,
    active: true,
    order: 100,
  },
})

/** Who may see and order the items: holders of x_okta_jml.help_desk. */
export const helpDeskCriteria = Record({
  $id: Now.ID['user_criteria_help_desk'],
  table: 'user_criteria',
  data: {
    name: 'Okta JML help desk',
    active: true,
    // A reference to the role record: the build writes its sys_id, which user criteria match on.
    role: [Now.ref('sys_user_role', { name: 'x_okta_jml.help_desk' })],
    short_description: 'Users with the x_okta_jml.help_desk role may order Okta JML items.',
  },
})

// ---------------------------------------------------------------- Variable sets

/** The Okta user an item acts on: the ServiceNow person, and their Okta login. */
export const oktaUserSet = VariableSet({
  $id: Now.ID['variable_set_okta_user'],
  title: 'Okta user',
  internalName: 'x_okta_jml_okta_user',
  description: 'The person and Okta login a Role change, Leaver or Account help item acts on.',
  order: 100,
  variables: {
    subject: ReferenceVariable({
      question: 'Person',
      referenceTable: 'sys_user',
      mandatory: true,
      order: 100,
      helpText: 'The ServiceNow user this request is about. Their email is proposed as the Okta login.',
    }),
    okta_login: EmailVariable({
      question: 'Okta login',
      mandatory: true,
      order: 200,
      helpText: 'The Okta username, in email form (usually the work email).',
    }),
  },
})

/** Why the change is asked for; kept on the requested item for the auditors. */
export const justificationSet = VariableSet({
  $id: Now.ID['variable_set_justification'],
  title: 'Justification',
  internalName: 'x_okta_jml_justification',
  description: 'Why the change is requested; shown to the approver.',
  order: 900,
  variables: {
    justification: MultiLineTextVariable({
      question: 'Justification',
      mandatory: true,
      order: 100,
      helpText: 'Why this change is needed. The approver reads it next to the plan of Okta changes.',
    }),
  },
})

// ---------------------------------------------------------------- New hire (Joiner)

/** A new hire: creates the Okta user with the birthright groups and apps of their department. */
export const joinerItem = CatalogItem({
  $id: Now.ID['catalog_item_joiner'],
  name: 'New hire (Joiner)',
  shortDescription: 'Create the Okta account of a new hire, with the groups and apps of their department.',
  description:
    'Creates the Okta user, adds the birthright groups and apps of the department (and title and location), and activates the account. The manager approves the exact plan of Okta changes first.',
  catalogs: [SERVICE_CATALOG],
  categories: [identityAccessCategory],
  availableFor: [helpDeskCriteria],
  availability: 'both',
  hideQuantitySelector: true,
  hideAddToCart: true,
  requestMethod: 'submit',
  fulfillmentAutomationLevel: 'fullyAutomated',
  flow: Now.ref('sys_hub_flow', 'flow_joiner'),
  variableSets: [{ variableSet: justificationSet, order: 900 }],
  variables: {
    first_name: SingleLineTextVariable({
      question: 'First name',
      mandatory: true,
      order: 100,
      helpText: 'As on the contract; becomes the Okta first name.',
    }),
    last_name: SingleLineTextVariable({
      question: 'Last name',
      mandatory: true,
      order: 200,
      helpText: 'As on the contract; becomes the Okta last name.',
    }),
    email: EmailVariable({
      question: 'Work email',
      mandatory: true,
      order: 300,
      helpText: 'The new hire’s work email address.',
    }),
    okta_login: EmailVariable({
      question: 'Okta login',
      mandatory: true,
      order: 400,
      helpText: 'The Okta username, in email form; the work email is proposed.',
    }),
    department: ReferenceVariable({
      question: 'Department',
      referenceTable: 'cmn_department',
      mandatory: true,
      order: 500,
      helpText: 'Decides the birthright Okta groups and apps.',
    }),
    title: SingleLineTextVariable({
      question: 'Job title',
      order: 600,
      helpText: 'Some birthright rules depend on the title.',
    }),
    location: ReferenceVariable({
      question: 'Location',
      referenceTable: 'cmn_location',
      order: 700,
      helpText: 'Some birthright rules depend on the location.',
    }),
    manager: ReferenceVariable({
      question: 'Manager',
      referenceTable: 'sys_user',
      mandatory: true,
      order: 800,
      helpText: 'Approves the request and becomes the Okta manager attribute.',
    }),
    start_date: DateVariable({
      question: 'Start date',
      mandatory: true,
      order: 850,
      helpText: 'The first working day; cannot be in the past.',
    }),
    employee_number: SingleLineTextVariable({ question: 'Employee number', order: 860 }),
  },
})

/** Refuses a start date in the past. */
export const joinerOnSubmit = CatalogClientScript({
  $id: Now.ID['client_script_joiner_on_submit'],
  name: 'New hire: start date not in the past',
  type: 'onSubmit',
  catalogItem: joinerItem,
  uiType: 'all',
  script: Now.include('../client/joiner-on-submit.js'),
})

/** Proposes the email as the Okta login. */
export const joinerLoginFromEmail = CatalogClientScript({
  $id: Now.ID['client_script_joiner_login_from_email'],
  name: 'New hire: propose the email as Okta login',
  type: 'onChange',
  catalogItem: joinerItem,
  variableName: joinerItem.variables.email,
  uiType: 'all',
  script: Now.include('../client/joiner-login-from-email.js'),
})

// ---------------------------------------------------------------- Role change (Mover)

/** A role change: new department, title or location; the Okta groups and apps follow the rules. */
export const moverItem = CatalogItem({
  $id: Now.ID['catalog_item_mover'],
  name: 'Role change (Mover)',
  shortDescription: 'Move a person to a new department or role; their Okta groups and apps follow.',
  description:
    'Updates the Okta profile and adds and removes the groups and apps that differ between the birthright rules of the old and the new position. The manager approves the exact plan first.',
  catalogs: [SERVICE_CATALOG],
  categories: [identityAccessCategory],
  availableFor: [helpDeskCriteria],
  availability: 'both',
  hideQuantitySelector: true,
  hideAddToCart: true,
  requestMethod: 'submit',
  fulfillmentAutomationLevel: 'fullyAutomated',
  flow: Now.ref('sys_hub_flow', 'flow_mover'),
  variableSets: [
    { variableSet: oktaUserSet, order: 100 },
    { variableSet: justificationSet, order: 900 },
  ],
  variables: {
    new_department: ReferenceVariable({
      question: 'New department',
      referenceTable: 'cmn_department',
      mandatory: true,
      order: 300,
      helpText: 'Its birthright rules replace those of the current department.',
    }),
    new_title: SingleLineTextVariable({ question: 'New job title', order: 400 }),
    new_location: ReferenceVariable({ question: 'New location', referenceTable: 'cmn_location', order: 500 }),
    effective_date: DateVariable({
      question: 'Effective date',
      mandatory: true,
      order: 600,
      helpText: 'When the change takes effect; cannot be in the past.',
    }),
  },
})

/** Refuses an effective date in the past. */
export const moverOnSubmit = CatalogClientScript({
  $id: Now.ID['client_script_mover_on_submit'],
  name: 'Role change: effective date not in the past',
  type: 'onSubmit',
  catalogItem: moverItem,
  uiType: 'all',
  script: Now.include('../client/mover-on-submit.js'),
})

// ---------------------------------------------------------------- Leaver

/** A leaver: sessions revoked, then the Okta account deactivated or suspended. */
export const leaverItem = CatalogItem({
  $id: Now.ID['catalog_item_leaver'],
  name: 'Leaver',
  shortDescription: 'Remove a leaver’s access: end their Okta sessions, then deactivate or suspend.',
  description:
    'Revokes every Okta session, then deactivates the account (removing app assignments) or suspends it (reversible). The manager approves the exact plan first.',
  catalogs: [SERVICE_CATALOG],
  categories: [identityAccessCategory],
  availableFor: [helpDeskCriteria],
  availability: 'both',
  hideQuantitySelector: true,
  hideAddToCart: true,
  requestMethod: 'submit',
  fulfillmentAutomationLevel: 'fullyAutomated',
  flow: Now.ref('sys_hub_flow', 'flow_leaver'),
  variableSets: [
    { variableSet: oktaUserSet, order: 100 },
    { variableSet: justificationSet, order: 900 },
  ],
  variables: {
    leaver_mode: SelectBoxVariable({
      question: 'Leaver mode',
      mandatory: true,
      order: 300,
      helpText:
        'Deactivate for a permanent leaver (app assignments are removed); suspend for leave of absence.',
      choices: {
        deactivate: { label: 'Deactivate (permanent)', sequence: 1 },
        suspend: { label: 'Suspend (reversible)', sequence: 2 },
      },
      defaultValue: 'deactivate',
    }),
    revoke_sessions: CheckboxVariable({
      question: 'End every Okta session first',
      order: 400,
      defaultValue: 'true',
      helpText: 'Recommended: signs the person out everywhere before the account changes.',
    }),
    last_day: DateVariable({
      question: 'Last working day',
      mandatory: true,
      order: 500,
      helpText: 'Cannot be in the past.',
    }),
  },
})

/** Refuses a last day in the past. */
export const leaverOnSubmit = CatalogClientScript({
  $id: Now.ID['client_script_leaver_on_submit'],
  name: 'Leaver: last day not in the past',
  type: 'onSubmit',
  catalogItem: leaverItem,
  uiType: 'all',
  script: Now.include('../client/leaver-on-submit.js'),
})

// ---------------------------------------------------------------- Account help

/** Help-desk operations on one Okta account, without any Okta admin right. */
export const accountHelpItem = CatalogItem({
  $id: Now.ID['catalog_item_account_help'],
  name: 'Account help',
  shortDescription: 'Reset a password, unlock, suspend or unsuspend an Okta account, or end its sessions.',
  description:
    'Carried out in Okta by the bridge as soon as it is submitted; every change is recorded in the golden thread of the requested item.',
  catalogs: [SERVICE_CATALOG],
  categories: [identityAccessCategory],
  availableFor: [helpDeskCriteria],
  availability: 'both',
  hideQuantitySelector: true,
  hideAddToCart: true,
  requestMethod: 'submit',
  fulfillmentAutomationLevel: 'fullyAutomated',
  flow: Now.ref('sys_hub_flow', 'flow_account_help'),
  variableSets: [
    { variableSet: oktaUserSet, order: 100 },
    { variableSet: justificationSet, order: 900 },
  ],
  variables: {
    help_action: SelectBoxVariable({
      question: 'What to do',
      mandatory: true,
      order: 300,
      helpText: 'Reset password sends Okta’s reset email to the person.',
      choices: {
        reset_password: { label: 'Reset password', sequence: 1 },
        unlock: { label: 'Unlock', sequence: 2 },
        suspend: { label: 'Suspend', sequence: 3 },
        unsuspend: { label: 'Unsuspend', sequence: 4 },
        revoke_sessions: { label: 'End every session', sequence: 5 },
      },
    }),
    revoke_sessions: CheckboxVariable({
      question: 'Also end every session',
      order: 400,
      helpText:
        'With a password reset: signs the person out everywhere. With End every session: OAuth tokens too.',
    }),
  },
})

/** Shows "also end every session" only for the actions it applies to. */
export const accountHelpSessionsPolicy = CatalogUiPolicy({
  $id: Now.ID['ui_policy_account_help_sessions'],
  shortDescription: 'Account help: sessions checkbox only for reset password and end every session',
  catalogItem: accountHelpItem,
  catalogCondition: `${accountHelpItem.variables.help_action}=reset_password^OR${accountHelpItem.variables.help_action}=revoke_sessions^EQ`,
  onLoad: true,
  reverseIfFalse: true,
  actions: [{ variableName: accountHelpItem.variables.revoke_sessions, visible: true }],
})

/** Proposes the person's email as the Okta login, on every item using the Okta user set. */
export const subjectFillsLogin = CatalogClientScript({
  $id: Now.ID['client_script_subject_fills_login'],
  name: 'Okta user: propose the person’s email as Okta login',
  type: 'onChange',
  appliesTo: 'set',
  variableSet: oktaUserSet,
  variableName: oktaUserSet.variables.subject,
  uiType: 'all',
  script: Now.include('../client/subject-fills-login.js'),
})
