/** One complete server reply: the three-digit code and every line as received (code prefixes included). */
export interface FtpReply {
  readonly code: number;
  /** Every line of the reply, without line terminators, as the server sent it (RFC 959 multi-line kept whole). */
  readonly lines: readonly string[];
  /** The lines joined with `\n`: the same string Python's ftplib returns from `sendcmd`. */
  readonly text: string;
}

/** Builds a reply from its lines; the first line carries the code. */
export function makeReply(code: number, lines: readonly string[]): FtpReply {
  return { code, lines, text: lines.join('\n') };
}

/** The human part of a reply: every line with its leading `NNN-`/`NNN ` removed, joined by spaces. */
export function replyMessage(reply: FtpReply): string {
  return reply.lines
    .map((line) => (/^\d{3}[ -]/.test(line) ? line.slice(4) : line))
    .join(' ')
    .trim();
}

/** RFC 959 reply classes by first digit. */
export function isPreliminary(reply: FtpReply): boolean {
  return reply.code >= 100 && reply.code < 200;
}

/** 2xx: the command completed. */
export function isCompletion(reply: FtpReply): boolean {
  return reply.code >= 200 && reply.code < 300;
}

/** 3xx: the server waits for more (e.g. PASS after USER). */
export function isIntermediate(reply: FtpReply): boolean {
  return reply.code >= 300 && reply.code < 400;
}
