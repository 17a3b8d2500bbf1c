// Where a command reads and writes: the process for the real binary, buffers in tests that run
// the command line in-process (`main(argv, io)`), so a test needs no new Node process.
import { readFileSync } from 'node:fs';

export type OutputStream = { write(text: string): unknown; isTTY?: boolean; columns?: number };

export type CliIo = {
  stdout: OutputStream;
  stderr: OutputStream;
  /** The whole of standard input (for "-" as a file name). */
  readStdin(): string;
  env: NodeJS.ProcessEnv;
};

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: () => readFileSync(0, 'utf8'),
    env: process.env,
  };
}
