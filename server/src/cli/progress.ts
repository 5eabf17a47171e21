/** How often the progress line is redrawn: often enough to see it move, rarely enough to cost nothing. */
const REDRAW_MS = 100;

/** A line on a terminal saying how many drafts are checked. */
export interface Progress {
  update(done: number): void;
  /** Takes the line away, before the report is written. */
  end(): void;
}

const SILENT: Progress = { update: () => undefined, end: () => undefined };

/**
 * A progress line on `stream` for a run of `total` drafts, redrawn in place; nothing at all when
 * the stream is not a terminal (a pipe, a file, CI's log), whose readers want the report alone.
 */
export function progressLine(stream: Pick<NodeJS.WriteStream, 'isTTY' | 'write'>, total: number, now: () => number = Date.now): Progress {
  if (!stream.isTTY || total < 2) return SILENT;
  // A run over within a moment shows no line at all.
  let drawn = now();
  let shown = false;
  return {
    update(done) {
      if (now() - drawn < REDRAW_MS) return;
      drawn = now();
      shown = true;
      stream.write(`\r\x1b[Kfact-check: ${done}/${total} drafts checked`);
    },
    end() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
