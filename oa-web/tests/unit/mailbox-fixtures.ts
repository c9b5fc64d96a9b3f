import type { HistoryLine, LetterDetail, LetterSummary } from '@/mailbox/types'

export const WANG_FANG = { username: 'wang.fang', name: '王芳', unitCode: 'petition', unitName: '凤县信访局', roles: ['staff', 'dispatcher'] }
export const LIU_YANG = { username: 'liu.yang', name: '刘洋', unitCode: 'gov-office', unitName: '凤县人民政府办公室', roles: ['staff', 'leader'] }
export const ZHAO_LEI = { username: 'zhao.lei', name: '赵磊', unitCode: 'housing', unitName: '凤县住房和城乡建设局', roles: ['staff'] }
export const CHEN_JING = { username: 'chen.jing', name: '陈静', unitCode: 'party-office', unitName: '中共凤县县委办公室', roles: ['staff', 'supervisor'] }

export function historyLine(overrides: Partial<HistoryLine> = {}): HistoryLine {
  return {
    at: '2026-11-16T01:00:00Z',
    username: null,
    name: '来信人',
    role: 'CITIZEN',
    unitCode: null,
    action: 'SUBMIT',
    actionLabel: '提交来信',
    statusAfter: 'SUBMITTED',
    statusLabel: '待受理',
    remark: null,
    text: '来信人提交来信',
    ...overrides,
  }
}

export const ACCEPTED_BY_WANG_FANG = historyLine({
  at: '2026-11-16T02:00:00Z',
  username: 'wang.fang',
  name: '王芳',
  role: 'DISPATCHER',
  unitCode: 'petition',
  action: 'ACCEPT',
  actionLabel: '受理',
  statusAfter: 'ACCEPTED',
  statusLabel: '已受理，待分办',
})

export function letter(overrides: Partial<LetterDetail> = {}): LetterDetail {
  return {
    id: '3f6c2a8e-0000-4000-8000-000000000001',
    version: 4,
    trackingCode: 'XF7K2M9Q4T',
    mailbox: 'petition',
    mailboxName: '信访局信箱',
    type: 'COMPLAINT',
    typeLabel: '投诉',
    subject: '小区门口路灯坏了一个月',
    content: '路灯不亮，晚上出行不便。<script>alert(1)</script>',
    status: 'SUBMITTED',
    statusLabel: '待受理',
    submittedAt: '2026-11-16T01:00:00Z',
    contactName: '张三',
    contactPhone: '13812341234',
    contactEmail: 'zhang.san@example.com',
    idNumber: '610330********1234',
    consentToPublish: true,
    dueDate: null,
    leadUnit: null,
    assistingUnits: [],
    designatedLeader: null,
    instruction: null,
    rejectionReason: null,
    extensionDays: 0,
    extensionRequest: null,
    reply: null,
    replyDraftedBy: null,
    rating: null,
    history: [historyLine()],
    suspectedDuplicate: false,
    ...overrides,
  }
}

export function summaryOf(l: LetterDetail, overrides: Partial<LetterSummary> = {}): LetterSummary {
  return {
    id: l.id,
    version: l.version,
    trackingCode: l.trackingCode,
    mailbox: l.mailbox,
    mailboxName: l.mailboxName,
    type: l.type,
    typeLabel: l.typeLabel,
    subject: l.subject,
    status: l.status,
    statusLabel: l.statusLabel,
    submittedAt: l.submittedAt,
    contactName: '张*',
    contactPhone: '138****1234',
    dueDate: l.dueDate,
    leadUnit: l.leadUnit,
    designatedLeader: l.designatedLeader,
    extensionRequestedDays: null,
    suspectedDuplicate: false,
    ...overrides,
  }
}
