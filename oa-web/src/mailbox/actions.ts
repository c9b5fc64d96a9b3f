import type { LetterDetail, LetterStatus } from './types'

/**
 * The steps a staff member may take on a letter, posted to `/api/mailbox/letters/{id}/<action>`.
 * The letter detail carries no allowedActions, so this module mirrors the guards of the service's
 * Letter aggregate (state, then role, then unit or person). It only decides which buttons to show:
 * the service has the last word and refuses anything else with a problem detail.
 */
export type LetterAction =
  | 'accept'
  | 'reject'
  | 'merge'
  | 'forward'
  | 'assign'
  | 'instruct'
  | 'sign-for'
  | 'return'
  | 'extension-request'
  | 'extension-grant'
  | 'extension-refuse'
  | 'reply'
  | 'reply-approve'
  | 'reply-send-back'
  | 'close'

/** The signed-in staff member as the mailbox sees them. */
export interface Caller {
  username: string
  unitCode?: string | null
  roles: readonly string[]
}

/** The order in which the buttons appear. */
export const ACTION_ORDER: readonly LetterAction[] = [
  'accept',
  'reject',
  'merge',
  'forward',
  'assign',
  'instruct',
  'sign-for',
  'reply',
  'extension-request',
  'return',
  'reply-approve',
  'reply-send-back',
  'extension-grant',
  'extension-refuse',
  'close',
]

export const ACTION_LABELS: Readonly<Record<LetterAction, string>> = {
  accept: '受理',
  reject: '不予受理',
  merge: '合并重复来信',
  forward: '呈送领导批办',
  assign: '直接交办',
  instruct: '批办',
  'sign-for': '签收',
  return: '退回',
  'extension-request': '申请延期',
  'extension-grant': '同意延期',
  'extension-refuse': '不同意延期',
  reply: '起草答复',
  'reply-approve': '审核通过答复',
  'reply-send-back': '退回答复修改',
  close: '办结',
}

/** What the user reads after the step succeeded. */
export const ACTION_DONE: Readonly<Record<LetterAction, string>> = {
  accept: '已受理，截止日期已确定',
  reject: '已不予受理，来信人可看到理由',
  merge: '已合并到原信件',
  forward: '已呈送领导批办',
  assign: '已交办承办单位',
  instruct: '已批办，承办单位将签收办理',
  'sign-for': '已签收，请在截止日期前答复',
  return: '已退回分办员',
  'extension-request': '延期申请已提交，等待审批',
  'extension-grant': '已同意延期，截止日期已顺延',
  'extension-refuse': '已不同意延期',
  reply: '答复已提交审核',
  'reply-approve': '答复已审核通过，来信人可以看到答复',
  'reply-send-back': '答复已退回承办单位修改',
  close: '信件已办结',
}

const DISPATCH: readonly LetterStatus[] = ['ACCEPTED', 'RETURNED']
const HANDLING: readonly LetterStatus[] = ['ASSIGNED', 'IN_PROGRESS']

/**
 * The unit that owns the letter's mailbox, as far as the detail tells: the unit of the dispatcher
 * who accepted it. Before acceptance nobody but the mailbox's own dispatchers (and supervisors)
 * can see a letter, so `undefined` then means "the dispatcher looking at it is the owner's".
 */
export function mailboxUnitOf(letter: Pick<LetterDetail, 'history'>): string | undefined {
  return letter.history.find((h) => h.role === 'DISPATCHER' && h.unitCode)?.unitCode ?? undefined
}

/** Today in Asia/Shanghai as yyyy-MM-dd (deadlines count in the county's days). */
export function chinaToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

/** The steps the caller may take now on this letter, in button order. */
export function allowedActions(
  letter: Pick<
    LetterDetail,
    'status' | 'history' | 'leadUnit' | 'designatedLeader' | 'extensionRequest' | 'replyDraftedBy' | 'dueDate'
  >,
  caller: Caller,
  today: string = chinaToday(),
): LetterAction[] {
  const has = (role: string) => caller.roles.includes(role)
  const owner = mailboxUnitOf(letter)
  const isDispatcher = has('dispatcher') && (owner === undefined || (!!caller.unitCode && caller.unitCode === owner))
  const isSupervisor = has('supervisor')
  const inLeadUnit = !!letter.leadUnit && !!caller.unitCode && caller.unitCode === letter.leadUnit
  const leadStaff = inLeadUnit && (has('staff') || has('leader'))
  const leadLeader = inLeadUnit && has('leader')
  const s = letter.status
  const allowed = new Set<LetterAction>()

  if (s === 'SUBMITTED' && isDispatcher) {
    allowed.add('accept').add('reject').add('merge')
  }
  if (DISPATCH.includes(s) && isDispatcher) {
    allowed.add('forward').add('assign')
  }
  if (s === 'FORWARDED_TO_LEADER' && has('leader') && letter.designatedLeader === caller.username) {
    allowed.add('instruct')
  }
  if (s === 'ASSIGNED' && leadStaff) allowed.add('sign-for')
  if (HANDLING.includes(s) && leadStaff) {
    allowed.add('return')
    const beforeDue = !letter.dueDate || today <= letter.dueDate
    if (!letter.extensionRequest && beforeDue) allowed.add('extension-request')
  }
  if (HANDLING.includes(s) && letter.extensionRequest && (isDispatcher || isSupervisor)) {
    allowed.add('extension-grant').add('extension-refuse')
  }
  if (s === 'IN_PROGRESS' && leadStaff) allowed.add('reply')
  if (s === 'REPLY_IN_REVIEW' && (leadLeader || isDispatcher)) {
    // The drafter may not approve their own reply; sending it back is allowed.
    if (letter.replyDraftedBy !== caller.username) allowed.add('reply-approve')
    allowed.add('reply-send-back')
  }
  if (s === 'ANSWERED' && (isDispatcher || isSupervisor)) allowed.add('close')

  return ACTION_ORDER.filter((a) => allowed.has(a))
}

/** Whether the caller decides on 选登 (the mailbox's dispatcher) for a letter in this state. */
export function mayManagePublication(
  letter: Pick<LetterDetail, 'status' | 'history'>,
  caller: Caller,
): boolean {
  if (letter.status !== 'ANSWERED' && letter.status !== 'CLOSED') return false
  if (!caller.roles.includes('dispatcher')) return false
  const owner = mailboxUnitOf(letter)
  return owner === undefined || caller.unitCode === owner
}
