import type { DeliveryStatus, HandlingAction, InboxFilter, Organ, OutgoingStatus, OutgoingStep, SignatureVerification } from './api'

/** Element Plus tag type. */
export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

export interface StatusOption<T extends string> {
  value: T
  label: string
  tag: TagType
}

/** The outgoing states in the order of the workflow (拟稿 → 核稿 → 签发 → 分发). */
export const OUTGOING_STATUSES: readonly StatusOption<OutgoingStatus>[] = [
  { value: 'DRAFTING', label: '拟稿', tag: 'primary' },
  { value: 'CHECKING', label: '待核稿', tag: 'warning' },
  { value: 'AWAITING_SIGN_OFF', label: '待签发', tag: 'warning' },
  { value: 'SIGNED_OFF', label: '已签发待分发', tag: 'primary' },
  { value: 'DISPATCHED', label: '已分发', tag: 'success' },
]

/** A recipient's copy, as the inbox and the tracking board show it. */
export const DELIVERY_STATUSES: readonly StatusOption<DeliveryStatus>[] = [
  { value: 'DELIVERED', label: '待签收', tag: 'warning' },
  { value: 'READ', label: '已阅待签收', tag: 'warning' },
  { value: 'SIGNED_FOR', label: '已签收', tag: 'success' },
  { value: 'RETURNED', label: '已退回', tag: 'danger' },
]

/** The inbox tabs: what waits for the unit comes first. */
export const INBOX_TABS: readonly { value: InboxFilter; label: string }[] = [
  { value: 'PENDING', label: '待签收' },
  { value: 'SIGNED_FOR', label: '已签收' },
  { value: 'RETURNED', label: '已退回' },
]

export const OUTGOING_STEP_LABELS: Record<OutgoingStep, string> = {
  submit: '送核稿',
  check: '核稿通过',
  'send-back': '退回修改',
  'sign-off': '签发',
  dispatch: '分发',
}

export const HANDLING_ACTION_LABELS: Record<HandlingAction, string> = {
  register: '登记',
  propose: '拟办',
  instruct: '批办',
  finish: '承办完成',
  complete: '办结',
  archive: '归档',
}

/** The order in which the handling steps are offered. */
export const HANDLING_ORDER: readonly HandlingAction[] = ['register', 'propose', 'instruct', 'finish', 'complete', 'archive']

export function outgoingStatusOption(status: string): StatusOption<OutgoingStatus> | undefined {
  return OUTGOING_STATUSES.find((s) => s.value === status)
}

export function deliveryStatusOption(status: string): StatusOption<DeliveryStatus> | undefined {
  return DELIVERY_STATUSES.find((s) => s.value === status)
}

export function isOutgoingStatus(value: unknown): value is OutgoingStatus {
  return typeof value === 'string' && OUTGOING_STATUSES.some((s) => s.value === value)
}

export function isInboxFilter(value: unknown): value is InboxFilter {
  return typeof value === 'string' && INBOX_TABS.some((s) => s.value === value)
}

/** 紧急程度 as shown: the printed marking, or 一般 for a document without one. */
export function urgencyLabel(urgency: string | null | undefined): string {
  return urgency && urgency.trim() ? urgency : '一般'
}

/** What a document's 公文要素 rows need; the sender's and a recipient's records both have it. */
export interface DocumentElements {
  number: string | null
  classification: string
  urgency: string
  issuer: Organ
  signatories: readonly string[]
  mainRecipients: readonly Organ[]
  copyRecipients: readonly Organ[]
  writtenOn: string | null
  printer?: Organ | null
  printedOn: string | null
  disclosure: string
}

/**
 * The 公文要素 both sides show, in the order of GB/T 9704 (版头, 主体, 版记): 密级 to 公开方式. A
 * draft has no 发文字号 until dispatch; the unit printing it is the issuer unless named.
 */
export function documentElements(d: DocumentElements): { label: string; value: string }[] {
  const organs = (list: readonly Organ[]) => list.map((o) => o.name).join('、') || '—'
  return [
    { label: '密级', value: d.classification || '非密' },
    { label: '紧急程度', value: urgencyLabel(d.urgency) },
    { label: '发文机关', value: d.issuer.name },
    { label: '发文字号', value: d.number || '分发时编号' },
    { label: '签发人', value: d.signatories.join('、') || '—' },
    { label: '主送机关', value: organs(d.mainRecipients) },
    { label: '抄送机关', value: organs(d.copyRecipients) },
    { label: '成文日期', value: d.writtenOn || '—' },
    { label: '印发机关', value: d.printer?.name ?? d.issuer.name },
    { label: '印发日期', value: d.printedOn || '—' },
    { label: '公开方式', value: d.disclosure },
  ]
}

export function urgencyTag(urgency: string | null | undefined): TagType {
  if (urgency === '特急') return 'danger'
  if (urgency === '加急') return 'warning'
  return 'info'
}

/** 特急 before 加急 before the others (the inbox's order). */
export function urgencyRank(urgency: string | null | undefined): number {
  if (urgency === '特急') return 0
  if (urgency === '加急') return 1
  return 2
}

/** 份号's kind: 主送 or 抄送. */
export function kindLabel(kind: string): string {
  return kind === 'COPY' ? '抄送' : '主送'
}

export interface SignatureSummary {
  valid: boolean
  /** 有效 or 无效. */
  label: string
  /** Why it is invalid, in Chinese; empty when valid. */
  reason: string
  signer: string
}

/** How a signature check reads on screen; a missing check is not trusted. */
export function signatureSummary(check: SignatureVerification | null | undefined): SignatureSummary {
  if (!check) return { valid: false, label: '无效', reason: '没有可核验的签名', signer: '' }
  const valid = check.status === 'VALID'
  const signer = check.signerUnitName || check.signerUnitCode || ''
  return {
    valid,
    label: valid ? '有效' : '无效',
    reason: valid ? '' : check.message || '签名核验未通过',
    signer,
  }
}

/** File sizes as a clerk reads them. */
export function formatSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return ''
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
