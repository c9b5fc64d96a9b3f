import type { LetterStatus, LetterSummary } from './types'
import { statusOption } from './labels'
import { ApiError } from '@/api/client'

/** '' = the caller's work list as the service composes it for their roles. */
export type StatusFilter = LetterStatus | ''

export interface StatusTab {
  value: StatusFilter
  label: string
}

/** The status tabs each role works with, most urgent first, after 我的待办 (the default list). */
export function statusTabs(roles: readonly string[]): StatusTab[] {
  const wanted: LetterStatus[] = []
  const add = (...statuses: LetterStatus[]) => statuses.forEach((s) => wanted.includes(s) || wanted.push(s))
  if (roles.includes('dispatcher')) add('SUBMITTED', 'RETURNED', 'ACCEPTED', 'REPLY_IN_REVIEW', 'ANSWERED')
  if (roles.includes('leader')) add('FORWARDED_TO_LEADER')
  if (roles.includes('staff') || roles.includes('leader')) add('ASSIGNED', 'IN_PROGRESS', 'REPLY_IN_REVIEW')
  if (roles.includes('dispatcher')) add('CLOSED', 'REJECTED_INVALID', 'MERGED')
  return [
    { value: '', label: '我的待办' },
    ...wanted.map((s) => ({ value: s, label: statusOption(s)?.label ?? s })),
  ]
}

/** How urgent a line is for the caller: lower comes first. */
function rank(line: LetterSummary, roles: readonly string[]): number {
  const order: LetterStatus[] = []
  if (roles.includes('dispatcher')) order.push('SUBMITTED', 'RETURNED')
  if (roles.includes('leader')) order.push('FORWARDED_TO_LEADER')
  if (roles.includes('staff') || roles.includes('leader')) order.push('ASSIGNED', 'IN_PROGRESS')
  order.push('REPLY_IN_REVIEW', 'ACCEPTED')
  // An open extension request waits for the dispatcher's or supervisor's decision.
  if (line.extensionRequestedDays && (roles.includes('dispatcher') || roles.includes('supervisor'))) return -1
  // 协办 letters follow the unit's own work, as the service's queues do.
  if (line.assisting) return order.length + 1
  const index = order.indexOf(line.status)
  return index < 0 ? order.length : index
}

/**
 * One page of the work list in the order the caller works it. The service orders the role queues
 * across pages; within the page the caller's first step comes first (a dispatcher's 待受理, a
 * leader's 待批办, a department's 待签收 then 办理中), then the soonest due date, then the oldest.
 */
export function sortWorkList(lines: readonly LetterSummary[], roles: readonly string[]): LetterSummary[] {
  return lines.slice().sort((a, b) => {
    const byRank = rank(a, roles) - rank(b, roles)
    if (byRank !== 0) return byRank
    const dueA = a.dueDate ?? '9999-12-31'
    const dueB = b.dueDate ?? '9999-12-31'
    if (dueA !== dueB) return dueA < dueB ? -1 : 1
    return a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : 0
  })
}

/** Whether the caller handles letters at all (the screen explains itself to others). */
export function handlesLetters(roles: readonly string[]): boolean {
  return ['dispatcher', 'leader', 'staff', 'supervisor'].some((r) => roles.includes(r))
}

/**
 * What to tell the clerk when the service refused the typed 查询码 (400: not a tracking code):
 * the field's message, else the problem's own words; null for any other failure.
 */
export function trackingCodeProblem(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null
  const field = error.fieldErrors.find((f) => f.field === 'q') ?? error.fieldErrors[0]
  return field?.message || error.problem?.detail || error.problem?.title || '查询码格式不正确'
}

/**
 * The work list's column widths in px. They add up so that the list fits beside the side
 * navigation at 1366 px, the narrowest common office screen: 标题 (`subjectMin`) takes what is
 * left and wraps; 查询码 stays on one line; 截止日期 puts its standing (已超期) under the date.
 */
export const WORK_LIST_COLUMNS = {
  subjectMin: 180,
  trackingCode: 140,
  mailbox: 100,
  type: 60,
  status: 140,
  contact: 76,
  leadUnit: 120,
  dueDate: 110,
  submittedAt: 105,
} as const
