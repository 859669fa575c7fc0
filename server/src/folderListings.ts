// Folder listings, kept while each folder's modification time stays the same. Every lint (every keystroke in the
// editor) asks which tool a file belongs to and which migrations come before it, and that reads the migration
// folder and the folders above it (a Cargo.toml makes a migrations/ folder sqlx's, a Liquibase changelog above a
// plain SQL file runs it). A folder's mtime changes whenever an entry is added, removed or renamed in it, and one
// stat is far cheaper than a readdir of a large folder such as a home directory. The kernel stamps times with a
// coarse clock, so two changes a few milliseconds apart can leave the same mtime: a listing read that soon after
// the folder last changed is not trusted (read again next time), as git treats a "racily clean" index entry.
import * as fs from 'fs';

interface Listing {
  mtimeNs: bigint;
  ctimeNs: bigint;
  names: readonly string[] | undefined;
}

/** A listing read within this long of the folder's last change may have missed a change stamped the same time. */
const RACY_NS = 100_000_000n;

/** At most this many folders are remembered (the oldest are forgotten first). */
const LIMIT = 512;

export class FolderListings {
  private readonly listings = new Map<string, Listing>();

  /** The names in `dir`, or undefined when it cannot be read (missing, not a folder, no permission). */
  list(dir: string): readonly string[] | undefined {
    let stat: fs.BigIntStats | undefined;
    try {
      stat = fs.statSync(dir, { bigint: true, throwIfNoEntry: false });
    } catch {
      stat = undefined;
    }
    if (!stat) {
      this.listings.delete(dir);
      return undefined;
    }
    const known = this.listings.get(dir);
    if (known && known.mtimeNs === stat.mtimeNs && known.ctimeNs === stat.ctimeNs) return known.names;
    const names = readFolder(dir);
    this.listings.delete(dir);
    const readAt = BigInt(Date.now()) * 1_000_000n;
    if (readAt - stat.mtimeNs < RACY_NS || readAt - stat.ctimeNs < RACY_NS) return names;
    if (this.listings.size >= LIMIT) this.listings.delete(this.listings.keys().next().value as string);
    this.listings.set(dir, { mtimeNs: stat.mtimeNs, ctimeNs: stat.ctimeNs, names });
    return names;
  }
}

function readFolder(dir: string): readonly string[] | undefined {
  try {
    return fs.readdirSync(dir);
  } catch {
    return undefined;
  }
}
