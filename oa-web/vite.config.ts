/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// The gateway (and, in development, the Vite proxy) answers these paths.
const gateway = process.env.OA_WEB_GATEWAY ?? 'https://localhost:8443'
const proxied = ['/api', '/oauth2', '/login', '/logout']
const isTest = process.env.VITEST === 'true'

export default defineConfig({
  // Served by the gateway from the classpath at /oa/ (META-INF/resources/oa).
  base: '/oa/',
  plugins: [
    vue(),
    // Element Plus components used in templates are imported on demand, with their CSS.
    // Vitest runs without CSS, so styles are not imported there.
    Components({
      dts: 'src/components.d.ts',
      // Our own components are imported explicitly; only library components are resolved.
      dirs: [],
      resolvers: [ElementPlusResolver({ importStyle: isTest ? false : 'css' })],
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    // Maven sets OA_WEB_OUT_DIR to target/classes/META-INF/resources/oa.
    outDir: process.env.OA_WEB_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Long-lived library chunks, cached by browsers across releases of our own code.
        codeSplitting: {
          groups: [
            // Vue itself first: otherwise the editor group below would take it in as a dependency.
            { name: 'vendor', test: /node_modules[\\/](@vue|vue|vue-router|pinia|@floating-ui)[\\/]/, priority: 4 },
            // The rich-text editor (Tiptap/ProseMirror) only loads with the article editor route.
            {
              name: 'editor',
              test: /node_modules[\\/](@tiptap|prosemirror-[a-z-]+|orderedmap|rope-sequence|w3c-keyname|linkifyjs)[\\/]/,
              priority: 3,
            },
            { name: 'element-plus', test: /node_modules[\\/](element-plus|@element-plus)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(
      proxied.map((path) => [path, { target: gateway, changeOrigin: true, secure: false }]),
    ),
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.spec.ts'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Whole-app tests import Element Plus on first use; the build machines are small and shared.
    testTimeout: 20000,
    server: {
      deps: {
        // Transformed like in the browser build: Node would load async-validator's CommonJS
        // build for Element Plus, whose default export is not the class, and form validation
        // would silently pass.
        inline: ['element-plus'],
      },
    },
    unstubGlobals: true,
  },
})
