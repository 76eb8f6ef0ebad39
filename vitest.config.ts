import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The Okta sandbox and the bridge are real HTTP servers; give slow CI machines room.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
