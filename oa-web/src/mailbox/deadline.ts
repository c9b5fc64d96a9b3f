import { chinaToday } from './actions'
import type { LetterDetail } from './types'

/**
 * How the due date came about, as the service computed it on the working-day calendar (the day of
 * receipt, the weekends and holidays skipped, 调休 days counted, extensions granted). A new letter
 * is due from the day it was written, for the type the citizen chose: the dispatcher is told that
 * correcting the type recounts it.
 */
export function deadlineExplanation(letter: Pick<LetterDetail, 'deadline' | 'status'>): string {
  if (!letter.deadline) return ''
  return letter.status === 'SUBMITTED'
    ? `${letter.deadline.explanation}按来信人所选类型计算；受理时如更正类型，自收信日按新类型重新计算。`
    : letter.deadline.explanation
}

export type DueStanding = 'none' | 'open' | 'today' | 'overdue'

/** Where the letter stands against its due date today (a new one too; a letter already answered is never overdue). */
export function dueStanding(letter: Pick<LetterDetail, 'dueDate' | 'status'>, today: string = chinaToday()): DueStanding {
  const awaiting = ['SUBMITTED', 'ACCEPTED', 'FORWARDED_TO_LEADER', 'ASSIGNED', 'IN_PROGRESS', 'RETURNED', 'REPLY_IN_REVIEW']
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
