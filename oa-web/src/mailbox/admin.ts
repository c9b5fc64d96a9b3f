import { api } from '@/api/client'
import type { FieldError } from '@/api/client'
import { LETTER_TYPES } from './labels'
import type { LetterType } from './types'

/** 信箱管理 through the gateway (mailbox-service MailboxAdminController). */
const BASE = '/api/mailbox/admin/mailboxes'

/** One letter type's answering period: the mailbox's own (`own`) or the county-wide one. */
export interface PeriodView {
  type: LetterType
  typeLabel: string
  workingDays: number
  countyWideDays: number
  own: boolean
}

export interface ManagedMailbox {
  code: string
  name: string
  ownerUnit: string
  ownerUnitName: string
  sortOrder: number
  intro: string | null
  open: boolean
  closedAt: string | null
  version: number
  periods: PeriodView[]
  /** The owner unit's 信箱分办员, who receive the letters; empty: nobody would; null: the directory was unavailable. */
  dispatchers: { username: string; name: string }[] | null
}

export interface MailboxOverview {
  countyWide: PeriodView[]
  mailboxes: ManagedMailbox[]
}

export interface MailboxChange {
  at: string
  username: string
  name: string | null
  action: 'CREATE' | 'EDIT' | 'CLOSE' | 'REOPEN'
  actionLabel: string
  changes: string | null
}

export interface MailboxDetail {
  mailbox: ManagedMailbox
  history: MailboxChange[]
}

/** What the dialog edits; an empty period follows the county-wide one. */
export interface MailboxForm {
  code: string
  name: string
  ownerUnit: string
  sortOrder: number | null
  intro: string
  workingDays: Record<LetterType, number | null>
}

/** The service's limits (ManagedMailbox), checked here first so the form answers at once. */
export const MAX_NAME = 50
export const MAX_INTRO = 500
export const MAX_SORT_ORDER = 9999
export const MAX_WORKING_DAYS = 60
const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/

export type MailboxField = 'code' | 'name' | 'ownerUnit' | 'sortOrder' | 'intro' | `workingDays.${LetterType}`

export function emptyMailboxForm(nextSortOrder = 1): MailboxForm {
  return {
    code: '',
    name: '',
    ownerUnit: '',
    sortOrder: nextSortOrder,
    intro: '',
    workingDays: Object.fromEntries(LETTER_TYPES.map((t) => [t.value, null])) as Record<LetterType, number | null>,
  }
}

export function formOf(mailbox: ManagedMailbox): MailboxForm {
  const form = emptyMailboxForm(mailbox.sortOrder)
  form.code = mailbox.code
  form.name = mailbox.name
  form.ownerUnit = mailbox.ownerUnit
  form.intro = mailbox.intro ?? ''
  for (const p of mailbox.periods) if (p.own) form.workingDays[p.type] = p.workingDays
  return form
}

/** The request body: only the types with a period of their own. */
export function requestOf(form: MailboxForm): Record<string, unknown> {
  const workingDays: Partial<Record<LetterType, number>> = {}
  for (const [type, days] of Object.entries(form.workingDays) as [LetterType, number | null][]) {
    if (days !== null && days !== undefined) workingDays[type] = days
  }
  return {
    name: form.name.trim(),
    ownerUnit: form.ownerUnit,
    sortOrder: form.sortOrder,
    intro: form.intro.trim() || null,
    workingDays,
  }
}

/** The same rules the service applies, so most mistakes are named before anything is sent. */
export function validateMailbox(form: MailboxForm, creating: boolean): Partial<Record<MailboxField, string>> {
  const errors: Partial<Record<MailboxField, string>> = {}
  if (creating) {
    if (!form.code.trim()) errors.code = '请填写信箱代码'
    else if (form.code.length > 64 || !CODE.test(form.code)) errors.code = '信箱代码只能由小写字母、数字和连字符组成，以字母或数字开头和结尾'
  }
  if (!form.name.trim()) errors.name = '请填写信箱名称'
  else if (form.name.trim().length > MAX_NAME) errors.name = `信箱名称不能超过${MAX_NAME}个字`
  if (!form.ownerUnit) errors.ownerUnit = '请选择所属单位'
  if (form.sortOrder === null || !Number.isInteger(form.sortOrder) || form.sortOrder < 0 || form.sortOrder > MAX_SORT_ORDER) {
    errors.sortOrder = `排序应为0至${MAX_SORT_ORDER}的整数`
  }
  if (form.intro.trim().length > MAX_INTRO) errors.intro = `网站简介不能超过${MAX_INTRO}个字`
  for (const t of LETTER_TYPES) {
    const days = form.workingDays[t.value]
    if (days !== null && days !== undefined && (!Number.isInteger(days) || days < 1 || days > MAX_WORKING_DAYS)) {
      errors[`workingDays.${t.value}`] = `${t.label}的办理时限应为1至${MAX_WORKING_DAYS}个工作日`
    }
  }
  return errors
}

/**
 * The service's field errors on the dialog's fields: bean validation names a period
 * `workingDays[COMPLAINT]`, the mailbox's own rules `workingDays.COMPLAINT`.
 */
export function mapMailboxErrors(errors: readonly FieldError[]): Partial<Record<MailboxField, string>> {
  const mapped: Partial<Record<MailboxField, string>> = {}
  for (const e of errors) {
    const field = (e.field ?? '').replace(/^workingDays\[(\w+)\]$/, 'workingDays.$1') as MailboxField
    if (field) mapped[field] ??= e.message
  }
  return mapped
}

export function fetchMailboxOverview(): Promise<MailboxOverview> {
  return api.get<MailboxOverview>(BASE)
}

export function fetchMailboxDetail(code: string): Promise<MailboxDetail> {
  return api.get<MailboxDetail>(`${BASE}/${encodeURIComponent(code)}`)
}

export function createMailbox(form: MailboxForm): Promise<MailboxDetail> {
  return api.post<MailboxDetail>(BASE, { code: form.code.trim(), ...requestOf(form) }, { silent: true })
}

export function changeMailbox(code: string, version: number, form: MailboxForm): Promise<MailboxDetail> {
  return api.put<MailboxDetail>(`${BASE}/${encodeURIComponent(code)}`, { version, ...requestOf(form) }, { silent: true })
}

export function closeMailbox(code: string, version: number): Promise<MailboxDetail> {
  return api.post<MailboxDetail>(`${BASE}/${encodeURIComponent(code)}/close`, { version }, { silent: true })
}

export function reopenMailbox(code: string, version: number): Promise<MailboxDetail> {
  return api.post<MailboxDetail>(`${BASE}/${encodeURIComponent(code)}/reopen`, { version }, { silent: true })
}
