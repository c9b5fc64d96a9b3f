import { describe, expect, it } from 'vitest'
import { roleLabel, roleLabels } from '@/auth/roles'

describe('role labels', () => {
  it('names every platform role in Chinese', () => {
    expect(
      ['citizen', 'staff', 'editor', 'reviewer', 'dispatcher', 'leader', 'supervisor', 'unit-admin', 'platform-admin'].map(
        roleLabel,
      ),
    ).toEqual(['公众', '工作人员', '编辑', '审核员', '信箱分办员', '领导', '督查员', '单位管理员', '平台管理员'])
  })

  it('shows a clerk only meaningful roles, most powerful first, each once', () => {
    expect(roleLabels(['staff', 'editor', 'offline_access', 'uma_authorization', 'default-roles-zhengtong', 'editor', 'leader'])).toEqual([
      '领导',
      '编辑',
      '工作人员',
    ])
  })

  it('does not call a clerk 公众 although every account has the citizen role', () => {
    expect(roleLabels(['citizen', 'staff', 'reviewer'])).toEqual(['审核员', '工作人员'])
    expect(roleLabels(['citizen', 'default-roles-zhengtong'])).toEqual(['公众'])
  })

  it('keeps an unknown role visible by its code', () => {
    expect(roleLabels(['auditor', 'staff'])).toEqual(['工作人员', 'auditor'])
  })
})
