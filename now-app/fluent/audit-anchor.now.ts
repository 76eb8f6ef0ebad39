import '@servicenow/sdk/global'
import { Acl, DateTimeColumn, IntegerColumn, StringColumn, Table } from '@servicenow/sdk/core'
import { admin, integration } from './roles.now'

// ============================================================================
// Audit anchors
// The bridge's audit trail is a hash chain in its own database. A chain can be
// cut short, or rewritten with every hash recomputed, by whoever holds that
// database; so the bridge sends its chain head here, to the system the auditor
// already trusts, and verification reads it back. One row per anchor: the seq
// and hash of the chain head, when, and the short hashes of every entry since
// the previous anchor (so verification names the first entry that differs).
// The bridge's account creates and reads; admins read; nobody edits or deletes.
// ============================================================================

/** The bridge's audit chain head, anchored outside the bridge's database. */
export const x_okta_jml_audit_anchor = Table({
  name: 'x_okta_jml_audit_anchor',
  label: 'Okta bridge audit anchor',
  display: 'seq',
  audit: true,
  accessibleFrom: 'package_private',
  allowWebServiceAccess: true,
  actions: ['read', 'create'],
  schema: {
    seq: IntegerColumn({ label: 'Chain head seq', mandatory: true }),
    hash: StringColumn({ label: 'Chain head hash', mandatory: true, maxLength: 64 }),
    first_seq: IntegerColumn({ label: 'First entry covered', mandatory: true }),
    // Comma-separated, 16 hex digits per entry from first_seq to seq (at most 200 entries per anchor).
    entry_hashes: StringColumn({ label: 'Entry hashes', maxLength: 4000 }),
    anchored_at: DateTimeColumn({ label: 'Anchored at', mandatory: true }),
  },
})

/** The bridge reads its anchors back (verification); admins read them. */
export const auditAnchorRead = Acl({
  $id: Now.ID['acl_audit_anchor_read'],
  type: 'record',
  table: 'x_okta_jml_audit_anchor',
  operation: 'read',
  roles: [admin, integration],
  description: 'The bridge integration account and app admins read the audit anchors.',
})

/** Only the bridge's account creates anchors. */
export const auditAnchorCreate = Acl({
  $id: Now.ID['acl_audit_anchor_create'],
  type: 'record',
  table: 'x_okta_jml_audit_anchor',
  operation: 'create',
  roles: [integration],
  description: 'Only the bridge integration account anchors its audit chain.',
})

/**
 * Nobody edits an anchor: an anchor that can be changed anchors nothing. The role narrows it to admins and the
 * script refuses even them; admin override is off so the instance's admin role does not bypass it either.
 */
export const auditAnchorWrite = Acl({
  $id: Now.ID['acl_audit_anchor_write'],
  type: 'record',
  table: 'x_okta_jml_audit_anchor',
  operation: 'write',
  roles: [admin],
  script: 'answer = false;',
  adminOverrides: false,
  description: 'Audit anchors are evidence: no one edits them.',
})

/** Nobody deletes an anchor (deleting the latest ones would hide a truncated chain). */
export const auditAnchorDelete = Acl({
  $id: Now.ID['acl_audit_anchor_delete'],
  type: 'record',
  table: 'x_okta_jml_audit_anchor',
  operation: 'delete',
  roles: [admin],
  script: 'answer = false;',
  adminOverrides: false,
  description: 'Audit anchors are evidence: no one deletes them.',
})
