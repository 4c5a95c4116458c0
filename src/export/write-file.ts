// Writes a file whole or not at all: the bytes go to a temporary file beside the target, which
// then takes the target's name. Without `replace`, an existing file is never touched.

import { randomBytes } from "crypto";
import { promises as fs } from "fs";
import { dirname, join } from "path";

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} already exists; use --force to replace it.`);
  }
}

async function linkOrFail(temp: string, target: string): Promise<void> {
  try {
    // link() refuses an existing target atomically, unlike an exists-then-rename check.
    await fs.link(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new FileExistsError(target);
    // Some file systems (FAT, some network shares) have no hard links.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS")
      throw error;
    if (await exists(target)) throw new FileExistsError(target);
    await fs.rename(temp, target);
  }
}

/** The target is a folder: said as such whether or not --force is given. */
function folderError(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${path} is a folder`), { code: "EISDIR", path });
}

async function exists(path: string): Promise<boolean> {
  return fs.access(path).then(
    () => true,
    () => false,
  );
}

export async function writeFileWhole(
  target: string,
  bytes: Uint8Array,
  replace: boolean,
): Promise<void> {
  const existing = await fs.stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw folderError(target);
  if (!replace && existing) throw new FileExistsError(target);
  // A short name whatever the target's length: a legal 250-byte name must stay writable.
  const temp = join(dirname(target), `.ftx-${randomBytes(6).toString("hex")}.tmp`);
  try {
    await fs.writeFile(temp, bytes, { flag: "wx" });
    if (replace) await fs.rename(temp, target);
    else await linkOrFail(temp, target);
  } finally {
    await fs.rm(temp, { force: true });
  }
}
