// Runs the fuzz tests (test/**/*.fuzz.test.ts) with many more cases than `npm test` does:
// `npm run fuzz` runs 10,000 per property, `npm run fuzz -- 50000` as many as asked.
// fast-check prints the seed and path of any failure, to replay it with `fc.assert(..., { seed, path })`.
import { spawnSync } from 'node:child_process';

const runs = process.argv[2] ?? '10000';
if (!/^[1-9]\d*$/.test(runs)) {
  console.error(`usage: npm run fuzz [-- <cases per property>] (got "${runs}")`);
  process.exit(2);
}
for (const step of [['scripts/build.mjs'], ['scripts/build.mjs', '--tests']]) {
  const built = spawnSync(process.execPath, step, { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
console.log(`fuzzing with ${runs} cases per property`);
// mocha expands the glob itself.
const mocha = spawnSync(process.execPath, ['node_modules/mocha/bin/mocha.js', '--no-config', '--enable-source-maps', '--timeout', '0', 'out/test/**/*.fuzz.test.js'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs },
});
process.exit(mocha.status ?? 1);
