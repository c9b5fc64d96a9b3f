import { computed, ref, watch, type ComputedRef, type Ref } from 'vue'
import { useRoute } from 'vue-router'
import { ApiError, notifyError } from '@/api/client'

export type DetailState = 'loading' | 'ready' | 'not-found' | 'forbidden' | 'failed'

export interface DetailOptions<T> {
  /** Whether a 403 is its own state (您没有查看…的权限); otherwise it is a failure shown as the service says. */
  forbidden?: boolean
  /** After every successful load, e.g. to fetch what the page shows besides the record. */
  loaded?: (item: T) => void
  /** When the route opens another record, before it is loaded. */
  opened?: () => void
}

/**
 * The record a detail page shows, by the route's `:id`: loaded when the id changes and on 重试 or
 * 重新加载. A failed reload keeps the record on screen and says why; a 404 (or 403) replaces it.
 */
export interface Detail<T> {
  id: ComputedRef<string>
  item: Ref<T | null>
  state: Ref<DetailState>
  load: () => Promise<void>
}

export function useDetail<T>(fetch: (id: string) => Promise<T>, options: DetailOptions<T> = {}): Detail<T> {
  const route = useRoute()
  const item = ref(null) as Ref<T | null>
  const state = ref<DetailState>('loading')
  const id = computed(() => String(route.params.id ?? ''))

  async function load(): Promise<void> {
    if (!id.value) return
    if (!item.value) state.value = 'loading'
    try {
      const loaded = await fetch(id.value)
      item.value = loaded
      state.value = 'ready'
      options.loaded?.(loaded)
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) state.value = 'not-found'
      else if (options.forbidden && e instanceof ApiError && e.status === 403) state.value = 'forbidden'
      else {
        if (!item.value) state.value = 'failed'
        notifyError(e)
      }
    }
  }

  watch(
    id,
    () => {
      item.value = null
      options.opened?.()
      void load()
    },
    { immediate: true },
  )

  return { id, item, state, load }
}
