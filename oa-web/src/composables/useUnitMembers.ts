import { ref, type Ref } from 'vue'

/** A person a picker offers: the account and the display name (刘洋). */
export interface MemberOption {
  username: string
  name?: string | null
}

/** How a picker shows a person: 刘洋（liu.yang）, or the account alone when the realm has no name. */
export function memberLabel(member: MemberOption): string {
  return member.name ? `${member.name}（${member.username}）` : member.username
}

export interface UnitMembers<M extends MemberOption> {
  members: Ref<M[]>
  loading: Ref<boolean>
  /** The list could not be read (directory unreachable): the picker then lets the clerk type an account. */
  failed: Ref<boolean>
  /** Loads the unit's people; an answer for a unit asked for earlier than the latest is dropped. */
  load: (unit: string) => Promise<void>
}

/** A unit's people for a picker, read through `fetch` (each service serves its own list). */
export function useUnitMembers<M extends MemberOption>(fetch: (unit: string) => Promise<readonly M[]>): UnitMembers<M> {
  const members = ref([]) as Ref<M[]>
  const loading = ref(false)
  const failed = ref(false)
  let latest = 0

  async function load(unit: string): Promise<void> {
    const asked = ++latest
    members.value = []
    failed.value = false
    loading.value = !!unit
    if (!unit) return
    try {
      const found = await fetch(unit)
      if (asked === latest) members.value = [...found]
    } catch {
      if (asked === latest) failed.value = true
    } finally {
      if (asked === latest) loading.value = false
    }
  }

  return { members, loading, failed, load }
}
