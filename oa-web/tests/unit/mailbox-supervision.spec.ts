import { describe, expect, it } from 'vitest'
import { mayFilterByUnit, supervisionScopeNote, supervisionTimeText } from '@/mailbox/supervision'

// A consultation due Friday 2026-12-11; the next working day is Monday 2026-12-14.
const due = { dueDate: '2026-12-11', workingDaysLeft: 0, workingDaysOverdue: 0 }

describe('the 期限 column of 督查督办', () => {
  it('says due today on the due date itself', () => {
    expect(supervisionTimeText({ ...due, standing: 'DUE_SOON' }, '2026-12-11')).toEqual({ text: '今日到期' })
  })

  it('counts the working days left before the due date', () => {
    expect(supervisionTimeText({ ...due, workingDaysLeft: 1, standing: 'DUE_SOON' }, '2026-12-10').text).toBe('剩余1个工作日')
  })

  it('says a letter is past its due date on the Saturday after, not that it is due today, and why it has no card yet', () => {
    const saturday = supervisionTimeText({ ...due, standing: 'OVERDUE' }, '2026-12-12')
    expect(saturday.text).toBe('已过截止日期（12月11日）')
    expect(saturday.text).not.toContain('今日到期')
    expect(saturday.hint).toContain('下一个工作日起计算超期')
  })

  it('counts the working days overdue once there are some, whatever the card', () => {
    expect(supervisionTimeText({ ...due, workingDaysOverdue: 1, standing: 'YELLOW_CARD' }, '2026-12-14')).toEqual({ text: '超期1个工作日' })
    expect(supervisionTimeText({ ...due, workingDaysOverdue: 3, standing: 'RED_CARD' }, '2026-12-16').text).toBe('超期3个工作日')
  })

  it('reads a line without a standing (an older service) from its dates', () => {
    expect(supervisionTimeText(due, '2026-12-12').text).toBe('已过截止日期（12月11日）')
    expect(supervisionTimeText(due, '2026-12-11').text).toBe('今日到期')
    expect(supervisionTimeText({ ...due, workingDaysOverdue: 2 }, '2026-12-15').text).toBe('超期2个工作日')
  })
})

describe('which letters 督查督办 says it shows', () => {
  it('lets supervisors and dispatchers pick a unit, a unit\'s clerk or leader only sees their own unit', () => {
    expect(mayFilterByUnit(['staff', 'supervisor'])).toBe(true)
    expect(mayFilterByUnit(['staff', 'dispatcher'])).toBe(true)
    expect(mayFilterByUnit(['staff'])).toBe(false)
    expect(mayFilterByUnit(['staff', 'leader'])).toBe(false)
  })

  it('names the caller\'s letters: the county, the unit\'s mailboxes, what the unit leads, what was forwarded to the leader', () => {
    expect(supervisionScopeNote(['staff', 'supervisor'])).toBe('显示全县各单位的信件。')
    expect(supervisionScopeNote(['staff', 'dispatcher'])).toBe('显示本单位信箱的来信、本单位主办的来信。')
    expect(supervisionScopeNote(['staff'])).toBe('显示本单位主办的来信。')
    expect(supervisionScopeNote(['staff', 'leader'])).toBe('显示本单位主办的来信、呈送您批办的来信。')
    expect(supervisionScopeNote([])).toBe('')
  })
})
