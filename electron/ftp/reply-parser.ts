import { FtpProtocolError } from './errors.js';
import { makeReply, type FtpReply } from './reply.js';
import { decodeText, type TextEncodingName } from './text-codec.js';

/** Default cap on one reply's total size: a hostile server could otherwise send endless lines. */
export const defaultMaxReplyBytes = 64 * 1024;

const replyLine = /^(\d{3})([ -]|$)/;

/**
 * Incremental reply framer: feed it whatever the socket delivers, get back complete replies.
 * RFC 959 §4.2: a multi-line reply starts with `NNN-` and ends only at a line `NNN ` with the same code;
 * inner lines may start with anything, digits included. CRLF and bare LF both end a line.
 * Throws FtpProtocolError on a malformed first line or when a reply exceeds `maxReplyBytes`.
 */
export class ReplyParser {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private lines: string[] = [];
  private replyBytes = 0;
  private code: number | undefined;

  constructor(
    private readonly maxReplyBytes = defaultMaxReplyBytes,
    private readonly encoding: TextEncodingName = 'utf8',
  ) {}

  /** Consumes a chunk and returns the replies it completed, in order. */
  push(chunk: Buffer): FtpReply[] {
    const replies: FtpReply[] = [];
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(0x0a, start);
      if (newline === -1) break;
      const piece = chunk.subarray(start, newline);
      start = newline + 1;
      this.checkSize(piece.length + 1);
      const line = this.pendingBytes === 0 ? piece : Buffer.concat([...this.pending, piece]);
      this.pending = [];
      this.pendingBytes = 0;
      const reply = this.takeLine(line);
      if (reply !== undefined) replies.push(reply);
    }
    if (start < chunk.length) {
      const rest = chunk.subarray(start);
      this.checkSize(rest.length);
      this.pending.push(Buffer.from(rest));
      this.pendingBytes += rest.length;
    }
    return replies;
  }

  /** True while a reply has started but not ended (useful to report a truncated reply at close). */
  get inProgress(): boolean {
    return this.code !== undefined || this.pendingBytes > 0;
  }

  private checkSize(added: number): void {
    this.replyBytes += added;
    if (this.replyBytes > this.maxReplyBytes) {
      throw new FtpProtocolError(`Reply longer than ${this.maxReplyBytes} bytes`);
    }
  }

  private takeLine(raw: Buffer): FtpReply | undefined {
    const bytes = raw.length > 0 && raw[raw.length - 1] === 0x0d ? raw.subarray(0, raw.length - 1) : raw;
    const line = decodeText(bytes, this.encoding);
    if (this.code === undefined) {
      const match = replyLine.exec(line);
      if (match === null) throw new FtpProtocolError(`Malformed reply line: ${JSON.stringify(line.slice(0, 200))}`);
      const code = Number(match[1]);
      if (match[2] === '-') {
        this.code = code;
        this.lines = [line];
        return undefined;
      }
      return this.finish(code, [line]);
    }
    this.lines.push(line);
    const prefix = String(this.code);
    if (line.startsWith(prefix) && (line.length === 3 || line[3] === ' ')) return this.finish(this.code, this.lines);
    return undefined;
  }

  private finish(code: number, lines: string[]): FtpReply {
    this.code = undefined;
    this.lines = [];
    this.replyBytes = 0;
    return makeReply(code, lines);
  }
}
