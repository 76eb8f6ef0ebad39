import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The Okta sandbox and the bridge are real HTTP servers; give slow CI machines room.
    testTimeout: 30_000,
    // A hook may build the ServiceNow app first (about 30 s alone, minutes on a loaded machine).
    hookTimeout: 600_000,
  },
})
