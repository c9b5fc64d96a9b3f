import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { ApiError, api, describeError } from '@/api/client'
import { roleLabels } from '@/auth/roles'
import { CURRENT_USER_PATH } from '@/config'

/** The signed-in user as `GET /api/portal/me` describes them. */
export interface CurrentUser {
  username: string
  name?: string
  unitCode?: string
  unitName?: string
  roles: string[]
}

type Status = 'idle' | 'loading' | 'ready' | 'error'

export const useUserStore = defineStore('user', () => {
  const user = ref<CurrentUser | null>(null)
  const status = ref<Status>('idle')
  const error = ref<string | null>(null)

  const displayName = computed(() => user.value?.name || user.value?.username || '')
  const unitName = computed(() => user.value?.unitName || user.value?.unitCode || '')
  const roles = computed(() => roleLabels(user.value?.roles ?? []))
  /** The realm role codes (editor, reviewer, …), for showing what the user may do. */
  const roleCodes = computed<readonly string[]>(() => user.value?.roles ?? [])

  async function load(): Promise<void> {
    status.value = 'loading'
    error.value = null
    try {
      const me = await api.get<CurrentUser>(CURRENT_USER_PATH, { silent: true })
      user.value = { ...me, roles: Array.isArray(me.roles) ? me.roles : [] }
      status.value = 'ready'
    } catch (e) {
      status.value = 'error'
      error.value = e instanceof ApiError ? describeError(e) : '无法获取当前用户信息'
    }
  }

  return { user, status, error, displayName, unitName, roles, roleCodes, load }
})
