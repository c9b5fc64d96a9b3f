import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setNotifier } from '@/api/client'
import { emptyMailboxForm, mapMailboxErrors, requestOf, validateMailbox } from '@/mailbox/admin'
import { formErrorsShown, mountApp, settle } from './app'
import { json, problem } from './support'
import { WANG_FANG } from './mailbox-fixtures'

vi.mock('@/auth/session', () => ({ redirectToLogin: vi.fn(), submitLogout: vi.fn() }))

const notified: string[] = []
beforeEach(() => {
  notified.length = 0
  setNotifier((message) => notified.push(message))
})
afterEach(() => {
  document.body.innerHTML = ''
})

const MA_JUN = { username: 'ma.jun', name: '马军', unitCode: 'gov-services', unitName: '凤县政务服务中心', roles: ['staff', 'platform-admin'] }

const county = [
  { type: 'CONSULTATION', typeLabel: '咨询', workingDays: 3, countyWideDays: 3, own: false },
  { type: 'COMPLAINT', typeLabel: '投诉', workingDays: 7, countyWideDays: 7, own: false },
  { type: 'SUGGESTION', typeLabel: '建议', workingDays: 7, countyWideDays: 7, own: false },
  { type: 'REPORT', typeLabel: '举报', workingDays: 7, countyWideDays: 7, own: false },
  { type: 'OTHER', typeLabel: '其他', workingDays: 7, countyWideDays: 7, own: false },
]

function mailbox(overrides: Record<string, unknown> = {}) {
  return {
    code: 'housing',
    name: '县住建局信箱',
    ownerUnit: 'housing',
    ownerUnitName: '凤县住房和城乡建设局',
    sortOrder: 5,
    intro: '受理住房保障咨询。',
    open: true,
    closedAt: null,
    version: 3,
    periods: county.map((p) => (p.type === 'CONSULTATION' ? { ...p, workingDays: 2, own: true } : p)),
    dispatchers: [],
    ...overrides,
  }
}

const COUNTY_HEAD = mailbox({
  code: 'county-head',
  name: '县长信箱',
  ownerUnit: 'gov-office',
  ownerUnitName: '凤县人民政府办公室',
  sortOrder: 2,
  intro: null,
  version: 0,
  periods: county,
  dispatchers: [{ username: 'lin.xue', name: '林雪' }],
})

function routes(boxes: object[]) {
  return {
    '/api/mailbox/admin/mailboxes': () => json({ countyWide: county, mailboxes: boxes }),
    '/api/mailbox/units': () =>
      json([
        { code: 'gov-office', name: '凤县人民政府办公室' },
        { code: 'housing', name: '凤县住房和城乡建设局' },
        { code: 'petition', name: '凤县信访局' },
      ]),
  }
}

type Found = { element: Element; get: (s: string) => Found; setValue: (v: string) => Promise<void>; trigger: (e: string) => Promise<void> }

/** The input of a field: Element Plus puts `data-test` on the input itself (el-input) or on its wrapper (el-input-number). */
function inputOf(root: { get: (s: string) => Found }, testId: string): Found {
  const found = root.get(`[data-test="${testId}"]`)
  return found.element.tagName === 'INPUT' ? found : found.get('input')
}

async function setNumber(root: { get: (s: string) => Found }, testId: string, value: string): Promise<void> {
  const input = inputOf(root, testId)
  await input.setValue(value)
  await input.trigger('change')
}

describe('信箱管理', () => {
  it('is in the menu of the platform administrator only', async () => {
    const admin = await mountApp('/', routes([]), MA_JUN)
    expect(admin.wrapper.get('[data-test="nav-mailbox-admin"]').text()).toBe('信箱管理')
    admin.wrapper.unmount()

    const dispatcher = await mountApp('/', routes([]), WANG_FANG)
    expect(dispatcher.wrapper.find('[data-test="nav-mailbox-admin"]').exists()).toBe(false)
    dispatcher.wrapper.unmount()
  })

  it('lists every mailbox with its unit and dispatchers (warning when there are none), periods (its own marked) and status', async () => {
    const { wrapper } = await mountApp('/mailbox/admin', routes([COUNTY_HEAD, mailbox({ open: false, closedAt: '2026-11-20T02:00:00Z' })]), MA_JUN)

    const rows = wrapper.get('[data-test="mailboxes"]').findAll('tbody tr').map((r) => r.text().replace(/\s+/g, ''))
    expect(rows[0]).toContain('县长信箱county-head凤县人民政府办公室分办员：林雪咨询3·投诉7·建议7·举报7·其他7接收来信')
    expect(rows[1]).toContain('县住建局信箱housing凤县住房和城乡建设局该单位暂无信箱分办员，来信无人受理咨询2*·投诉7')
    expect(rows[1]).toContain('已停用')
    expect(rows[1]).toContain('启用')
    expect(wrapper.get('[data-test="county-wide"]').text()).toContain('全县统一的办理时限：咨询3个工作日、投诉7个工作日')
    wrapper.unmount()
  })

  it('closes a mailbox after a confirmation that says its letters are still handled', async () => {
    let sent: unknown = null
    let boxes = [mailbox()]
    const { wrapper } = await mountApp(
      '/mailbox/admin',
      {
        ...routes([]),
        '/api/mailbox/admin/mailboxes': () => json({ countyWide: county, mailboxes: boxes }),
        'POST /api/mailbox/admin/mailboxes/housing/close': (_url, init) => {
          sent = JSON.parse(String(init.body))
          boxes = [mailbox({ open: false, version: 4, closedAt: '2026-11-23T01:00:00Z' })]
          return json({ mailbox: boxes[0], history: [] })
        },
      },
      MA_JUN,
    )

    await wrapper.get('[data-test="switch-housing"]').trigger('click')
    await settle()
    expect(document.body.querySelector('[data-test="confirm-text"]')?.textContent).toContain(
      '停用后「县住建局信箱」从网站上撤下，不再接收新的来信；已收到的来信照常由凤县住房和城乡建设局办理。',
    )
    ;(document.body.querySelector('[data-test="confirm"]') as HTMLButtonElement).click()
    await settle()

    expect(sent).toEqual({ version: 3 })
    expect(wrapper.get('[data-test="notice"]').text()).toContain('「县住建局信箱」已停用，网站上不再显示；已收到的来信照常办理。')
    expect(wrapper.get('[data-test="mailboxes"]').text()).toContain('已停用')
    wrapper.unmount()
  })

  it('changes a mailbox’s period, says it holds for letters received from now on, and sends only its own periods', async () => {
    let sent: Record<string, unknown> | null = null
    const { wrapper } = await mountApp(
      '/mailbox/admin',
      {
        ...routes([mailbox()]),
        'PUT /api/mailbox/admin/mailboxes/housing': (_url, init) => {
          sent = JSON.parse(String(init.body))
          return json({ mailbox: mailbox({ version: 4 }), history: [] })
        },
      },
      MA_JUN,
    )

    await wrapper.get('[data-test="edit-housing"]').trigger('click')
    await settle()
    const dialog = wrapper.get('[data-test="mailbox-dialog"]')
    expect((inputOf(dialog, 'field-code').element as HTMLInputElement).disabled).toBe(true)
    expect(dialog.get('[data-test="periods"]').text()).toContain('修改后的时限只适用于此后收到的来信；已收到的来信仍按原截止日期办理')
    await setNumber(dialog, 'field-days-COMPLAINT', '5')
    await dialog.get('[data-test="save"]').trigger('click')
    await settle()

    expect(sent).toEqual({
      version: 3,
      name: '县住建局信箱',
      ownerUnit: 'housing',
      sortOrder: 5,
      intro: '受理住房保障咨询。',
      workingDays: { CONSULTATION: 2, COMPLAINT: 5 },
    })
    expect(wrapper.get('[data-test="notice"]').text()).toContain('已保存「县住建局信箱」。')
    wrapper.unmount()
  })

  it('shows the service’s refusals next to the fields, and a stale version as a reload notice', async () => {
    let attempt = 0
    const { wrapper } = await mountApp(
      '/mailbox/admin',
      {
        ...routes([mailbox()]),
        'PUT /api/mailbox/admin/mailboxes/housing': () =>
          ++attempt === 1
            ? problem(409, {
                title: '名称或代码已被使用',
                type: 'urn:zhengtong:problem:mailbox-name-taken',
                errors: [{ field: 'name', message: '已有名为「县长信箱」的信箱，请换一个名称' }],
              })
            : problem(409, { title: '信箱已被他人修改', type: 'urn:zhengtong:problem:mailbox-version-stale', detail: '请重新加载' }),
      },
      MA_JUN,
    )

    await wrapper.get('[data-test="edit-housing"]').trigger('click')
    await settle()
    const dialog = wrapper.get('[data-test="mailbox-dialog"]')
    await inputOf(dialog, 'field-name').setValue('县长信箱')
    await dialog.get('[data-test="save"]').trigger('click')
    await settle()
    await formErrorsShown()
    expect(dialog.findAll('.el-form-item__error').map((e) => e.text())).toEqual(['已有名为「县长信箱」的信箱，请换一个名称'])

    await dialog.get('[data-test="save"]').trigger('click')
    await settle()
    expect(dialog.get('[data-test="dialog-problem"]').text()).toContain('该信箱已被他人修改，列表已重新加载')
    expect(notified).toEqual([])
    wrapper.unmount()
  })

  it('creates a department’s mailbox with a unit picked from the directory and its own consultation period', async () => {
    let sent: Record<string, unknown> | null = null
    const { wrapper } = await mountApp(
      '/mailbox/admin',
      {
        ...routes([COUNTY_HEAD]),
        'POST /api/mailbox/admin/mailboxes': (_url, init) => {
          sent = JSON.parse(String(init.body))
          return json({ mailbox: mailbox({ code: 'petition-2', name: '信访局网上信访信箱', version: 1 }), history: [] }, 201)
        },
      },
      MA_JUN,
    )

    await wrapper.get('[data-test="create"]').trigger('click')
    await settle()
    const dialog = wrapper.get('[data-test="mailbox-dialog"]')
    await inputOf(dialog, 'field-code').setValue('petition-2')
    await inputOf(dialog, 'field-name').setValue('信访局网上信访信箱')
    await dialog.get('[data-test="field-ownerUnit"]').trigger('click')
    await settle()
    const option = [...document.body.querySelectorAll('.el-select-dropdown__item')].find((o) => o.textContent?.trim() === '凤县信访局')
    ;(option as HTMLElement).click()
    await settle()
    await setNumber(dialog, 'field-days-CONSULTATION', '2')
    await dialog.get('[data-test="save"]').trigger('click')
    await settle()

    expect(sent).toEqual({
      code: 'petition-2',
      name: '信访局网上信访信箱',
      ownerUnit: 'petition',
      sortOrder: 3,
      intro: null,
      workingDays: { CONSULTATION: 2 },
    })
    expect(wrapper.get('[data-test="notice"]').text()).toContain('已保存「信访局网上信访信箱」。')
    wrapper.unmount()
  })

  it('names every mistake of a new mailbox before sending anything', async () => {
    const { wrapper, fetchMock } = await mountApp('/mailbox/admin', routes([COUNTY_HEAD]), MA_JUN)

    await wrapper.get('[data-test="create"]').trigger('click')
    await settle()
    const dialog = wrapper.get('[data-test="mailbox-dialog"]')
    expect((inputOf(dialog, 'field-sortOrder').element as HTMLInputElement).value).toBe('3')
    await inputOf(dialog, 'field-code').setValue('Housing Bureau')
    await dialog.get('[data-test="save"]').trigger('click')
    await settle()
    await formErrorsShown()

    expect(dialog.findAll('.el-form-item__error').map((e) => e.text())).toEqual([
      '信箱代码只能由小写字母、数字和连字符组成，以字母或数字开头和结尾',
      '请填写信箱名称',
      '请选择所属单位',
    ])
    expect(fetchMock.mock.calls.some(([, init]) => (init as RequestInit | undefined)?.method === 'POST')).toBe(false)
    wrapper.unmount()
  })
})

describe('the mailbox form’s rules', () => {
  it('sends only the periods that are filled in, trimmed text and no empty introduction', () => {
    const form = emptyMailboxForm(7)
    form.name = ' 县住建局信箱 '
    form.ownerUnit = 'housing'
    form.intro = '  '
    form.workingDays.COMPLAINT = 5

    expect(requestOf(form)).toEqual({ name: '县住建局信箱', ownerUnit: 'housing', sortOrder: 7, intro: null, workingDays: { COMPLAINT: 5 } })
  })

  it('checks the code only when creating, and periods between 1 and 60 working days', () => {
    const form = emptyMailboxForm(1)
    form.name = '县住建局信箱'
    form.ownerUnit = 'housing'
    form.code = 'edu--2'
    form.workingDays.OTHER = 61

    expect(validateMailbox(form, true)).toEqual({
      code: '信箱代码只能由小写字母、数字和连字符组成，以字母或数字开头和结尾',
      'workingDays.OTHER': '其他的办理时限应为1至60个工作日',
    })
    expect(validateMailbox(form, false)).toEqual({ 'workingDays.OTHER': '其他的办理时限应为1至60个工作日' })
  })

  it('puts the service’s period errors on the period fields whichever way they are named', () => {
    expect(
      mapMailboxErrors([
        { field: 'workingDays[COMPLAINT]', message: '办理时限应为1至60个工作日' },
        { field: 'workingDays.REPORT', message: '举报的办理时限应为1至60个工作日' },
        { field: 'ownerUnit', message: '单位目录中没有单位「x」，请从列表中选择' },
      ]),
    ).toEqual({
      'workingDays.COMPLAINT': '办理时限应为1至60个工作日',
      'workingDays.REPORT': '举报的办理时限应为1至60个工作日',
      ownerUnit: '单位目录中没有单位「x」，请从列表中选择',
    })
  })
})
