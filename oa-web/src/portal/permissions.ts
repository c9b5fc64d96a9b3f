/**
 * What the signed-in user may do with articles, from their realm roles. Only for showing or
 * hiding entries: the portal service decides (and reports allowedActions per article).
 */
export function canWriteArticles(roles: readonly string[]): boolean {
  return roles.includes('editor') || roles.includes('platform-admin')
}

export function canReviewArticles(roles: readonly string[]): boolean {
  return roles.includes('reviewer') || roles.includes('platform-admin')
}

export function canManageArticles(roles: readonly string[]): boolean {
  return canWriteArticles(roles) || canReviewArticles(roles)
}
