import { describe, expect, it } from 'vitest'
import { asPage, type SignatureVerification } from '@/exchange/api'
import {
  CLASSIFIED_MESSAGE,
  bytesToBase64,
  emptyComposeForm,
  formFieldOf,
  isAllowedAttachment,
  messagesByField,
  toDraftRequest,
  validateCompose,
  type ComposeForm,
  type PickedFile,
} from '@/exchange/compose'
import {
  DELIVERY_STATUSES,
  INBOX_TABS,
  OUTGOING_STATUSES,
  formatSize,
  signatureSummary,
  urgencyLabel,
  urgencyRank,
  urgencyTag,
} from '@/exchange/labels'
import { canRemind, canReturn, canSignFor, isRemindable, outgoingSteps, stepNeedsRemark } from '@/exchange/permissions'
import { searchLink } from '@/exchange/search'

const PDF_HEAD = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37])
const PNG_HEAD = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const EXE_HEAD = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0])

const pdf = (name = '正文.pdf', size = 2048): PickedFile => ({ name, size, head: PDF_HEAD })

function validForm(patch: Partial<ComposeForm> = {}): ComposeForm {
  return {
    ...emptyComposeForm(),
    title: '凤县人民政府办公室关于做好2026年防汛工作的通知',
    mainRecipients: ['education', 'housing'],
    copyRecipients: ['finance'],
    disclosure: '主动公开',
    body: pdf(),
    ...patch,
  }
}

const fieldsOf = (form: ComposeForm) => validateCompose(form).map((p) => p.field)

describe('status names (公文交换)', () => {
  it('names the outgoing steps of the approval in order, 拟稿 to 已分发', () => {
    expect(OUTGOING_STATUSES.map((s) => s.label)).toEqual(['拟稿', '待核稿', '待签发', '已签发待分发', '已分发'])
  })

  it('names a recipient copy as the service does and colours a return red', () => {
    expect(DELIVERY_STATUSES.map((s) => s.label)).toEqual(['待签收', '已阅待签收', '已签收', '已退回'])
    expect(DELIVERY_STATUSES.find((s) => s.value === 'RETURNED')?.tag).toBe('danger')
  })

  it('opens the inbox on 待签收, then 已签收 and 已退回', () => {
    expect(INBOX_TABS.map((t) => t.label)).toEqual(['待签收', '已签收', '已退回'])
  })

  it('shows a document without an urgency marking as 一般, and 特急 in red before 加急', () => {
    expect(urgencyLabel('')).toBe('一般')
    expect(urgencyLabel('特急')).toBe('特急')
    expect(urgencyTag('特急')).toBe('danger')
    expect(urgencyTag('加急')).toBe('warning')
    expect(['', '加急', '特急'].sort((a, b) => urgencyRank(a) - urgencyRank(b))).toEqual(['特急', '加急', ''])
  })

  it('prints file sizes a clerk can read', () => {
    expect(formatSize(512)).toBe('512 B')
    expect(formatSize(2048)).toBe('2.0 KB')
    expect(formatSize(2 * 1024 * 1024)).toBe('2.0 MB')
  })
})

describe('signature check as shown', () => {
  const check = (patch: Partial<SignatureVerification>): SignatureVerification => ({
    status: 'VALID',
    failure: null,
    message: '签名有效',
    signerUnitCode: 'gov-office',
    signerUnitName: '凤县人民政府办公室',
    certificate: null,
    signedAt: '2026-11-20T02:00:00Z',
    algorithm: 'SM2_SM3',
    ...patch,
  })

  it('says 有效 and names the signing unit', () => {
    expect(signatureSummary(check({}))).toEqual({ valid: true, label: '有效', reason: '', signer: '凤县人民政府办公室' })
  })

  it('says 无效 with the reason when a file was altered', () => {
    const summary = signatureSummary(check({ status: 'INVALID', failure: 'FILE_ALTERED', message: '文件被改动' }))
    expect(summary.valid).toBe(false)
    expect(summary.label).toBe('无效')
    expect(summary.reason).toBe('文件被改动')
  })

  it('does not trust a document without a signature check', () => {
    expect(signatureSummary(null)).toMatchObject({ valid: false, label: '无效' })
  })
})

describe('who may do what (shown by role and status)', () => {
  it('lets the clerk send a draft for checking and dispatch a signed-off document', () => {
    const clerk = ['staff']
    expect(outgoingSteps({ status: 'DRAFTING' }, clerk)).toEqual(['submit'])
    expect(outgoingSteps({ status: 'CHECKING' }, clerk)).toEqual([])
    expect(outgoingSteps({ status: 'AWAITING_SIGN_OFF' }, clerk)).toEqual([])
    expect(outgoingSteps({ status: 'SIGNED_OFF' }, clerk)).toEqual(['dispatch'])
    expect(outgoingSteps({ status: 'DISPATCHED' }, clerk)).toEqual([])
  })

  it('lets the reviewer check or send back, and only the leader sign off', () => {
    expect(outgoingSteps({ status: 'CHECKING' }, ['staff', 'reviewer'])).toEqual(['check', 'send-back'])
    expect(outgoingSteps({ status: 'AWAITING_SIGN_OFF' }, ['staff', 'reviewer'])).toEqual([])
    expect(outgoingSteps({ status: 'AWAITING_SIGN_OFF' }, ['staff', 'leader'])).toEqual(['sign-off', 'send-back'])
  })

  it('asks for a reason only when sending back', () => {
    expect(stepNeedsRemark('send-back')).toBe(true)
    expect(stepNeedsRemark('sign-off')).toBe(false)
  })

  it('offers 催办 only for recipients that neither signed for nor returned it', () => {
    expect(isRemindable({ status: 'DELIVERED' })).toBe(true)
    expect(isRemindable({ status: 'READ' })).toBe(true)
    expect(isRemindable({ status: 'SIGNED_FOR' })).toBe(false)
    expect(isRemindable({ status: 'RETURNED' })).toBe(false)
    expect(canRemind(['staff'], [{ status: 'SIGNED_FOR' }, { status: 'READ' }])).toBe(true)
    expect(canRemind(['staff'], [{ status: 'SIGNED_FOR' }, { status: 'RETURNED' }])).toBe(false)
    expect(canRemind(['leader'], [{ status: 'READ' }])).toBe(false)
  })

  it('refuses 签收 of a document whose signature is invalid but still allows 退回', () => {
    const invalid = signatureSummary(null)
    const valid = { valid: true, label: '有效', reason: '', signer: '凤县人民政府办公室' }
    expect(canSignFor('READ', valid, ['staff'])).toBe(true)
    expect(canSignFor('READ', invalid, ['staff'])).toBe(false)
    expect(canReturn('READ', ['staff'])).toBe(true)
    expect(canSignFor('SIGNED_FOR', valid, ['staff'])).toBe(false)
    expect(canReturn('RETURNED', ['staff'])).toBe(false)
  })
})

describe('拟稿 form checks', () => {
  it('accepts a complete non-classified draft', () => {
    expect(validateCompose(validForm())).toEqual([])
  })

  it('refuses a document marked 秘密, 机密 or 绝密 with a clear message', () => {
    for (const marking of ['秘密', '机密', '绝密']) {
      expect(validateCompose(validForm({ classification: marking }))).toEqual([
        { field: 'classification', message: CLASSIFIED_MESSAGE },
      ])
    }
  })

  it('reports every missing element at once: title, main recipients, disclosure, body', () => {
    expect(fieldsOf(emptyComposeForm())).toEqual(['title', 'mainRecipients', 'disclosure', 'body'])
  })

  it('refuses a title over 200 characters and a unit that is both main and copy recipient', () => {
    expect(fieldsOf(validForm({ title: '通'.repeat(201) }))).toEqual(['title'])
    expect(fieldsOf(validForm({ copyRecipients: ['education'] }))).toEqual(['copyRecipients'])
  })

  it('wants the body to be a PDF by its content, not its name', () => {
    const problems = validateCompose(validForm({ body: { name: '正文.pdf', size: 100, head: PNG_HEAD } }))
    expect(messagesByField(problems).body).toBe('正文“正文.pdf”不是PDF文件')
  })

  it('refuses attachments of other types, too large, too many, or with a slash in the name', () => {
    expect(isAllowedAttachment(PNG_HEAD)).toBe(true)
    expect(isAllowedAttachment(EXE_HEAD)).toBe(false)
    expect(messagesByField(validateCompose(validForm({ attachments: [{ name: 'a.exe', size: 10, head: EXE_HEAD }] }))).attachments).toBe(
      '附件“a.exe”只能是PDF、OFD、Office文档、JPEG或PNG',
    )
    expect(fieldsOf(validForm({ attachments: [pdf('大.pdf', 11 * 1024 * 1024)] }))).toEqual(['attachments'])
    expect(fieldsOf(validForm({ attachments: Array.from({ length: 11 }, (_, i) => pdf(`附件${i}.pdf`)) }))).toEqual([
      'attachments',
    ])
    expect(fieldsOf(validForm({ attachments: [pdf('a/b.pdf')] }))).toEqual(['attachments'])
  })

  it('refuses more than 30 MB of files in all', () => {
    const nine = 9 * 1024 * 1024
    const form = validForm({ body: pdf('正文.pdf', nine), attachments: [pdf('1.pdf', nine), pdf('2.pdf', nine), pdf('3.pdf', nine)] })
    expect(fieldsOf(form)).toEqual(['form'])
  })

  it('sends the draft as the service reads it, trimmed, with the files in Base64', () => {
    const body = { name: '正文.pdf', content: bytesToBase64(PDF_HEAD) }
    const request = toDraftRequest(validForm({ title: '  关于防汛的通知 ', urgency: '特急' }), body, [])
    expect(request).toEqual({
      classification: '非密',
      urgency: '特急',
      title: '关于防汛的通知',
      mainRecipients: ['education', 'housing'],
      copyRecipients: ['finance'],
      disclosure: '主动公开',
      body: { name: '正文.pdf', content: 'JVBERi0xLjc=' },
      attachments: [],
    })
  })

  it('encodes large files to Base64 without overflowing', () => {
    const bytes = new Uint8Array(100_000).fill(65)
    expect(atob(bytesToBase64(bytes)).length).toBe(100_000)
  })

  it('puts the service’s field errors under the right fields', () => {
    expect(formFieldOf('attachments[2]')).toBe('attachments')
    expect(formFieldOf('mainRecipients')).toBe('mainRecipients')
    expect(formFieldOf('printedOn')).toBe('form')
  })
})

describe('lists and search results', () => {
  it('pages a plain list from an older service, and keeps a paged answer as it is', () => {
    const items = Array.from({ length: 45 }, (_, i) => i)
    expect(asPage(items, 2, 20)).toEqual({ content: [40, 41, 42, 43, 44], page: 2, size: 20, totalElements: 45, totalPages: 3 })
    const paged = { content: [1], page: 0, size: 20, totalElements: 1, totalPages: 1 }
    expect(asPage(paged, 0, 20)).toEqual(paged)
  })

  it('opens a search hit as the sender’s document or the unit’s inbox copy', () => {
    expect(searchLink({ direction: 'OUTGOING', outgoingId: 'a1', inboxId: null })).toBe('/exchange/outgoing/a1')
    expect(searchLink({ direction: 'INCOMING', outgoingId: null, inboxId: 'd9' })).toBe('/exchange/inbox/d9')
    expect(searchLink({ direction: 'INCOMING', outgoingId: null, inboxId: null })).toBeNull()
  })
})
