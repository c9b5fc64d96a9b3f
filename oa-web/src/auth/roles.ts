/** Chinese labels of the platform's realm roles (see docs/local-platform.md). */
export const ROLE_LABELS: Readonly<Record<string, string>> = Object.freeze({
  'platform-admin': '平台管理员',
  'unit-admin': '单位管理员',
  leader: '领导',
  supervisor: '督查员',
  reviewer: '审核员',
  editor: '编辑',
  dispatcher: '信箱分办员',
  staff: '工作人员',
  citizen: '公众',
})

/** Keycloak's technical roles that mean nothing to a clerk. */
function isTechnicalRole(role: string): boolean {
  return role === 'offline_access' || role === 'uma_authorization' || role.startsWith('default-roles-')
}

/** The label of one role; an unknown role keeps its code so that nothing is hidden silently. */
export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? role
}

/**
 * The labels to show for a user's roles: technical roles left out, `citizen` left out for staff
 * (every account has it as a default role), duplicates removed, in the order of ROLE_LABELS
 * (most powerful first), unknown roles last.
 */
export function roleLabels(roles: readonly string[]): string[] {
  const isStaff = roles.includes('staff')
  const order = Object.keys(ROLE_LABELS)
  const rank = (role: string) => {
    const index = order.indexOf(role)
    return index < 0 ? order.length : index
  }
  return [...new Set(roles)]
    .filter((role) => !isTechnicalRole(role) && !(isStaff && role === 'citizen'))
    .sort((a, b) => rank(a) - rank(b))
    .map(roleLabel)
}
