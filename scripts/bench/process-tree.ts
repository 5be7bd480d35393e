// Runs a command and samples the resident memory of its whole process tree (Astro and the Pagefind binary it starts
// run side by side), split into stages that the command's own log lines mark. Linux only: it reads /proc.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** The pids below `root` (and root itself), from each process's parent in /proc/<pid>/stat. */
function tree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 4 is the parent pid; the command name (field 2) may hold spaces, so read after its closing ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while the table was read.
    }
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]!) ?? []));
  return out;
}

/** Resident bytes of one process, 0 once it is gone. */
function rss(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return Number(kb ?? 0) * 1024;
  } catch {
    return 0;
  }
}

export interface Stage {
  name: string;
  /** Wall time from the stage's first log line to the next stage's (or the end). */
  ms: number;
  /** Peak of the summed resident memory of every process of the tree during the stage. */
  peakBytes: number;
}

export interface SampledRun {
  status: number | null;
  stages: Stage[];
  /** The last lines of output, for an error message. */
  tail: string;
}

/**
 * Runs `command` and samples its process tree every `everyMs`. A stage starts at the first output line matching
 * its pattern; the run starts in `firstStage`.
 */
export function runSampled(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; firstStage: string; stages: readonly { name: string; startsAt: RegExp }[]; everyMs?: number },
): Promise<SampledRun> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stages: Stage[] = [];
  let current = { name: options.firstStage, start: performance.now(), peakBytes: 0 };
  const close = () => stages.push({ name: current.name, ms: performance.now() - current.start, peakBytes: current.peakBytes });
  const sample = () => {
    if (child.pid === undefined) return;
    const bytes = tree(child.pid).reduce((sum, pid) => sum + rss(pid), 0);
    current.peakBytes = Math.max(current.peakBytes, bytes);
  };
  const timer = setInterval(sample, options.everyMs ?? 200);
  let tail = '';
  const onLine = (line: string) => {
    tail = `${tail}${line}\n`.slice(-4000);
    const next = options.stages.find((s) => s.startsAt.test(line) && !stages.some((done) => done.name === s.name) && s.name !== current.name);
    if (!next) return;
    sample();
    close();
    current = { name: next.name, start: performance.now(), peakBytes: 0 };
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);
  return new Promise((resolve) => {
    child.on('close', (status) => {
      clearInterval(timer);
      close();
      resolve({ status, stages, tail });
    });
  });
}
