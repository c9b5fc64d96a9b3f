import type { LocationQuery } from 'vue-router'

/** One page of a list as every service answers it (the platform's `PageOf`). */
export interface PageOf<T> {
  content: T[]
  page: number
  size: number
  totalElements: number
  totalPages: number
}

/** Page sizes offered under the lists; the address keeps the page 1-based, the services count from 0. */
export const PAGE_SIZES: readonly number[] = [10, 20, 50]
export const DEFAULT_SIZE = 20

/** The first value of a query parameter, or '' (the address may repeat a parameter or leave it empty). */
export function single(value: LocationQuery[string] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first : ''
}

export function positive(value: string, fallback: number): number {
  const n = Number.parseInt(value, 10)
  return Number.isFinite(n) && n > 0 ? n : fallback
}

/** A page size from the address; one not offered falls back to the default. */
export function pageSize(value: string, sizes: readonly number[] = PAGE_SIZES, fallback = DEFAULT_SIZE): number {
  const size = positive(value, fallback)
  return sizes.includes(size) ? size : fallback
}
