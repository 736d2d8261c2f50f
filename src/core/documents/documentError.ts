// The one error the document readers and writers let out: a message that names the file, and the line
// and column when the problem has a place.

export interface DocumentLocation {
  readonly path: string;
  /** 1-based. */
  readonly line?: number;
  /** 1-based. */
  readonly col?: number;
}

export class DocumentError extends Error {
  override name = 'DocumentError';
  constructor(
    readonly reason: string,
    readonly location: DocumentLocation,
  ) {
    super(`${formatDocumentLocation(location)}: ${reason}`);
  }
}

/** `path:line:col`, `path:line` or `path`, as editors and terminals link them. */
export function formatDocumentLocation(location: DocumentLocation): string {
  if (location.line === undefined) return location.path;
  return location.col === undefined ? `${location.path}:${location.line}` : `${location.path}:${location.line}:${location.col}`;
}
