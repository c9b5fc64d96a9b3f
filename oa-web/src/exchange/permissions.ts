import type { OutgoingDocument, OutgoingStep, TrackingRow } from './api'
import type { SignatureSummary } from './labels'

/**
 * What the signed-in user may do with documents, from their realm roles and the document's
 * state, as the exchange service guards it (ExchangeRoles). Only for showing or hiding buttons:
 * the service decides, and refuses anything else with a problem detail.
 */
export function isStaff(roles: readonly string[]): boolean {
  return roles.includes('staff')
}

export function isReviewer(roles: readonly string[]): boolean {
  return roles.includes('reviewer')
}

export function isLeader(roles: readonly string[]): boolean {
  return roles.includes('leader')
}

/** Anyone of a unit who handles documents: staff, reviewer or leader. */
export function canUseExchange(roles: readonly string[]): boolean {
  return isStaff(roles) || isReviewer(roles) || isLeader(roles)
}

/** 拟稿 is for the unit's staff. */
export function canCompose(roles: readonly string[]): boolean {
  return isStaff(roles)
}

/** The steps this user may take on an outgoing document now, in the order the buttons show. */
export function outgoingSteps(document: Pick<OutgoingDocument, 'status'>, roles: readonly string[]): OutgoingStep[] {
  switch (document.status) {
    case 'DRAFTING':
      return isStaff(roles) ? ['submit'] : []
    case 'CHECKING':
      return isReviewer(roles) || isLeader(roles) ? ['check', 'send-back'] : []
    case 'AWAITING_SIGN_OFF':
      return isLeader(roles) ? ['sign-off', 'send-back'] : []
    case 'SIGNED_OFF':
      return isStaff(roles) ? ['dispatch'] : []
    default:
      return []
  }
}

/** 退回修改 needs the reason; the other steps take an optional opinion. */
export function stepNeedsRemark(step: OutgoingStep): boolean {
  return step === 'send-back'
}

/** A recipient may still be reminded: delivered or read, neither signed for nor returned. */
export function isRemindable(row: Pick<TrackingRow, 'status'>): boolean {
  return row.status === 'DELIVERED' || row.status === 'READ'
}

/** 催办 is for the sending unit's staff, on a dispatched document with someone still to sign. */
export function canRemind(roles: readonly string[], rows: readonly Pick<TrackingRow, 'status'>[]): boolean {
  return isStaff(roles) && rows.some(isRemindable)
}

/** 签收 needs a pending copy AND a valid signature: an altered document cannot be signed for. */
export function canSignFor(status: string, signature: SignatureSummary, roles: readonly string[]): boolean {
  return isStaff(roles) && (status === 'DELIVERED' || status === 'READ') && signature.valid
}

/** 退回 is allowed on a pending copy, also (and especially) when its signature is invalid. */
export function canReturn(status: string, roles: readonly string[]): boolean {
  return isStaff(roles) && (status === 'DELIVERED' || status === 'READ')
}
