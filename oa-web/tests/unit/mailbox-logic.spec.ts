import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/client'
import { allowedActions, chinaToday, publicationCard, publicationSteps } from '@/mailbox/actions'
import { bodyOf, emptyForm, mapServerErrors, validateForm } from '@/mailbox/forms'
import { isStaleLetter } from '@/mailbox/conflict'
import { deadlineExplanation, dueStanding } from '@/mailbox/deadline'
import { actorOf, cardOption, ratingLabel, statusOption } from '@/mailbox/labels'
import { chartBars, chartScale, percent, previousMonth, workbookUrl } from '@/mailbox/statistics'
import { sortWorkList, statusTabs, trackingCodeProblem } from '@/mailbox/worklist'
import { unitName } from '@/mailbox/api'
import type { LetterDetail, UnitRow } from '@/mailbox/types'
import { ACCEPTED_BY_WANG_FANG, LIU_YANG, WANG_FANG, ZHAO_LEI, historyLine, letter, summaryOf } from './mailbox-fixtures'

const TODAY = '2026-11-18'
const accepted = (overrides: Partial<LetterDetail> = {}) =>
  letter({ status: 'ACCEPTED', dueDate: '2026-11-25', history: [historyLine(), ACCEPTED_BY_WANG_FANG], ...overrides })
const handledByHousing = (overrides: Partial<LetterDetail> = {}) => accepted({ leadUnit: 'housing', ...overrides })

describe('the buttons on a letter', () => {
  it('are exactly the steps the service allows the caller, in the order of the handling', () => {
    const l = letter({ allowedActions: ['close', 'merge', 'accept', 'reject'] })
    expect(allowedActions(l)).toEqual(['accept', 'reject', 'merge', 'close'])
  })

  it('are none when the service allows nothing or says nothing', () => {
    expect(allowedActions(letter({ allowedActions: [] }))).toEqual([])
    expect(allowedActions(letter({ allowedActions: undefined }))).toEqual([])
  })

  it('leave out a step the OA has no dialog for rather than show a button that cannot work', () => {
    expect(allowedActions(letter({ allowedActions: ['archive', 'publish', 'sign-for'] }))).toEqual(['sign-for'])
  })

  it('offer 选登 (publish, unpublish) only when the service lists it for the caller', () => {
    expect(publicationSteps(letter({ allowedActions: ['close', 'publish'] }))).toEqual(['publish'])
    expect(publicationSteps(letter({ allowedActions: ['unpublish', 'close'] }))).toEqual(['unpublish'])
    expect(publicationSteps(letter({ allowedActions: ['close'] }))).toEqual([])
    expect(publicationSteps(letter({ allowedActions: undefined }))).toEqual([])
  })

  it('keep the 选登 card for the mailbox’s dispatcher when publishing is refused, with the service’s reason', () => {
    const noConsent = { allowed: false, reason: 'NO_CONSENT', message: '来信人未同意公开此信件，不能选登。' } as const
    expect(publicationCard(letter({ status: 'ANSWERED', allowedActions: ['close'], publication: noConsent }))).toEqual({
      published: false, canPublish: false, canUnpublish: false, refusal: '来信人未同意公开此信件，不能选登。',
    })
    const allowed = { allowed: true, reason: null, message: null }
    expect(publicationCard(letter({ status: 'CLOSED', allowedActions: ['close', 'publish'], publication: allowed }))).toEqual({
      published: false, canPublish: true, canUnpublish: false, refusal: null,
    })
  })

  it('show a published letter as published, not as a refusal to publish it again', () => {
    const published = { allowed: false, reason: 'ALREADY_PUBLISHED', message: '此信件已在网站选登，无需重复发布。' } as const
    expect(publicationCard(letter({ allowedActions: ['unpublish'], publication: published }))).toEqual({
      published: true, canPublish: false, canUnpublish: true, refusal: null,
    })
  })

  it('show no 选登 card on a letter not answered yet, where it could only say that it is not answered', () => {
    const notAnswered = { allowed: false, reason: 'NOT_ANSWERED', message: '只有已答复的信件才能选登。' } as const
    for (const status of ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'REPLY_IN_REVIEW'] as const) {
      expect(publicationCard(letter({ status, allowedActions: ['accept'], publication: notAnswered }))).toBeNull()
    }
  })

  it('keep 撤下 on a published letter that was reopened', () => {
    const published = { allowed: false, reason: 'ALREADY_PUBLISHED', message: '此信件已在网站选登，无需重复发布。' } as const
    expect(publicationCard(letter({ status: 'IN_PROGRESS', allowedActions: ['unpublish'], publication: published }))).toEqual({
      published: true, canPublish: false, canUnpublish: true, refusal: null,
    })
  })

  it('show no 选登 card to anyone the service tells nothing about it', () => {
    expect(publicationCard(letter({ allowedActions: ['close'], publication: null }))).toBeNull()
    expect(publicationCard(letter({ allowedActions: [], publication: undefined }))).toBeNull()
  })
})

describe('the step dialogs', () => {
  it('asks an assisting unit for its opinion (协办意见) and sends it trimmed with the version seen', () => {
    expect(validateForm('assisting-opinion', { ...emptyForm(), text: '  ' }).text).toBe('请填写协办意见')
    expect(validateForm('assisting-opinion', { ...emptyForm(), text: '字'.repeat(2001) }).text).toBe('协办意见不能超过2000个字')
    expect(bodyOf('assisting-opinion', { ...emptyForm(), text: ' 已核实，建议限时施工。 ' }, 3)).toEqual({ version: 3, text: '已核实，建议限时施工。' })
  })

  it('refuse a rejection without the reason the citizen will read', () => {
    expect(validateForm('reject', { ...emptyForm(), reason: '   ' })).toEqual({ reason: '请填写不予受理的理由' })
  })

  it('need a lead unit, and it may not also assist', () => {
    expect(validateForm('assign', emptyForm()).leadUnit).toBe('请选择主办单位')
    const both = { ...emptyForm(), leadUnit: 'housing', assistingUnits: ['housing', 'finance'] }
    expect(validateForm('assign', both).assistingUnits).toBe('主办单位不能同时作为协办单位')
  })

  it('need the leader’s instruction text when instructing', () => {
    const errors = validateForm('instruct', { ...emptyForm(), leadUnit: 'housing' })
    expect(errors).toEqual({ instruction: '请填写批示意见' })
  })

  it('take 1 to 30 working days of extension, and grant at most the days asked for', () => {
    const ask = (days: number | null) => validateForm('extension-request', { ...emptyForm(), reason: '需现场核查', days }).days
    expect(ask(null)).toBe('请填写延期天数')
    expect(ask(0)).toBe('延期天数应为1至30个工作日')
    expect(ask(31)).toBe('延期天数应为1至30个工作日')
    expect(ask(1.5)).toBe('延期天数应为1至30个工作日')
    expect(ask(5)).toBeUndefined()
    expect(validateForm('extension-grant', { ...emptyForm(), days: 4 }, { requestedDays: 3 }).days).toBe(
      '同意的延期天数应为1至3个工作日（申请的天数）',
    )
    expect(validateForm('extension-grant', { ...emptyForm(), days: null }, { requestedDays: 3 })).toEqual({})
  })

  it('check the leader’s account looks like a login name', () => {
    expect(validateForm('forward', { ...emptyForm(), leader: '刘洋' }).leader).toMatch(/格式有误/)
    expect(validateForm('forward', { ...emptyForm(), leader: 'liu.yang' })).toEqual({})
  })

  it('send the version the clerk saw with what the step needs', () => {
    const form = { ...emptyForm(), leadUnit: 'housing', assistingUnits: ['finance', 'housing'], instruction: ' 请住建局办理 ' }
    expect(bodyOf('instruct', form, 7)).toEqual({ version: 7, instruction: '请住建局办理', leadUnit: 'housing', assistingUnits: ['finance'] })
    expect(bodyOf('accept', { ...emptyForm(), type: 'CONSULTATION' }, 3)).toEqual({ version: 3, type: 'CONSULTATION' })
    expect(bodyOf('merge', { ...emptyForm(), intoTrackingCode: ' xf7k2m9q4t ' }, 2)).toEqual({
      version: 2,
      intoTrackingCode: 'XF7K2M9Q4T',
      remark: null,
    })
    expect(bodyOf('extension-request', { ...emptyForm(), days: 3, reason: '需现场核查' }, 5)).toEqual({
      version: 5,
      days: 3,
      reason: '需现场核查',
    })
    // The service names the leader from its directory: the name shown in the picker is not sent.
    expect(bodyOf('forward', { ...emptyForm(), leader: ' liu.yang ', leaderName: '刘洋' }, 1)).toEqual({
      version: 1,
      leader: 'liu.yang',
      remark: null,
    })
    expect(bodyOf('withdraw-from-leader', { ...emptyForm(), reason: ' 领导外出学习 ' }, 6)).toEqual({
      version: 6,
      reason: '领导外出学习',
    })
  })

  it('ask for the reason before a letter is taken back from its leader', () => {
    expect(validateForm('withdraw-from-leader', emptyForm())).toEqual({ reason: '请填写撤回理由' })
    expect(validateForm('withdraw-from-leader', { ...emptyForm(), reason: '改派' })).toEqual({})
  })

  it('put the service’s refusal of the leader at the leader picker', () => {
    const mapped = mapServerErrors('forward', [{ field: 'leader', message: '人员目录中没有账号「liu.yangg」，请从领导名单中选择。' }])
    expect(mapped.fields).toEqual({ leader: '人员目录中没有账号「liu.yangg」，请从领导名单中选择。' })
    expect(mapped.other).toEqual([])
  })

  it('put the service’s field errors next to their fields', () => {
    const mapped = mapServerErrors('assign', [
      { field: 'assistingUnits[0]', message: '协办单位不能为空' },
      { field: 'version', message: '请提供信件版本号' },
    ])
    expect(mapped.fields).toEqual({ assistingUnits: '协办单位不能为空' })
    expect(mapped.other).toEqual(['请提供信件版本号'])
  })
})

describe('a letter changed by someone else', () => {
  const conflict = (type?: string) => new ApiError(409, '冲突', { status: 409, title: '信件已被他人修改', type })

  it('is the stale-version 409 of the letter or the platform’s optimistic lock', () => {
    expect(isStaleLetter(conflict('urn:zhengtong:problem:letter-version-stale'))).toBe(true)
    expect(isStaleLetter(conflict('urn:zhengtong:problem:concurrent-modification'))).toBe(true)
  })

  it('is not a rule refusal that also answers 409', () => {
    expect(isStaleLetter(conflict('urn:zhengtong:problem:letter-extension-pending'))).toBe(false)
    expect(isStaleLetter(new ApiError(422, '校验失败', { status: 422 }))).toBe(false)
  })
})

describe('due dates', () => {
  it('are explained as the service computed them on the working-day calendar', () => {
    const explanation = '2026年11月16日（星期一）收到，收到当日不计，自次日起算7个工作日，截止2026年11月25日（星期三）24时。'
    const l = accepted({ deadline: { dueDate: '2026-11-25', workingDays: 7, explanation } })
    expect(deadlineExplanation(l)).toBe(explanation)
    expect(deadlineExplanation({ ...l, status: 'SUBMITTED' })).toBe(
      `${explanation}按来信人所选类型计算；受理时如更正类型，自收信日按新类型重新计算。`,
    )
    expect(deadlineExplanation(letter({ status: 'REJECTED_INVALID', deadline: null }))).toBe('')
    expect(deadlineExplanation(accepted({ status: 'CLOSED', deadline: null }))).toBe('')
  })

  it('count today in China, not in the browser’s zone', () => {
    expect(chinaToday(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01')
  })

  it('say whether a letter awaiting its answer is overdue', () => {
    expect(dueStanding(accepted({ dueDate: '2026-11-17' }), TODAY)).toBe('overdue')
    expect(dueStanding(accepted({ dueDate: TODAY }), TODAY)).toBe('today')
    expect(dueStanding(accepted({ dueDate: '2026-11-25' }), TODAY)).toBe('open')
    expect(dueStanding(accepted({ status: 'ANSWERED', dueDate: '2026-11-17' }), TODAY)).toBe('none')
    expect(dueStanding(letter({ status: 'SUBMITTED', dueDate: '2026-11-17' }), TODAY)).toBe('overdue')
    expect(dueStanding(letter({ status: 'REJECTED_INVALID', dueDate: null }), TODAY)).toBe('none')
  })
})

describe('labels', () => {
  it('name statuses, ratings and cards in Chinese', () => {
    expect(statusOption('FORWARDED_TO_LEADER')?.label).toBe('待领导批办')
    expect(ratingLabel('BASICALLY_SATISFIED')).toBe('基本满意')
    expect(ratingLabel(null)).toBe('未评价')
    expect(cardOption('RED').label).toBe('红牌督办')
    expect(cardOption(undefined).value).toBe('NONE')
  })

  it('say who did a step, and 系统 for automatic ones', () => {
    const names = (code: string) => (code === 'petition' ? '凤县信访局' : code)
    expect(actorOf(ACCEPTED_BY_WANG_FANG, names)).toBe('王芳（分办员，凤县信访局）')
    expect(actorOf(historyLine({ name: null, username: null, role: null, unitCode: null }))).toBe('系统')
  })

  it('show a unit’s code when the directory is unavailable', () => {
    expect(unitName([{ code: 'housing', name: '凤县住房和城乡建设局' }], 'housing')).toBe('凤县住房和城乡建设局')
    expect(unitName([], 'housing')).toBe('housing')
  })
})

describe('the work list', () => {
  it('puts a dispatcher’s new letters first, then the soonest due', () => {
    const fresh = summaryOf(letter({ id: 'a', submittedAt: '2026-11-17T01:00:00Z' }))
    const inReview = summaryOf(handledByHousing({ id: 'b', status: 'REPLY_IN_REVIEW', dueDate: '2026-11-19' }))
    const returned = summaryOf(accepted({ id: 'c', status: 'RETURNED', dueDate: '2026-11-20' }))
    const older = summaryOf(letter({ id: 'd', submittedAt: '2026-11-16T01:00:00Z' }))
    expect(sortWorkList([inReview, returned, fresh, older], WANG_FANG.roles).map((l) => l.id)).toEqual(['d', 'a', 'c', 'b'])
  })

  it('puts the letters the unit assists on (协办) after its own work, even when due sooner', () => {
    const assisted = summaryOf(accepted({ id: 'x', leadUnit: 'finance', status: 'IN_PROGRESS', dueDate: '2026-11-19' }), { assisting: true })
    const own = summaryOf(handledByHousing({ id: 'o', status: 'IN_PROGRESS', dueDate: '2026-11-25' }))
    expect(sortWorkList([assisted, own], ZHAO_LEI.roles).map((l) => l.id)).toEqual(['o', 'x'])
  })

  it('puts a department’s letters to sign for before those in progress', () => {
    const inProgress = summaryOf(handledByHousing({ id: 'p', status: 'IN_PROGRESS', dueDate: '2026-11-19' }))
    const toSign = summaryOf(handledByHousing({ id: 's', status: 'ASSIGNED', dueDate: '2026-11-25' }))
    expect(sortWorkList([inProgress, toSign], ZHAO_LEI.roles).map((l) => l.id)).toEqual(['s', 'p'])
  })

  it('tells the clerk why a 查询码 was refused: the field’s message, else the problem’s detail; other failures are not about the code', () => {
    const field = new ApiError(400, '', { status: 400, errors: [{ field: 'q', message: '查询码为10位字母或数字' }] })
    const detailOnly = new ApiError(400, '', { status: 400, title: '请求参数有误', detail: '不是查询码' })
    expect(trackingCodeProblem(field)).toBe('查询码为10位字母或数字')
    expect(trackingCodeProblem(detailOnly)).toBe('不是查询码')
    expect(trackingCodeProblem(new ApiError(503, '', { status: 503 }))).toBeNull()
    expect(trackingCodeProblem(new Error('network'))).toBeNull()
  })

  it('offers each role the states it works with', () => {
    expect(statusTabs(WANG_FANG.roles).map((t) => t.label).slice(0, 3)).toEqual(['我的待办', '待受理', '已退回，待重新分办'])
    expect(statusTabs(LIU_YANG.roles).map((t) => t.value)).toContain('FORWARDED_TO_LEADER')
    expect(statusTabs(ZHAO_LEI.roles).map((t) => t.value)).toEqual(['', 'ASSIGNED', 'IN_PROGRESS', 'REPLY_IN_REVIEW'])
  })
})

describe('statistics', () => {
  const row = (unitCode: string, received: number, answered: number, overdue = 0): UnitRow => ({
    unitCode,
    unitName: unitCode === 'housing' ? '凤县住房和城乡建设局' : null,
    received,
    answered,
    answeredOnTime: answered,
    onTimeRate: answered ? 100 : null,
    averageWorkingDays: null,
    satisfied: 0,
    basicallySatisfied: 0,
    unsatisfied: 0,
    satisfactionRate: null,
    overdue,
  })

  it('chart the units with letters, most received first, described in words', () => {
    const bars = chartBars([row('education', 2, 1), row('finance', 0, 0), row('housing', 5, 4, 1)])
    expect(bars.map((b) => b.unit)).toEqual(['凤县住房和城乡建设局', 'education'])
    expect(bars[0]?.description).toBe('凤县住房和城乡建设局：收信5件，答复4件，按期答复4件，超期1件')
    expect(chartScale(bars)).toBe(5)
    expect(chartScale([])).toBe(1)
  })

  it('print rates with one decimal and a dash when nothing was counted', () => {
    expect(percent(87.456)).toBe('87.5%')
    expect(percent(null)).toBe('—')
  })

  it('default to the last complete month in China', () => {
    expect(previousMonth(new Date('2026-01-10T00:00:00Z'))).toBe('2025-12')
    expect(previousMonth(new Date('2026-10-31T17:00:00Z'))).toBe('2026-10')
  })

  it('link the month’s xlsx export', () => {
    expect(workbookUrl('2026-10')).toBe('/api/mailbox/statistics.xlsx?month=2026-10')
  })
})
