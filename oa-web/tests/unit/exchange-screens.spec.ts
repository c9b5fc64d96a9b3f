import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, lastBody, callsOf, problem } from './support'
import { formErrorsShown, mountApp, settle } from './app'

vi.mock('@/auth/session', () => ({ redirectToLogin: vi.fn(), submitLogout: vi.fn() }))

afterEach(() => {
  document.body.innerHTML = ''
})

/** 杨敏 of the education bureau, who signs for documents. */
const YANG_MIN = { username: 'yang.min', name: '杨敏', unitCode: 'education', unitName: '凤县教育局', roles: ['staff'] }
/** 张伟 of the county government office, who drafted and dispatched the document. */
/** 刘洋, leader of the county government office, who instructs (批办) incoming documents. */
const LIU_YANG = { username: 'liu.yang', name: '刘洋', unitCode: 'gov-office', unitName: '凤县人民政府办公室', roles: ['staff', 'leader'] }
const ZHANG_WEI = { username: 'zhang.wei', name: '张伟', unitCode: 'gov-office', unitName: '凤县人民政府办公室', roles: ['staff', 'editor'] }

const GOV = { code: 'gov-office', name: '凤县人民政府办公室' }
const EDU = { code: 'education', name: '凤县教育局' }
const HOUSING = { code: 'housing', name: '凤县住房和城乡建设局' }
const FINANCE = { code: 'finance', name: '凤县财政局' }

function signature(valid: boolean) {
  return {
    status: valid ? 'VALID' : 'INVALID',
    failure: valid ? null : 'FILE_ALTERED',
    message: valid ? '签名有效' : '文件被改动',
    signerUnitCode: 'gov-office',
    signerUnitName: '凤县人民政府办公室',
    certificate: {
      subject: 'CN=凤县人民政府办公室',
      issuer: 'CN=政通平台CA',
      serialNumber: '1A2B',
      notBefore: '2026-01-01T00:00:00Z',
      notAfter: '2028-01-01T00:00:00Z',
    },
    signedAt: '2026-11-20T02:00:00Z',
    algorithm: 'SM2_SM3',
  }
}

function incoming(patch: Record<string, unknown> = {}) {
  return {
    id: 'd-1',
    version: 2,
    documentId: 'doc-1',
    status: 'READ',
    statusLabel: '已阅待签收',
    kind: 'MAIN',
    copyNumber: '000001',
    deliveredAt: '2026-11-20T02:01:00Z',
    firstReadAt: '2026-11-20T03:00:00Z',
    firstReadBy: 'yang.min',
    number: '凤政办〔2026〕12号',
    title: '关于做好2026年冬季防火工作的通知',
    classification: '非密',
    urgency: '加急',
    disclosure: '主动公开',
    issuer: GOV,
    printer: GOV,
    signatories: ['刘洋'],
    mainRecipients: [EDU, HOUSING],
    copyRecipients: [FINANCE],
    writtenOn: '2026-11-20',
    printedOn: '2026-11-20',
    files: [{ position: 0, role: 'BODY', name: '正文.pdf', mediaType: 'application/pdf', size: 2048 }],
    signature: signature(true),
    receipt: null,
    returnedAt: null,
    returnedBy: null,
    returnReason: null,
    history: [],
    ...patch,
  }
}

const posts = (fetchMock: ReturnType<typeof vi.fn>) => callsOf(fetchMock).filter((c) => c.startsWith('POST'))

describe('收文 detail', () => {
  it('shows the signature check and lets a clerk download the body, sign for it or return it', async () => {
    const { wrapper } = await mountApp('/exchange/inbox/d-1', { '/api/exchange/inbox/d-1': () => json(incoming()) }, YANG_MIN)

    expect(wrapper.get('h1').text()).toBe('关于做好2026年冬季防火工作的通知')
    expect(wrapper.get('[data-test="signature-status"]').text()).toBe('有效')
    expect(wrapper.get('[data-test="signature-signer"]').text()).toBe('凤县人民政府办公室')
    expect(wrapper.get('[data-test="signature"]').text()).toContain('CN=政通平台CA')
    expect(wrapper.get('[data-test="files"] a').attributes('href')).toBe('/api/exchange/inbox/d-1/files/0')
    expect(wrapper.findAll('[data-test="metadata"] dt').map((d) => d.text()).slice(0, 5)).toEqual(['份号', '密级', '紧急程度', '发文机关', '发文字号'])
    expect(wrapper.get('[data-test="metadata"]').text()).toContain('000001（主送）')
    expect(wrapper.find('[data-test="action-sign-for"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="action-return"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('does not offer 签收 for an altered document, says why, and still lets the clerk return it', async () => {
    const { wrapper } = await mountApp(
      '/exchange/inbox/d-1',
      { '/api/exchange/inbox/d-1': () => json(incoming({ signature: signature(false) })) },
      YANG_MIN,
    )

    expect(wrapper.get('[data-test="signature-status"]').text()).toBe('无效')
    expect(wrapper.get('[data-test="signature-reason"]').text()).toContain('文件被改动')
    expect(wrapper.get('[data-test="invalid-signature"]').text()).toContain('签名无效，不能签收')
    expect(wrapper.find('[data-test="action-sign-for"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="action-return"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('returns a document only with a reason and shows the reason afterwards', async () => {
    const returned = incoming({
      status: 'RETURNED',
      statusLabel: '已退回',
      version: 3,
      returnedAt: '2026-11-20T04:00:00Z',
      returnedBy: 'yang.min',
      returnReason: '不属于本单位职责',
    })
    const { wrapper, fetchMock } = await mountApp(
      '/exchange/inbox/d-1',
      {
        '/api/exchange/inbox/d-1': () => json(incoming()),
        'POST /api/exchange/inbox/d-1/return': () => json(returned),
      },
      YANG_MIN,
    )

    await wrapper.get('[data-test="action-return"]').trigger('click')
    await settle()
    const dialog = wrapper.get('[role="dialog"][aria-label="退回公文"]')
    await dialog.get('[data-test="reason-confirm"]').trigger('click')
    await formErrorsShown()
    expect(dialog.get('.el-form-item__error').text()).toBe('请填写退回原因')
    expect(posts(fetchMock)).toEqual([])

    await dialog.get('textarea').setValue('不属于本单位职责')
    await dialog.get('[data-test="reason-confirm"]').trigger('click')
    await settle()
    expect(lastBody(fetchMock, 'POST /api/exchange/inbox/d-1/return')).toEqual({ version: 2, reason: '不属于本单位职责' })
    expect(wrapper.get('[data-test="detail-status"]').text()).toBe('已退回')
    expect(wrapper.get('[data-test="return-reason"]').text()).toContain('不属于本单位职责')
    expect(wrapper.find('[data-test="action-return"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('offers the handling steps the service allows once signed for', async () => {
    const signed = incoming({ status: 'SIGNED_FOR', statusLabel: '已签收' })
    const { wrapper } = await mountApp(
      '/exchange/inbox/d-1',
      {
        '/api/exchange/inbox/d-1': () => json(signed),
        '/api/exchange/inbox/d-1/handling': () =>
          json({ status: 'NOT_REGISTERED', statusLabel: '未登记', version: null, steps: [], handlers: [], allowedActions: ['register'] }),
      },
      YANG_MIN,
    )

    expect(wrapper.get('[data-test="handling-status"]').text()).toBe('未登记')
    expect(wrapper.find('[data-test="handling-register"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="handling-instruct"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('lets the leader pick the handlers of 批办 by name among the office’s staff, several at once', async () => {
    const signed = incoming({ status: 'SIGNED_FOR', statusLabel: '已签收', mainRecipients: [GOV] })
    const proposed = { status: 'PROPOSED', statusLabel: '已拟办待批办', version: 1, steps: [], handlers: [], allowedActions: ['instruct'] }
    const handler = (username: string, name: string) => ({ username, name, finished: false, opinion: null, finishedAt: null })
    const instructed = {
      ...proposed,
      status: 'IN_HANDLING',
      statusLabel: '承办中',
      version: 2,
      handlers: [handler('zhang.wei', '张伟'), handler('zhu.hong', '朱红')],
      allowedActions: [],
    }
    const { wrapper, fetchMock } = await mountApp(
      '/exchange/inbox/d-1',
      {
        '/api/exchange/inbox/d-1': () => json(signed),
        '/api/exchange/inbox/d-1/handling': () => json(proposed),
        '/api/exchange/units/gov-office/members': () =>
          json([
            { username: 'liu.yang', name: '刘洋' },
            { username: 'zhang.wei', name: '张伟' },
            { username: 'zhu.hong', name: '朱红' },
          ]),
        'POST /api/exchange/inbox/d-1/handling/instruct': () => json(instructed),
      },
      LIU_YANG,
    )

    await wrapper.get('[data-test="handling-instruct"]').trigger('click')
    await settle()
    expect(callsOf(fetchMock)).toContain('GET /api/exchange/units/gov-office/members?role=staff')
    const dialog = wrapper.get('[role="dialog"][aria-label="批办"]')
    expect(dialog.find('input[role="combobox"][aria-label="承办人"]').exists()).toBe(true)
    const picker = wrapper.findAllComponents({ name: 'ElSelect' }).find((c) => c.attributes('data-test') === 'handlers-input')
    expect(picker?.props('allowCreate')).toBe(false)
    expect(picker?.findAllComponents({ name: 'ElOption' }).map((o) => o.props('label'))).toEqual([
      '刘洋（liu.yang）',
      '张伟（zhang.wei）',
      '朱红（zhu.hong）',
    ])

    await dialog.get('textarea').setValue('同意，张伟、朱红抓紧落实')
    await dialog.get('[data-test="opinion-confirm"]').trigger('click')
    await formErrorsShown()
    expect(dialog.get('.el-form-item__error').text()).toBe('请选择至少一名承办人')
    expect(posts(fetchMock)).toEqual([])

    picker!.vm.$emit('update:modelValue', ['zhang.wei', 'zhu.hong'])
    await settle()
    await dialog.get('[data-test="opinion-confirm"]').trigger('click')
    await settle()
    expect(lastBody(fetchMock, 'POST /api/exchange/inbox/d-1/handling/instruct')).toEqual({
      opinion: '同意，张伟、朱红抓紧落实',
      handlers: ['zhang.wei', 'zhu.hong'],
      version: 1,
    })
    expect(wrapper.get('[data-test="handling-handlers"]').text()).toContain('张伟')
    expect(wrapper.get('[data-test="handling-handlers"]').text()).toContain('朱红')
    wrapper.unmount()
  })

  it('shows the service’s refusal of a handler at the picker and keeps the dialog open', async () => {
    const signed = incoming({ status: 'SIGNED_FOR', statusLabel: '已签收', mainRecipients: [GOV] })
    const proposed = { status: 'PROPOSED', statusLabel: '已拟办待批办', version: 1, steps: [], handlers: [], allowedActions: ['instruct'] }
    const { wrapper, fetchMock } = await mountApp(
      '/exchange/inbox/d-1',
      {
        '/api/exchange/inbox/d-1': () => json(signed),
        '/api/exchange/inbox/d-1/handling': () => json(proposed),
        '/api/exchange/units/gov-office/members': () => json([{ username: 'fan.jianguo', name: '范建国' }]),
        'POST /api/exchange/inbox/d-1/handling/instruct': () =>
          problem(422, {
            title: '承办人须为本单位办文人员',
            detail: '范建国不是本单位的承办人员。',
            errors: [{ field: 'handlers', message: '范建国不是本单位的承办人员' }],
          }),
      },
      LIU_YANG,
    )

    await wrapper.get('[data-test="handling-instruct"]').trigger('click')
    await settle()
    const dialog = wrapper.get('[role="dialog"][aria-label="批办"]')
    const picker = wrapper.findAllComponents({ name: 'ElSelect' }).find((c) => c.attributes('data-test') === 'handlers-input')
    picker!.vm.$emit('update:modelValue', ['fan.jianguo'])
    await dialog.get('textarea').setValue('请范建国办理')
    await dialog.get('[data-test="opinion-confirm"]').trigger('click')
    await settle()
    await formErrorsShown()

    expect(posts(fetchMock)).toHaveLength(1)
    expect(dialog.get('.el-form-item__error').text()).toBe('范建国不是本单位的承办人员')
    expect(wrapper.find('[role="dialog"][aria-label="批办"]').exists()).toBe(true)
    wrapper.unmount()
  })

  it('lets the leader type the handlers’ accounts when the member list cannot be read', async () => {
    const signed = incoming({ status: 'SIGNED_FOR', statusLabel: '已签收', mainRecipients: [GOV] })
    const proposed = { status: 'PROPOSED', statusLabel: '已拟办待批办', version: 1, steps: [], handlers: [], allowedActions: ['instruct'] }
    const { wrapper } = await mountApp(
      '/exchange/inbox/d-1',
      {
        '/api/exchange/inbox/d-1': () => json(signed),
        '/api/exchange/inbox/d-1/handling': () => json(proposed),
        '/api/exchange/units/gov-office/members': () => problem(503, { title: '人员目录暂不可用' }),
      },
      LIU_YANG,
    )

    await wrapper.get('[data-test="handling-instruct"]').trigger('click')
    await settle()
    const picker = wrapper.findAllComponents({ name: 'ElSelect' }).find((c) => c.attributes('data-test') === 'handlers-input')
    expect(picker?.props('allowCreate')).toBe(true)
    expect(picker?.props('placeholder')).toBe('人员名单暂不可用，请输入承办人账号')
    wrapper.unmount()
  })
})

function row(recipient: { code: string; name: string }, patch: Record<string, unknown> = {}) {
  return {
    recipient,
    kind: 'MAIN',
    copyNumber: '000001',
    status: 'DELIVERED',
    statusLabel: '待签收',
    deliveredAt: '2026-11-20T02:01:00Z',
    firstReadAt: null,
    firstReadBy: null,
    signedForAt: null,
    signedForBy: null,
    returnedAt: null,
    returnReason: null,
    reminders: 0,
    lastRemindedAt: null,
    signForDueAt: '2026-11-21T02:01:00Z',
    nextReminderAt: null,
    overdue: false,
    receipt: null,
    ...patch,
  }
}

function board(financeReminders = 0) {
  return {
    documentId: 'doc-1',
    number: '凤政办〔2026〕12号',
    title: '关于做好2026年冬季防火工作的通知',
    copies: 3,
    signForRate: { signedFor: 1, delivered: 3, percent: 33.33, label: '33.3%' },
    rows: [
      row(EDU, {
        status: 'SIGNED_FOR',
        statusLabel: '已签收',
        signedForAt: '2026-11-20T05:00:00Z',
        signedForBy: 'yang.min',
        receipt: {
          signedForBy: 'yang.min',
          signedForByName: '杨敏',
          signedForAt: '2026-11-20T05:00:00Z',
          copyNumber: '000001',
          canonicalForm: '{"format":"zhengtong.exchange.receipt.v1"}',
          signature: 'AAAA',
          certificateSubject: 'CN=凤县教育局',
          signatureValid: true,
        },
      }),
      row(HOUSING, { copyNumber: '000002', status: 'RETURNED', statusLabel: '已退回', returnedAt: '2026-11-20T06:00:00Z', returnReason: '不属于本单位职责' }),
      row(FINANCE, { copyNumber: '000003', kind: 'COPY', reminders: financeReminders, lastRemindedAt: financeReminders ? '2026-11-20T07:00:00Z' : null }),
    ],
  }
}

function dispatched() {
  return {
    id: 'doc-1',
    version: 5,
    status: 'DISPATCHED',
    statusLabel: '已分发',
    issuer: GOV,
    prefix: '凤政办',
    title: '关于做好2026年冬季防火工作的通知',
    classification: '非密',
    urgency: '加急',
    disclosure: '主动公开',
    mainRecipients: [EDU, HOUSING],
    copyRecipients: [FINANCE],
    drafter: 'zhang.wei',
    lastSendBackRemark: null,
    signatory: '刘洋',
    writtenOn: '2026-11-20',
    number: '凤政办〔2026〕12号',
    printedOn: '2026-11-20',
    dispatchedAt: '2026-11-20T02:00:00Z',
    files: [],
    copies: [],
    signature: { algorithm: 'SM2/SM3', signerUnitCode: 'gov-office', signedAt: '2026-11-20T02:00:00Z', metadataDigest: 'ab', certificateSerialNumber: '1a2b', verification: signature(true) },
    history: [],
  }
}

describe('发文详情', () => {
  it('shows a draft’s elements in the standard’s order, no number before dispatch, and no signature yet', async () => {
    const draft = { ...dispatched(), status: 'DRAFTING', statusLabel: '拟稿', number: null, signatory: null, printedOn: null, dispatchedAt: null, signature: null }
    const { wrapper } = await mountApp('/exchange/outgoing/doc-1', { '/api/exchange/outgoing/doc-1': () => json(draft) }, ZHANG_WEI)

    const labels = wrapper.findAll('[data-test="metadata"] dt').map((d) => d.text())
    expect(labels).toEqual(['密级', '紧急程度', '发文机关', '发文字号', '签发人', '主送机关', '抄送机关', '成文日期', '印发机关', '印发日期', '公开方式', '拟稿人', '分发时间'])
    const values = wrapper.findAll('[data-test="metadata"] dd').map((d) => d.text())
    expect(values[3]).toBe('分发时编号')
    expect(values[5]).toBe('凤县教育局、凤县住房和城乡建设局')
    expect(values[8]).toBe('凤县人民政府办公室')
    expect(wrapper.find('[data-test="signature"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="files"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('没有文件')
    wrapper.unmount()
  })
})

describe('发文跟踪', () => {
  it('shows the sign-for rate, the receipt, the return reason, and reminds the one unit still to sign', async () => {
    const { wrapper, fetchMock } = await mountApp(
      '/exchange/outgoing/doc-1',
      {
        '/api/exchange/outgoing/doc-1': () => json(dispatched()),
        '/api/exchange/outgoing/doc-1/tracking': () => json(board()),
        'POST /api/exchange/outgoing/doc-1/reminders': () => json(board(1)),
      },
      ZHANG_WEI,
    )

    expect(wrapper.get('[data-test="sign-for-rate"]').text()).toContain('33.3%')
    const rows = wrapper.findAll('[data-test="tracking-table"] tbody tr')
    expect(rows).toHaveLength(3)
    expect(rows[0]?.get('[data-test="tracking-signed"]').text()).toContain('杨敏 签收')
    expect(rows[0]?.get('[data-test="receipt-valid"]').text()).toContain('回执签名有效')
    expect(rows[1]?.get('[data-test="tracking-returned"]').text()).toContain('不属于本单位职责')
    expect(wrapper.findAll('[data-test="remind-one"]')).toHaveLength(1)
    expect(rows[2]?.find('[data-test="remind-one"]').exists()).toBe(true)

    await rows[2]!.get('[data-test="remind-one"]').trigger('click')
    await settle()
    expect(lastBody(fetchMock, 'POST /api/exchange/outgoing/doc-1/reminders')).toEqual({ recipients: ['finance'], message: null })
    const after = wrapper.findAll('[data-test="tracking-table"] tbody tr')
    expect(after[2]?.get('[data-test="tracking-reminders"]').text()).toBe('已催办 1 次')
    wrapper.unmount()
  })

  it('offers no 核稿 or 签发 to the clerk, only to those whose role it is', async () => {
    const checking = { ...dispatched(), status: 'CHECKING', statusLabel: '待核稿', number: null, signature: null, dispatchedAt: null }
    const clerk = await mountApp('/exchange/outgoing/doc-1', { '/api/exchange/outgoing/doc-1': () => json(checking) }, ZHANG_WEI)
    expect(clerk.wrapper.findAll('[data-test="actions"] button')).toHaveLength(0)
    clerk.wrapper.unmount()
    document.body.innerHTML = ''

    const reviewer = { ...ZHANG_WEI, username: 'li.na', name: '李娜', roles: ['staff', 'reviewer'] }
    const second = await mountApp('/exchange/outgoing/doc-1', { '/api/exchange/outgoing/doc-1': () => json(checking) }, reviewer)
    expect(second.wrapper.findAll('[data-test="actions"] button').map((b) => b.text())).toEqual(['核稿通过', '退回修改'])
    second.wrapper.unmount()
  })
})

const UNITS = [
  { code: 'gov-office', name: '凤县人民政府办公室', shortName: '凤政办', type: 'government-office', parentCode: 'fengxian' },
  { code: 'education', name: '凤县教育局', shortName: '凤教', type: 'department', parentCode: 'fengxian' },
  { code: 'housing', name: '凤县住房和城乡建设局', shortName: '凤住建', type: 'department', parentCode: 'fengxian' },
]

describe('拟稿', () => {
  it('shows the elements that come later, and lists what is missing before sending anything', async () => {
    const { wrapper, fetchMock } = await mountApp('/exchange/outgoing/new', { '/api/exchange/units': () => json(UNITS) }, ZHANG_WEI)

    expect(wrapper.get('h1').text()).toBe('拟稿')
    expect(wrapper.get('[data-test="issuer"]').text()).toBe('凤县人民政府办公室')
    expect(wrapper.text()).toContain(`凤政办〔${new Date().getFullYear()}〕×号（分发时自动编号）`)
    await wrapper.get('[data-test="save-draft"]').trigger('submit')
    await formErrorsShown()
    const errors = wrapper.findAll('.el-form-item__error').map((e) => e.text())
    expect(errors).toEqual(['请填写标题', '请选择至少一个主送机关', '请上传公文正文（PDF）', '请选择公开方式'])
    expect(posts(fetchMock)).toEqual([])
    wrapper.unmount()
  })
})

describe('拟稿 with files', () => {
  async function chooseFiles(input: HTMLInputElement, files: File[]) {
    Object.defineProperty(input, 'files', { value: files, configurable: true })
    input.dispatchEvent(new Event('change'))
    await new Promise((resolve) => setTimeout(resolve, 20))
    await settle()
  }

  it('sends the draft with the PDF body in Base64 and sends it for checking, then opens it', async () => {
    const created = { ...dispatched(), status: 'DRAFTING', statusLabel: '拟稿', version: 0, number: null, signature: null, dispatchedAt: null }
    const { wrapper, fetchMock, router } = await mountApp(
      '/exchange/outgoing/new',
      {
        '/api/exchange/units': () => json(UNITS),
        'POST /api/exchange/outgoing': () => json(created, 201),
        'POST /api/exchange/outgoing/doc-1/submit': () => json({ ...created, status: 'CHECKING', statusLabel: '待核稿', version: 1 }),
        '/api/exchange/outgoing/doc-1': () => json({ ...created, status: 'CHECKING', statusLabel: '待核稿', version: 1 }),
      },
      ZHANG_WEI,
    )

    await wrapper.get('#compose-title').setValue('关于做好冬季防火工作的通知')
    const selects = wrapper.findAllComponents({ name: 'ElSelect' })
    selects[1]!.vm.$emit('update:modelValue', ['education'])
    selects[2]!.vm.$emit('update:modelValue', ['housing'])
    const radios = wrapper.findAll('[data-test="disclosure"] input[type="radio"]')
    await radios[1]!.setValue(true)
    await chooseFiles(wrapper.get('#compose-body').element as HTMLInputElement, [
      new File(['%PDF-1.7\n%%EOF\n'], '正文.pdf', { type: 'application/pdf' }),
    ])
    await wrapper.get('[data-test="save-submit"]').trigger('click')
    await new Promise((resolve) => setTimeout(resolve, 50))
    await settle()

    expect(posts(fetchMock)).toEqual(['POST /api/exchange/outgoing', 'POST /api/exchange/outgoing/doc-1/submit'])
    expect(lastBody(fetchMock, 'POST /api/exchange/outgoing')).toEqual({
      classification: '非密',
      urgency: '',
      title: '关于做好冬季防火工作的通知',
      mainRecipients: ['education'],
      copyRecipients: ['housing'],
      disclosure: '依申请公开',
      body: { name: '正文.pdf', content: btoa('%PDF-1.7\n%%EOF\n') },
      attachments: [],
    })
    expect(lastBody(fetchMock, 'POST /api/exchange/outgoing/doc-1/submit')).toEqual({ version: 0 })
    expect(router.currentRoute.value.fullPath).toBe('/exchange/outgoing/doc-1')
    wrapper.unmount()
  })

  it('refuses a body that is not a PDF by its content', async () => {
    const { wrapper } = await mountApp('/exchange/outgoing/new', { '/api/exchange/units': () => json(UNITS) }, ZHANG_WEI)
    await chooseFiles(wrapper.get('#compose-body').element as HTMLInputElement, [
      new File(['PK\u0003\u0004word'], '正文.pdf', { type: 'application/pdf' }),
    ])
    await wrapper.get('[data-test="save-draft"]').trigger('submit')
    await formErrorsShown()
    expect(wrapper.findAll('.el-form-item__error').map((e) => e.text())).toContain('正文“正文.pdf”不是PDF文件')
    wrapper.unmount()
  })
})

describe('收文 inbox', () => {
  it('opens on 待签收, marks urgent and unread documents and the reminders, and switches tabs', async () => {
    const item = {
      id: 'd-1',
      version: 1,
      documentId: 'doc-1',
      number: '凤政办〔2026〕12号',
      title: '关于做好2026年冬季防火工作的通知',
      sender: GOV,
      urgency: '特急',
      kind: 'COPY',
      copyNumber: '000003',
      status: 'DELIVERED',
      statusLabel: '待签收',
      deliveredAt: '2026-11-20T02:01:00Z',
      firstReadAt: null,
      reminders: 2,
      lastRemindedAt: '2026-11-20T07:00:00Z',
    }
    const { wrapper, fetchMock } = await mountApp(
      '/exchange/inbox',
      { '/api/exchange/inbox': () => json({ content: [item], page: 0, size: 20, totalElements: 1, totalPages: 1 }) },
      { ...YANG_MIN, unitCode: 'finance', unitName: '凤县财政局' },
    )

    expect(callsOf(fetchMock).filter((c) => c.includes('/inbox'))).toEqual(['GET /api/exchange/inbox?status=PENDING&page=0&size=20'])
    expect(wrapper.findAll('[role="tab"]').map((t) => t.text())).toEqual(['待签收', '已签收', '已退回'])
    const row = wrapper.get('[data-test="inbox-table"] tbody tr')
    expect(row.text()).toContain('特急')
    expect(row.text()).toContain('未阅')
    expect(row.text()).toContain('000003（抄送）')
    expect(row.get('[data-test="inbox-reminded"]').text()).toBe('已催办 2 次')
    expect(row.get('[data-test="inbox-title"]').attributes('href')).toBe('/oa/exchange/inbox/d-1')

    await wrapper.get('#tab-RETURNED').trigger('click')
    await settle()
    expect(callsOf(fetchMock).at(-1)).toBe('GET /api/exchange/inbox?status=RETURNED&page=0&size=20')
    wrapper.unmount()
  })

  it('lists the unit’s outgoing documents under 全部, offers 拟稿 to a clerk, and filters by status', async () => {
    const page = { content: [dispatched()], page: 0, size: 20, totalElements: 1, totalPages: 1 }
    const { wrapper, fetchMock } = await mountApp('/exchange/outgoing', { '/api/exchange/outgoing': () => json(page) }, ZHANG_WEI)

    expect(wrapper.get('h1').text()).toBe('发文管理')
    expect(wrapper.find('[data-test="new-document"]').exists()).toBe(true)
    expect(wrapper.findAll('[role="tab"]').map((t) => t.text())).toEqual(['全部', '拟稿', '待核稿', '待签发', '已签发待分发', '已分发'])
    expect(callsOf(fetchMock).at(-1)).toBe('GET /api/exchange/outgoing?page=0&size=20')
    expect(wrapper.get('[data-test="outgoing-table"] tbody tr').text()).toContain('凤政办〔2026〕12号')

    await wrapper.get('#tab-DISPATCHED').trigger('click')
    await settle()
    expect(callsOf(fetchMock).at(-1)).toBe('GET /api/exchange/outgoing?status=DISPATCHED&page=0&size=20')
    wrapper.unmount()
  })
})
