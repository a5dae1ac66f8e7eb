/** Progress for long work: a bar on a terminal, a line every few seconds elsewhere (CI logs). */
import cliProgress from 'cli-progress';

export function progressReporter(label: string) {
  const tty = process.stderr.isTTY;
  let bar: cliProgress.SingleBar | null = null;
  let lastLine = 0;
  return {
    update(done: number, total: number) {
      if (total < 20) return;
      if (tty) {
        if (!bar) {
          bar = new cliProgress.SingleBar({ format: `${label} [{bar}] {value}/{total} {percentage}% eta {eta}s`, stream: process.stderr }, cliProgress.Presets.shades_classic);
          bar.start(total, 0);
        }
        bar.update(done);
      } else if (Date.now() - lastLine > 5000 || done === total) {
        lastLine = Date.now();
        console.error(`${label}: ${done}/${total}`);
      }
    },
    log(line: string) {
      if (bar) bar.stop();
      console.log(line);
      bar = null;
    },
    stop() {
      bar?.stop();
    },
  };
}
