import { chinaToday } from './actions'
import type { LetterDetail, MailboxInfo } from './types'

/** The working days a letter of this type gets in this mailbox, if the mailbox list says so. */
export function periodOf(mailboxes: readonly MailboxInfo[], mailbox: string, type: string): number | undefined {
  return mailboxes.find((m) => m.code === mailbox)?.periods?.find((p) => p.type === type)?.workingDays
}

/** The day of receipt in Asia/Shanghai (the deadline counts from the next working day). */
export function receivedOn(submittedAt: string): string {
  const date = new Date(submittedAt)
  if (Number.isNaN(date.getTime())) return submittedAt
  return chinaToday(date)
}

/**
 * How the due date came about, in words the clerk can check: the day of receipt, the type's
 * answering period in working days (weekends and holidays off, 调休 days on) and the extensions.
 */
export function dueDateExplanation(
  letter: Pick<LetterDetail, 'dueDate' | 'submittedAt' | 'typeLabel' | 'extensionDays' | 'status'>,
  workingDays?: number,
): string {
  if (!letter.dueDate) {
    return letter.status === 'SUBMITTED' ? '受理后按信件类型计算截止日期' : '无截止日期'
  }
  const period = workingDays ? `${letter.typeLabel}类信件答复期限${workingDays}个工作日` : `按${letter.typeLabel}类信件的答复期限`
  const extension = letter.extensionDays > 0 ? `，已延期${letter.extensionDays}个工作日` : ''
  return `自收信日 ${receivedOn(letter.submittedAt)} 的下一个工作日起算，${period}（不含周末和法定节假日，调休上班日照常计算）${extension}`
}

export type DueStanding = 'none' | 'open' | 'today' | 'overdue'

/** Where the letter stands against its due date today (a letter already answered is never overdue). */
export function dueStanding(letter: Pick<LetterDetail, 'dueDate' | 'status'>, today: string = chinaToday()): DueStanding {
  const awaiting = ['ACCEPTED', 'FORWARDED_TO_LEADER', 'ASSIGNED', 'IN_PROGRESS', 'RETURNED', 'REPLY_IN_REVIEW']
  if (!letter.dueDate || !awaiting.includes(letter.status)) return 'none'
  if (today > letter.dueDate) return 'overdue'
  if (today === letter.dueDate) return 'today'
  return 'open'
}

export const DUE_STANDING_LABELS: Readonly<Record<DueStanding, string>> = {
  none: '',
  open: '未到期',
  today: '今日到期',
  overdue: '已超期',
}
