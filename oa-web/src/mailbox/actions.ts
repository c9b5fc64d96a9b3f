import type { LetterDetail } from './types'

/**
 * The steps a staff member may take on a letter, posted to `/api/mailbox/letters/{id}/<action>`.
 * Which of them a clerk may take is the service's decision (the detail's `allowedActions`); this
 * module only names, orders and labels them.
 */
export type LetterAction =
  | 'accept'
  | 'reject'
  | 'merge'
  | 'forward'
  | 'assign'
  | 'instruct'
  | 'withdraw-from-leader'
  | 'sign-for'
  | 'return'
  | 'extension-request'
  | 'extension-grant'
  | 'extension-refuse'
  | 'reply'
  | 'reply-approve'
  | 'reply-send-back'
  | 'close'
  | 'assisting-opinion'

/** The order in which the buttons appear. */
export const ACTION_ORDER: readonly LetterAction[] = [
  'accept',
  'reject',
  'merge',
  'forward',
  'assign',
  'instruct',
  'withdraw-from-leader',
  'sign-for',
  'reply',
  'extension-request',
  'return',
  'reply-approve',
  'reply-send-back',
  'extension-grant',
  'extension-refuse',
  'close',
  'assisting-opinion',
]

export const ACTION_LABELS: Readonly<Record<LetterAction, string>> = {
  accept: '受理',
  reject: '不予受理',
  merge: '合并重复来信',
  forward: '呈送领导批办',
  assign: '直接交办',
  instruct: '批办',
  'withdraw-from-leader': '撤回领导批办',
  'sign-for': '签收',
  return: '退回',
  'extension-request': '申请延期',
  'extension-grant': '同意延期',
  'extension-refuse': '不同意延期',
  reply: '起草答复',
  'reply-approve': '审核通过答复',
  'reply-send-back': '退回答复修改',
  close: '办结',
  'assisting-opinion': '填写协办意见',
}

/** What the user reads after the step succeeded. */
export const ACTION_DONE: Readonly<Record<LetterAction, string>> = {
  accept: '已受理，截止日期已确定',
  reject: '已不予受理，来信人可看到理由',
  merge: '已合并到原信件',
  forward: '已呈送领导批办',
  assign: '已交办承办单位',
  instruct: '已批办，承办单位将签收办理',
  'withdraw-from-leader': '已从领导处撤回，可重新呈送或直接交办',
  'sign-for': '已签收，请在截止日期前答复',
  return: '已退回分办员',
  'extension-request': '延期申请已提交，等待审批',
  'extension-grant': '已同意延期，截止日期已顺延',
  'extension-refuse': '已不同意延期',
  reply: '答复已提交审核',
  'reply-approve': '答复已审核通过，来信人可以看到答复',
  'reply-send-back': '答复已退回承办单位修改',
  close: '信件已办结',
  'assisting-opinion': '协办意见已提交，主办单位起草答复时可以看到',
}

/** Today in Asia/Shanghai as yyyy-MM-dd (deadlines count in the county's days). */
export function chinaToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

/**
 * The steps the signed-in clerk may take now on this letter, in button order: exactly the
 * `allowedActions` the service computed from the letter's state machine, the caller's roles and
 * unit. Names the OA does not know are left out (no button without a dialog).
 */
export function allowedActions(letter: Pick<LetterDetail, 'allowedActions'>): LetterAction[] {
  const allowed = new Set<string>(letter.allowedActions ?? [])
  return ACTION_ORDER.filter((a) => allowed.has(a))
}

/**
 * 选登's steps, posted to `/api/mailbox/letters/{id}/publish|unpublish`. They have their own card
 * (the masked public text to check first), not a dialog button, but the service decides them the
 * same way: they are in `allowedActions` exactly when the service would accept them (the mailbox's
 * dispatcher; publish an answered letter whose writer consented, unpublish a published one).
 */
export type PublicationStep = 'publish' | 'unpublish'

export function publicationSteps(letter: Pick<LetterDetail, 'allowedActions'>): PublicationStep[] {
  const allowed = new Set<string>(letter.allowedActions ?? [])
  return (['publish', 'unpublish'] as const).filter((s) => allowed.has(s))
}

/** What the 选登 card shows; `refusal` is the service's reason why 选登到网站 is disabled. */
export interface PublicationCard {
  published: boolean
  canPublish: boolean
  canUnpublish: boolean
  refusal: string | null
}

/**
 * The 选登 card for the caller, or `null` (no card) for anyone but the mailbox's dispatcher, to
 * whom the service gives `publication`: then, once the letter is answered or closed, the card
 * stays, its publish button disabled with the reason, so the dispatcher learns why an answered
 * letter cannot be published. Before that it would only say "not answered yet" to a dispatcher
 * busy with a new letter, so there is none, unless the letter is on the website or the service
 * offers a step (a published letter that was reopened can still be taken down).
 */
export function publicationCard(
  letter: Pick<LetterDetail, 'allowedActions' | 'publication' | 'status'>,
): PublicationCard | null {
  const steps = publicationSteps(letter)
  const standing = letter.publication ?? null
  if (!standing && steps.length === 0) return null
  const published = steps.includes('unpublish') || standing?.reason === 'ALREADY_PUBLISHED'
  const answered = letter.status === 'ANSWERED' || letter.status === 'CLOSED'
  if (!answered && !published && steps.length === 0) return null
  return {
    published,
    canPublish: steps.includes('publish'),
    canUnpublish: steps.includes('unpublish'),
    refusal: !published && standing && !standing.allowed ? standing.message : null,
  }
}
