import { computed, onMounted, ref, watch, type ComputedRef, type Ref } from 'vue'
import { useRoute, useRouter, type LocationQueryRaw } from 'vue-router'
import { DEFAULT_SIZE, PAGE_SIZES, pageSize, positive, single, type PageOf } from '@/api/paging'

/** How one filter is read from the address: a value not accepted (or missing) is the fallback. */
export interface FilterSpec {
  fallback: string | (() => string)
  accept?: (value: string) => boolean
}

export type Paged<F> = F & { page: number; size: number }

export interface PagedListOptions<K extends string, T> {
  /** The list's filters besides paging, in the order they appear in the address. */
  filters: Record<K, FilterSpec>
  /** Loads one page; `page` is 0-based, as the services count. */
  fetch: (filters: Record<K, string>, page: { page: number; size: number }) => Promise<PageOf<T>>
  sizes?: readonly number[]
  defaultSize?: number
  /** While false (e.g. nothing to search for yet) nothing is fetched and the list is empty. */
  enabled?: (filters: Record<K, string>) => boolean
}

/** What a paged table needs of a list, whatever its filters. */
export interface PagedRows<T> {
  filters: ComputedRef<{ page: number; size: number }>
  items: Ref<T[]>
  total: Ref<number>
  loading: Ref<boolean>
  failed: Ref<boolean>
  sizes: readonly number[]
  load(): Promise<void>
  apply(patch: { page?: number; size?: number }, keepPage?: boolean): void
}

export interface PagedList<K extends string, T> extends PagedRows<T> {
  filters: ComputedRef<Paged<Record<K, string>>>
  /** Changes filters in the address (reload and back keep them); any change but the page starts at page 1. */
  apply(patch: Partial<Paged<Record<K, string>>>, keepPage?: boolean): void
}

function fallbackOf(spec: FilterSpec): string {
  return typeof spec.fallback === 'function' ? spec.fallback() : spec.fallback
}

/**
 * A paged list whose filters, page (1-based) and size live in the address: reads them, writes only
 * what differs from the defaults, and reloads when they change while the list's route is shown.
 * An answer overtaken by a newer request is dropped.
 */
export function usePagedList<K extends string, T>(options: PagedListOptions<K, T>): PagedList<K, T> {
  const route = useRoute()
  const router = useRouter()
  const sizes = options.sizes ?? PAGE_SIZES
  const defaultSize = options.defaultSize ?? DEFAULT_SIZE
  const keys = Object.keys(options.filters) as K[]

  const filters = computed<Paged<Record<K, string>>>(() => {
    const values = {} as Record<K, string>
    for (const key of keys) {
      const spec = options.filters[key]
      const value = single(route.query[key])
      values[key] = value && (!spec.accept || spec.accept(value)) ? value : fallbackOf(spec)
    }
    return {
      ...values,
      page: positive(single(route.query.page), 1),
      size: pageSize(single(route.query.size), sizes, defaultSize),
    }
  })

  function apply(patch: Partial<Paged<Record<K, string>>>, keepPage = false): void {
    const next: Record<string, string | number> = { ...filters.value, ...patch }
    const page = keepPage ? Number(next.page) : 1
    const size = Number(next.size)
    const query: LocationQueryRaw = {}
    for (const key of keys) {
      const value = String(next[key] ?? '')
      if (value && value !== fallbackOf(options.filters[key])) query[key] = value
    }
    if (page > 1) query.page = String(page)
    if (size !== defaultSize) query.size = String(size)
    void router.replace({ query })
  }

  const items = ref<T[]>([]) as Ref<T[]>
  const total = ref(0)
  const loading = ref(false)
  const failed = ref(false)
  let latest = 0

  async function load(): Promise<void> {
    const f = filters.value
    const call = ++latest
    if (options.enabled && !options.enabled(f)) {
      items.value = []
      total.value = 0
      failed.value = false
      loading.value = false
      return
    }
    loading.value = true
    failed.value = false
    try {
      const page = await options.fetch(f, { page: f.page - 1, size: f.size })
      if (call !== latest) return
      items.value = page.content ?? []
      total.value = page.totalElements ?? 0
    } catch {
      if (call !== latest) return
      items.value = []
      total.value = 0
      failed.value = true
    } finally {
      if (call === latest) loading.value = false
    }
  }

  // Reload when the filters in the address change, but not while leaving for another page.
  const listRoute = route.name
  watch(
    () => JSON.stringify(filters.value),
    () => {
      if (route.name === listRoute) void load()
    },
  )
  onMounted(load)

  return { filters, items, total, loading, failed, sizes, load, apply }
}
