import type { Card, LetterStatus, LetterType } from './types'

export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info'

export interface StatusOption {
  value: LetterStatus
  label: string
  tag: TagType
}

/** The letter states in the order of the handling, with the service's Chinese labels. */
export const LETTER_STATUSES: readonly StatusOption[] = [
  { value: 'SUBMITTED', label: '待受理', tag: 'warning' },
  { value: 'ACCEPTED', label: '已受理，待分办', tag: 'primary' },
  { value: 'FORWARDED_TO_LEADER', label: '待领导批办', tag: 'warning' },
  { value: 'ASSIGNED', label: '已交办，待签收', tag: 'warning' },
  { value: 'IN_PROGRESS', label: '办理中', tag: 'primary' },
  { value: 'RETURNED', label: '已退回，待重新分办', tag: 'danger' },
  { value: 'REPLY_IN_REVIEW', label: '答复审核中', tag: 'warning' },
  { value: 'ANSWERED', label: '已答复', tag: 'success' },
  { value: 'CLOSED', label: '已办结', tag: 'info' },
  { value: 'REJECTED_INVALID', label: '不予受理', tag: 'info' },
  { value: 'MERGED', label: '重复来信，已合并办理', tag: 'info' },
]

export function statusOption(status: string): StatusOption | undefined {
  return LETTER_STATUSES.find((s) => s.value === status)
}

export function isLetterStatus(value: unknown): value is LetterStatus {
  return typeof value === 'string' && LETTER_STATUSES.some((s) => s.value === value)
}

export const LETTER_TYPES: readonly { value: LetterType; label: string }[] = [
  { value: 'CONSULTATION', label: '咨询' },
  { value: 'COMPLAINT', label: '投诉' },
  { value: 'SUGGESTION', label: '建议' },
  { value: 'REPORT', label: '举报' },
  { value: 'OTHER', label: '其他' },
]

export function typeLabel(type: string): string {
  return LETTER_TYPES.find((t) => t.value === type)?.label ?? type
}

export const RATING_LABELS: Readonly<Record<string, string>> = {
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  UNSATISFIED: '不满意',
}

export function ratingLabel(rating: string | null | undefined): string {
  if (!rating) return '未评价'
  return RATING_LABELS[rating] ?? rating
}

/** The roles named in a letter's history (the service's Role enum). */
export const HISTORY_ROLE_LABELS: Readonly<Record<string, string>> = {
  CITIZEN: '来信人',
  DISPATCHER: '分办员',
  LEADER: '领导',
  STAFF: '承办人',
  SUPERVISOR: '督查员',
}

/** Who did a step, as the history shows it: "王芳（分办员，petition）", or 系统 for automatic steps. */
export function actorOf(line: { name: string | null; username: string | null; role: string | null; unitCode: string | null },
  unitName: (code: string) => string = (c) => c): string {
  const who = line.name || line.username
  const role = line.role ? HISTORY_ROLE_LABELS[line.role] ?? line.role : null
  if (!who && !role) return '系统'
  const extra = [role, line.unitCode ? unitName(line.unitCode) : null].filter(Boolean).join('，')
  return extra ? `${who ?? ''}（${extra}）` : who ?? ''
}

export interface CardOption {
  value: Card
  label: string
  /** Always shown in words next to the colour, never colour alone. */
  text: string
}

export const CARDS: Readonly<Record<Card, CardOption>> = {
  NONE: { value: 'NONE', label: '无', text: '未亮牌' },
  YELLOW: { value: 'YELLOW', label: '黄牌警告', text: '黄牌' },
  RED: { value: 'RED', label: '红牌督办', text: '红牌' },
}

export function cardOption(card: string | null | undefined): CardOption {
  return CARDS[(card as Card) ?? 'NONE'] ?? CARDS.NONE
}
