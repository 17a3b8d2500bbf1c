// The embedded database's folder holds hearing answers and password hashes: only the server's own
// user may read it (folder 0700, files 0600, repaired at start with a message), and only one
// process may use it at a time (a lock file naming the holder's PID), because two PGlite
// processes on one folder both acknowledge writes and lose half of them.
import { chmodSync, closeSync, constants, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'tilsyn.lock';

/** Another process holds the folder; the message names it and says what to do. */
export class DataFolderLocked extends Error {
  constructor(readonly folder: string, readonly pid: number) {
    super(`Datamappen ${folder} bruges allerede af en anden tilsyn-proces (PID ${pid}). Stop den først, eller brug en anden mappe (TILSYN_DATA).`);
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Takes the folder for this process; a lock left by a process that no longer runs is taken over.
 * Returns the release function.
 */
export function lockDataFolder(folder: string): () => void {
  const path = join(folder, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
      if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) throw new DataFolderLocked(folder, pid);
      if (pid === process.pid) throw new DataFolderLocked(folder, pid);
      rmSync(path, { force: true }); // left by a process that has ended
    }
  }
  throw new Error(`kunne ikke låse datamappen ${folder}`);
}

/**
 * Makes the folder private: every folder 0700, every file 0600. PGlite's file system gives the
 * files it creates mode 0666 whatever the umask, so what protects them while the server runs is
 * the folders (no other user can enter a 0700 folder); the files are tightened at each start too.
 * Returns the folders that were open to other users (the caller says so: that was an exposure).
 */
export function makePrivate(folder: string): string[] {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const opened: string[] = [];
  const visit = (path: string) => {
    const st = statSync(path);
    if (st.isDirectory()) {
      if ((st.mode & 0o077) !== 0) {
        chmodSync(path, 0o700);
        opened.push(path);
      }
      for (const name of readdirSync(path)) visit(join(path, name));
    } else if ((st.mode & 0o077) !== 0) {
      chmodSync(path, 0o600);
    }
  };
  visit(folder);
  return opened;
}
