// Preloaded into the gateway by bench/hostile-25mb.bench.ts --cpu-prof (NODE_OPTIONS=--require): SIGWINCH starts the
// V8 CPU profiler, the next SIGWINCH writes the profile into CPU_PROFILE_DIR (not SIGUSR2: Nest's shutdown hooks take
// that one). Bench tooling, not part of the apps.
const { Session } = require('node:inspector');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const dir = process.env.CPU_PROFILE_DIR;
const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 500 });
let running = false;
let n = 0;
process.on('SIGWINCH', () => {
  if (!running) {
    session.post('Profiler.start', () => { running = true; });
  } else {
    session.post('Profiler.stop', (err, { profile }) => {
      running = false;
      writeFileSync(join(dir, `profile-${process.pid}-${++n}.cpuprofile`), JSON.stringify(profile));
    });
  }
});
