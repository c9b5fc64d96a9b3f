import type { LetterAction } from './actions'
import type { LetterType } from './types'

/** The most working days one extension may ask for (the service's Letter.MAX_EXTENSION_WORKING_DAYS). */
export const MAX_EXTENSION_DAYS = 30

/** Everything a step's dialog may ask for; each step uses some of it. */
export interface ActionForm {
  type: LetterType | ''
  reason: string
  remark: string
  intoTrackingCode: string
  leader: string
  leaderName: string
  leadUnit: string
  assistingUnits: string[]
  instruction: string
  days: number | null
  text: string
}

export type FormField = keyof ActionForm

export function emptyForm(): ActionForm {
  return {
    type: '',
    reason: '',
    remark: '',
    intoTrackingCode: '',
    leader: '',
    leaderName: '',
    leadUnit: '',
    assistingUnits: [],
    instruction: '',
    days: null,
    text: '',
  }
}

/** How a field is labelled in a step's dialog, and whether it must be filled in. */
export interface FieldSpec {
  field: FormField
  label: string
  required: boolean
  max?: number
  hint?: string
}

const remark = (label = '备注'): FieldSpec => ({ field: 'remark', label, required: false, max: 1000 })

/** The fields of each step's dialog, in order; an empty list is a plain confirmation. */
export const ACTION_FIELDS: Readonly<Record<LetterAction, readonly FieldSpec[]>> = {
  accept: [{ field: 'type', label: '信件类型', required: true, hint: '确认或更正来信人选择的类型，答复期限按类型计算。' }],
  reject: [{ field: 'reason', label: '不予受理的理由', required: true, max: 1000, hint: '来信人查询信件时会看到此理由。' }],
  merge: [
    { field: 'intoTrackingCode', label: '原信件查询码', required: true, hint: '本信件将作为重复来信并入原信件办理。' },
    remark(),
  ],
  forward: [
    { field: 'leader', label: '批办领导', required: true, hint: '先选择领导所在单位，再选择领导；信件将进入该领导的待批办列表。' },
    remark(),
  ],
  assign: [
    { field: 'leadUnit', label: '主办单位', required: true },
    { field: 'assistingUnits', label: '协办单位', required: false },
    remark(),
  ],
  instruct: [
    { field: 'instruction', label: '批示意见', required: true, max: 2000 },
    { field: 'leadUnit', label: '主办单位', required: true },
    { field: 'assistingUnits', label: '协办单位', required: false },
  ],
  'withdraw-from-leader': [
    {
      field: 'reason',
      label: '撤回理由',
      required: true,
      max: 1000,
      hint: '如领导外出、账号有误。信件将从该领导的待批办列表撤回，回到“已受理”，可重新呈送其他领导或直接交办；理由记入办理记录。',
    },
  ],
  'sign-for': [],
  return: [{ field: 'reason', label: '退回理由', required: true, max: 1000, hint: '信件将退回分办员重新分办。' }],
  'extension-request': [
    { field: 'days', label: '延期天数（工作日）', required: true, hint: `1至${MAX_EXTENSION_DAYS}个工作日，须在截止日期前申请。` },
    { field: 'reason', label: '延期理由', required: true, max: 1000 },
  ],
  'extension-grant': [
    { field: 'days', label: '同意延期天数（工作日）', required: false, hint: '不填写则按申请的天数延期。' },
    remark(),
  ],
  'extension-refuse': [{ field: 'reason', label: '不同意延期的理由', required: true, max: 1000 }],
  reply: [{ field: 'text', label: '答复内容', required: true, max: 10000, hint: '审核通过后来信人才能看到答复。' }],
  'reply-approve': [remark('审核意见')],
  'reply-send-back': [{ field: 'remark', label: '修改意见', required: true, max: 1000 }],
  close: [remark()],
  'assisting-opinion': [
    {
      field: 'text',
      label: '协办意见',
      required: true,
      max: 2000,
      hint: '主办单位起草答复时可以看到；提交答复审核前可以修改，以最后一次填写为准。',
    },
  ],
}

/** What the step's dialog knows about the letter beyond the form. */
export interface FormContext {
  /** The days asked for in the open extension request. */
  requestedDays?: number | null
}

// Usernames in the realm: lower-case letters, digits, dots, hyphens and underscores.
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/

/** Field errors in Chinese, keyed by field; empty when the form may be sent. */
export function validateForm(action: LetterAction, form: ActionForm, context: FormContext = {}): Partial<Record<FormField, string>> {
  const errors: Partial<Record<FormField, string>> = {}
  for (const spec of ACTION_FIELDS[action]) {
    const value = form[spec.field]
    if (typeof value === 'string') {
      const text = value.trim()
      if (spec.required && !text) errors[spec.field] = spec.field === 'leadUnit' || spec.field === 'type' || spec.field === 'leader' ? `请选择${spec.label}` : `请填写${spec.label}`
      else if (spec.max && text.length > spec.max) errors[spec.field] = `${spec.label}不能超过${spec.max}个字`
    }
  }
  if (action === 'forward' && form.leader.trim() && !USERNAME.test(form.leader.trim())) {
    errors.leader = '领导账号格式有误，应为登录账号（小写字母、数字和点）'
  }
  if ((action === 'assign' || action === 'instruct') && form.leadUnit && form.assistingUnits.includes(form.leadUnit)) {
    errors.assistingUnits = '主办单位不能同时作为协办单位'
  }
  if (action === 'extension-request') {
    const days = form.days
    if (days === null || Number.isNaN(days)) errors.days = '请填写延期天数'
    else if (!Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_DAYS) errors.days = `延期天数应为1至${MAX_EXTENSION_DAYS}个工作日`
  }
  if (action === 'extension-grant' && form.days !== null) {
    const most = context.requestedDays ?? MAX_EXTENSION_DAYS
    if (!Number.isInteger(form.days) || form.days < 1 || form.days > most) {
      errors.days = `同意的延期天数应为1至${most}个工作日（申请的天数）`
    }
  }
  return errors
}

const blankToNull = (text: string) => (text.trim() ? text.trim() : null)

/** The JSON body of the step, with the version the clerk saw (optimistic locking). */
export function bodyOf(action: LetterAction, form: ActionForm, version: number): Record<string, unknown> {
  switch (action) {
    case 'accept':
      return { version, type: form.type || null }
    case 'reject':
    case 'return':
    case 'extension-refuse':
    case 'withdraw-from-leader':
      return { version, reason: form.reason.trim() }
    case 'merge':
      return { version, intoTrackingCode: form.intoTrackingCode.trim().toUpperCase(), remark: blankToNull(form.remark) }
    case 'forward':
      // The service names the leader from its directory; the name picked here is only shown.
      return { version, leader: form.leader.trim(), remark: blankToNull(form.remark) }
    case 'assign':
      return {
        version,
        leadUnit: form.leadUnit,
        assistingUnits: form.assistingUnits.filter((u) => u !== form.leadUnit),
        remark: blankToNull(form.remark),
      }
    case 'instruct':
      return {
        version,
        instruction: form.instruction.trim(),
        leadUnit: form.leadUnit,
        assistingUnits: form.assistingUnits.filter((u) => u !== form.leadUnit),
      }
    case 'sign-for':
      return { version }
    case 'extension-request':
      return { version, days: form.days, reason: form.reason.trim() }
    case 'extension-grant':
      return { version, days: form.days, remark: blankToNull(form.remark) }
    case 'reply':
    case 'assisting-opinion':
      return { version, text: form.text.trim() }
    case 'reply-approve':
    case 'close':
      return { version, remark: blankToNull(form.remark) }
    case 'reply-send-back':
      return { version, remark: form.remark.trim() }
  }
}

/**
 * Maps the service's field errors (`errors: [{field, message}]`) onto the dialog's fields, so a
 * refusal is shown next to the field it concerns; what does not match a field is returned apart.
 */
export function mapServerErrors(
  action: LetterAction,
  errors: readonly { field: string; message: string }[],
): { fields: Partial<Record<FormField, string>>; other: string[] } {
  const known = new Set<string>(ACTION_FIELDS[action].map((s) => s.field))
  const fields: Partial<Record<FormField, string>> = {}
  const other: string[] = []
  for (const e of errors) {
    // "assistingUnits[0]" belongs to assistingUnits.
    const name = e.field.replace(/\[\d+\]$/, '')
    if (known.has(name) && !fields[name as FormField]) fields[name as FormField] = e.message
    else other.push(e.message)
  }
  return { fields, other }
}
