// Installs the npm dependencies for the Maven build with the machine's npm, and only when needed:
// `npm ci` when package-lock.json exists (`npm install` otherwise), skipped when node_modules was
// installed from exactly the current package.json and package-lock.json.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const lockFile = join(root, 'package-lock.json')
const stampFile = join(root, 'node_modules', '.oa-web-install-stamp')
const force = process.argv.slice(2).some((arg) => arg === '--force' || arg === '--force=true')

function fingerprint() {
  const hash = createHash('sha256')
  hash.update(process.version)
  for (const file of ['package.json', 'package-lock.json', '.npmrc']) {
    const path = join(root, file)
    hash.update(file)
    if (existsSync(path)) hash.update(readFileSync(path))
  }
  return hash.digest('hex')
}

const wanted = fingerprint()
if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === wanted) {
  console.log('[oa-web] node_modules is up to date; skipping npm install')
  process.exit(0)
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const args = existsSync(lockFile) ? ['ci'] : ['install']
console.log(`[oa-web] npm ${args.join(' ')}`)
const result = spawnSync(npm, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })
if (result.error) {
  console.error(`[oa-web] could not run npm: ${result.error.message}`)
  process.exit(1)
}
if (result.status !== 0) process.exit(result.status ?? 1)
// `npm install` may have written the lock file: fingerprint what is there now.
writeFileSync(stampFile, fingerprint() + '\n')
