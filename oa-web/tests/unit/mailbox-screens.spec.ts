import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setNotifier } from '@/api/client'
import { callsOf, json, lastBody, problem } from './support'
import { formErrorsShown, mountApp, settle } from './app'
import { ACCEPTED_BY_WANG_FANG, CHEN_JING, LIU_YANG, WANG_FANG, ZHAO_LEI, historyLine, letter, summaryOf } from './mailbox-fixtures'
import type { LetterDetail } from '@/mailbox/types'
import { WORK_LIST_COLUMNS } from '@/mailbox/worklist'

vi.mock('@/auth/session', () => ({ redirectToLogin: vi.fn(), submitLogout: vi.fn() }))

const notified: string[] = []
beforeEach(() => {
  notified.length = 0
  setNotifier((message) => notified.push(message))
})

afterEach(() => {
  document.body.innerHTML = ''
})

const UNITS = [
  { code: 'gov-office', name: '凤县人民政府办公室', shortName: '凤政办', type: 'government-office', parentCode: 'fengxian' },
  { code: 'housing', name: '凤县住房和城乡建设局', shortName: '凤住建', type: 'department', parentCode: 'fengxian' },
  { code: 'finance', name: '凤县财政局', shortName: '凤财', type: 'department', parentCode: 'fengxian' },
  { code: 'petition', name: '凤县信访局', shortName: '凤信访', type: 'department', parentCode: 'fengxian' },
]
const base = {
  '/api/mailbox/units': () => json(UNITS),
  '/api/mailbox/public/mailboxes': () =>
    json([{ code: 'petition', name: '信访局信箱', periods: [{ type: 'COMPLAINT', typeLabel: '投诉', workingDays: 7 }] }]),
}

const path = (l: LetterDetail) => `/api/mailbox/letters/${l.id}`
const ALREADY_PUBLISHED = { allowed: false, reason: 'ALREADY_PUBLISHED', message: '此信件已在网站选登，无需重复发布。' } as const

async function openLetter(l: LetterDetail, user: object, extra = {}) {
  const fixed = { [path(l)]: () => json(l), [`${path(l)}/duplicates`]: () => json([]), [`${path(l)}/attachments`]: () => json([]) }
  return mountApp(`/mailbox/letters/${l.id}`, { ...base, ...fixed, ...extra }, user)
}

function buttons(wrapper: { get: (s: string) => { findAll: (s: string) => { text: () => string }[] } }): string[] {
  return wrapper.get('[data-test="actions"]').findAll('button').map((b) => b.text())
}

describe('信件详情', () => {
  it('shows the letter’s text as typed: a script in it is text, not code', async () => {
    const l = letter({ subject: '<img src=x onerror=alert(1)>路灯' })
    const { wrapper } = await openLetter(l, WANG_FANG)

    expect(wrapper.get('[data-test="content"]').text()).toContain('<script>alert(1)</script>')
    expect(wrapper.get('[data-test="content"]').element.querySelector('script')).toBeNull()
    expect(wrapper.get('[data-test="subject"]').text()).toBe('<img src=x onerror=alert(1)>路灯')
    expect(wrapper.find('img[src="x"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('shows the contact as the service gives it, the due date with its explanation and who did what when', async () => {
    const l = letter({
      status: 'ACCEPTED',
      statusLabel: '已受理，待分办',
      dueDate: '2026-11-25',
      idNumber: '610330********1234',
      history: [historyLine(), { ...ACCEPTED_BY_WANG_FANG, remark: '信件类型由「咨询」改为「投诉」' }],
      allowedActions: ['assign', 'forward'],
      deadline: {
        dueDate: '2026-11-25',
        workingDays: 7,
        explanation: '2026年11月16日（星期一）收到，收到当日不计，自次日起算7个工作日，截止2026年11月25日（星期三）24时。',
      },
    })
    const { wrapper } = await openLetter(l, WANG_FANG)

    const meta = wrapper.get('[data-test="metadata"]').text()
    expect(meta).toContain('身份证号610330********1234')
    expect(meta).toContain('联系电话13812341234')
    expect(wrapper.get('[data-test="due-date"]').text()).toContain('2026-11-25')
    expect(wrapper.get('[data-test="due-explanation"]').text()).toBe(
      '2026年11月16日（星期一）收到，收到当日不计，自次日起算7个工作日，截止2026年11月25日（星期三）24时。',
    )
    expect(wrapper.get('[data-test="due-date"]').text()).toContain('7个工作日')
    const history = wrapper.get('[data-test="history"]').findAll('li')
    expect(history).toHaveLength(2)
    expect(history[1]?.text()).toContain('2026-11-16 10:00')
    expect(history[1]?.text()).toContain('王芳（分办员，凤县信访局）')
    expect(history[1]?.text()).toContain('受理')
    expect(history[1]?.text()).toContain('信件类型由「咨询」改为「投诉」')
    expect(buttons(wrapper)).toEqual(['呈送领导批办', '直接交办'])
    wrapper.unmount()
  })

  it('shows a new letter’s due date, counted from the day it was written, and that correcting the type recounts it', async () => {
    const l = letter({
      dueDate: '2026-11-19',
      allowedActions: ['accept', 'reject', 'merge'],
      deadline: {
        dueDate: '2026-11-19',
        workingDays: 3,
        explanation: '2026年11月16日（星期一）收到，收到当日不计，自次日起算3个工作日，截止2026年11月19日（星期四）24时。',
      },
    })
    const { wrapper } = await openLetter(l, WANG_FANG)

    const due = wrapper.get('[data-test="due-date"]').text()
    expect(due).toContain('2026-11-19')
    expect(due).toContain('3个工作日')
    expect(due).not.toContain('尚未确定')
    expect(wrapper.get('[data-test="due-explanation"]').text()).toBe(
      '2026年11月16日（星期一）收到，收到当日不计，自次日起算3个工作日，截止2026年11月19日（星期四）24时。' +
        '按来信人所选类型计算；受理时如更正类型，自收信日按新类型重新计算。',
    )
    expect(wrapper.text()).not.toContain('受理后')
    wrapper.unmount()
  })

  it('rejects a new letter only with the reason the citizen will read, sending the version seen', async () => {
    const l = letter({ allowedActions: ['accept', 'reject', 'merge'] })
    const rejected = letter({ status: 'REJECTED_INVALID', statusLabel: '不予受理', rejectionReason: '与政务无关', version: 5 })
    const { wrapper, fetchMock } = await openLetter(l, WANG_FANG, { [`POST ${path(l)}/reject`]: () => json(rejected) })
    expect(buttons(wrapper)).toEqual(['受理', '不予受理', '合并重复来信'])

    await wrapper.get('[data-test="action-reject"]').trigger('click')
    await settle()
    const dialog = wrapper.get('[role="dialog"][aria-label="不予受理"]')
    await dialog.get('[data-test="action-confirm"]').trigger('click')
    await formErrorsShown()
    expect(dialog.get('.el-form-item__error').text()).toBe('请填写不予受理的理由')
    expect(callsOf(fetchMock).filter((c) => c.startsWith('POST'))).toEqual([])

    await dialog.get('textarea').setValue('与政务无关')
    await dialog.get('[data-test="action-confirm"]').trigger('click')
    await settle()
    expect(lastBody(fetchMock, `POST ${path(l)}/reject`)).toEqual({ version: 4, reason: '与政务无关' })
    expect(wrapper.get('[data-test="detail-status"]').text()).toBe('不予受理')
    expect(document.body.textContent).toContain('与政务无关')
    wrapper.unmount()
  })

  it('merges a suspected duplicate into the original picked from the candidates', async () => {
    const l = letter({ suspectedDuplicate: true, allowedActions: ['accept', 'reject', 'merge'] })
    const candidate = {
      id: 'orig', trackingCode: 'AB3C4D5E6F', mailbox: 'petition', mailboxName: '信访局信箱', subject: '路灯不亮',
      type: 'COMPLAINT', typeLabel: '投诉', status: 'IN_PROGRESS', statusLabel: '办理中', submittedAt: '2026-11-10T01:00:00Z',
      reasons: ['SAME_PHONE'], reasonLabels: ['同一联系电话'],
    }
    const merged = letter({ status: 'MERGED', statusLabel: '重复来信，已合并办理', version: 5 })
    const { wrapper, fetchMock } = await openLetter(l, WANG_FANG, {
      [`${path(l)}/duplicates`]: () => json([candidate]),
      [`POST ${path(l)}/merge`]: () => json(merged),
    })
    expect(wrapper.get('[data-test="suspected-duplicate"]').text()).toBe('疑似重复')

    await wrapper.get('[data-test="action-merge"]').trigger('click')
    await settle()
    const dialog = wrapper.get('[role="dialog"][aria-label="合并重复来信"]')
    expect(dialog.text()).toContain('路灯不亮（办理中；同一联系电话）')
    await dialog.get('[data-test="use-AB3C4D5E6F"]').trigger('click')
    await dialog.get('[data-test="action-confirm"]').trigger('click')
    await settle()
    expect(lastBody(fetchMock, `POST ${path(l)}/merge`)).toEqual({ version: 4, intoTrackingCode: 'AB3C4D5E6F', remark: null })
    expect(wrapper.get('[data-test="detail-status"]').text()).toBe('重复来信，已合并办理')
    wrapper.unmount()
  })

  it('gives the leader a labelled instruction field and a named unit picker', async () => {
    const l = letter({
      status: 'FORWARDED_TO_LEADER',
      statusLabel: '待领导批办',
      designatedLeader: 'liu.yang',
      history: [historyLine(), ACCEPTED_BY_WANG_FANG],
      allowedActions: ['instruct'],
    })
    const { wrapper } = await openLetter(l, LIU_YANG)
    expect(buttons(wrapper)).toEqual(['批办'])
    await wrapper.get('[data-test="action-instruct"]').trigger('click')
    await settle()
    const dialog = wrapper.get('[role="dialog"][aria-label="批办"]')
    const labelled = (text: string) => {
      const label = dialog.findAll('label').find((l) => l.text() === text)
      return label ? document.getElementById(label.attributes('for') ?? '') : null
    }
    expect(labelled('批示意见')?.tagName).toBe('TEXTAREA')
    expect(dialog.find('input[role="combobox"][aria-label="主办单位"]').exists()).toBe(true)
    expect(dialog.find('input[role="combobox"][aria-label="协办单位"]').exists()).toBe(true)

    await dialog.get('[data-test="action-confirm"]').trigger('click')
    await formErrorsShown()
    expect(dialog.findAll('.el-form-item__error').map((e) => e.text())).toEqual(['请填写批示意见', '请选择主办单位'])
    wrapper.unmount()
  })

  it('tells the clerk when someone else handled the letter first, and reloads it', async () => {
    const l = letter({ allowedActions: ['accept', 'reject', 'merge'] })
    let current = l
    const { wrapper } = await mountApp(
      `/mailbox/letters/${l.id}`,
      {
        ...base,
        [path(l)]: () => json(current),
        [`${path(l)}/duplicates`]: () => json([]),
        [`POST ${path(l)}/accept`]: () => {
          current = letter({ status: 'ACCEPTED', statusLabel: '已受理，待分办', version: 5, history: [historyLine(), ACCEPTED_BY_WANG_FANG] })
          return problem(409, { title: '信件已被他人修改', type: 'urn:zhengtong:problem:letter-version-stale' })
        },
      },
      WANG_FANG,
    )
    await wrapper.get('[data-test="action-accept"]').trigger('click')
    await settle()
    await wrapper.get('[role="dialog"][aria-label="受理"] [data-test="action-confirm"]').trigger('click')
    await settle()

    const alert = wrapper.get('[data-test="conflict"]')
    expect(alert.text()).toContain('信件已被他人处理')
    expect(notified).toEqual([])
    await alert.get('[data-test="reload"]').trigger('click')
    await settle()
    expect(wrapper.find('[data-test="conflict"]').exists()).toBe(false)
    expect(wrapper.get('[data-test="detail-status"]').text()).toBe('已受理，待分办')
    wrapper.unmount()
  })

  it('lets the lead department ask for an extension within 1 to 30 working days', async () => {
    const l = letter({
      status: 'IN_PROGRESS',
      statusLabel: '办理中',
      leadUnit: 'housing',
      dueDate: '2999-12-31',
      history: [historyLine(), ACCEPTED_BY_WANG_FANG],
      allowedActions: ['reply', 'extension-request', 'return'],
    })
    const { wrapper, fetchMock } = await openLetter(l, ZHAO_LEI, { [`POST ${path(l)}/extension-request`]: () => json(l) })
    expect(buttons(wrapper)).toEqual(['起草答复', '申请延期', '退回'])

    await wrapper.get('[data-test="action-extension-request"]').trigger('click')
    await settle()
    const dialog = wrapper.get('[role="dialog"][aria-label="申请延期"]')
    await dialog.get('[data-test="action-confirm"]').trigger('click')
    await formErrorsShown()
    const errors = dialog.findAll('.el-form-item__error').map((e) => e.text())
    expect(errors).toEqual(['请填写延期天数', '请填写延期理由'])

    await dialog.get('[data-test="field-days"] input').setValue('3')
    await dialog.get('textarea').setValue('需现场核查')
    await dialog.get('[data-test="action-confirm"]').trigger('click')
    await settle()
    expect(lastBody(fetchMock, `POST ${path(l)}/extension-request`)).toEqual({ version: 4, days: 3, reason: '需现场核查' })
    wrapper.unmount()
  })

  it('shows a supervisor the yellow or red card of an overdue letter in words', async () => {
    const l = letter({ status: 'IN_PROGRESS', statusLabel: '办理中', leadUnit: 'housing', dueDate: '2026-01-05', history: [historyLine(), ACCEPTED_BY_WANG_FANG] })
    const line = {
      id: l.id, trackingCode: l.trackingCode, subject: l.subject, type: 'COMPLAINT', typeLabel: '投诉', mailbox: 'petition',
      unitCode: 'housing', unitName: '凤县住房和城乡建设局', status: 'IN_PROGRESS', statusLabel: '办理中', dueDate: '2026-01-05',
      workingDaysLeft: 0, workingDaysOverdue: 6, card: 'RED',
    }
    const { wrapper } = await openLetter(l, CHEN_JING, {
      '/api/mailbox/supervision/letters': () => json({ content: [line], page: 0, size: 100, totalElements: 1, totalPages: 1 }),
    })
    expect(wrapper.get('[data-test="card"]').text()).toBe('红牌督办，超期6个工作日')
    expect(wrapper.get('[data-test="due-date"]').text()).toContain('已超期')
    wrapper.unmount()
  })

  it('previews the masked public text before the dispatcher publishes an answered letter, then offers 撤下', async () => {
    const l = letter({
      status: 'ANSWERED',
      statusLabel: '已答复',
      leadUnit: 'housing',
      reply: '已修复。',
      history: [historyLine(), ACCEPTED_BY_WANG_FANG],
      allowedActions: ['close', 'publish'],
      publication: { allowed: true, reason: null, message: null },
    })
    const view = {
      letterId: l.id, version: 4, published: false, publishable: true, reason: null, publishedAt: null, publishedBy: null,
      unpublishedAt: null, unpublishedBy: null, unpublishReason: null,
      letter: { id: l.id, subject: l.subject, content: '张** 反映路灯不亮', type: 'COMPLAINT', typeLabel: '投诉', mailbox: '信访局信箱',
        writer: '张**', submittedOn: '2026-11-16', reply: '已修复。', repliedOn: '2026-11-18', unitName: '凤县住房和城乡建设局' },
    }
    let published = false
    const { wrapper, fetchMock } = await openLetter(l, WANG_FANG, {
      [path(l)]: () =>
        json(published ? { ...l, allowedActions: ['close', 'unpublish'], publication: ALREADY_PUBLISHED } : l),
      [`${path(l)}/publication`]: () => json({ ...view, published, publishable: !published }),
      [`POST ${path(l)}/publish`]: () => {
        published = true
        return json({ ...view, published: true, publishable: false, publishedAt: '2026-11-19T02:00:00Z', publishedBy: 'wang.fang' })
      },
    })
    const preview = wrapper.get('[data-test="publication-preview"]').text()
    expect(preview).toContain('来信人：张**')
    expect(preview).toContain('张** 反映路灯不亮')
    expect(wrapper.find('[data-test="unpublish"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="publication-reason"]').exists()).toBe(false)
    expect(buttons(wrapper)).toEqual(['办结'])

    await wrapper.get('[data-test="publish"]').trigger('click')
    await settle()
    const box = document.querySelector<HTMLElement>('.el-message-box')
    expect(box?.textContent).toContain('个人信息已隐去')
    ;[...(box?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === '选登')?.click()
    await settle()
    expect(lastBody(fetchMock, `POST ${path(l)}/publish`)).toEqual({ version: 4 })
    expect(wrapper.find('[data-test="publish"]').exists()).toBe(false)
    expect(wrapper.get('[data-test="unpublish"]').text()).toBe('撤下')
    expect(wrapper.get('[data-test="publication"]').text()).toContain('已在网站选登')
    expect(wrapper.find('[data-test="publication-reason"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('shows the dispatcher why an answered letter cannot be published, its 选登 button disabled', async () => {
    const message = '来信人未同意公开此信件，不能选登。'
    const l = letter({
      status: 'ANSWERED',
      statusLabel: '已答复',
      leadUnit: 'housing',
      reply: '已修复。',
      consentToPublish: false,
      allowedActions: ['close'],
      publication: { allowed: false, reason: 'NO_CONSENT', message },
    })
    const { wrapper, fetchMock } = await openLetter(l, WANG_FANG, {
      [`${path(l)}/publication`]: () =>
        json({ letterId: l.id, version: 4, published: false, publishable: false, reason: message, publishedAt: null,
          publishedBy: null, unpublishedAt: null, unpublishedBy: null, unpublishReason: null, letter: null }),
    })

    expect(wrapper.get('[data-test="publication"]').text()).toContain('未选登')
    expect(wrapper.get('[data-test="publication-reason"]').text()).toBe(`不能选登：${message}`)
    const button = wrapper.get('[data-test="publish"]')
    expect(button.attributes('disabled')).toBeDefined()
    await button.trigger('click')
    await settle()
    expect(document.querySelector('.el-message-box')).toBeNull()
    expect(callsOf(fetchMock).filter((c) => c.startsWith('POST'))).toEqual([])
    expect(wrapper.find('[data-test="unpublish"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('does not ask for 选登 when the service does not offer it to the caller', async () => {
    const l = letter({
      status: 'ANSWERED', statusLabel: '已答复', leadUnit: 'housing', reply: '已修复。', allowedActions: [], publication: null,
    })
    const { wrapper, fetchMock } = await openLetter(l, ZHAO_LEI)

    expect(callsOf(fetchMock).filter((c) => c.includes('/publication'))).toEqual([])
    expect(wrapper.find('[data-test="publication"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="publish"]').exists()).toBe(false)
    wrapper.unmount()
  })
})

describe('信件详情 · 来信附件', () => {
  const PHOTO = { position: 1, fileName: '路灯照片.jpg', contentType: 'image/jpeg', typeLabel: 'JPG', size: 245760, sha256: 'ab', uploadedAt: '2026-11-16T01:00:00Z' }
  const SCAN = { position: 2, fileName: '情况说明.pdf', contentType: 'application/pdf', typeLabel: 'PDF', size: 1572864, sha256: 'cd', uploadedAt: '2026-11-16T01:00:00Z' }

  it('lists the citizen’s files with their kind and size, each a download through the gateway', async () => {
    const l = letter()
    const { wrapper } = await openLetter(l, WANG_FANG, { [`${path(l)}/attachments`]: () => json([PHOTO, SCAN]) })

    const card = wrapper.get('[data-test="attachments"]')
    expect(card.text()).toContain('来信附件（2个）')
    const rows = card.findAll('li').map((li) => li.findAll('span, a').map((part) => part.text()).join(' '))
    expect(rows).toEqual(['附件1 路灯照片.jpg JPG 240.0 KB', '附件2 情况说明.pdf PDF 1.5 MB'])
    const links = card.findAll('a')
    expect(links.map((a) => a.attributes('href'))).toEqual([`${path(l)}/attachments/1`, `${path(l)}/attachments/2`])
    expect(links[0]?.attributes('aria-label')).toBe('下载附件“路灯照片.jpg”')
    wrapper.unmount()
  })

  it('shows no attachment card for a letter without files', async () => {
    const { wrapper } = await openLetter(letter(), WANG_FANG)
    expect(wrapper.find('[data-test="attachments"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('says when the files could not be listed, and lists them on 重试', async () => {
    const l = letter()
    let up = false
    const { wrapper } = await openLetter(l, WANG_FANG, {
      [`${path(l)}/attachments`]: () => (up ? json([PHOTO]) : problem(500, { title: '服务器错误' })),
    })
    expect(wrapper.get('[data-test="attachments"]').text()).toContain('附件列表加载失败')
    expect(notified).toEqual([])

    up = true
    await wrapper.get('[data-test="attachments-retry"]').trigger('click')
    await settle()
    expect(wrapper.get('[data-test="attachments"]').text()).toContain('路灯照片.jpg')
    expect(wrapper.get('[data-test="attachments"]').text()).not.toContain('加载失败')
    wrapper.unmount()
  })
})

describe('信件详情 · 人名', () => {
  it('names the leader, the clerk asking for more days and the reply’s drafter, not their accounts', async () => {
    const l = letter({
      status: 'REPLY_IN_REVIEW', statusLabel: '答复审核中', leadUnit: 'housing',
      designatedLeader: 'liu.yang', designatedLeaderName: '刘洋',
      extensionRequest: { workingDays: 3, reason: '需协调供电公司', requestedBy: 'zhao.lei', requestedByName: '赵磊', unitCode: 'housing', requestedAt: '2026-11-17T02:00:00Z' },
      reply: '已修复。', replyDraftedBy: 'zhao.lei', replyDraftedByName: '赵磊',
    })
    const { wrapper } = await openLetter(l, WANG_FANG)

    expect(wrapper.get('[data-test="metadata"]').text()).toContain('批办领导刘洋')
    expect(wrapper.get('[data-test="extension-request"]').text()).toContain('（赵磊，2026-11-17 10:00）')
    expect(wrapper.get('[data-test="reply-drafter"]').text()).toBe('起草人：赵磊')
    expect(wrapper.text()).not.toContain('liu.yang')
    expect(wrapper.text()).not.toContain('zhao.lei')
    wrapper.unmount()
  })

  it('falls back to the account when the service knows no name', async () => {
    const l = letter({ status: 'FORWARDED_TO_LEADER', designatedLeader: 'liu.yang', designatedLeaderName: null })
    const { wrapper } = await openLetter(l, WANG_FANG)
    expect(wrapper.get('[data-test="metadata"]').text()).toContain('批办领导liu.yang')
    wrapper.unmount()
  })
})

describe('信件详情 · 选登', () => {
  it('shows a dispatcher no 选登 card on a new letter, and does not ask for its preview', async () => {
    const l = letter({
      allowedActions: ['accept', 'reject'],
      publication: { allowed: false, reason: 'NOT_ANSWERED', message: '只有已答复的信件才能选登，请在答复审核通过后再选登。' },
    })
    const { wrapper, fetchMock } = await openLetter(l, WANG_FANG)

    expect(wrapper.find('[data-test="publication"]').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('不能选登')
    expect(callsOf(fetchMock).filter((c) => c.includes('/publication'))).toEqual([])
    expect(buttons(wrapper)).toEqual(['受理', '不予受理'])
    wrapper.unmount()
  })
})

describe('呈送领导批办', () => {
  it('picks the leader from the government office’s leaders by name and sends the account only', async () => {
    const l = letter({ status: 'ACCEPTED', statusLabel: '已受理，待分办', allowedActions: ['forward', 'assign'] })
    const forwarded = letter({ status: 'FORWARDED_TO_LEADER', statusLabel: '待领导批办', version: 5, allowedActions: [] })
    const { wrapper, fetchMock } = await openLetter(l, WANG_FANG, {
      '/api/mailbox/units/gov-office/members': () =>
        json([
          { username: 'chen.xian', name: '陈县长', unitCode: 'gov-office' },
          { username: 'liu.yang', name: '刘洋', unitCode: 'gov-office' },
        ]),
      [`POST ${path(l)}/forward`]: () => json(forwarded),
    })
    await wrapper.get('[data-test="action-forward"]').trigger('click')
    await settle()
    expect(callsOf(fetchMock)).toContain('GET /api/mailbox/units/gov-office/members?role=leader')
    const dialog = wrapper.get('[role="dialog"][aria-label="呈送领导批办"]')
    expect(dialog.find('input[role="combobox"][aria-label="批办领导"]').exists()).toBe(true)
    expect(dialog.find('input[role="combobox"][aria-label="领导所在单位"]').exists()).toBe(true)

    await dialog.get('[data-test="action-confirm"]').trigger('click')
    await formErrorsShown()
    expect(dialog.get('.el-form-item__error').text()).toBe('请选择批办领导')

    const leaderPicker = wrapper.findAllComponents({ name: 'ElSelect' }).find((c) => c.attributes('data-test') === 'field-leader')
    expect(leaderPicker?.findAllComponents({ name: 'ElOption' }).map((o) => o.props('label'))).toEqual([
      '陈县长（chen.xian）',
      '刘洋（liu.yang）',
    ])
    leaderPicker!.vm.$emit('update:modelValue', 'liu.yang')
    leaderPicker!.vm.$emit('change', 'liu.yang')
    await settle()
    await dialog.get('[data-test="action-confirm"]').trigger('click')
    await settle()
    expect(lastBody(fetchMock, `POST ${path(l)}/forward`)).toEqual({ version: 4, leader: 'liu.yang', remark: null })
    expect(wrapper.get('[data-test="detail-status"]').text()).toBe('待领导批办')
    wrapper.unmount()
  })

  it('shows the service’s refusal of a hand-typed leader at the picker and keeps the dialog open', async () => {
    const l = letter({ status: 'ACCEPTED', statusLabel: '已受理，待分办', allowedActions: ['forward', 'assign'] })
    const refusal = '人员目录中没有账号「liu.yangg」，请从领导名单中选择。'
    const { wrapper, fetchMock } = await openLetter(l, WANG_FANG, {
      // The member list does not load: the clerk types the account by hand.
      '/api/mailbox/units/gov-office/members': () => problem(503, { status: 503, title: '人员目录暂不可用' }),
      [`POST ${path(l)}/forward`]: () =>
        problem(422, {
          status: 422,
          title: '批办领导有误',
          type: 'urn:zhengtong:problem:letter-leader-unknown',
          detail: refusal,
          errors: [{ field: 'leader', message: refusal }],
        }),
    })
    await wrapper.get('[data-test="action-forward"]').trigger('click')
    await settle()
    const dialog = wrapper.get('[role="dialog"][aria-label="呈送领导批办"]')
    const leaderPicker = wrapper.findAllComponents({ name: 'ElSelect' }).find((c) => c.attributes('data-test') === 'field-leader')
    leaderPicker!.vm.$emit('update:modelValue', 'liu.yangg')
    leaderPicker!.vm.$emit('change', 'liu.yangg')
    await settle()

    await dialog.get('[data-test="action-confirm"]').trigger('click')
    await settle()
    await formErrorsShown()

    expect(lastBody(fetchMock, `POST ${path(l)}/forward`)).toEqual({ version: 4, leader: 'liu.yangg', remark: null })
    const leaderItem = dialog.findAll('.el-form-item').find((item) => item.find('[data-test="field-leader"]').exists())
    expect(leaderItem?.get('.el-form-item__error').text()).toBe(refusal)
    expect(wrapper.find('[role="dialog"][aria-label="呈送领导批办"]').isVisible()).toBe(true)
    expect(wrapper.get('[data-test="detail-status"]').text()).toBe('已受理，待分办')
    expect(notified).toEqual([])
    wrapper.unmount()
  })
})

describe('撤回领导批办', () => {
  const waiting = () =>
    letter({
      status: 'FORWARDED_TO_LEADER',
      statusLabel: '待领导批办',
      designatedLeader: 'liu.yang',
      allowedActions: ['withdraw-from-leader'],
    })

  it('lets the dispatcher take a letter back from its leader with a reason, which is asked for first', async () => {
    const l = waiting()
    const back = letter({ status: 'ACCEPTED', statusLabel: '已受理，待分办', version: 5, allowedActions: ['forward', 'assign'] })
    const { wrapper, fetchMock } = await openLetter(l, WANG_FANG, { [`POST ${path(l)}/withdraw-from-leader`]: () => json(back) })
    expect(buttons(wrapper)).toEqual(['撤回领导批办'])

    await wrapper.get('[data-test="action-withdraw-from-leader"]').trigger('click')
    await settle()
    const dialog = wrapper.get('[role="dialog"][aria-label="撤回领导批办"]')
    expect(dialog.text()).toContain('撤回理由')
    await dialog.get('[data-test="action-confirm"]').trigger('click')
    await formErrorsShown()
    expect(dialog.get('.el-form-item__error').text()).toBe('请填写撤回理由')
    expect(callsOf(fetchMock).filter((c) => c.startsWith('POST'))).toEqual([])

    await dialog.get('textarea').setValue('刘县长外出学习，改呈其他领导')
    await dialog.get('[data-test="action-confirm"]').trigger('click')
    await settle()
    expect(lastBody(fetchMock, `POST ${path(l)}/withdraw-from-leader`)).toEqual({ version: 4, reason: '刘县长外出学习，改呈其他领导' })
    expect(wrapper.get('[data-test="detail-status"]').text()).toBe('已受理，待分办')
    expect(buttons(wrapper)).toEqual(['呈送领导批办', '直接交办'])
    wrapper.unmount()
  })

  it('offers a supervisor the same button when the service does', async () => {
    const { wrapper } = await openLetter(waiting(), CHEN_JING)
    expect(buttons(wrapper)).toEqual(['撤回领导批办'])
    wrapper.unmount()
  })

  it('offers the leader nothing of the kind: the service decides, the OA only shows', async () => {
    const { wrapper } = await openLetter(letter({ ...waiting(), allowedActions: ['instruct'] }), LIU_YANG)
    expect(buttons(wrapper)).toEqual(['批办'])
    wrapper.unmount()
  })
})

describe('信件列表', () => {
  it('marks suspected duplicates in words and puts the page’s new letters first', async () => {
    const fresh = summaryOf(letter({ id: 'n1', subject: '新来信' }), { suspectedDuplicate: true })
    const inReview = summaryOf(letter({ id: 'r1', subject: '答复待审', status: 'REPLY_IN_REVIEW', statusLabel: '答复审核中', leadUnit: 'housing' }))
    const { wrapper, fetchMock } = await mountApp('/mailbox/letters', { ...base, '/api/mailbox/letters': () => json({ content: [inReview, fresh], page: 0, size: 20, totalElements: 2, totalPages: 1 }) }, WANG_FANG)

    const titles = wrapper.findAll('[data-test="letter-title"]').map((t) => t.text())
    expect(titles).toEqual(['新来信', '答复待审'])
    expect(wrapper.findAll('[data-test="suspected-duplicate"]')).toHaveLength(1)
    expect(wrapper.get('[data-test="letter-table"]').text()).toContain('凤县住房和城乡建设局')
    expect(wrapper.get('[data-test="letter-table"]').text()).toContain('张*')

    await wrapper.get('#tab-SUBMITTED').trigger('click')
    await settle()
    expect(callsOf(fetchMock)).toContain('GET /api/mailbox/letters?status=SUBMITTED&page=0&size=20')
    wrapper.unmount()
  })
})

describe('信件列表 · 列宽', () => {
  it('fits beside the side navigation on a 1366 px screen, the subject taking what is left', () => {
    // 1366 less the navigation, the page's and the card's padding, the card's border and a scrollbar.
    const room = 1366 - 208 - 2 * 24 - 2 * 20 - 2 - 17
    const { subjectMin, ...fixed } = WORK_LIST_COLUMNS
    expect(Object.values(fixed).reduce((a, b) => a + b, 0) + subjectMin).toBeLessThanOrEqual(room)
  })

  it('keeps the 查询码 on one line, the due date whole with its standing under it, and says the count once', async () => {
    const overdue = summaryOf(letter({ id: 'o1', subject: '超期信件', status: 'IN_PROGRESS', statusLabel: '办理中', dueDate: '2020-01-06', leadUnit: 'housing' }), {
      trackingCode: 'XF7K-2M9Q-4T7A',
    })
    const { wrapper } = await mountApp(
      '/mailbox/letters',
      { ...base, '/api/mailbox/letters': () => json({ content: [overdue], page: 0, size: 20, totalElements: 1, totalPages: 1 }) },
      WANG_FANG,
    )

    const code = wrapper.get('[data-test="tracking-code"]')
    expect(code.text()).toBe('XF7K-2M9Q-4T7A')
    expect(code.classes()).toContain('tracking-code')
    const due = wrapper.get('[data-test="due-date"]')
    expect(due.findAll('.letter-list__line').map((l) => l.text())).toEqual(['2020-01-06', '（已超期）'])
    expect(due.classes()).toContain('letter-list__overdue')
    expect(wrapper.get('[data-test="letter-total"]').text()).toBe('共 1 件')
    expect(wrapper.find('.el-pagination__total').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('共 1 条')
    wrapper.unmount()
  })
})

describe('协办', () => {
  const FINANCE_CLERK = { username: 'sun.li', name: '孙丽', unitCode: 'finance', unitName: '凤县财政局', roles: ['staff'] }
  const opinion = { unitCode: 'finance', unitName: '凤县财政局', text: '专项资金已下达。', username: 'sun.li', name: '孙丽', at: '2026-11-17T02:00:00Z' }

  it('marks the letters the clerk’s unit assists on in the work list', async () => {
    const assisted = summaryOf(letter({ id: 'x1', subject: '协办的信', status: 'IN_PROGRESS', statusLabel: '办理中', leadUnit: 'housing' }), { assisting: true })
    const own = summaryOf(letter({ id: 'o1', subject: '主办的信', status: 'IN_PROGRESS', statusLabel: '办理中', leadUnit: 'finance' }))
    const { wrapper } = await mountApp('/mailbox/letters', { ...base, '/api/mailbox/letters': () => json({ content: [assisted, own], page: 0, size: 20, totalElements: 2, totalPages: 1 }) }, FINANCE_CLERK)

    expect(wrapper.findAll('[data-test="letter-title"]').map((t) => t.text())).toEqual(['主办的信', '协办的信'])
    expect(wrapper.findAll('[data-test="assisting"]')).toHaveLength(1)
    expect(wrapper.get('[data-test="letter-table"]').findAll('tbody tr')[1]?.text()).toContain('协办')
    wrapper.unmount()
  })

  it('lets the assisting unit write its opinion and shows it on the letter', async () => {
    const l = letter({ status: 'IN_PROGRESS', statusLabel: '办理中', leadUnit: 'housing', assistingUnits: ['finance'], allowedActions: ['assisting-opinion'] })
    const written = { ...l, version: 5, allowedActions: ['assisting-opinion'], assistingOpinions: [opinion] }
    const { wrapper, fetchMock } = await openLetter(l, FINANCE_CLERK, { [`POST ${path(l)}/assisting-opinion`]: () => json(written) })
    expect(buttons(wrapper)).toEqual(['填写协办意见'])
    expect(wrapper.find('[data-test="assisting-opinions"]').exists()).toBe(false)

    await wrapper.get('[data-test="action-assisting-opinion"]').trigger('click')
    await settle()
    const dialog = wrapper.get('[role="dialog"][aria-label="填写协办意见"]')
    await dialog.get('textarea').setValue(' 专项资金已下达。 ')
    await dialog.get('[data-test="action-confirm"]').trigger('click')
    await settle()

    expect(lastBody(fetchMock, `POST ${path(l)}/assisting-opinion`)).toEqual({ version: 4, text: '专项资金已下达。' })
    const shown = wrapper.get('[data-test="assisting-opinions"]').text()
    expect(shown).toContain('凤县财政局')
    expect(shown).toContain('孙丽')
    expect(shown).toContain('专项资金已下达。')

    // Writing again starts from the unit's current opinion.
    await wrapper.get('[data-test="action-assisting-opinion"]').trigger('click')
    await settle()
    expect((wrapper.get('[role="dialog"][aria-label="填写协办意见"] textarea').element as HTMLTextAreaElement).value).toBe('专项资金已下达。')
    wrapper.unmount()
  })

  it('shows the opinions to the lead unit’s drafter, who gets no 协办 button', async () => {
    const l = letter({ status: 'IN_PROGRESS', statusLabel: '办理中', leadUnit: 'housing', assistingUnits: ['finance'], allowedActions: ['reply', 'return'], assistingOpinions: [opinion] })
    const { wrapper } = await openLetter(l, ZHAO_LEI)

    expect(buttons(wrapper)).not.toContain('填写协办意见')
    expect(wrapper.get('[data-test="assisting-opinion"]').text()).toContain('专项资金已下达。')
    wrapper.unmount()
  })
})

describe('信件办理 · 分页与查询码查找', () => {
  type Line = ReturnType<typeof summaryOf>
  const pageOf = (content: Line[], totalElements = content.length) => ({ content, page: 0, size: 20, totalElements, totalPages: Math.ceil(totalElements / 20) })
  const queryOf = (url: string) => new URL(url, 'http://oa').searchParams
  const fresh = summaryOf(letter({ id: 'n1', subject: '新来信' }))
  const found = summaryOf(letter({ id: 'f1', subject: '路灯坏了', status: 'CLOSED', statusLabel: '已办结' }))

  /** The work list as the service pages it: 45 letters; `q` answers the one letter of code XF7K2M9Q4T. */
  function workList(letters = (url: string): Response => {
    const q = queryOf(url).get('q')
    if (q === null) return json(pageOf([fresh], 45))
    return json(q.replace(/-/g, '').toUpperCase() === found.trackingCode ? pageOf([found]) : pageOf([]))
  }) {
    return { ...base, '/api/mailbox/letters': letters }
  }
  const listCalls = (fetchMock: Parameters<typeof callsOf>[0]) => callsOf(fetchMock).filter((c) => c.startsWith('GET /api/mailbox/letters'))
  const titles = (wrapper: { findAll: (s: string) => { text: () => string }[] }) => wrapper.findAll('[data-test="letter-title"]').map((t) => t.text())

  it('counts all the caller’s letters and asks the service for the second page when the clerk pages on', async () => {
    const { wrapper, fetchMock, router } = await mountApp('/mailbox/letters', workList(), WANG_FANG)
    expect(listCalls(fetchMock)).toEqual(['GET /api/mailbox/letters?page=0&size=20'])
    expect(wrapper.get('[data-test="letter-total"]').text()).toBe('共 45 件')

    await wrapper.findAll('.el-pager li').find((li) => li.text() === '2')!.trigger('click')
    await settle()
    expect(listCalls(fetchMock).at(-1)).toBe('GET /api/mailbox/letters?page=1&size=20')
    // The page is in the address (1-based), so reload and back keep it.
    expect(router.currentRoute.value.query).toEqual({ page: '2' })
    wrapper.unmount()
  })

  it('starts a status tab at its first page', async () => {
    const { wrapper, fetchMock, router } = await mountApp('/mailbox/letters?page=3&size=50', workList(), WANG_FANG)
    expect(listCalls(fetchMock)).toEqual(['GET /api/mailbox/letters?page=2&size=50'])

    await wrapper.get('#tab-SUBMITTED').trigger('click')
    await settle()
    expect(listCalls(fetchMock).at(-1)).toBe('GET /api/mailbox/letters?status=SUBMITTED&page=0&size=50')
    expect(router.currentRoute.value.query).toEqual({ status: 'SUBMITTED', size: '50' })
    wrapper.unmount()
  })

  it('finds a letter by the tracking code the citizen reads out, whatever its state, and returns to the list when the box is emptied', async () => {
    const { wrapper, fetchMock, router } = await mountApp('/mailbox/letters?status=SUBMITTED&page=2', workList(), WANG_FANG)
    expect(wrapper.get('#letter-q').attributes('placeholder')).toBe('输入查询码查找信件')

    await wrapper.get('#letter-q').setValue(' xf7k-2m9q4t ')
    await wrapper.get('form[role="search"]').trigger('submit')
    await settle()
    expect(listCalls(fetchMock).at(-1)).toBe('GET /api/mailbox/letters?q=xf7k-2m9q4t&page=0&size=20')
    expect(router.currentRoute.value.query).toEqual({ q: 'xf7k-2m9q4t' })
    expect(titles(wrapper)).toEqual(['路灯坏了'])
    expect(wrapper.get('[data-test="letter-total"]').text()).toContain('共 1 件')

    await wrapper.get('#letter-q').setValue('')
    await settle()
    expect(listCalls(fetchMock).at(-1)).toBe('GET /api/mailbox/letters?page=0&size=20')
    expect(router.currentRoute.value.query).toEqual({})
    expect(titles(wrapper)).toEqual(['新来信'])
    wrapper.unmount()
  })

  it('says in words when no letter the clerk may see has that tracking code', async () => {
    const { wrapper } = await mountApp('/mailbox/letters?q=AB12CD34EF', workList(), WANG_FANG)

    expect(wrapper.get('#letter-q').element).toHaveProperty('value', 'AB12CD34EF')
    expect(wrapper.get('[data-test="letter-table"]').text()).toContain('未找到该查询码的信件，或您无权查看')
    expect(wrapper.find('[data-test="letter-q-error"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('shows the service’s reason under the box when what was typed is not a tracking code, without a pop-up', async () => {
    const notACode = (url: string) =>
      queryOf(url).has('q')
        ? problem(400, { title: '请求参数有误', errors: [{ field: 'q', message: '查询码为10位字母或数字' }] })
        : json(pageOf([fresh]))
    const { wrapper, fetchMock } = await mountApp('/mailbox/letters', workList(notACode), WANG_FANG)

    await wrapper.get('#letter-q').setValue('张三')
    await wrapper.get('form[role="search"]').trigger('submit')
    await settle()
    expect(listCalls(fetchMock).at(-1)).toBe('GET /api/mailbox/letters?q=%E5%BC%A0%E4%B8%89&page=0&size=20')
    expect(wrapper.get('[data-test="letter-q-error"]').text()).toBe('查询码为10位字母或数字')
    expect(wrapper.get('#letter-q').attributes('aria-invalid')).toBe('true')
    expect(titles(wrapper)).toEqual([])
    expect(notified).toEqual([])

    await wrapper.get('#letter-q').setValue('')
    await settle()
    expect(wrapper.find('[data-test="letter-q-error"]').exists()).toBe(false)
    expect(titles(wrapper)).toEqual(['新来信'])
    wrapper.unmount()
  })
})

describe('督查督办', () => {
  it('lists overdue letters of all units with their cards in words, and the due-soon ones on the other tab', async () => {
    const line = (id: string, card: string, overdue: number) => ({
      id, trackingCode: `T${id}`, subject: `信件${id}`, type: 'COMPLAINT', typeLabel: '投诉', mailbox: 'petition',
      unitCode: 'housing', unitName: '凤县住房和城乡建设局', status: 'IN_PROGRESS', statusLabel: '办理中', dueDate: '2026-11-02',
      workingDaysLeft: 0, workingDaysOverdue: overdue, card,
    })
    const { wrapper, fetchMock } = await mountApp(
      '/mailbox/supervision',
      {
        ...base,
        '/api/mailbox/supervision/letters': (url) =>
          json(url.includes('view=due-soon')
            ? { content: [{ ...line('3', 'NONE', 0), workingDaysLeft: 1, standing: 'DUE_SOON' }], page: 0, size: 20, totalElements: 1, totalPages: 1 }
            : { content: [{ ...line('1', 'RED', 6), standing: 'RED_CARD' }, { ...line('2', 'YELLOW', 3), standing: 'YELLOW_CARD' },
                { ...line('4', 'NONE', 0), standing: 'OVERDUE' }], page: 0, size: 20, totalElements: 3, totalPages: 1 }),
      },
      CHEN_JING,
    )
    const table = wrapper.get('[data-test="supervision-table"]').text()
    expect(table).toContain('红牌督办')
    expect(table).toContain('黄牌警告')
    expect(table).toContain('超期6个工作日')
    // Past its due date over a weekend: no working day overdue yet, but not "due today" either.
    expect(table).toContain('已过截止日期（11月2日）')
    expect(table).not.toContain('今日到期')
    expect(callsOf(fetchMock)).toContain('GET /api/mailbox/supervision/letters?view=overdue&page=0&size=20')
    // The 查询码 stays on one line, to be read out on the phone.
    expect(wrapper.findAll('[data-test="tracking-code"]').map((c) => c.classes())).toEqual(Array(3).fill(['tracking-code']))

    await wrapper.get('#tab-due-soon').trigger('click')
    await settle()
    expect(wrapper.get('[data-test="supervision-table"]').text()).toContain('剩余1个工作日')
    wrapper.unmount()
  })
})

describe('督查督办 for a unit\'s clerk', () => {
  it('shows only the clerk\'s unit, without a unit filter that the service would refuse', async () => {
    const { wrapper, fetchMock } = await mountApp(
      '/mailbox/supervision',
      {
        ...base,
        '/api/mailbox/supervision/letters': () => json({ content: [], page: 0, size: 20, totalElements: 0, totalPages: 0 }),
      },
      ZHAO_LEI,
    )
    expect(wrapper.find('[data-test="filter-unit"]').exists()).toBe(false)
    expect(wrapper.get('[data-test="supervision-scope"]').text()).toBe('显示本单位主办的来信。')
    expect(callsOf(fetchMock)).toContain('GET /api/mailbox/supervision/letters?view=overdue&page=0&size=20')
    wrapper.unmount()
  })
})

describe('统计考核', () => {
  it('shows the month per unit with totals, the chart in words and the xlsx link', async () => {
    const figures = { received: 5, answered: 4, answeredOnTime: 3, onTimeRate: 75, averageWorkingDays: 4.5, satisfied: 2, basicallySatisfied: 1, unsatisfied: 1, satisfactionRate: 75, overdue: 1 }
    const { wrapper } = await mountApp(
      '/mailbox/statistics?month=2026-10',
      {
        '/api/mailbox/statistics': () => json({ month: '2026-10', rows: [{ unitCode: 'housing', unitName: '凤县住房和城乡建设局', ...figures }], totals: figures }),
        '/api/mailbox/assessment': () =>
          json({ year: 2026, weights: { answered: 0.3, onTime: 0.4, satisfaction: 0.3, overduePenalty: 2 }, units: [
            { unitCode: 'housing', unitName: '凤县住房和城乡建设局', score: 80.5, received: 5, answered: 4, answeredOnTime: 3, onTimeRate: 75, satisfactionRate: 75, overdue: 1 },
          ] }),
      },
      CHEN_JING,
    )
    const table = wrapper.get('[data-test="stats-table"]').text()
    expect(table).toContain('凤县住房和城乡建设局')
    expect(table).toContain('75.0%')
    expect(table).toContain('合计')
    expect(wrapper.get('[data-test="chart"] svg[role="img"]').attributes('aria-label')).toContain('凤县住房和城乡建设局：收信5件，答复4件')
    expect(wrapper.get('[data-test="xlsx"]').attributes('href')).toBe('/api/mailbox/statistics.xlsx?month=2026-10')
    expect(wrapper.get('[data-test="assessment-table"]').text()).toContain('80.5')
    expect(wrapper.get('[data-test="weights"]').text()).toContain('每件超期扣 2 分')
    wrapper.unmount()
  })

  it('uses the words of the website’s 每月通报 and the xlsx export', async () => {
    const figures = { received: 1, answered: 1, answeredOnTime: 1, onTimeRate: 100, averageWorkingDays: 2, satisfied: 1, basicallySatisfied: 0, unsatisfied: 0, satisfactionRate: 100, overdue: 0 }
    const { wrapper } = await mountApp(
      '/mailbox/statistics?month=2026-10',
      {
        '/api/mailbox/statistics': () => json({ month: '2026-10', rows: [], totals: figures }),
        '/api/mailbox/assessment': () => json({ year: 2026, weights: { answered: 0.3, onTime: 0.4, satisfaction: 0.3, overduePenalty: 2 }, units: [] }),
      },
      CHEN_JING,
    )
    const headers = (test: string) => wrapper.get(`[data-test="${test}"]`).findAll('th').map((th) => th.text())
    expect(headers('stats-table')).toEqual(expect.arrayContaining(['按期答复', '按期答复率', '平均办理工作日']))
    expect(headers('assessment-table')).toEqual(expect.arrayContaining(['按期答复', '按期答复率']))
    expect(wrapper.get('[data-test="weights"]').text()).toContain('按期答复率 0.4')
    expect(wrapper.text()).not.toMatch(/按时|平均答复工作日/)
    wrapper.unmount()
  })
})
