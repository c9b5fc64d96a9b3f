import type { LocationQuery } from 'vue-router'

/** Helpers for list filters kept in the address (page 1-based there, 0-based towards the service). */
export const PAGE_SIZES = [10, 20, 50]
export const DEFAULT_SIZE = 20

export function single(value: LocationQuery[string] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first : ''
}

export function positive(value: string, fallback: number): number {
  const n = Number.parseInt(value, 10)
  return Number.isFinite(n) && n > 0 ? n : fallback
}

export function pageSize(value: string): number {
  const size = positive(value, DEFAULT_SIZE)
  return PAGE_SIZES.includes(size) ? size : DEFAULT_SIZE
}
