/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Overrides the platform name shown in the header and page titles. */
  readonly VITE_PLATFORM_NAME?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
