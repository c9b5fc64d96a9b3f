import { chinaToday } from './actions'
import type { SupervisedLetter } from './types'

/** The 期限 column: the words and, where the words alone could puzzle, why. */
export interface TimeText {
  text: string
  hint?: string
}

type Line = Pick<SupervisedLetter, 'dueDate' | 'workingDaysLeft' | 'workingDaysOverdue' | 'standing'>

/**
 * How long the letter has left, or how late it is, in the words of the notification the unit
 * received: due today, N working days left, overdue by N working days, or past its due date on a
 * day off (no working day overdue yet, so no card: the count starts on the next working day).
 * Follows the service's standing; a line without one (an older service) is read from its dates.
 */
export function supervisionTimeText(row: Line, today: string = chinaToday()): TimeText {
  const overdue = row.standing
    ? row.standing === 'OVERDUE' || row.standing === 'YELLOW_CARD' || row.standing === 'RED_CARD'
    : row.workingDaysOverdue > 0 || today > row.dueDate
  if (overdue) {
    if (row.workingDaysOverdue > 0) return { text: `超期${row.workingDaysOverdue}个工作日` }
    return {
      text: `已过截止日期（${monthDay(row.dueDate)}）`,
      hint: '截止日期后尚无工作日，下一个工作日起计算超期天数',
    }
  }
  if (row.workingDaysLeft === 0) return { text: '今日到期' }
  return { text: `剩余${row.workingDaysLeft}个工作日` }
}

/** "2026-12-11" as "12月11日", as the notifications write it. */
function monthDay(date: string): string {
  const [, month, day] = date.split('-').map(Number)
  return month && day ? `${month}月${day}日` : date
}

/** Whether the 承办单位 filter may name any unit: supervisors and dispatchers; the service refuses others another unit (403). */
export function mayFilterByUnit(roles: readonly string[]): boolean {
  return roles.includes('supervisor') || roles.includes('dispatcher')
}

/** Which letters the lists hold for the caller, as the service decides it (mailbox SupervisionScope). */
export function supervisionScopeNote(roles: readonly string[]): string {
  if (roles.includes('supervisor')) return '显示全县各单位的信件。'
  const parts: string[] = []
  if (roles.includes('dispatcher')) parts.push('本单位信箱的来信')
  if (roles.includes('staff') || roles.includes('leader')) parts.push('本单位主办的来信')
  if (roles.includes('leader')) parts.push('呈送您批办的来信')
  return parts.length ? `显示${parts.join('、')}。` : ''
}
